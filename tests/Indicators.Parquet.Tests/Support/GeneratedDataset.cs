using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Parquet.Tests.Support;

/// <summary>One generated observation, with what its row must hold worked out from the generated numbers (not by the
/// writer): the value in base units, the printed digits and decimals, the multiplier, the qualifier and the status.</summary>
public sealed record GeneratedObservation(
    string Indicator, string Region, ReportingPeriod Period, IndicatorQuantity Quantity, long? BaseUnits, BigInteger Digits, int Decimals,
    int UnitMult, Qualifier Qualifier, bool Inclusive, FigureStatus Status, string? Source);

/// <summary>A generated dataset, the observations it was built from, and the culture to write it under.</summary>
public sealed record GeneratedDataset(Dataset Dataset, IReadOnlyList<GeneratedObservation> Observations, string Culture)
{
    /// <inheritdoc />
    public override string ToString() => Culture + "\n" + string.Join("\n", Observations);
}

/// <summary>
/// FsCheck generators of datasets: provinces (some under a group defined in data) with prefectures, counties, a city's own
/// level and towns; indicators of money (signed), persons, enterprises and a rate; figures at every period kind, printed
/// at every scale with the decimals its value allows, with every qualifier and status, and sources in both scripts with
/// quotes, commas and line breaks.
/// </summary>
public static class DatasetArbitraries
{
    private static readonly string[] Cultures = ["zh-CN", "zh-TW", "en-US", "tr-TR", "de-DE"];

    private static readonly string?[] Sources = [null, null, "台州市人力社保局", "臺州市統計年鑑, 表 3", "a \"quoted\" note, with a comma", "line one\nline two", "sheet 1"];

    /// <summary>Generated datasets.</summary>
    public static Arbitrary<GeneratedDataset> GeneratedDataset() => Gen.Choose(0, int.MaxValue).Select(Build).ToArbitrary();

    private static GeneratedDataset Build(int seed)
    {
        var random = new Random(seed);
        List<Region> regions = Regions(random);
        var definitions = new List<IndicatorDefinition>
        {
            IndicatorDefinition.Money("money-flow", TemporalNature.Flow, "资金"),
            IndicatorDefinition.Money("money-stock", TemporalNature.Stock, "余额", additive: false),
            IndicatorDefinition.Persons("persons-flow", TemporalNature.Flow, "新增就业"),
            IndicatorDefinition.Persons("persons-cumulative", TemporalNature.Cumulative, "累计就业"),
            IndicatorDefinition.Count("enterprises", CountUnit.Enterprises, TemporalNature.Stock, "企业"),
            IndicatorDefinition.Rate("rate", RegionalRollup.NotAdditive, "比率"),
        };
        var builder = new DatasetBuilder(IndicatorCatalog.Create(definitions), RegionHierarchy.Create(regions));
        var periods = new List<ReportingPeriod> { ReportingPeriod.Year(2020), ReportingPeriod.HalfYear(2020, 2), ReportingPeriod.Quarter(2021, 1) };
        for (int m = 1; m <= 12; m++)
        {
            periods.Add(ReportingPeriod.Month(2020, m));
            periods.Add(ReportingPeriod.YearToDate(new NodaTime.LocalDate(2020, m, 1).PlusMonths(1).PlusDays(-1)));
        }

        periods.Add(ReportingPeriod.YearToDate(new NodaTime.LocalDate(2020, 11, 10)));
        var seen = new HashSet<(string, string, ReportingPeriod)>();
        var observations = new List<GeneratedObservation>();
        int count = random.Next(0, 40);
        for (int k = 0; k < count; k++)
        {
            IndicatorDefinition indicator = definitions[random.Next(definitions.Count)];
            // Most figures on a few regions and periods, so that some regions publish beside regions under them.
            string region = regions[random.Next(random.Next(2) == 0 ? Math.Min(6, regions.Count) : regions.Count)].Id;
            ReportingPeriod period = periods[random.Next(random.Next(2) == 0 ? 3 : periods.Count)];
            if (!seen.Add((indicator.Code, region, period)))
            {
                continue;
            }

            string? source = Sources[random.Next(Sources.Length)];
            var status = (FigureStatus)random.Next(4);
            var qualifier = (Qualifier)random.Next(5);
            bool inclusive = qualifier is not (Qualifier.AtMost or Qualifier.AtLeast) || random.Next(2) == 0;
            GeneratedObservation observation = indicator.Quantity == IndicatorQuantity.Rate
                ? AddRate(builder, random, indicator, region, period, qualifier, inclusive, status, source)
                : AddFigure(builder, random, indicator, region, period, qualifier, inclusive, status, source);
            observations.Add(observation);
        }

        return new GeneratedDataset(builder.Build(), observations, Cultures[random.Next(Cultures.Length)]);
    }

    private static GeneratedObservation AddFigure(
        DatasetBuilder builder, Random random, IndicatorDefinition indicator, string region, ReportingPeriod period, Qualifier qualifier, bool inclusive,
        FigureStatus status, string? source)
    {
        int baseExponent = indicator.Quantity == IndicatorQuantity.Money ? 2 : 0;
        var scale = new[] { Scale.One, Scale.Wan, Scale.Yi, Scale.WanYi }[random.Next(4)];
        int decimals = random.Next(0, (int)scale + baseExponent + 1);
        long factor = (long)BigInteger.Pow(10, (int)scale + baseExponent - decimals);
        long limit = Math.Min(random.Next(3) switch { 0 => 100, 1 => 1_000_000, _ => 1_000_000_000_000 }, long.MaxValue / factor);
        long digits = random.NextInt64(0, limit + 1);
        if (indicator.Quantity == IndicatorQuantity.Money && random.Next(4) == 0)
        {
            digits = -digits;
        }

        long baseUnits = digits * factor;
        var format = new DisplayFormat(scale, decimals);
        void Add(Qualifier q, bool i)
        {
            switch (indicator.Quantity)
            {
                case IndicatorQuantity.Money:
                    builder.Add(indicator.Code, region, period, PublishedFigure.Of(Money.FromFen(baseUnits), format, q, i, status), source);
                    break;
                case IndicatorQuantity.Persons:
                    builder.Add(indicator.Code, region, period, PublishedFigure.Of(Headcount.FromPersons(baseUnits), format, q, i, status), source);
                    break;
                default:
                    builder.Add(indicator.Code, region, period, PublishedFigure.Of(new UnitCount(baseUnits, CountUnit.Enterprises), format, q, i, status), source);
                    break;
            }
        }

        (qualifier, inclusive) = Valid(qualifier, inclusive, Add);
        return new GeneratedObservation(indicator.Code, region, period, indicator.Quantity, baseUnits, digits, decimals, (int)scale, qualifier, inclusive, status, source);
    }

    private static GeneratedObservation AddRate(
        DatasetBuilder builder, Random random, IndicatorDefinition indicator, string region, ReportingPeriod period, Qualifier qualifier, bool inclusive,
        FigureStatus status, string? source)
    {
        int decimals = random.Next(0, 7);
        long digits = random.NextInt64(-10_000_000, 1_000_000_000);
        var rate = Percent.FromRatio(new Ratio(digits, (Int128)BigInteger.Pow(10, decimals + 2)));
        (qualifier, inclusive) = Valid(qualifier, inclusive, (q, i) => builder.Add(indicator.Code, region, period, PublishedRate.Of(rate, decimals, q, i, status), source));
        return new GeneratedObservation(indicator.Code, region, period, IndicatorQuantity.Rate, null, digits, decimals, 0, qualifier, inclusive, status, source);
    }

    /// <summary>Adds the figure with its qualifier where the qualifier gives it bounds ("不到0人" has none), else without.</summary>
    private static (Qualifier, bool) Valid(Qualifier qualifier, bool inclusive, Action<Qualifier, bool> add)
    {
        try
        {
            add(qualifier, inclusive);
            return (qualifier, inclusive);
        }
        catch (ArgumentException)
        {
            add(Qualifier.None, true);
            return (Qualifier.None, true);
        }
    }

    /// <summary>One or two provinces (the second under a group defined in data), prefectures, counties, a city level, towns.</summary>
    private static List<Region> Regions(Random random)
    {
        var regions = new List<Region>();
        int provinces = random.Next(1, 3);
        for (int p = 0; p < provinces; p++)
        {
            string province = (33 + p).ToString(CultureInfo.InvariantCulture) + "0000";
            Region division = Region.Division(RegionCode.Parse(province), "省" + p.ToString(CultureInfo.InvariantCulture), RegionLevel.Province);
            if (p == 1)
            {
                regions.Add(Region.Defined("east-china", "华东", RegionLevel.Group));
                division = division.WithParent("east-china");
            }

            regions.Add(division);
            int cities = random.Next(0, 3);
            for (int c = 1; c <= cities; c++)
            {
                string city = province[..2] + c.ToString("00", CultureInfo.InvariantCulture) + "00";
                Region prefecture = Region.Division(RegionCode.Parse(city), "市" + city, RegionLevel.Prefecture, RegionCode.Parse(province));
                regions.Add(prefecture);
                if (random.Next(2) == 0)
                {
                    regions.Add(Region.CityLevelOf(prefecture));
                }

                int counties = random.Next(0, 3);
                for (int k = 1; k <= counties; k++)
                {
                    string county = city[..4] + k.ToString("00", CultureInfo.InvariantCulture);
                    regions.Add(Region.Division(RegionCode.Parse(county), "县" + county, RegionLevel.County, RegionCode.Parse(city)));
                    int towns = random.Next(0, 3);
                    for (int t = 1; t <= towns; t++)
                    {
                        regions.Add(Region.Defined("town-" + county + "-" + t.ToString(CultureInfo.InvariantCulture), "镇" + t.ToString(CultureInfo.InvariantCulture), RegionLevel.Group, county));
                    }
                }
            }
        }

        // Listed in a shuffled order: parents may come after their children.
        return [.. regions.OrderBy(_ => random.Next())];
    }
}
