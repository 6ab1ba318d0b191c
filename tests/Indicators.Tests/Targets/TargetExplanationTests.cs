using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>
/// The traces and texts of every kind of target in all three languages: floors and levels in English, strict floors and
/// ceilings, missed verdicts in traditional script. Written after mutation testing showed these words could be emptied
/// without a test failing.
/// </summary>
public class TargetExplanationTests
{
    private static Headcount P(long persons) => Headcount.FromPersons(persons);

    private static Percent Pc(decimal percentage) => Percent.FromPercentage(percentage);

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "余量 = 实际 15 000 人 − 下限（不含） 15 000 人 = 0 人：未达成")]
    [InlineData(ExplainLanguage.ZhHant, "餘量 = 實際 15 000 人 − 下限（不含） 15 000 人 = 0 人：未達成")]
    [InlineData(ExplainLanguage.English, "margin = actual 15,000 persons − floor (excluded) 15,000 persons = 0 persons: missed")]
    public void Quantity_StrictFloor_AtItsValue_IsMissed(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, QuantityTarget.AtLeast(P(15_000), inclusive: false).Evaluate(P(15_000)).Explain(language));

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "余量 = 容差 500 人 − |实际 19 300 人 − 目标 20 000 人| = -200 人：未达成")]
    [InlineData(ExplainLanguage.ZhHant, "餘量 = 容差 500 人 − |實際 19 300 人 − 目標 20 000 人| = -200 人：未達成")]
    [InlineData(ExplainLanguage.English, "margin = tolerance 500 persons − |actual 19,300 persons − level 20,000 persons| = -200 persons: missed")]
    public void Quantity_Level_BelowItsTolerance_IsMissed(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, QuantityTarget.About(P(20_000), P(500)).Evaluate(P(19_300)).Explain(language));

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "余量 = 实际 超过34999人 − 下限（不含） 35 000 人 ∈ [0, +∞) 人：无法判定")]
    [InlineData(ExplainLanguage.ZhHant, "餘量 = 實際 超過34999人 − 下限（不含） 35 000 人 ∈ [0, +∞) 人：無法判定")]
    [InlineData(ExplainLanguage.English, "margin = actual over 34,999 persons − floor (excluded) 35,000 persons ∈ [0, +∞) persons: undetermined")]
    public void Published_StrictFloor(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, QuantityTarget.AtLeast(P(35_000), inclusive: false).Evaluate(PublishedFigure.Parse<Headcount>("超过34999人")).Explain(language));

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "余量 = 上限（不含） 35 000 人 − 实际 约3.5万人 ∈ [-499, 500] 人：无法判定")]
    [InlineData(ExplainLanguage.ZhHant, "餘量 = 上限（不含） 35 000 人 − 實際 約3.5萬人 ∈ [-499, 500] 人：無法判定")]
    [InlineData(ExplainLanguage.English, "margin = ceiling (excluded) 35,000 persons − actual about 3.5 × 10⁴ persons ∈ [-499, 500] persons: undetermined")]
    public void Published_StrictCeiling(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, QuantityTarget.AtMost(P(35_000), inclusive: false).Evaluate(PublishedFigure.Parse<Headcount>("约3.5万人")).Explain(language));

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "余量 = 容差 500 人 − |实际 2.01万人 − 目标 20 000 人| ∈ [351, 450] 人：达成")]
    [InlineData(ExplainLanguage.ZhHant, "餘量 = 容差 500 人 − |實際 2.01萬人 − 目標 20 000 人| ∈ [351, 450] 人：達成")]
    [InlineData(ExplainLanguage.English, "margin = tolerance 500 persons − |actual 2.01 × 10⁴ persons − level 20,000 persons| ∈ [351, 450] persons: met")]
    public void Published_Level(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, QuantityTarget.About(P(20_000), P(500)).Evaluate(PublishedFigure.Parse<Headcount>("2.01万人")).Explain(language));

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "余量 = 实际 2.9% − 下限（不含） 3% = -0.1 个百分点：未达成")]
    [InlineData(ExplainLanguage.ZhHant, "餘量 = 實際 2.9% − 下限（不含） 3% = -0.1 個百分點：未達成")]
    [InlineData(ExplainLanguage.English, "margin = actual 2.9% − floor (excluded) 3% = -0.1 percentage points: missed")]
    public void Rate_StrictFloor_Missed(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, RateTarget.AtLeast(Pc(3m), inclusive: false).Evaluate(Pc(2.9m)).Explain(language));

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "余量 = 容差 0.5 个百分点 − |实际 5.2% − 目标 5.5%| = 0.2 个百分点：达成")]
    [InlineData(ExplainLanguage.ZhHant, "餘量 = 容差 0.5 個百分點 − |實際 5.2% − 目標 5.5%| = 0.2 個百分點：達成")]
    [InlineData(ExplainLanguage.English, "margin = tolerance 0.5 percentage points − |actual 5.2% − level 5.5%| = 0.2 percentage points: met")]
    public void Rate_Level_Met(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, RateTarget.About(Pc(5.5m), PercentagePoints.FromPoints(0.5m)).Evaluate(Pc(5.2m)).Explain(language));

    [Fact]
    public void Rate_ToString_SaysMetOrMissed_WithTheMarginInPoints()
    {
        Assert.Equal("1.38% against 3.5%以内: met, margin 2.12个百分点", RateTarget.AtMost(Pc(3.5m)).Evaluate(Pc(1.38m)).ToString());
        Assert.Equal("3.6% against 3.5%以内: missed, margin -0.1个百分点", RateTarget.AtMost(Pc(3.5m)).Evaluate(Pc(3.6m)).ToString());
    }

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "完成率 196.105% − 序时进度 50% = 146.105 个百分点：快于序时进度")]
    [InlineData(ExplainLanguage.ZhHant, "完成率 196.105% − 序時進度 50% = 146.105 個百分點：快於序時進度")]
    [InlineData(ExplainLanguage.English, "completion 196.105% − schedule 50% = 146.105 percentage points: ahead of schedule")]
    public void Schedule_Ahead(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, Ahead().Explain(language));

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "完成率 80% − 序时进度 83.333333…% = -3.333333… 个百分点：慢于序时进度")]
    [InlineData(ExplainLanguage.ZhHant, "完成率 80% − 序時進度 83.333333…% = -3.333333… 個百分點：慢於序時進度")]
    [InlineData(ExplainLanguage.English, "completion 80% − schedule 83.333333…% = -3.333333… percentage points: behind schedule")]
    public void Schedule_Behind(ExplainLanguage language, string expected) =>
        Assert.Equal(expected, Behind().Explain(language));

    [Fact]
    public void Schedule_ToString_GivesTheDirectionAndAPositiveGap()
    {
        Assert.Equal("196.105% against 50%: ahead by 146.105个百分点", Ahead().ToString());
        Assert.Equal("80% against 250/3%: behind by 10/3个百分点", Behind().ToString());
    }

    private static ScheduleComparison Ahead() =>
        TargetCompletion.Of(P(39_221), P(20_000)).AgainstSchedule(ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 6, 30)));

    private static ScheduleComparison Behind() =>
        TargetCompletion.Of(P(8_000), P(10_000)).AgainstSchedule(ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 10, 31)));
}
