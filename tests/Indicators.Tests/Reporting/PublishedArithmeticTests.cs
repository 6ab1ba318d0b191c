using System;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

public class PublishedArithmeticTests
{
    [Fact]
    public void Sum_OfRoundedYi_IsInYuanWithBoundsInYuan()
    {
        // Fees cut, returned and subsidies paid, each printed to 0.01亿元.
        DerivedFigure total = PublishedArithmetic.Sum(
            PublishedFigure.Parse<Money>("45.76亿元"), PublishedFigure.Parse<Money>("10.55亿元"), PublishedFigure.Parse<Money>("1.88亿元"));
        Assert.Equal(DerivedUnit.Yuan, total.Unit);
        Assert.Equal(new Ratio(5_819_000_000, 1), total.Value); // 元, not fen
        Assert.Equal(ValueInterval.ClosedOpen(5_817_500_000, 5_820_500_000), total.Bounds); // ± 3 × 0.005亿元
        Assert.Equal("58.19亿元", total.ToString(ExplainLanguage.ZhHans));
        Assert.Equal("58.19億元", total.ToString(ExplainLanguage.ZhHant));
        Assert.Equal("58.19 × 10⁸ yuan", total.ToString(ExplainLanguage.English));
        Assert.Equal("[58.175亿元, 58.205亿元)", total.BoundsToString(ExplainLanguage.ZhHans));
        Assert.Equal("[58.175億元, 58.205億元)", total.BoundsToString(ExplainLanguage.ZhHant));
        Assert.Equal("45.76亿元 + 10.55亿元 + 1.88亿元 = 58.19亿元", total.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("45.76億元 + 10.55億元 + 1.88億元 = 58.19億元", total.Explain(ExplainLanguage.ZhHant));
    }

    [Fact]
    public void Quotient_MoneyOverYue_IsYuanPerEnterprise_NotFen()
    {
        // 147.16亿元 over 约115万家: about 12 796.52 元 per enterprise, between 12 740.69… and 12 852.83…, as docs/published-figures.md says.
        DerivedFigure perEnterprise = PublishedArithmetic.Quotient(PublishedFigure.Parse<Money>("147.16亿元"), PublishedFigure.Parse<Count<Enterprises>>("约115万家"));
        Assert.Equal(DerivedKind.PerUnit, perEnterprise.Unit.Kind);
        Assert.Equal("元/家", perEnterprise.Unit.Name(ExplainLanguage.ZhHans));
        Assert.Equal("yuan per enterprise", perEnterprise.Unit.Name(ExplainLanguage.English));
        Assert.Equal(new Ratio(14_716_000_000, 1_150_000), perEnterprise.Value);
        Assert.Equal("12796.521739…元 in (12740.69…元, 12852.83…元)", perEnterprise.ToString());
        Assert.Equal("12796.52元", perEnterprise.ToString(ExplainLanguage.ZhHans));
        Assert.Equal("12,796.52 yuan", perEnterprise.ToString(ExplainLanguage.English));
        Assert.Equal("(12740.69…元, 12852.83…元)", perEnterprise.BoundsToString(ExplainLanguage.ZhHans));
        Assert.Equal(
            "平均 = 14 716 000 000 元 ÷ 1 150 000 家 = 12796.521739…元 ≈ 12 796.52 元（四捨五入）",
            perEnterprise.Explain(ExplainLanguage.ZhHant));
    }

    [Fact]
    public void Difference_CarriesBounds()
    {
        DerivedFigure gap = PublishedArithmetic.Difference(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedFigure.Parse<Headcount>("1.77万人"));
        Assert.Equal(new Ratio(128_700, 1), gap.Value);
        Assert.Equal(ValueInterval.Open(128_600, 128_800), gap.Bounds);
        Assert.Equal("14.64万人 − 1.77万人 = 12.87万人", gap.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("(12.86万人, 12.88万人)", gap.BoundsToString(ExplainLanguage.ZhHans));
        Assert.Equal("-12.87万人", PublishedArithmetic.Difference(PublishedFigure.Parse<Headcount>("1.77万人"), PublishedFigure.Parse<Headcount>("14.64万人")).ToString(ExplainLanguage.ZhHans));
    }

    [Fact]
    public void Share_IsAPercent_WithTrace()
    {
        DerivedFigure share = PublishedArithmetic.Share(PublishedFigure.Parse<Money>("1814.6万元"), PublishedFigure.Parse<Money>("1.78亿元"));
        Assert.Equal(DerivedUnit.Share, share.Unit);
        Assert.Equal("10.19%", share.ToString(ExplainLanguage.ZhHans));
        Assert.Equal("(10.165…%, 10.223…%)", share.BoundsToString(ExplainLanguage.English));
        Assert.Equal("1814.6万元 ÷ 1.78亿元 = 10.194382…% ≈ 10.19%（四舍五入）", share.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("1814.6萬元 ÷ 1.78億元 = 10.194382…% ≈ 10.19%（四捨五入）", share.Explain(ExplainLanguage.ZhHant));
        Assert.Equal(
            "1,814.6 × 10⁴ yuan ÷ 1.78 × 10⁸ yuan = 10.194382…% ≈ 10.19% (rounded half away from zero)",
            share.Explain(ExplainLanguage.English));
    }

    [Fact]
    public void Product_AllowanceTimesPersons_IsExactInWan()
    {
        DerivedFigure allowance = PublishedArithmetic.Product(Money.FromYuan(500m), PublishedFigure.Parse<Headcount>("3175名"));
        Assert.True(allowance.IsExact);
        Assert.Equal(new Ratio(1_587_500, 1), allowance.Value);
        Assert.Equal("158.75万元", allowance.ToString(ExplainLanguage.ZhHans));
        Assert.Equal("158.75萬元", allowance.ToString(ExplainLanguage.ZhHant));
        Assert.Equal("500 元 × 3 175 人 = 158.75万元", allowance.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("500 yuan × 3,175 persons = 158.75 × 10⁴ yuan", allowance.Explain(ExplainLanguage.English));

        // Printed "500元" stands for [499.5, 500.5) 元: a product of two published figures carries that.
        DerivedFigure printed = PublishedArithmetic.Product(PublishedFigure.Parse<Money>("500元"), PublishedFigure.Parse<Headcount>("3175名"));
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(3_171_825, 2), new Ratio(3_178_175, 2)), printed.Bounds); // × [499.5, 500.5)
    }

    [Fact]
    public void PublishedRate_IsAFigureInPercent()
    {
        DerivedFigure rate = DerivedFigure.Of(PublishedRate.Parse("1.38%"));
        Assert.Equal(DerivedUnit.Rate, rate.Unit);
        Assert.Equal(new Ratio(138, 100), rate.Value);
        Assert.Equal("1.38%", rate.ToString(ExplainLanguage.ZhHans));
        Assert.Equal("[1.375%, 1.385%)", rate.BoundsToString(ExplainLanguage.ZhHans));
    }

    [Fact]
    public void ShortString_ExactWhenShort_ElseRoundedHalfUp()
    {
        Assert.Equal("50%", DerivedFigure.Of(Percent.FromRatio(new Ratio(1, 2))).ToShortString(2, ExplainLanguage.ZhHans));
        Assert.Equal("83.33%", DerivedFigure.Of(Percent.FromRatio(new Ratio(10, 12))).ToShortString(2, ExplainLanguage.ZhHans));
        Assert.Equal("146.11", DerivedFigure.Of(PercentagePoints.FromRatio(new Ratio(-146_105, 100_000))).Abs().ToShortString(2, ExplainLanguage.ZhHans, withUnit: false));
        Assert.Equal("0.2個百分點", DerivedFigure.Of(PercentagePoints.FromRatio(new Ratio(2, 1000))).ToString(DisplayFormat.Exact, ExplainLanguage.ZhHant));
    }

    [Fact]
    public void Quotient_ZeroDividend_IsZero()
    {
        DerivedFigure none = PublishedArithmetic.Quotient(PublishedFigure.Parse<Headcount>("0人"), PublishedFigure.Parse<Count<Enterprises>>("约115万家"));
        Assert.Equal(ValueInterval.Point(0), none.Bounds);
    }

    [Fact]
    public void Default_WritesZero_AndNeverThrows()
    {
        Assert.Equal("0", default(DerivedFigure).ToString());
        Assert.Equal(DerivedUnit.None, default(DerivedFigure).Unit);
        Assert.Equal("0", default(DerivedFigure).Explain(ExplainLanguage.English));
    }

    [Fact]
    public void Sum_OfCountsOfDifferentUnits_Throws() =>
        Assert.Throws<ArgumentException>(() => PublishedArithmetic.Sum(
            PublishedFigure.Of(new UnitCount(3, CountUnit.Enterprises), new DisplayFormat(Scale.One, 0)),
            PublishedFigure.Of(new UnitCount(4, CountUnit.Positions), new DisplayFormat(Scale.One, 0))));
}
