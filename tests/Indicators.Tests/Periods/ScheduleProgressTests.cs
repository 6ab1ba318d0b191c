using System;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Periods;

public class ScheduleProgressTests
{
    private static readonly ReportingPeriod Year2020 = ReportingPeriod.Year(2020);

    [Fact]
    public void MidYear_IsHalfByMonths_And182Of366ByDays()
    {
        ScheduleProgress months = ScheduleProgress.Of(Year2020, new LocalDate(2020, 6, 30));
        Assert.Equal(6, months.Elapsed);
        Assert.Equal(12, months.Total);
        Assert.Equal(Percent.FromPercentage(50m), months.Rate);
        ScheduleProgress days = ScheduleProgress.Of(Year2020, new LocalDate(2020, 6, 30), ScheduleConvention.Days);
        Assert.Equal(Percent.FromRatio(new Ratio(182, 366)), days.Rate);
    }

    [Fact]
    public void EndOfOctober_Is10Of12_And305Of366()
    {
        Assert.Equal(Percent.FromRatio(new Ratio(10, 12)), ScheduleProgress.Of(Year2020, new LocalDate(2020, 10, 31)).Rate);
        Assert.Equal("83.33%", ScheduleProgress.Of(Year2020, new LocalDate(2020, 10, 31)).Rate.ToString("F2", null));
        ScheduleProgress days = ScheduleProgress.Of(Year2020, new LocalDate(2020, 10, 31), ScheduleConvention.Days);
        Assert.Equal(305, days.Elapsed);
        Assert.Equal(366, days.Total);
    }

    [Fact]
    public void Months_CountOnlyEndedMonths()
    {
        Assert.Equal(9, ScheduleProgress.Of(Year2020, new LocalDate(2020, 10, 30)).Elapsed);
        Assert.Equal(0, ScheduleProgress.Of(Year2020, new LocalDate(2020, 1, 1)).Elapsed);
    }

    [Fact]
    public void OutsideThePeriod_Throws()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleProgress.Of(Year2020, new LocalDate(2021, 1, 1)));
        Assert.Contains("outside the period 2020", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ScheduleProgress.Of(ReportingPeriod.Range(new LocalDate(2020, 1, 5), new LocalDate(2020, 3, 5)), new LocalDate(2020, 2, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleProgress.Of(Year2020, new LocalDate(2020, 2, 1), (ScheduleConvention)7));
    }

    [Fact]
    public void Rate_OfTheDefault_IsZero() =>
        Assert.Equal(Percent.Zero, default(ScheduleProgress).Rate);
}
