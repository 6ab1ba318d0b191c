using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>Regions and a dataset of made-up figures for the comparison, ranking and parent-rate tests.</summary>
internal static class ComparisonFixture
{
    internal const string Rate = "registered-urban-unemployment-rate";
    internal const string Unemployed = "registered-urban-unemployed";
    internal const string Cpi = "consumer-price-rise";
    internal const string Employment = "employment-rate";
    internal static readonly ReportingPeriod October = ReportingPeriod.Month(2020, 10);

    internal static IndicatorCatalog Catalog { get; } = IndicatorCatalog.BuiltIn.With([
        IndicatorDefinition.Rate(Cpi, RegionalRollup.NotAdditive, "居民消费价格涨幅", "居民消費價格漲幅", "Consumer price rise", Polarity.NearerIsBetter),
        IndicatorDefinition.Rate(Employment, RegionalRollup.NotAdditive, "就业率", "就業率", "Employment rate"),
    ]);

    internal static RegionHierarchy Zhejiang { get; } = RegionHierarchy.Create([
        Region.Division(RegionCode.Parse("330000"), "浙江省", RegionLevel.Province, englishName: "Zhejiang"),
        Region.Division(RegionCode.Parse("330200"), "宁波市", RegionLevel.Prefecture, RegionCode.Parse("330000"), "寧波市", "Ningbo"),
        Region.Division(RegionCode.Parse("330300"), "温州市", RegionLevel.Prefecture, RegionCode.Parse("330000"), "溫州市", "Wenzhou"),
        Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Prefecture, RegionCode.Parse("330000"), "臺州市", "Taizhou"),
        Region.Defined("zhejiang-average", "全省平均", RegionLevel.Group, englishName: "Zhejiang average"),
    ]);

    internal static DatasetBuilder Builder() => new(Catalog, Zhejiang);
}

public class DatasetComparisonTests
{
    private static readonly ReportingPeriod October = ComparisonFixture.October;

    private static Dataset Rates(string taizhou, string zhejiang) => ComparisonFixture.Builder()
        .Add(ComparisonFixture.Rate, "331000", October, taizhou)
        .Add(ComparisonFixture.Rate, "330000", October, zhejiang)
        .Build();

    [Fact]
    public void Compare_RateAgainstParent_InPointsWithBounds_LowerIsBetter()
    {
        RegionComparison c = Rates("1.38%", "1.85%").Compare(ComparisonFixture.Rate, "331000", October);

        Assert.Equal("330000", c.ReferenceRegion.Id);
        Assert.Equal(DerivedUnit.Points, c.Difference.Unit);
        Assert.Equal(new Ratio(-47, 100), c.Difference.Value);
        // [1.375, 1.385) − [1.845, 1.855) = (1.375 − 1.855, 1.385 − 1.845), open at both ends.
        Assert.Equal(ValueInterval.Open(new Ratio(-48, 100), new Ratio(-46, 100)), c.Difference.Bounds);
        Assert.Equal(-1, c.Direction);
        Assert.Equal(ComparisonVerdict.Better, c.Verdict);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(1375, 1000), new Ratio(1385, 1000)), c.SubjectFigure.Bounds);
    }

    [Theory]
    [MemberData(nameof(Support.Cultures.CurrentData), MemberType = typeof(Support.Cultures))]
    public void Compare_Explain_InThreeScripts_InEveryCulture(string culture) => Support.Cultures.With(culture, () =>
    {
        RegionComparison c = Rates("1.38%", "1.85%").Compare(ComparisonFixture.Rate, "331000", October);
        Assert.Equal(
            "台州市 城镇登记失业率 1.38% − 浙江省 1.85% = -0.47个百分点，区间 (-0.48个百分点, -0.46个百分点)：更低，更好",
            c.Explain(ExplainLanguage.ZhHans));
        Assert.Equal(
            "臺州市 城鎮登記失業率 1.38% − 浙江省 1.85% = -0.47個百分點，區間 (-0.48個百分點, -0.46個百分點)：更低，更好",
            c.Explain(ExplainLanguage.ZhHant));
        Assert.Equal(
            "Taizhou Registered urban unemployment rate 1.38% − Zhejiang 1.85% = -0.47 percentage points, bounds (-0.48 percentage points, -0.46 percentage points): lower, better",
            c.Explain(ExplainLanguage.English));
    });

    [Fact]
    public void Compare_AgainstNamedAverage_IsAnyRegionOfTheDataset()
    {
        Dataset data = ComparisonFixture.Builder()
            .Add(ComparisonFixture.Rate, "331000", October, "2.10%")
            .Add(ComparisonFixture.Rate, "zhejiang-average", October, "1.85%")
            .Build();
        RegionComparison c = data.Compare(ComparisonFixture.Rate, "331000", "zhejiang-average", October);
        Assert.Equal(new Ratio(25, 100), c.Difference.Value);
        Assert.Equal(ComparisonVerdict.Worse, c.Verdict);
        Assert.EndsWith("：更高，更差", c.Explain(ExplainLanguage.ZhHans), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_QuantityInItsUnit_HigherIsBetter()
    {
        Dataset data = ComparisonFixture.Builder()
            .Add("urban-new-employment", "331000", October, "14.64万人")
            .Add("urban-new-employment", "330200", October, "20.1万人")
            .Build();
        RegionComparison c = data.Compare("urban-new-employment", "331000", "330200", October);
        Assert.Equal(DerivedUnit.Persons, c.Difference.Unit);
        Assert.Equal(new Ratio(-54_600, 1), c.Difference.Value);
        // [146 350, 146 450) − [200 500, 201 500) = (−55 150, −54 050).
        Assert.Equal(ValueInterval.Open(new Ratio(-55_150, 1), new Ratio(-54_050, 1)), c.Difference.Bounds);
        Assert.Equal(ComparisonVerdict.Worse, c.Verdict);
    }

    [Fact]
    public void Compare_BoundsAcrossZero_IsUndetermined_AndEqualPrintedIsSame()
    {
        RegionComparison coarse = Rates("1.38%", "1.4%").Compare(ComparisonFixture.Rate, "331000", October);
        // [1.375, 1.385) − [1.35, 1.45) = (−0.075, 0.035): either could be lower.
        Assert.Equal(ValueInterval.Open(new Ratio(-75, 1000), new Ratio(35, 1000)), coarse.Difference.Bounds);
        Assert.Equal(ComparisonVerdict.Undetermined, coarse.Verdict);
        Assert.Equal(0, coarse.Direction);
        Assert.EndsWith("：区间含零，高低未定", coarse.Explain(ExplainLanguage.ZhHans), StringComparison.Ordinal);

        RegionComparison same = Rates("1.38%", "1.38%").Compare(ComparisonFixture.Rate, "331000", October);
        Assert.Equal(ComparisonVerdict.Same, same.Verdict);
        Assert.EndsWith(": the same as printed", same.Explain(ExplainLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NotAdditiveIndicator_IsFine()
    {
        Dataset data = ComparisonFixture.Builder()
            .Add("unemployment-assistance-monthly-amount", "331000", October, "1500元")
            .Add("unemployment-assistance-monthly-amount", "330000", October, "1600元")
            .Build();
        RegionComparison c = data.Compare("unemployment-assistance-monthly-amount", "331000", October);
        Assert.Equal(new Ratio(-100, 1), c.Difference.Value);
        Assert.Equal(ComparisonVerdict.Worse, c.Verdict);
    }

    [Fact]
    public void Compare_NearerIsBetter_NeverBetterOrWorse()
    {
        Dataset data = ComparisonFixture.Builder()
            .Add(ComparisonFixture.Cpi, "331000", October, "2.5%")
            .Add(ComparisonFixture.Cpi, "330000", October, "3.0%")
            .Build();
        RegionComparison c = data.Compare(ComparisonFixture.Cpi, "331000", October);
        Assert.Equal(-1, c.Direction);
        Assert.Equal(ComparisonVerdict.Undetermined, c.Verdict);
        Assert.EndsWith("：更低，优劣未定（以接近目标为好）", c.Explain(ExplainLanguage.ZhHans), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Errors_NameTheRegionOrFigure()
    {
        Dataset data = Rates("1.38%", "1.85%");

        var root = Assert.Throws<ArgumentException>(() => data.Compare(ComparisonFixture.Rate, "330000", October));
        Assert.Contains("330000", root.Message, StringComparison.Ordinal);
        Assert.Contains("no parent", root.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<ArgumentException>(() => data.Compare(ComparisonFixture.Rate, "331000", "339999", October));
        Assert.Contains("339999", unknown.Message, StringComparison.Ordinal);

        var indicator = Assert.Throws<ArgumentException>(() => data.Compare("no-such-indicator", "331000", October));
        Assert.Contains("no-such-indicator", indicator.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<KeyNotFoundException>(() => data.Compare(ComparisonFixture.Rate, "330200", October));
        Assert.Contains("330200", missing.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => data.Compare(ComparisonFixture.Rate, "331000", "331000", October));
    }
}
