using System;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Reporting;

public class ExplainTests
{
    [Fact]
    public void Completion_ExplainsItself()
    {
        TargetCompletion<Headcount> rural = TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000));
        Assert.Equal("完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四舍五入）", rural.Explain(ExplainLanguage.ZhHans));
        Assert.Equal(
            "completion rate = 39,221 persons ÷ 20,000 persons = 196.105% ≈ 196.11% (rounded half away from zero)",
            rural.Explain(ExplainLanguage.English));
        Assert.Equal(
            "完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.10%（四舍六入五成双）",
            rural.Explain(ExplainLanguage.ZhHans, 2, RoundingMode.HalfEven));
        Assert.Equal(
            "完成率 = 2 677 家 ÷ 2 000 家 = 133.85%",
            TargetCompletion.Of(Count<Enterprises>.Of(2677), Count<Enterprises>.Of(2000)).Explain(ExplainLanguage.ZhHans));
    }

    [Fact]
    public void ScheduleProgress_ExplainsItself()
    {
        ScheduleProgress progress = ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 10, 31));
        Assert.Equal("序时进度 = 10 ÷ 12 个月 = 83.333333…% ≈ 83.33%（四舍五入）", progress.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("schedule progress = 182 ÷ 366 days = 49.726775…% ≈ 49.73% (rounded half away from zero)",
            ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 6, 30), ScheduleConvention.Days).Explain(ExplainLanguage.English));
        ScheduleComparison ahead = TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000))
            .AgainstSchedule(ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 6, 30)));
        Assert.Equal("完成率 196.105% − 序时进度 50% = 146.105 个百分点：快于序时进度", ahead.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("completion 196.105% − schedule 50% = 146.105 percentage points: ahead of schedule", ahead.Explain(ExplainLanguage.English));
    }

    [Fact]
    public void ImpliedTarget_ExplainsItself()
    {
        ImpliedTarget<Headcount> rural = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("39221人"), PublishedRate.Parse("196.11%"));
        Assert.Equal("目标 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", rural.Explain(ExplainLanguage.ZhHans));
        ImpliedTarget<Headcount> employed = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%"));
        Assert.Equal("target ∈ [146350, 146450) ÷ [146.425%, 146.435%) = (99941.95…, 100017.07…)", employed.Explain(ExplainLanguage.English));
    }

    [Fact]
    public void UnemploymentComparison_ExplainsItself()
    {
        var city = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("331000"), ReportingPeriod.Month(2020, 10), Percent.FromPercentage(1.38m));
        var province = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("330000"), ReportingPeriod.Month(2020, 10), Percent.FromPercentage(1.58m));
        Assert.Equal("差值 = 1.38% − 1.58% = -0.2 个百分点：更低，更好", city.CompareWith(province).Explain(ExplainLanguage.ZhHans));
        Assert.Equal("difference = 1.58% − 1.38% = 0.2 percentage points: higher, worse", province.CompareWith(city).Explain(ExplainLanguage.English));
    }
}
