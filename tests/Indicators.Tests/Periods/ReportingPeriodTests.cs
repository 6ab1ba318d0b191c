using System;
using System.Collections.Generic;
using Indicators.Periods;
using Indicators.Tests.Support;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Periods;

public class ReportingPeriodTests
{
    [Fact]
    public void Factories_StartAndEnd()
    {
        Assert.Equal(new LocalDate(2020, 2, 29), ReportingPeriod.Month(2020, 2).End);
        Assert.Equal(new LocalDate(2020, 7, 1), ReportingPeriod.Quarter(2020, 3).Start);
        Assert.Equal(new LocalDate(2020, 9, 30), ReportingPeriod.Quarter(2020, 3).End);
        Assert.Equal(new LocalDate(2020, 6, 30), ReportingPeriod.HalfYear(2020, 1).End);
        Assert.Equal(new LocalDate(2020, 7, 1), ReportingPeriod.HalfYear(2020, 2).Start);
        Assert.Equal(366, ReportingPeriod.Year(2020).DayCount);
        Assert.Equal(365, ReportingPeriod.Year(2021).DayCount);
        Assert.Equal(10, ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)).MonthCount);
        Assert.Equal(305, ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)).DayCount);
        Assert.Equal(ReportingPeriod.Month(2020, 10), ReportingPeriod.Month(new YearMonth(2020, 10)));
    }

    [Fact]
    public void Default_IsJanuaryOfYearOne()
    {
        ReportingPeriod period = default;
        Assert.Equal(PeriodKind.Month, period.Kind);
        Assert.Equal(new LocalDate(1, 1, 1), period.Start);
        Assert.Equal(new LocalDate(1, 1, 31), period.End);
        Assert.Equal(ReportingPeriod.Month(1, 1), period);
    }

    [Fact]
    public void Factories_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2020, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2020, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.HalfYear(2020, 0));
        ArgumentException e = Assert.Throws<ArgumentException>(() => ReportingPeriod.Range(new LocalDate(2020, 5, 1), new LocalDate(2020, 4, 30)));
        Assert.Contains("before it starts", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Range(new LocalDate(2020, 5, 2), new LocalDate(2020, 5, 30)).MonthCount);
    }

    [Theory]
    [InlineData("2020-10")]
    [InlineData("2020-Q3")]
    [InlineData("2020-S1")]
    [InlineData("2020")]
    [InlineData("2020-01-01/P10M")]
    [InlineData("2020-01-01/P288D")]
    [InlineData("2020-03-05/2020-04-10")]
    public void Text_IsSdmxTimePeriod_AndRoundTrips(string text)
    {
        ReportingPeriod period = ReportingPeriod.Parse(text, null);
        Assert.Equal(text, period.ToString());
    }

    [Fact]
    public void Text_Kinds()
    {
        Assert.Equal(ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)), ReportingPeriod.Parse("2020-01-01/P10M", null));
        Assert.Equal(ReportingPeriod.YearToDate(new LocalDate(2020, 10, 14)), ReportingPeriod.Parse("2020-01-01/P288D", null));
        Assert.Equal("2020-01-01/P10M", ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2020-13")]
    [InlineData("2020-Q5")]
    [InlineData("2020-S3")]
    [InlineData("20201")]
    [InlineData("2020-02-01/P3M")]
    [InlineData("2020-01-01/P13M")]
    [InlineData("2020-05-01/2020-04-01")]
    [InlineData("2020-1")]
    public void Parse_Bad_Throws(string text)
    {
        FormatException e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text, null));
        Assert.Contains("TIME_PERIOD", e.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(text, null, out _));
    }

    [Fact]
    public void Containment()
    {
        Assert.True(ReportingPeriod.Quarter(2020, 3).Contains(ReportingPeriod.Month(2020, 8)));
        Assert.False(ReportingPeriod.Quarter(2020, 3).Contains(ReportingPeriod.Month(2020, 10)));
        Assert.True(ReportingPeriod.Year(2020).Contains(new LocalDate(2020, 12, 31)));
        Assert.False(ReportingPeriod.Year(2020).Contains(new LocalDate(2021, 1, 1)));
        Assert.True(ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)).Contains(ReportingPeriod.HalfYear(2020, 1)));
    }

    [Fact]
    public void Equality_KindMatters()
    {
        Assert.NotEqual(ReportingPeriod.Month(2020, 10), ReportingPeriod.Range(new LocalDate(2020, 10, 1), new LocalDate(2020, 10, 31)));
        Contract.AssertEquality(ReportingPeriod.Month(2020, 9), ReportingPeriod.Month(2020, 9), ReportingPeriod.Month(2020, 10));
    }

    [Fact]
    public void Equality_YearIsNotTheRangeOfItsDays_ButCoversTheSameDays()
    {
        var year = ReportingPeriod.Year(2020);
        var range = ReportingPeriod.Range(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31));
        Assert.NotEqual(year, range);
        Assert.NotEqual(year.ToString(), range.ToString());
        Assert.True(year.CoversSameDaysAs(range));
        Assert.False(year.CoversSameDaysAs(ReportingPeriod.YearToDate(new LocalDate(2020, 12, 30))));
    }

    [Fact]
    public void Ordering_IsNotIComparable_MixedKindsSortWithTheChronologicalComparer()
    {
        Assert.False(typeof(IComparable).IsAssignableFrom(typeof(ReportingPeriod)));
        Assert.False(typeof(IComparable<ReportingPeriod>).IsAssignableFrom(typeof(ReportingPeriod)));
        var periods = new List<ReportingPeriod>
        {
            ReportingPeriod.Quarter(2020, 4),
            ReportingPeriod.Month(2020, 10),
            ReportingPeriod.Year(2020),
            ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)),
            ReportingPeriod.Month(2020, 1),
        };
        periods.Sort(ReportingPeriod.ChronologicalComparer);
        Assert.Equal(["2020-01", "2020-01-01/P10M", "2020", "2020-10", "2020-Q4"], periods.ConvertAll(p => p.ToString()));
    }

    [Fact]
    public void Text_FirstYearToDate_RoundTrips()
    {
        ReportingPeriod first = ReportingPeriod.YearToDate(new LocalDate(1, 1, 1));
        Assert.Equal(first, ReportingPeriod.Parse(first.ToString(), null));
    }
}
