using System;
using Indicators.Utility;
using NodaTime;

namespace Indicators.Periods;

/// <summary>Reads the SDMX TIME_PERIOD forms that <see cref="ReportingPeriod.ToString()"/> writes. Never throws.</summary>
internal static class ReportingPeriodText
{
    internal static bool TryParse(ReadOnlySpan<char> text, out ReportingPeriod result)
    {
        result = default;
        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            return TryParseInterval(text[..slash], text[(slash + 1)..], out result);
        }

        if (text.Length < 4 || !TryNumber(text[..4], ReportingPeriod.MinYear, ReportingPeriod.MaxYear, out int year))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[4..];
        if (rest.IsEmpty)
        {
            result = ReportingPeriod.Year(year);
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && TryNumber(rest[1..], 1, 12, out int month))
        {
            result = ReportingPeriod.Month(year, month);
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && rest[1] == 'Q' && TryNumber(rest[2..], 1, 4, out int quarter))
        {
            result = ReportingPeriod.Quarter(year, quarter);
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && rest[1] == 'S' && TryNumber(rest[2..], 1, 2, out int half))
        {
            result = ReportingPeriod.HalfYear(year, half);
            return true;
        }

        return false;
    }

    private static bool TryParseInterval(ReadOnlySpan<char> first, ReadOnlySpan<char> second, out ReportingPeriod result)
    {
        result = default;
        if (!TryDate(first, out LocalDate start))
        {
            return false;
        }

        if (TryDate(second, out LocalDate end))
        {
            if (end < start)
            {
                return false;
            }

            result = ReportingPeriod.Range(start, end);
            return true;
        }

        // A year to date: start on 1 January, then PnM or PnD, ending within the same year.
        if (start.Month != 1 || start.Day != 1 || second.Length < 3 || second[0] != 'P')
        {
            return false;
        }

        char unit = second[^1];
        if (!TryNumber(second[1..^1], 1, 366, out int count))
        {
            return false;
        }

        LocalDate last;
        if (unit == 'M' && count <= 12)
        {
            // The end of the count-th month, computed without stepping into the next year (9999-01-01/P12M ends 9999-12-31).
            last = start.PlusMonths(count - 1).With(DateAdjusters.EndOfMonth);
        }
        else if (unit == 'D' && count <= CalendarSystem.Iso.GetDaysInYear(start.Year))
        {
            last = start.PlusDays(count - 1);
        }
        else
        {
            return false;
        }

        result = ReportingPeriod.YearToDate(last);
        return true;
    }

    private static bool TryDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10
            || text[4] != '-'
            || text[7] != '-'
            || !TryNumber(text[..4], ReportingPeriod.MinYear, ReportingPeriod.MaxYear, out int year)
            || !TryNumber(text[5..7], 1, 12, out int month)
            || !TryNumber(text[8..], 1, CalendarSystem.Iso.GetDaysInMonth(year, month), out int day))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, int min, int max, out int value) =>
        Digits.TryReadInt(text, min, max, fullWidth: false, out value);
}
