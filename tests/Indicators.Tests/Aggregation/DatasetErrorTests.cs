using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using NodaTime;
using Xunit;
using static Indicators.Tests.Aggregation.DatasetArithmeticTests;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// What a dataset refuses, and that each refusal names what was wrong: unknown indicators and regions, a figure given
/// twice, a figure of the wrong quantity or unit, a roll-up of what does not add up, sums over time of what is not a
/// flow, and a year to date with a month missing.
/// </summary>
public class DatasetErrorTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.BuiltIn.With(
        [IndicatorDefinition.Persons("monthly-new-employment", TemporalNature.Flow, "月度城镇新增就业", englishName: "New urban employment in the month")]);

    [Fact]
    public void Add_OfAnUnknownIndicator_NamesIt()
    {
        var builder = new DatasetBuilder(Catalog, Taizhou);
        var ex = Assert.Throws<ArgumentException>(() => builder.Add("no-such-indicator", "331000", ToOctober, "1人"));
        Assert.Contains("no-such-indicator", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => builder.Add("no-such-indicator", "331000", ToOctober, PublishedFigure.Parse<Headcount>("1人")));
        Assert.Contains("no-such-indicator", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.Count);
    }

    [Fact]
    public void Add_OfAnUnknownRegion_NamesIt()
    {
        var builder = new DatasetBuilder(Catalog, Taizhou);
        var ex = Assert.Throws<ArgumentException>(() => builder.Add("urban-new-employment", "331021", ToOctober, "1人"));
        Assert.Contains("331021", ex.Message, StringComparison.Ordinal);
        Assert.Equal("region", ex.ParamName);
    }

    [Fact]
    public void Add_Twice_ForTheSameIndicatorRegionAndPeriod_NamesTheThree()
    {
        var builder = new DatasetBuilder(Catalog, Taizhou).Add("urban-new-employment", "331000", ToOctober, "14.64万人");
        var ex = Assert.Throws<ArgumentException>(() => builder.Add("urban-new-employment", "331000", ToOctober, "14.65万人"));
        Assert.Contains("urban-new-employment", ex.Message, StringComparison.Ordinal);
        Assert.Contains("331000", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2020-01-01/P10M", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, builder.Count);

        // Another period, another region or another indicator is another figure; so is a month that covers the same days as
        // a year to date (2020-01 and 2020-01-01/P1M are different periods).
        builder.Add("urban-new-employment", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 9, 30)), "13.1万人")
            .Add("urban-new-employment", "331002", ToOctober, "1.2万人")
            .Add("urban-unemployed-re-employed", "331000", ToOctober, "1.77万人")
            .Add("monthly-new-employment", "331000", ReportingPeriod.Month(2020, 1), "1.1万人")
            .Add("monthly-new-employment", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 1, 31)), "1.1万人");
        Assert.Equal(6, builder.Count);
        Assert.Equal(6, builder.Build().Count);
    }

    [Fact]
    public void Add_OfMoney_ForAnIndicatorOfPersons_IsRefused_NamingBoth()
    {
        var builder = new DatasetBuilder(Catalog, Taizhou);
        var ex = Assert.Throws<ArgumentException>(() => builder.Add("urban-new-employment", "331000", ToOctober, PublishedFigure.Parse<Money>("1.5亿元")));
        Assert.Contains("urban-new-employment", ex.Message, StringComparison.Ordinal);
        Assert.Contains("persons", ex.Message, StringComparison.Ordinal);
        Assert.Contains("money", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => builder.Add("urban-new-employment", "331000", ToOctober, "1.5亿元"));
        Assert.Throws<ArgumentException>(() => builder.Add("social-insurance-fees-cut", "331000", ToOctober, PublishedFigure.Parse<Headcount>("1.5万人")));
        Assert.Equal(0, builder.Count);
    }

    [Fact]
    public void Add_OfEnterprises_ForAnIndicatorOfPositions_IsRefused_NamingBoth()
    {
        var builder = new DatasetBuilder(Catalog, Taizhou);
        var typed = Assert.Throws<ArgumentException>(() => builder.Add("positions-offered", "331000", ToOctober, PublishedFigure.Of(Count<Enterprises>.Of(5), new DisplayFormat(Scale.One, 0))));
        Assert.Contains("positions-offered", typed.Message, StringComparison.Ordinal);
        Assert.Contains("positions", typed.Message, StringComparison.Ordinal);
        Assert.Contains("enterprises", typed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => builder.Add("positions-offered", "331000", ToOctober, "5家"));
        Assert.Throws<ArgumentException>(() => builder.Add("positions-offered", "331000", ToOctober, PublishedFigure.Parse<UnitCount>("5家")));
        Assert.Throws<ArgumentException>(() => builder.Add("positions-offered", "331000", ToOctober, PublishedFigure.Parse<Headcount>("5人")));
        Assert.Equal(0, builder.Count);

        // Typed, the indicator's own unit is accepted.
        builder.Add("positions-offered", "331000", ToOctober, PublishedFigure.Of(Count<Positions>.Of(53_000), new DisplayFormat(Scale.Wan, 1)));
        Assert.Equal(CountUnit.Positions, builder.Build().Find("positions-offered", "331000", ToOctober).AsCount().Value.Unit);
    }

    [Fact]
    public void Add_OfATextCountInASharedMeasureWord_IsReadAsTheIndicatorsUnit()
    {
        // 个 counts positions and projects alike: read as the indicator's own unit.
        var builder = new DatasetBuilder(Catalog, Taizhou);
        builder.Add("positions-offered", "331000", ToOctober, "5.3万个").Add("online-training-projects", "331000", ToOctober, "12个");
        Dataset dataset = builder.Build();
        Assert.Equal(CountUnit.Positions, dataset.Find("positions-offered", "331000", ToOctober).AsCount().Value.Unit);
        Assert.Equal(CountUnit.Projects, dataset.Find("online-training-projects", "331000", ToOctober).AsCount().Value.Unit);
    }

    [Fact]
    public void Add_OfARate_ForAnIndicatorOfPersons_AndOfPersons_ForARate_AreRefused()
    {
        var builder = new DatasetBuilder(Catalog, Taizhou);
        var ex = Assert.Throws<ArgumentException>(() => builder.Add("registered-urban-unemployed", "331000", ToOctober, PublishedRate.Parse("1.38%")));
        Assert.Contains("registered-urban-unemployed", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => builder.Add("registered-urban-unemployment-rate", "331000", ToOctober, PublishedFigure.Parse<Headcount>("1万人")));
        Assert.Throws<FormatException>(() => builder.Add("registered-urban-unemployment-rate", "331000", ToOctober, "1万人"));
        Assert.Equal(0, builder.Count);
    }

    [Theory]
    [InlineData("unemployment-assistance-monthly-amount", "500元")]
    [InlineData("surveyed-urban-unemployment-rate", "5.1%")]
    public void RollUp_OfAnIndicatorThatDoesNotAddUp_NamesIt(string indicator, string figure)
    {
        Dataset dataset = new DatasetBuilder(Catalog, Taizhou).Add(indicator, "331002", ToOctober, figure).Build();
        var ex = Assert.Throws<ArgumentException>(() => dataset.RollUp(indicator, "331000", ToOctober));
        Assert.Contains(indicator, ex.Message, StringComparison.Ordinal);
        Assert.Equal("indicator", ex.ParamName);
    }

    [Fact]
    public void RollUp_OfUnknownsOrOfALeaf_IsRefused_NamingThem()
    {
        Dataset dataset = new DatasetBuilder(Catalog, Taizhou).Add("urban-new-employment", "331002", ToOctober, "1.2万人").Build();
        Assert.Contains("no-such-indicator", Assert.Throws<ArgumentException>(() => dataset.RollUp("no-such-indicator", "331000", ToOctober)).Message, StringComparison.Ordinal);
        Assert.Contains("990000", Assert.Throws<ArgumentException>(() => dataset.RollUp("urban-new-employment", "990000", ToOctober)).Message, StringComparison.Ordinal);
        Assert.Contains("331002", Assert.Throws<ArgumentException>(() => dataset.RollUp("urban-new-employment", "331002", ToOctober)).Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => dataset.RollUp("urban-new-employment", "331000", ReportingPeriod.Year(2020)));
        Assert.Throws<ArgumentNullException>(() => dataset.RollUp(null!, "331000", ToOctober));
    }

    [Fact]
    public void RollUp_OfARate_WhoseDenominatorMayBeZero_IsRefused()
    {
        Dataset dataset = new DatasetBuilder(Catalog, Taizhou)
            .Add("registered-urban-unemployed", "331002", ToOctober, "0人")
            .Add("registered-urban-labour-force", "331002", ToOctober, "0人")
            .Build();
        var ex = Assert.Throws<ArgumentException>(() => dataset.RollUp("registered-urban-unemployment-rate", "331000", ToOctober));
        Assert.Contains("registered-urban-labour-force", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("urban-new-employment", "cumulative")]
    [InlineData("registered-urban-unemployed", "stock")]
    public void SumOverTime_OfWhatIsNotAFlow_NamesIt(string indicator, string nature)
    {
        Dataset dataset = new DatasetBuilder(Catalog, Taizhou)
            .Add(indicator, "331000", ReportingPeriod.Month(2020, 1), "1万人")
            .Add(indicator, "331000", ReportingPeriod.Month(2020, 2), "2万人")
            .Build();
        var ex = Assert.Throws<ArgumentException>(() => dataset.SumOverTime(indicator, "331000", [ReportingPeriod.Month(2020, 1), ReportingPeriod.Month(2020, 2)]));
        Assert.Contains(indicator, ex.Message, StringComparison.Ordinal);
        Assert.Contains(nature, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SumOverTime_OfOverlappingOrNoPeriods_IsRefused()
    {
        Dataset dataset = new DatasetBuilder(Catalog, Taizhou)
            .Add("monthly-new-employment", "331000", ReportingPeriod.Month(2020, 1), "1万人")
            .Add("monthly-new-employment", "331000", ReportingPeriod.Quarter(2020, 1), "3万人")
            .Add("monthly-new-employment", "331000", ReportingPeriod.Month(2020, 4), "1万人")
            .Build();
        var ex = Assert.Throws<ArgumentException>(() => dataset.SumOverTime("monthly-new-employment", "331000", [ReportingPeriod.Quarter(2020, 1), ReportingPeriod.Month(2020, 1)]));
        Assert.Contains("2020-Q1", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => dataset.SumOverTime("monthly-new-employment", "331000", [ReportingPeriod.Month(2020, 1), ReportingPeriod.Month(2020, 1)]));
        Assert.Throws<ArgumentException>(() => dataset.SumOverTime("monthly-new-employment", "331000", []));
        Assert.Equal(new Ratio(40_000, 1), dataset.SumOverTime("monthly-new-employment", "331000", [ReportingPeriod.Month(2020, 4), ReportingPeriod.Quarter(2020, 1)]).Value);
        Assert.Throws<KeyNotFoundException>(() => dataset.SumOverTime("monthly-new-employment", "331000", [ReportingPeriod.Month(2020, 5)]));
    }

    [Fact]
    public void MonthlyFlow_OfAStock_IsRefused_NamingIt()
    {
        Dataset dataset = new DatasetBuilder(Catalog, Taizhou)
            .Add("registered-urban-unemployed", "331000", ReportingPeriod.Month(2020, 10), "1.2万人")
            .Build();
        var ex = Assert.Throws<ArgumentException>(() => dataset.MonthlyFlow("registered-urban-unemployed", "331000", new YearMonth(2020, 10)));
        Assert.Contains("registered-urban-unemployed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("stock", ex.Message, StringComparison.Ordinal);

        // A stock's year to date is its figure at the month's end.
        Assert.Equal(new Ratio(12_000, 1), dataset.YearToDate("registered-urban-unemployed", "331000", new YearMonth(2020, 10)).Value);
    }

    [Fact]
    public void YearToDate_OfAFlowWithAMonthMissing_NamesTheMonth()
    {
        var builder = new DatasetBuilder(Catalog, Taizhou);
        foreach (int month in new[] { 1, 2, 4 })
        {
            builder.Add("monthly-new-employment", "331000", ReportingPeriod.Month(2020, month), "1万人");
        }

        Dataset dataset = builder.Build();
        var ex = Assert.Throws<KeyNotFoundException>(() => dataset.YearToDate("monthly-new-employment", "331000", new YearMonth(2020, 5)));
        Assert.Contains("2020-03", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2020-05", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2020-04", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new Ratio(20_000, 1), dataset.YearToDate("monthly-new-employment", "331000", new YearMonth(2020, 2)).Value);
    }

    [Fact]
    public void MonthlyFlow_OfACumulativeIndicator_WithoutThePreviousMonth_IsNotFound()
    {
        Dataset dataset = new DatasetBuilder(Catalog, Taizhou)
            .Add("urban-new-employment", "331000", ToOctober, "14.64万人")
            .Build();
        var ex = Assert.Throws<KeyNotFoundException>(() => dataset.MonthlyFlow("urban-new-employment", "331000", new YearMonth(2020, 10)));
        Assert.Contains("2020-01-01/P9M", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => dataset.MonthlyFlow("urban-new-employment", "no-such-region", new YearMonth(2020, 10)));
    }
}
