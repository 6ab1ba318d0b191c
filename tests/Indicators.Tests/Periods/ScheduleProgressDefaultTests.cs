using Indicators.Periods;
using Indicators.Reporting;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Periods;

public class ScheduleProgressDefaultTests
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
}
