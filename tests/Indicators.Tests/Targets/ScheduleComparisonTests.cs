using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Targets;

public class ScheduleComparisonTests
{
    [Fact]
    public void Completion_AgainstSchedule_IsAheadWithTheGap()
    {
        // 196.105% at 2020-06-30 against 6/12 months: 提前超额完成.
        TargetCompletion<Headcount> rural = TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000));
        ScheduleComparison comparison = rural.AgainstSchedule(ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 6, 30)));
        Assert.True(comparison.IsAheadOfSchedule);
        Assert.Equal(PercentagePoints.FromPoints(146.105m), comparison.Gap);

        TargetCompletion<Headcount> slow = TargetCompletion.Of(Headcount.FromPersons(8_000), Headcount.FromPersons(10_000));
        ScheduleComparison behind = slow.AgainstSchedule(ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 10, 31)));
        Assert.False(behind.IsAheadOfSchedule);
        Assert.Equal(PercentagePoints.FromRatio(new Ratio(-1, 30)), behind.Gap); // 80% − 83.33…% = −3.33… points
    }
}
