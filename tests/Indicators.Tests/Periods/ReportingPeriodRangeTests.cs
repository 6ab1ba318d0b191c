using System;
using Indicators.Periods;
using Indicators.Tests.Support;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Periods;

/// <summary>Periods at the ends of the calendar (years 1 and 9999), years outside it, and other calendars.</summary>
public class ReportingPeriodRangeTests
{
    [Fact]
    public void TryParse_TwelveMonthsOfYear9999_DoesNotThrow()
    {
        Assert.True(ReportingPeriod.TryParse("9999-01-01/P12M", null, out ReportingPeriod period));
        Assert.Equal(ReportingPeriod.YearToDate(new LocalDate(9999, 12, 31)), period);
    }

    [Fact]
    public void Parse_TextWrittenForTheLastDay_ReadsBack()
    {
        ReportingPeriod last = ReportingPeriod.YearToDate(new LocalDate(9999, 12, 31));
        Assert.Equal("9999-01-01/P12M", last.ToString());
        Assert.Equal(last, ReportingPeriod.Parse(last.ToString(), null));
        Assert.Equal(ReportingPeriod.Year(9999), ReportingPeriod.Parse("9999"));
        Assert.Equal("9999-12-01/9999-12-31", ReportingPeriod.Range(new LocalDate(9999, 12, 1), new LocalDate(9999, 12, 31)).ToString());
        Assert.Equal(ReportingPeriod.Month(1, 1), ReportingPeriod.Parse("0001-01"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10_000)]
    public void Factories_YearOutsideOneTo9999_ThrowNamingTheYear(int year)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(year));
        Assert.Equal("year", e.ParamName);
        Assert.Contains("[1, 9999]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(year, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(year, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.HalfYear(year, 1));
    }

    [Fact]
    public void Factories_DatesInYearZeroOrBefore_Throw()
    {
        var yearZero = new LocalDate(0, 6, 30);
        Assert.Equal("asOf", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.YearToDate(yearZero)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Range(new LocalDate(-5, 1, 1), new LocalDate(2020, 1, 1))).ParamName);
        Assert.False(ReportingPeriod.TryParse("0000", out _));
        Assert.False(ReportingPeriod.TryParse("-0005", out _));
        Assert.False(ReportingPeriod.TryParse("0000-01-01/0000-02-01", out _));
    }

    [Fact]
    public void Factories_DateInAnotherCalendar_ThrowsArgumentException()
    {
        var julian = new LocalDate(2020, 10, 31, CalendarSystem.Julian);
        ArgumentException e = Assert.Throws<ArgumentException>(() => ReportingPeriod.YearToDate(julian));
        Assert.Contains("ISO calendar", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Range(julian, julian));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Month(new YearMonth(2020, 10, CalendarSystem.Julian)));
    }

    [Theory]
    [InlineData("2020-02-30/2020-03-01")]
    [InlineData("2021-02-29/2021-03-01")]
    [InlineData("2020-13-01/2020-12-31")]
    [InlineData("2020-1-01/2020-12-31")]
    [InlineData("2020-01-01/P13M")]
    [InlineData("2020-01-01/P367D")]
    [InlineData("2021-01-01/P366D")]
    [InlineData("2020-01-01/P0M")]
    [InlineData("２０２０-01")]
    public void TryParse_ImpossibleDatesAndDurations_AreRejected(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeInput_QuotesOnlyAWindowOfIt()
    {
        string huge = "2020-" + new string('9', 8_000_000);
        FormatException e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(huge));
        Assert.True(e.Message.Length < 400, $"message of {e.Message.Length} characters");
        Assert.Contains("8000005 characters", e.Message, StringComparison.Ordinal);
    }

    [QuantityProperty]
    public bool Text_RoundTripsOverTheWholeCalendar(ReportingPeriod period) =>
        ReportingPeriod.TryParse(period.ToString(), out ReportingPeriod back) && back == period;

    [QuantityProperty]
    public bool TryParse_NeverThrows_AndWhatItReadsWritesBack(string? text, byte[] digits)
    {
        // Arbitrary strings, and period-shaped strings of random digits.
        string shaped = digits.Length >= 8
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{digits[0] % 10}{digits[1] % 10}{digits[2] % 10}{digits[3] % 10}-0{digits[4] % 10}-{digits[5] % 40}/P{digits[6]}{(digits[7] % 2 == 0 ? 'M' : 'D')}")
            : "9999-01-01/P12M";
        return ReadsBack(text) && ReadsBack(shaped);

        static bool ReadsBack(string? s) =>
            !ReportingPeriod.TryParse(s, out ReportingPeriod p) || ReportingPeriod.Parse(p.ToString()) == p;
    }
}
