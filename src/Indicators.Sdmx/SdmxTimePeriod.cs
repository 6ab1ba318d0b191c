using System;
using System.Globalization;
using Indicators.Periods;
using NodaTime;

namespace Indicators.Sdmx;

/// <summary>
/// TIME_PERIOD text (SDMX <c>ObservationalTimePeriodType</c>): what <see cref="Format"/> writes, and the other forms of the
/// same periods that SDMX tools write (<c>2020-A1</c>, <c>2020-M10</c>, <c>2020-10-31</c>, <c>…T00:00:00/P…</c>).
/// </summary>
internal static class SdmxTimePeriod
{
    /// <summary>A month <c>2020-10</c>, a quarter <c>2020-Q3</c>, a half <c>2020-S1</c>, a year <c>2020</c>, a year to date
    /// <c>2020-01-01/P10M</c> (or <c>/P315D</c>), a range <c>2020-03-05/P37D</c> (start and its days).</summary>
    internal static string Format(ReportingPeriod period) =>
        period.Kind == PeriodKind.Range
            ? string.Create(CultureInfo.InvariantCulture, $"{period.Start.Year:0000}-{period.Start.Month:00}-{period.Start.Day:00}/P{period.DayCount}D")
            : period.ToString();

    /// <summary>Whether a range is written as the same TIME_PERIOD as a year to date (it starts on 1 January and ends in
    /// that year), so that it reads back as the year to date.</summary>
    internal static bool ReadsBackAsYearToDate(ReportingPeriod period) =>
        period.Kind == PeriodKind.Range && period.Start.Month == 1 && period.Start.Day == 1 && period.End.Year == period.Start.Year;

    /// <summary>Reads a TIME_PERIOD; never throws.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="period">The period.</param>
    /// <param name="problem">Why it is not one, or null.</param>
    internal static bool TryParse(ReadOnlySpan<char> text, out ReportingPeriod period, out string? problem)
    {
        period = default;
        problem = null;
        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            ReadOnlySpan<char> first = text[..slash];
            ReadOnlySpan<char> second = text[(slash + 1)..];
            if (first.EndsWith("T00:00:00", StringComparison.Ordinal))
            {
                first = first[..^"T00:00:00".Length];
            }

            if (second.Length > 0 && second[0] == 'P')
            {
                if (!TryDate(first, out LocalDate start))
                {
                    problem = "the start of a time range is a date, yyyy-MM-dd (optionally with T00:00:00)";
                    return false;
                }

                if (!TryDuration(second[1..], out int years, out int months, out int days))
                {
                    problem = "the duration of a time range is P followed by years (Y), months (M) and days (D), such as P10M or P315D";
                    return false;
                }

                return TryRange(start, years, months, days, out period, out problem);
            }

            if (ReportingPeriod.TryParse(text, CultureInfo.InvariantCulture, out period))
            {
                period = Normalised(period);
                return true;
            }

            problem = "a time range is start/duration, such as 2020-01-01/P10M";
            return false;
        }

        if (ReportingPeriod.TryParse(text, CultureInfo.InvariantCulture, out period))
        {
            return true;
        }

        if (text.Length >= 7 && text[4] == '-' && TryNumber(text[..4], ReportingPeriod.MinYear, ReportingPeriod.MaxYear, out int year))
        {
            ReadOnlySpan<char> rest = text[5..];
            if (rest.SequenceEqual("A1"))
            {
                period = ReportingPeriod.Year(year);
                return true;
            }

            if (rest.Length == 3 && rest[0] == 'M' && TryNumber(rest[1..], 1, 12, out int month))
            {
                period = ReportingPeriod.Month(year, month);
                return true;
            }

            if (rest.Length == 4 && rest[0] == 'D' && TryNumber(rest[1..], 1, CalendarSystem.Iso.GetDaysInYear(year), out int dayOfYear))
            {
                LocalDate day = new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1);
                period = Normalised(ReportingPeriod.Range(day, day));
                return true;
            }

            if (TryDate(text, out LocalDate date))
            {
                period = Normalised(ReportingPeriod.Range(date, date));
                return true;
            }
        }

        problem = "expected a TIME_PERIOD such as 2020-10, 2020-Q3, 2020-S1, 2020, 2020-M10, 2020-A1, 2020-10-31 or 2020-01-01/P10M";
        return false;
    }

    /// <summary>The days from 1 January to a day of the same year are the year to date (累计, 截至…), however they are
    /// written: one TIME_PERIOD, one period.</summary>
    private static ReportingPeriod Normalised(ReportingPeriod period) => ReadsBackAsYearToDate(period) ? ReportingPeriod.YearToDate(period.End) : period;

    private static bool TryRange(LocalDate start, int years, int months, int days, out ReportingPeriod period, out string? problem)
    {
        period = default;
        problem = null;
        LocalDate end;
        try
        {
            // The calendar repeats every 400 years (146 097 days): a range near the year 9999 is worked out 400 years
            // earlier, so that 9999-12-31/P1D ends on 9999-12-31 although "the day after" does not exist.
            int shift = start.Year > 5000 ? 400 : 0;
            end = start.PlusYears(-shift).PlusYears(years).PlusMonths(months).PlusDays(days).PlusDays(-1).PlusYears(shift);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            problem = "the time range ends after the year 9999";
            return false;
        }

        if (end < start)
        {
            problem = "a time range lasts at least one day";
            return false;
        }

        if (end.Year > ReportingPeriod.MaxYear)
        {
            problem = "the time range ends after the year 9999";
            return false;
        }

        period = Normalised(ReportingPeriod.Range(start, end));
        return true;
    }

    private static bool TryDuration(ReadOnlySpan<char> text, out int years, out int months, out int days)
    {
        years = months = days = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        int order = 0;
        while (!text.IsEmpty)
        {
            int digits = 0;
            while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits > 6 || digits == text.Length)
            {
                return false;
            }

            int value = int.Parse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            int rank = text[digits] switch { 'Y' => 1, 'M' => 2, 'D' => 3, _ => 0 };
            if (rank <= order)
            {
                return false;
            }

            order = rank;
            switch (rank)
            {
                case 1:
                    years = value;
                    break;
                case 2:
                    months = value;
                    break;
                default:
                    days = value;
                    break;
            }

            text = text[(digits + 1)..];
        }

        return years <= ReportingPeriod.MaxYear;
    }

    private static bool TryDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryNumber(text[..4], ReportingPeriod.MinYear, ReportingPeriod.MaxYear, out int year)
            || !TryNumber(text[5..7], 1, 12, out int month)
            || !TryNumber(text[8..], 1, CalendarSystem.Iso.GetDaysInMonth(year, month), out int day))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, int min, int max, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
