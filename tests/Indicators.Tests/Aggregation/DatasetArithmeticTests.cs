using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// The report's own arithmetic through a dataset, by the built-in indicator codes, with the reference report's figures
/// (DESIGN.md, "Worked facts"; every expected value below was worked out by hand).
/// </summary>
public class DatasetArithmeticTests
{
    /// <summary>截至10月底 2020: 2020-01-01/P10M.</summary>
    internal static readonly ReportingPeriod ToOctober = ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31));

    /// <summary>浙江省, 台州市 and its nine county-level divisions (DESIGN rule 12), built by hand.</summary>
    internal static RegionHierarchy Taizhou { get; } = RegionHierarchy.Create(
    [
        Region.Division(RegionCode.Parse("330000"), "浙江省", RegionLevel.Province, englishName: "Zhejiang"),
        Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Prefecture, RegionCode.Parse("330000"), "臺州市", "Taizhou"),
        County("331002", "椒江区", "椒江區", "Jiaojiang"),
        County("331003", "黄岩区", "黃巖區", "Huangyan"),
        County("331004", "路桥区", "路橋區", "Luqiao"),
        County("331022", "三门县", "三門縣", "Sanmen"),
        County("331023", "天台县", "天台縣", "Tiantai"),
        County("331024", "仙居县", "仙居縣", "Xianju"),
        County("331081", "温岭市", "溫嶺市", "Wenling"),
        County("331082", "临海市", "臨海市", "Linhai"),
        County("331083", "玉环市", "玉環市", "Yuhuan"),
    ]);

    private static Dataset Report { get; } = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou)
        .Add("social-insurance-fees-cut", "331000", ToOctober, "45.76亿元")
        .Add("social-insurance-fees-returned", "331000", ToOctober, "10.55亿元")
        .Add("enterprise-subsidies-paid", "331000", ToOctober, "1.88亿元")
        .Add("five-reductions-relief", "331000", ToOctober, "147.16亿元")
        .Add("five-reductions-enterprises", "331000", ToOctober, "约115万家")
        .Add("flexible-employment-subsidy", "331000", ToOctober, "2369.79万元")
        .Add("flexible-employment-subsidy-recipients", "331000", ToOctober, "3916人")
        .Add("start-up-loan-interest-subsidies", "331000", ToOctober, "1814.6万元")
        .Add("start-up-guarantee-loans", "331000", ToOctober, "1.78亿元")
        .Add("unemployment-assistance-monthly-amount", "331000", ToOctober, "500元")
        .Add("unemployment-assistance-recipients", "331000", ToOctober, "3175人")
        .Build();

    [Fact]
    public void Total_OfFeesCutReturnedAndSubsidies_Is58point19Yi()
    {
        DerivedFigure total = Report.Total("331000", ToOctober, "social-insurance-fees-cut", "social-insurance-fees-returned", "enterprise-subsidies-paid");

        // 45.76 + 10.55 + 1.88 = 58.19 (亿元); each printed to 0.01亿 = 100万元, so ± 50万元 each: [58.175亿, 58.205亿).
        Assert.Equal(new Ratio(5_819_000_000, 1), total.Value);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(5_817_500_000, 1), new Ratio(5_820_500_000, 1)), total.Bounds);
        Assert.Equal("58.19亿元", total.ToString(new DisplayFormat(Scale.Yi, 2), ExplainLanguage.ZhHans));
        Assert.Equal(DerivedUnit.Yuan, total.Unit);
    }

    [Fact]
    public void PerUnit_OfReliefOverAbout115WanEnterprises_Is12796point52Yuan()
    {
        DerivedFigure each = Report.PerUnit("five-reductions-relief", "five-reductions-enterprises", "331000", ToOctober);

        // 14 716 000 000 元 / 1 150 000 家 = 12 796.521739… 元; 147.16亿 ∈ [147.155亿, 147.165亿), 约115万 ∈ (114.5万, 115.5万).
        Assert.Equal(new Ratio(14_716_000_000, 1_150_000), each.Value);
        Assert.Equal(ValueInterval.Open(new Ratio(14_715_500_000, 1_155_000), new Ratio(14_716_500_000, 1_145_000)), each.Bounds);
        Assert.Equal("12796.52元", each.ToString(new DisplayFormat(Scale.One, 2), ExplainLanguage.ZhHans));
    }

    [Fact]
    public void PerUnit_OfTheFlexibleEmploymentSubsidy_Is6051point56YuanAPerson()
    {
        DerivedFigure each = Report.PerUnit("flexible-employment-subsidy", "flexible-employment-subsidy-recipients", "331000", ToOctober);

        // 23 697 900 元 / 3 916 人 = 6 051.557… 元; 3916人 is exact, 2369.79万元 is ± 50 元.
        Assert.Equal(new Ratio(23_697_900, 3_916), each.Value);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(23_697_850, 3_916), new Ratio(23_697_950, 3_916)), each.Bounds);
        Assert.Equal("6051.56元", each.ToString(new DisplayFormat(Scale.One, 2), ExplainLanguage.ZhHans));
    }

    [Fact]
    public void Share_OfInterestSubsidiesInGuaranteeLoans_Is10point19Percent()
    {
        DerivedFigure share = Report.Share("start-up-loan-interest-subsidies", "start-up-guarantee-loans", "331000", ToOctober);

        // 18 146 000 / 178 000 000 = 10.1943…%.
        Assert.Equal(new Ratio(18_146_000 * 100L, 178_000_000), share.Value);
        Assert.Equal(DerivedUnit.Share, share.Unit);
        Assert.Equal("10.19%", share.ToString(new DisplayFormat(Scale.One, 2), ExplainLanguage.ZhHans));
        Assert.True(share.Bounds.Contains(new Ratio(18_146_000 * 100L, 178_000_000)));
    }

    [Fact]
    public void Product_OfAssistanceRateAndRecipients_Is158point75Wan()
    {
        DerivedFigure total = Report.Product("unemployment-assistance-monthly-amount", "unemployment-assistance-recipients", "331000", ToOctober);

        // 500 元 × 3 175 人 = 1 587 500 元.
        Assert.Equal(new Ratio(1_587_500, 1), total.Value);
        Assert.Equal("158.75万元", total.ToString(new DisplayFormat(Scale.Wan, 2), ExplainLanguage.ZhHans));
        Assert.True(total.Bounds.Contains(total.Value));
    }

    [Fact]
    public void Total_OfIndicatorsOfDifferentQuantities_IsRefused_NamingBoth()
    {
        var ex = Assert.Throws<System.ArgumentException>(() => Report.Total("331000", ToOctober, "social-insurance-fees-cut", "flexible-employment-subsidy-recipients"));
        Assert.Contains("social-insurance-fees-cut", ex.Message, System.StringComparison.Ordinal);
        Assert.Contains("flexible-employment-subsidy-recipients", ex.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentException>(() => Report.Total("331000", ToOctober));
    }

    [Fact]
    public void Arithmetic_WithAFigureTheDatasetLacks_NamesIt()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Report.Total("331002", ToOctober, "social-insurance-fees-cut"));
        Assert.Contains("331002", ex.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentException>(() => Report.PerUnit("five-reductions-enterprises", "five-reductions-relief", "331000", ToOctober));
        Assert.Throws<System.ArgumentException>(() => Report.Product("unemployment-assistance-recipients", "unemployment-assistance-recipients", "331000", ToOctober));
        Assert.Throws<System.ArgumentException>(() => Report.Share("start-up-guarantee-loans", "flexible-employment-subsidy-recipients", "331000", ToOctober));
    }

    private static Region County(string code, string name, string traditional, string english) =>
        Region.Division(RegionCode.Parse(code), name, RegionLevel.County, RegionCode.Parse("331000"), traditional, english);
}
