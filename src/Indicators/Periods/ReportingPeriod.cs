using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Indicators.Utility;

namespace Indicators.Periods;

/// <summary>
/// The span of time a figure covers: a month, a quarter, a half-year, a year, a year to date (截至10月底), or any range of
/// whole days. Start and end are both included.
/// </summary>
/// <remarks>
/// <para>Text is the SDMX <c>TIME_PERIOD</c> form: "2020-10", "2020-Q3", "2020-S1", "2020"; a year to date is written as its
/// start and duration, "2020-01-01/P10M" (or "2020-01-01/P288D" when it does not end on a month end); a range as its start
/// and end dates, "2020-03-05/2020-04-10".</para>
/// <para>Two periods are equal when they have the same kind, start and end: the month 2020-10 is not the range
/// 2020-10-01/2020-10-31, and <c>Year(2020)</c> is not the range 2020-01-01/2020-12-31 (their texts differ, and a figure
/// for the calendar year is not a figure for an arbitrary span that happens to cover it); <see cref="CoversSameDaysAs"/>
/// asks whether two periods cover the same days. Periods have no natural order (a month and a quarter that starts
/// with it are neither before nor after each other), so the type is not <see cref="IComparable{T}"/>: sort with
/// <see cref="ChronologicalComparer"/>, a total order by start, then end, then kind.</para>
/// <para>Years run from <see cref="MinYear"/> (1) to <see cref="MaxYear"/> (9999), the years an SDMX TIME_PERIOD can
/// write with four digits; every period in that range is written by <see cref="ToString()"/> and read back by
/// <see cref="Parse(string)"/>.</para>
/// <para><c>default</c> is the month of January in year 1 of the ISO calendar. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.ReportingPeriodJsonConverter))]
public readonly struct ReportingPeriod :
    IEquatable<ReportingPeriod>,
    IFormattable,
    ISpanParsable<ReportingPeriod>,
    System.Numerics.IEqualityOperators<ReportingPeriod, ReportingPeriod, bool>
{
    /// <summary>The first year a period can fall in: 1.</summary>
    public const int MinYear = 1;

    /// <summary>The last year a period can fall in: 9999.</summary>
    public const int MaxYear = 9999;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    // End is Start plus (30 + endOffset) days: stored that way so that default is a valid month, January of year 1
    // (NodaTime's default LocalDate is 0001-01-01).
    private const int DefaultLength = 30;

    private readonly int endOffset;

    private ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        Start = start;
        endOffset = Period.DaysBetween(start, end) - DefaultLength;
    }

    /// <summary>What kind of period this is.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (included).</summary>
    public LocalDate End => Start.PlusDays(DefaultLength + endOffset);

    /// <summary>The number of days, both ends included (2020-Q1: 91).</summary>
    public int DayCount => Period.DaysBetween(Start, End) + 1;

    /// <summary>Whether the period is made of whole calendar months (it starts on a 1st and ends on a month end).</summary>
    public bool IsWholeMonths => Start.Day == 1 && End == End.With(DateAdjusters.EndOfMonth);

    /// <summary>The number of whole calendar months (截至10月底: 10).</summary>
    /// <exception cref="InvalidOperationException">The period is not made of whole months.</exception>
    public int MonthCount =>
        IsWholeMonths
            ? ((End.Year - Start.Year) * 12) + End.Month - Start.Month + 1
            : throw new InvalidOperationException($"{this} is not made of whole calendar months.");

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [<see cref="MinYear"/>, <see cref="MaxYear"/>] or <paramref name="month"/> outside 1–12.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckRange(month, 1, 12, nameof(month));
        var first = new LocalDate(year, month, 1);
        return new ReportingPeriod(PeriodKind.Month, first, first.With(DateAdjusters.EndOfMonth));
    }

    /// <summary>A calendar month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside [<see cref="MinYear"/>, <see cref="MaxYear"/>].</exception>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public static ReportingPeriod Month(YearMonth month)
    {
        CheckIso(month.Calendar, nameof(month));
        return Month(month.Year, month.Month);
    }

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [<see cref="MinYear"/>, <see cref="MaxYear"/>] or <paramref name="quarter"/> outside 1–4.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckRange(quarter, 1, 4, nameof(quarter));
        return Months(PeriodKind.Quarter, year, ((quarter - 1) * 3) + 1, 3);
    }

    /// <summary>A half-year (上半年 is the first, 下半年 the second).</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The half-year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [<see cref="MinYear"/>, <see cref="MaxYear"/>] or <paramref name="half"/> is not 1 or 2.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckRange(half, 1, 2, nameof(half));
        return Months(PeriodKind.HalfYear, year, half == 1 ? 1 : 7, 6);
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [<see cref="MinYear"/>, <see cref="MaxYear"/>].</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year, nameof(year));
        return Months(PeriodKind.Year, year, 1, 12);
    }

    /// <summary>From 1 January of <paramref name="asOf"/>'s year to <paramref name="asOf"/> (截至10月底: 2020-01-01 to 2020-10-31).</summary>
    /// <param name="asOf">The last day included.</param>
    /// <returns>The year to date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside [<see cref="MinYear"/>, <see cref="MaxYear"/>].</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public static ReportingPeriod YearToDate(LocalDate asOf)
    {
        CheckDate(asOf, nameof(asOf));
        return new(PeriodKind.YearToDate, new LocalDate(asOf.Year, 1, 1), asOf);
    }

    /// <summary>The days from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside [<see cref="MinYear"/>, <see cref="MaxYear"/>].</exception>
    public static ReportingPeriod Range(LocalDate start, LocalDate end)
    {
        CheckDate(start, nameof(start));
        CheckDate(end, nameof(end));
        return end < start
            ? throw new ArgumentException($"A period cannot end ({DatePattern.Format(end)}) before it starts ({DatePattern.Format(start)}).", nameof(end))
            : new ReportingPeriod(PeriodKind.Range, start, end);
    }

    /// <summary>Whether two periods are the same kind with the same start and end.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ in kind, start or end.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="date"/> falls in this period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>Whether every day of <paramref name="other"/> falls in this period (2020-Q3 contains 2020-08).</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The containment.</returns>
    public bool Contains(ReportingPeriod other) => Start <= other.Start && other.End <= End;

    /// <summary>The period as a NodaTime <see cref="DateInterval"/> (both ends included).</summary>
    /// <returns>The interval.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => Kind == other.Kind && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start, End);

    /// <summary>
    /// A total order of periods, for sorting: by <see cref="Start"/>, then <see cref="End"/> (the shorter first), then
    /// <see cref="Kind"/>. It agrees with equality: only equal periods compare as zero.
    /// </summary>
    public static IComparer<ReportingPeriod> ChronologicalComparer { get; } = new Chronological();

    /// <summary>Whether this period covers exactly the same days as <paramref name="other"/>, whatever their kinds
    /// (<c>Year(2020)</c> and the range 2020-01-01/2020-12-31 do).</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Whether the starts and the ends are the same.</returns>
    public bool CoversSameDaysAs(ReportingPeriod other) => Start == other.Start && End == other.End;

    /// <summary>The SDMX TIME_PERIOD text: "2020-10", "2020-Q3", "2020-S1", "2020", "2020-01-01/P10M", "2020-03-05/2020-04-10".</summary>
    /// <returns>The text, which <see cref="Parse(string, IFormatProvider)"/> reads back.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.Month => Invariant($"{Start.Year:0000}-{Start.Month:00}"),
        PeriodKind.Quarter => Invariant($"{Start.Year:0000}-Q{((Start.Month - 1) / 3) + 1}"),
        PeriodKind.HalfYear => Invariant($"{Start.Year:0000}-S{(Start.Month == 1 ? 1 : 2)}"),
        PeriodKind.Year => Invariant($"{Start.Year:0000}"),
        PeriodKind.YearToDate => DatePattern.Format(Start) + "/" + (IsWholeMonths ? Invariant($"P{MonthCount}M") : Invariant($"P{DayCount}D")),
        _ => DatePattern.Format(Start) + "/" + DatePattern.Format(End),
    };

    /// <summary>The same as <see cref="ToString()"/>: the only format is <c>"G"</c>.</summary>
    /// <param name="format"><c>null</c>, empty or <c>"G"</c>.</param>
    /// <returns>The SDMX TIME_PERIOD text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>The same as <see cref="ToString()"/>: the only format is <c>"G"</c>, and the text does not depend on culture.</summary>
    /// <param name="format"><c>null</c>, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The SDMX TIME_PERIOD text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.IsNullOrEmpty(format) || format == "G"
            ? ToString()
            : throw new FormatException($"The format string {TextExcerpt.Quote(format)} is not supported by ReportingPeriod: use G.");

    /// <summary>Reads the SDMX TIME_PERIOD text written by <see cref="ToString()"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a period.</exception>
    public static ReportingPeriod Parse(string s) => Parse(s, null);

    /// <summary>Reads the SDMX TIME_PERIOD text written by <see cref="ToString()"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a period.</exception>
    public static ReportingPeriod Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out ReportingPeriod result)
            ? result
            : throw new FormatException(
                $"Cannot parse {TextExcerpt.Quote(s)} as a ReportingPeriod: expected an SDMX TIME_PERIOD such as 2020-10, 2020-Q3, 2020-S1, 2020, 2020-01-01/P10M or 2020-03-05/2020-04-10.");

    /// <summary>Tries to read a period; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The period, or <c>default</c>.</param>
    /// <returns>Whether the text was a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ReportingPeriod result) => TryParse(s, null, out result);

    /// <summary>Tries to read a period; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period, or <c>default</c>.</param>
    /// <returns>Whether the text was a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out ReportingPeriod)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result) =>
        ReportingPeriodText.TryParse(s, out result);

    private static ReportingPeriod Months(PeriodKind kind, int year, int firstMonth, int months)
    {
        var first = new LocalDate(year, firstMonth, 1);
        return new ReportingPeriod(kind, first, first.PlusMonths(months - 1).With(DateAdjusters.EndOfMonth));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void CheckYear(int year, string paramName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                year,
                string.Create(CultureInfo.InvariantCulture, $"A reporting period's year must lie in [{MinYear}, {MaxYear}]; got {year}."));
        }
    }

    private static void CheckDate(LocalDate date, string paramName)
    {
        CheckIso(date.Calendar, paramName);
        CheckYear(date.Year, paramName);
    }

    private static void CheckIso(CalendarSystem calendar, string paramName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"A reporting period is in the ISO calendar; got a date in the {calendar.Id} calendar.", paramName);
        }
    }

    private sealed class Chronological : IComparer<ReportingPeriod>
    {
        public int Compare(ReportingPeriod x, ReportingPeriod y)
        {
            int byStart = x.Start.CompareTo(y.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            int byEnd = x.End.CompareTo(y.End);
            return byEnd != 0 ? byEnd : x.Kind.CompareTo(y.Kind);
        }
    }
}
