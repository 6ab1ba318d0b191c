using System;
using System.Collections.Generic;
using System.Globalization;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Parquet.Tests.Support;

/// <summary>
/// A dataset of the shape of the roll-up benchmark (benchmarks/Indicators.Benchmarks/Aggregation/RollupData.cs): 31
/// provinces, 300 cities, 3 000 counties, towns (defined regions) under the counties, 10 flow indicators of persons, the 12
/// months of 2020, one exact figure (0 to 999 999 persons) per indicator, town and month, from a fixed seed. With
/// <c>ownFigures</c>, some counties, cities and a province also publish figures of their own in some months (beside the
/// towns' figures, or for counties without towns), so that the finest figures of a period are not all towns'.
/// </summary>
internal static class BenchmarkShape
{
    internal const int Provinces = 31;
    internal const int Cities = 300;
    internal const int Counties = 3000;
    internal const int Indicators = 10;
    internal const int Months = 12;

    internal static string ProvinceId(int p) => (11 + p).ToString("00", CultureInfo.InvariantCulture) + "0000";

    internal static string CityId(int c) => ProvinceId(c % Provinces)[..2] + (1 + (c / Provinces)).ToString("00", CultureInfo.InvariantCulture) + "00";

    internal static string CountyId(int k) => CityId(k % Cities)[..4] + (1 + (k / Cities)).ToString("00", CultureInfo.InvariantCulture);

    internal static string TownId(int t) => "town-" + t.ToString(CultureInfo.InvariantCulture);

    internal static string IndicatorCode(int i) => "bench-jobs-" + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The dataset of about <paramref name="observations"/> town figures (a whole number of towns).</summary>
    internal static Dataset Build(int observations, bool ownFigures)
    {
        int towns = Math.Max(1, (observations + (Indicators * Months) - 1) / (Indicators * Months));
        var regions = new List<Region>(Provinces + Cities + Counties + towns);
        for (int p = 0; p < Provinces; p++)
        {
            regions.Add(Region.Division(RegionCode.Parse(ProvinceId(p)), "省" + p.ToString(CultureInfo.InvariantCulture), RegionLevel.Province));
        }

        for (int c = 0; c < Cities; c++)
        {
            regions.Add(Region.Division(RegionCode.Parse(CityId(c)), "市" + c.ToString(CultureInfo.InvariantCulture), RegionLevel.Prefecture, RegionCode.Parse(ProvinceId(c % Provinces))));
        }

        for (int k = 0; k < Counties; k++)
        {
            regions.Add(Region.Division(RegionCode.Parse(CountyId(k)), "县" + k.ToString(CultureInfo.InvariantCulture), RegionLevel.County, RegionCode.Parse(CityId(k % Cities))));
        }

        for (int t = 0; t < towns; t++)
        {
            regions.Add(Region.Defined(TownId(t), "镇" + t.ToString(CultureInfo.InvariantCulture), RegionLevel.Group, CountyId(t % Counties)));
        }

        var definitions = new List<IndicatorDefinition>();
        for (int i = 0; i < Indicators; i++)
        {
            definitions.Add(IndicatorDefinition.Persons(IndicatorCode(i), TemporalNature.Flow, "新增就业" + i.ToString(CultureInfo.InvariantCulture)));
        }

        var builder = new DatasetBuilder(IndicatorCatalog.Create(definitions), RegionHierarchy.Create(regions));
        var random = new Random(20_201_031);
        var exact = new DisplayFormat(Scale.One, 0);
        for (int i = 0; i < Indicators; i++)
        {
            string code = IndicatorCode(i);
            for (int t = 0; t < towns; t++)
            {
                string town = TownId(t);
                for (int m = 0; m < Months; m++)
                {
                    builder.Add(code, town, ReportingPeriod.Month(2020, m + 1), PublishedFigure.Of(Headcount.FromPersons(random.Next(1_000_000)), exact));
                }
            }
        }

        if (ownFigures)
        {
            // Counties with towns publish January to June; some cities December; the first province every month, printed in 万.
            var wan = new DisplayFormat(Scale.Wan, 2);
            for (int i = 0; i < Indicators; i++)
            {
                string code = IndicatorCode(i);
                for (int k = i; k < Math.Min(Counties, towns); k += 7)
                {
                    for (int m = 1; m <= 6; m++)
                    {
                        builder.Add(code, CountyId(k), ReportingPeriod.Month(2020, m), PublishedFigure.Of(Headcount.FromPersons(100 * random.Next(100_000)), wan));
                    }
                }

                // Counties without towns publish every month: these figures are the finest of their periods.
                for (int k = towns + i; k < Math.Min(Counties, towns + 60); k += 3)
                {
                    for (int m = 1; m <= 12; m++)
                    {
                        builder.Add(code, CountyId(k), ReportingPeriod.Month(2020, m), PublishedFigure.Of(Headcount.FromPersons(random.Next(1_000_000)), exact, status: FigureStatus.Provisional));
                    }
                }

                for (int c = i; c < Cities; c += 11)
                {
                    builder.Add(code, CityId(c), ReportingPeriod.Month(2020, 12), PublishedFigure.Of(Headcount.FromPersons(random.Next(1_000_000)), exact));
                }

                for (int m = 1; m <= 12; m++)
                {
                    builder.Add(code, ProvinceId(0), ReportingPeriod.Month(2020, m), PublishedFigure.Of(Headcount.FromPersons(100 * random.Next(1_000_000)), wan, Qualifier.Approximately));
                }
            }
        }

        return builder.Build();
    }
}
