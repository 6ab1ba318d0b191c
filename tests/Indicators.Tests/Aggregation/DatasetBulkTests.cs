using System;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>Dataset.RollUpAll and Dataset.YearToDateAll on small datasets whose totals are worked out by hand.</summary>
public class DatasetBulkTests
{
    private static readonly ReportingPeriod January = ReportingPeriod.Month(2020, 1);
    private static readonly ReportingPeriod February = ReportingPeriod.Month(2020, 2);
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2020, 3);

    private static DatasetBuilder Builder() => new(DatasetBulkFixture.Catalog, DatasetBulkFixture.Regions);

    [Fact]
    public void RollUpAll_SumsTheCounties_OfEachProvinceAndCity_PerPeriod()
    {
        Dataset dataset = Builder()
            .Add("jobs", "330102", January, "100人").Add("jobs", "330105", January, "20人")
            .Add("jobs", "331002", January, "3人").Add("jobs", "331003", January, "4000人")
            .Add("jobs", "320102", January, "50000人")
            .Add("jobs", "330102", February, "7人")
            .Build();

        RollupTable provinces = dataset.RollUpAll("jobs", RegionLevel.Province);
        Assert.Equal(4123, provinces.Find("330000", January).BaseUnits);
        Assert.Equal(4, provinces.Find("330000", January).PartCount);
        Assert.Equal(50000, provinces.Find("320000", January).BaseUnits);
        Assert.Equal(7, provinces.Find("330000", February).BaseUnits);
        Assert.False(provinces.TryGet("320000", February, out _)); // no part: no row, never a zero
        Assert.Equal(3, provinces.Count);
        Assert.True(provinces.IsExact);
        Assert.Equal(ValueInterval.Point(4123), provinces.Find("330000", January).Bounds);
        Assert.Equal(["330000", "320000"], provinces.Regions.Select(r => r.Id));

        RollupTable cities = dataset.RollUpAll("jobs", RegionLevel.Prefecture);
        Assert.Equal(120, cities.Find("330100", January).BaseUnits);
        Assert.Equal(4003, cities.Find("331000", January).BaseUnits);
        Assert.Equal(2, cities.Find("331000", January).PartCount);

        // Depth 1 is the cities of this hierarchy.
        Assert.Equal(cities.Select(r => (r.Region.Id, r.Period, r.BaseUnits)), dataset.RollUpAll("jobs", 1).Select(r => (r.Region.Id, r.Period, r.BaseUnits)));
        Assert.Equal("330000 jobs 2020-01: 4123 (4 parts)", provinces.Find("330000", January).ToString());
    }

    [Fact]
    public void RollUpAll_Money_GivesTheTotalInFen_AndTheFigureInYuan()
    {
        Dataset dataset = Builder()
            .Add("spend", "330102", January, "1.25元").Add("spend", "330105", January, "-0.05元").Add("spend", "331004", January, "10.00元")
            .Build();
        RollupRow row = dataset.RollUpAll("spend", RegionLevel.Province).Find("330000", January);
        Assert.Equal(1120, row.BaseUnits);
        Assert.Equal(new Ratio(1120, 100), row.ToDerivedFigure().Value);
        Assert.Equal(DerivedUnit.Yuan, row.ToDerivedFigure().Unit);
        Assert.True(row.ToDerivedFigure().IsExact);
    }

    [Fact]
    public void RollUpAll_RoundedFigures_HaveTheSumOfTheirBounds()
    {
        // 1.5万人 is [14 500, 15 500); 0.0万人 is [0, 500): a headcount is never negative; 300人 is exact.
        Dataset dataset = Builder()
            .Add("jobs", "330102", January, "1.5万人").Add("jobs", "330105", January, "0.0万人").Add("jobs", "331002", January, "300人")
            .Build();
        RollupRow row = dataset.RollUpAll("jobs", RegionLevel.Province).Find("330000", January);
        Assert.Equal(15300, row.BaseUnits);
        Assert.Equal(ValueInterval.ClosedOpen(14800, 16300), row.Bounds);
        Assert.Equal(dataset.RollUp("jobs", "330000", January).Figure, row.ToDerivedFigure());
    }

    [Fact]
    public void RollUpAll_QualifiedFigures_AddTheirIntervals()
    {
        Dataset dataset = Builder()
            .Add("jobs", "330102", January, "约2万人").Add("jobs", "330105", January, "100人以上").Add("jobs", "331002", January, "300人")
            .Build();
        RollupRow row = dataset.RollUpAll("jobs", RegionLevel.Province).Find("330000", January);
        Assert.Equal(20400, row.BaseUnits);
        Assert.Equal(dataset.RollUp("jobs", "330000", January).Figure, row.ToDerivedFigure());
        Assert.Null(row.Bounds.Upper); // 以上: no upper end
        Assert.False(dataset.RollUpAll("jobs", RegionLevel.Province).IsExact);
    }

    [Fact]
    public void RollUpAll_UsesTheFinestFigures_AndNeverARegionsOwn()
    {
        // 台州市 publishes its own figure and its counties theirs: the counties are added, the city's is not; 杭州市 has only
        // its own figure, which is the finest there is under 浙江省; the province's own figure is never one of its parts.
        Dataset dataset = Builder()
            .Add("jobs", "330000", January, "999999人")
            .Add("jobs", "331000", January, "5000人").Add("jobs", "331002", January, "1000人").Add("jobs", "331003", January, "2000人")
            .Add("jobs", "330100", January, "300人")
            .Build();
        RollupRow row = dataset.RollUpAll("jobs", RegionLevel.Province).Find("330000", January);
        Assert.Equal(3300, row.BaseUnits);
        Assert.Equal(3, row.PartCount);
        Assert.Equal(3000, dataset.RollUpAll("jobs", RegionLevel.Prefecture).Find("331000", January).BaseUnits);
        Assert.False(dataset.RollUpAll("jobs", RegionLevel.Prefecture).TryGet("330100", January, out _));
    }

    [Fact]
    public void YearToDateAll_IsTheRunningSumOfTheMonths()
    {
        Dataset dataset = Builder()
            .Add("jobs", "330102", January, "100人").Add("jobs", "331002", January, "10人")
            .Add("jobs", "330102", February, "200人")
            .Add("jobs", "330102", March, "300人").Add("jobs", "331002", March, "30人")
            .Add("jobs", "330102", ReportingPeriod.Month(2021, 1), "99999人")
            .Add("jobs", "330102", ReportingPeriod.Quarter(2020, 1), "88888人")
            .Build();
        RollupTable ytd = dataset.YearToDateAll("jobs", RegionLevel.Province, 2020);
        ReportingPeriod toJanuary = ReportingPeriod.YearToDate(new NodaTime.LocalDate(2020, 1, 31));
        ReportingPeriod toFebruary = ReportingPeriod.YearToDate(new NodaTime.LocalDate(2020, 2, 29));
        ReportingPeriod toMarch = ReportingPeriod.YearToDate(new NodaTime.LocalDate(2020, 3, 31));
        Assert.Equal(110, ytd.Find("330000", toJanuary).BaseUnits);
        Assert.Equal(310, ytd.Find("330000", toFebruary).BaseUnits);
        Assert.Equal(640, ytd.Find("330000", toMarch).BaseUnits);
        Assert.Equal(5, ytd.Find("330000", toMarch).PartCount);
        Assert.Equal(3, ytd.Count); // April to December have no part
        Assert.Equal(12, ytd.Periods.Count);

        RollupTable cities = dataset.YearToDateAll("jobs", RegionLevel.Prefecture, 2020);
        Assert.Equal(40, cities.Find("331000", toMarch).BaseUnits);
        Assert.False(cities.TryGet("331000", toFebruary, out _));
        Assert.Equal(dataset.YearToDate("jobs", "330102", new NodaTime.YearMonth(2020, 3)).Value, cities.Find("330100", toMarch).ToDerivedFigure().Value);
    }

    [Fact]
    public void Totals_AreExact_WhateverTheOrder_AndOverflowOnlyWhenTheTotalDoesNot()
    {
        // 5e16元 + 5e16元 wraps a 64-bit running total of fen, and −5e16元 brings it back: the total fits.
        Dataset fits = Builder()
            .Add("spend", "330102", January, "50000000000000000元").Add("spend", "330105", January, "50000000000000000元")
            .Add("spend", "331002", January, "-50000000000000000元")
            .Build();
        Assert.Equal(5_000_000_000_000_000_000, fits.RollUpAll("spend", RegionLevel.Province).Find("330000", January).BaseUnits);

        Dataset overflows = Builder()
            .Add("spend", "330102", January, "50000000000000000元").Add("spend", "330105", January, "50000000000000000元")
            .Build();
        var e = Assert.Throws<OverflowException>(() => overflows.RollUpAll("spend", RegionLevel.Province));
        Assert.Contains("\"spend\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("330000", e.Message, StringComparison.Ordinal);
        Assert.Contains("2020-01", e.Message, StringComparison.Ordinal);

        // A year to date can overflow where no month does.
        Dataset months = Builder()
            .Add("spend", "330102", January, "50000000000000000元").Add("spend", "330102", February, "50000000000000000元")
            .Build();
        Assert.Throws<OverflowException>(() => months.YearToDateAll("spend", RegionLevel.Province, 2020));
        Assert.Equal(2, months.RollUpAll("spend", RegionLevel.Province).Count);
    }

    [Fact]
    public void Totals_AreExact_OverTwelveConsecutiveMonths_AndOnEveryCall()
    {
        // Each month of 330000: 5e16元 + 5e16元 − 5e16元 (wraps, then comes back); 330100 alone is 1e17元, too much.
        DatasetBuilder builder = Builder();
        for (int m = 1; m <= 12; m++)
        {
            ReportingPeriod month = ReportingPeriod.Month(2020, m);
            builder.Add("spend", "330102", month, "50000000000000000元").Add("spend", "330105", month, "50000000000000000元")
                .Add("spend", "331002", month, "-50000000000000000元");
        }

        // And a county with months that do not follow one another.
        Dataset dataset = builder.Add("spend", "331003", January, "1元").Add("spend", "331003", March, "2元").Build();
        for (int call = 0; call < 2; call++)
        {
            RollupTable provinces = dataset.RollUpAll("spend", RegionLevel.Province);
            Assert.Equal(12, provinces.Count);
            Assert.Equal(5_000_000_000_000_000_100, provinces.Find("330000", January).BaseUnits);
            Assert.Equal(4, provinces.Find("330000", January).PartCount);
            Assert.Equal(5_000_000_000_000_000_000, provinces.Find("330000", February).BaseUnits);
            Assert.Equal(3, provinces.Find("330000", February).PartCount);
            Assert.Equal(5_000_000_000_000_000_200, provinces.Find("330000", March).BaseUnits);
            Assert.Equal(5_000_000_000_000_000_000, provinces.Find("330000", ReportingPeriod.Month(2020, 12)).BaseUnits);
            Assert.Equal(5_000_000_000_000_000_000, dataset.RollUpAll("spend", 0).Find("330000", ReportingPeriod.Month(2020, 7)).BaseUnits);
            var e = Assert.Throws<OverflowException>(() => dataset.RollUpAll("spend", RegionLevel.Prefecture));
            Assert.Contains("330100", e.Message, StringComparison.Ordinal);
            Assert.Throws<OverflowException>(() => dataset.YearToDateAll("spend", RegionLevel.Province, 2020));
        }
    }

    [Fact]
    public void FirstCalls_FromManyThreadsAtOnce_AllGiveTheTotals()
    {
        Dataset dataset = Builder()
            .Add("jobs", "330102", January, "100人").Add("jobs", "330102", February, "7人").Add("jobs", "330105", January, "20人")
            .Add("jobs", "331002", February, "3人").Add("jobs", "320102", January, "50000人")
            .Build();
        var results = new (long Zhejiang, long Hangzhou, long ToFebruary)[16];
        System.Threading.Tasks.Parallel.For(0, results.Length, t => results[t] = (
            dataset.RollUpAll("jobs", RegionLevel.Province).Find("330000", January).BaseUnits,
            dataset.RollUpAll("jobs", RegionLevel.Prefecture).Find("330100", February).BaseUnits,
            dataset.YearToDateAll("jobs", RegionLevel.Province, 2020).Find("330000", ReportingPeriod.YearToDate(February.End)).BaseUnits));
        Assert.All(results, r => Assert.Equal((120L, 7L, 130L), r));
    }

    [Fact]
    public void Refuses_WhatDoesNotAddUp()
    {
        Dataset dataset = Builder().Add("jobs", "330102", January, "1人").Build();
        var notAdditive = Assert.Throws<ArgumentException>(() => dataset.RollUpAll("benefit-level", RegionLevel.Province));
        Assert.Contains("\"benefit-level\"", notAdditive.Message, StringComparison.Ordinal);
        var rate = Assert.Throws<ArgumentException>(() => dataset.RollUpAll("unemployment-rate", RegionLevel.Province));
        Assert.Contains("\"unemployment-rate\"", rate.Message, StringComparison.Ordinal);
        var cumulative = Assert.Throws<ArgumentException>(() => dataset.YearToDateAll("jobs-ytd", RegionLevel.Province, 2020));
        Assert.Contains("\"jobs-ytd\"", cumulative.Message, StringComparison.Ordinal);
        Assert.Contains("cumulative", cumulative.Message, StringComparison.Ordinal);
        var stock = Assert.Throws<ArgumentException>(() => dataset.YearToDateAll("unemployed", RegionLevel.Province, 2020));
        Assert.Contains("stock", stock.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => dataset.RollUpAll("no-such-indicator", RegionLevel.Province));
        Assert.Throws<ArgumentOutOfRangeException>(() => dataset.RollUpAll("jobs", (RegionLevel)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => dataset.RollUpAll("jobs", -1));
        Assert.Equal(1, dataset.RollUpAll("jobs-ytd", RegionLevel.Province).Count + dataset.RollUpAll("jobs", RegionLevel.Province).Count);
    }

}
