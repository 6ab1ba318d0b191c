using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Targets;

public class ScheduleComparisonDefaultTests
{
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
