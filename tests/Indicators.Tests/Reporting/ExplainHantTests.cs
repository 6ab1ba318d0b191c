using Indicators.Aggregation;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>Every trace in traditional characters, each written out here by hand.</summary>
public class ExplainHantTests
{
    [Fact]
    public void Completion_ZhHant_NamesTheRuleInTraditionalCharacters()
    {
        TargetCompletion<Headcount> rural = TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000));
        Assert.Equal("完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四捨五入）", rural.Explain(ExplainLanguage.ZhHant));
        Assert.Equal("完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.10%（四捨六入五成雙）", rural.Explain(ExplainLanguage.ZhHant, 2, RoundingMode.HalfEven));
        Assert.Equal("完成率 = 2 677 家 ÷ 2 000 家 = 133.85%", TargetCompletion.Of(Count<Enterprises>.Of(2677), Count<Enterprises>.Of(2000)).Explain(ExplainLanguage.ZhHant));
        Assert.Equal("完成率 = 146 400 人 ÷ 100 000 人 = 146.4%", TargetCompletion.Of(Headcount.FromWan(14.64m), Headcount.FromWan(10m)).Explain(ExplainLanguage.ZhHant));
    }

    [Fact]
    public void ScheduleProgress_ZhHant_IsInTraditionalCharacters()
    {
        Assert.Equal(
            "序時進度 = 10 ÷ 12 個月 = 83.333333…% ≈ 83.33%（四捨五入）",
            ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 10, 31)).Explain(ExplainLanguage.ZhHant));
        Assert.Equal(
            "序時進度 = 182 ÷ 366 天 = 49.726775…% ≈ 49.73%（四捨五入）",
            ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 6, 30), ScheduleConvention.Days).Explain(ExplainLanguage.ZhHant));
    }

    [Fact]
    public void ScheduleComparison_ZhHant_SaysAheadOrBehindInTraditionalCharacters()
    {
        ScheduleProgress june = ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 6, 30));
        Assert.Equal(
            "完成率 196.105% − 序時進度 50% = 146.105 個百分點：快於序時進度",
            TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000)).AgainstSchedule(june).Explain(ExplainLanguage.ZhHant));
        Assert.Equal(
            "完成率 40% − 序時進度 50% = -10 個百分點：慢於序時進度",
            TargetCompletion.Of(Headcount.FromPersons(8_000), Headcount.FromPersons(20_000)).AgainstSchedule(june).Explain(ExplainLanguage.ZhHant));
    }

    [Fact]
    public void ImpliedTarget_ZhHant_WritesTheTargetInTraditionalCharacters()
    {
        ImpliedTarget<Headcount> rural = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("39221人"), PublishedRate.Parse("196.11%"));
        Assert.Equal("目標 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", rural.Explain(ExplainLanguage.ZhHant));
        Assert.Equal("目標 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", rural.Target.Explain(ExplainLanguage.ZhHant));
    }

    [Fact]
    public void Average_ZhHant_RoundsToTheFenInTraditionalCharacters()
    {
        Average<Headcount> subsidy = Average.PerUnit(Money.FromWan(2369.79m), Headcount.FromPersons(3916));
        Assert.Equal("平均 = 23 697 900 元 ÷ 3 916 人 = 6051.557711…元 ≈ 6 051.56 元（四捨五入）", subsidy.Explain(ExplainLanguage.ZhHant));
        Assert.Equal("平均 = 23 697 900 元 ÷ 3 916 人 = 6051.557711…元 ≈ 6 051.55 元（截尾）", subsidy.Explain(ExplainLanguage.ZhHant, RoundingMode.TowardZero));
    }

    [Fact]
    public void UnemploymentComparison_ZhHant_IsInTraditionalCharacters()
    {
        var city = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("331000"), ReportingPeriod.Month(2020, 10), Percent.FromPercentage(1.38m));
        var province = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("330000"), ReportingPeriod.Month(2020, 10), Percent.FromPercentage(1.58m));
        Assert.Equal("差值 = 1.38% − 1.58% = -0.2 個百分點：更低，更好", city.CompareWith(province).Explain(ExplainLanguage.ZhHant));
        Assert.Equal("差值 = 1.58% − 1.38% = 0.2 個百分點：更高，更差", province.CompareWith(city).Explain(ExplainLanguage.ZhHant));
        Assert.Equal("差值 = 1.38% − 1.38% = 0 個百分點：持平", city.CompareWith(city).Explain(ExplainLanguage.ZhHant));
    }

    [Fact]
    public void DerivedFigures_ZhHant_Use萬And億()
    {
        DerivedFigure total = PublishedArithmetic.Sum(PublishedFigure.Parse<Money>("45.76亿元"), PublishedFigure.Parse<Money>("10.55亿元"), PublishedFigure.Parse<Money>("1.88亿元"));
        Assert.Equal("45.76億元 + 10.55億元 + 1.88億元 = 58.19億元", total.Explain(ExplainLanguage.ZhHant));
        Assert.Equal("[58.175億元, 58.205億元)", total.BoundsToString(ExplainLanguage.ZhHant));
        DerivedFigure allowance = PublishedArithmetic.Product(Money.FromYuan(500m), PublishedFigure.Parse<Headcount>("3175名"));
        Assert.Equal("500 元 × 3 175 人 = 158.75萬元", allowance.Explain(ExplainLanguage.ZhHant));
    }

    [Theory]
    [InlineData(RoundingMode.HalfAwayFromZero, "四舍五入", "四捨五入", "rounded half away from zero")]
    [InlineData(RoundingMode.HalfEven, "四舍六入五成双", "四捨六入五成雙", "rounded half to even")]
    [InlineData(RoundingMode.TowardZero, "截尾", "截尾", "truncated")]
    [InlineData(RoundingMode.Floor, "向下取整", "向下取整", "rounded down")]
    [InlineData(RoundingMode.Ceiling, "向上取整", "向上取整", "rounded up")]
    public void RoundingNames_InEveryLanguage(RoundingMode mode, string hans, string hant, string english)
    {
        Assert.Equal(hans, ExplainText.RoundingName(mode, ExplainLanguage.ZhHans));
        Assert.Equal(hant, ExplainText.RoundingName(mode, ExplainLanguage.ZhHant));
        Assert.Equal(english, ExplainText.RoundingName(mode, ExplainLanguage.English));
    }
}
