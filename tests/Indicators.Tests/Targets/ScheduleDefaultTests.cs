using Indicators.Periods;
using Indicators.Reporting;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Targets;

public class ScheduleDefaultTests
{
    [Fact]
    public void DefaultProgress_IsNoneOfOneMonth_AndPrints()
    {
        ScheduleProgress progress = default;
        Assert.Equal(0, progress.Elapsed);
        Assert.Equal(1, progress.Total);
        Assert.Equal("0%", progress.Rate.ToString());
        Assert.Equal("0001-01-01 in 0001-01: 0/1 months = 0%", progress.ToString());
        Assert.Equal(ScheduleProgress.Of(default(ReportingPeriod), default(LocalDate)), progress);
        Assert.Equal("schedule progress = 0 ÷ 1 months = 0%", progress.Explain(ExplainLanguage.English));
    }

    [Fact]
    public void DefaultComparison_IsOnSchedule_AndPrints()
    {
        ScheduleComparison comparison = default;
        Assert.True(comparison.IsAheadOfSchedule);
        Assert.Equal("0个百分点", comparison.Gap.ToString());
        Assert.Equal("0% against 0%: ahead by 0个百分点", comparison.ToString());
        Assert.Contains("ahead of schedule", comparison.Explain(ExplainLanguage.English), System.StringComparison.Ordinal);
    }
}
