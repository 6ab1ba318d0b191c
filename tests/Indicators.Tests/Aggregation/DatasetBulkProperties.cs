using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Periods;
using Indicators.Regions;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>One county's figure of "jobs" (persons) or "spend" (money) for a month, as printed.</summary>
/// <param name="County">Index into <see cref="DatasetBulkFixture.Counties"/>.</param>
/// <param name="Month">1 to 4.</param>
/// <param name="Value">Base units (persons, fen); not negative for persons.</param>
/// <param name="Printing">0: exact; 1: in 万 with two decimals; 2: in 万 with no decimal; 3: 约 in 万.</param>
public sealed record BulkFigure(int County, int Month, long Value, int Printing);

/// <summary>Random leaf-only datasets: RollUpAll agrees with RollUp group by group, and YearToDateAll is the running sum
/// of the months, worked out here from the figures added.</summary>
public class DatasetBulkProperties
{
    private static readonly Gen<BulkFigure[]> Figures =
        from n in Gen.Choose(0, 30)
        from list in Gen.ArrayOf(
            from county in Gen.Choose(0, DatasetBulkFixture.Counties.Count - 1)
            from month in Gen.Choose(1, 4)
            from value in Gen.Frequency(
                (4, Gen.Choose(0, 2_000_000).Select(v => (long)v)),
                (1, Gen.Choose(0, 1000).Select(v => v * 1_000_000_000_000L)))
            from printing in Gen.Frequency((5, Gen.Constant(0)), (2, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
            select new BulkFigure(county, month, value, printing),
            n)
        select list.DistinctBy(f => (f.County, f.Month)).ToArray();

    [Property(MaxTest = 200)]
    public Property RollUpAll_AgreesWithRollUp_ForEveryRegionAndPeriod_WhenOnlyCountiesHaveFigures() =>
        Prop.ForAll(Figures.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (figures, money) =>
        {
            string indicator = money ? "spend" : "jobs";
            Dataset dataset = Build(indicator, figures, money);
            foreach (RegionLevel level in new[] { RegionLevel.Province, RegionLevel.Prefecture })
            {
                RollupTable table = dataset.RollUpAll(indicator, level);
                foreach (Region region in DatasetBulkFixture.Regions.Regions.Where(r => r.Level == level))
                {
                    foreach (ReportingPeriod period in dataset.Periods)
                    {
                        int expectedParts = figures.Count(f => IsUnder(f, region) && ReportingPeriod.Month(2020, f.Month) == period);
                        if (expectedParts == 0)
                        {
                            Assert.False(table.TryGet(region.Id, period, out _));
                            continue;
                        }

                        RollupRow row = table.Find(region.Id, period);
                        RegionalTotal total = dataset.RollUp(indicator, region.Id, period);
                        Assert.Equal(total.Figure.Bounds, row.ToDerivedFigure().Bounds);
                        Assert.Equal(total.Figure, row.ToDerivedFigure());
                        Assert.Equal(total.Parts.Count, row.PartCount);
                        Assert.Equal(expectedParts, row.PartCount);
                    }
                }
            }
        });

    [Property(MaxTest = 200)]
    public Property YearToDateAll_IsTheRunningSumOfTheMonthlyTotals() =>
        Prop.ForAll(Figures.ToArbitrary(), figures =>
        {
            Dataset dataset = Build("jobs", figures, money: false);
            RollupTable months = dataset.RollUpAll("jobs", RegionLevel.Prefecture);
            RollupTable ytd = dataset.YearToDateAll("jobs", RegionLevel.Prefecture, 2020);
            foreach (Region city in ytd.Regions)
            {
                long running = 0;
                int parts = 0;
                for (int m = 1; m <= 12; m++)
                {
                    ReportingPeriod month = ReportingPeriod.Month(2020, m);
                    BulkFigure[] ofMonth = figures.Where(f => f.Month == m && IsUnder(f, city)).ToArray();
                    running += ofMonth.Sum(f => Printed(f, money: false).BaseUnits);
                    parts += ofMonth.Length;
                    ReportingPeriod toDate = ReportingPeriod.YearToDate(month.End);
                    Assert.Equal(ofMonth.Length > 0, ytd.TryGet(city.Id, toDate, out RollupRow? row));
                    if (ofMonth.Length > 0)
                    {
                        Assert.Equal(running, row!.BaseUnits);
                        Assert.Equal(parts, row.PartCount);
                        Assert.Equal(months.Find(city.Id, month).BaseUnits, ofMonth.Sum(f => Printed(f, money: false).BaseUnits));
                    }
                }
            }
        });

    private static bool IsUnder(BulkFigure figure, Region region) =>
        DatasetBulkFixture.Regions.IsUnder(DatasetBulkFixture.Counties[figure.County], region.Id);

    private static Dataset Build(string indicator, BulkFigure[] figures, bool money)
    {
        var builder = new DatasetBuilder(DatasetBulkFixture.Catalog, DatasetBulkFixture.Regions);
        foreach (BulkFigure f in figures)
        {
            builder.Add(indicator, DatasetBulkFixture.Counties[f.County], ReportingPeriod.Month(2020, f.Month), Printed(f, money).Text);
        }

        return builder.Build();
    }

    /// <summary>The figure's text and the base units it stands for (rounded here, half away from zero, to what is printed).</summary>
    private static (string Text, long BaseUnits) Printed(BulkFigure f, bool money)
    {
        string unit = money ? "元" : "人";
        long perUnit = money ? 100 : 1;
        long wan = 10_000 * perUnit;
        return f.Printing switch
        {
            0 => money
                ? (string.Create(CultureInfo.InvariantCulture, $"{f.Value / 100}.{f.Value % 100:00}元"), f.Value)
                : (string.Create(CultureInfo.InvariantCulture, $"{f.Value}人"), f.Value),
            1 => Wan(f.Value, wan / 100, 2, unit, ""),
            2 => Wan(f.Value, wan, 0, unit, ""),
            _ => Wan(f.Value, wan, 0, unit, "约"),
        };

        static (string, long) Wan(long value, long step, int decimals, string unit, string prefix)
        {
            long steps = (value + (step / 2)) / step;
            long hundredths = decimals == 2 ? steps : steps * 100;
            string text = prefix + string.Create(CultureInfo.InvariantCulture, $"{hundredths / 100}.{hundredths % 100:00}")[..^(decimals == 2 ? 0 : 3)] + "万" + unit;
            return (text, steps * step);
        }
    }
}
