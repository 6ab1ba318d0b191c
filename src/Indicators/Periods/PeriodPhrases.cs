using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Indicators.Utility;
using NodaTime;

namespace Indicators.Periods;

/// <summary>
/// Reads the Chinese phrases reports use for the period a figure covers, in simplified or traditional characters,
/// against a reference year (the year of the report):
/// 截至10月底 / 截止10月底 / 至9月底 (the year to that month end), 前三季度 (the year to 30 September), 上半年 / 下半年,
/// 三季度 / 第三季度, 10月 / 10月份, 今年 and 全年 (the calendar year).
/// </summary>
/// <remarks>Months and counts may be written in digits (ASCII or full width) or in Chinese numerals (十月, 前三季度).</remarks>
public static class PeriodPhrases
{
    private const string Supported = "截至N月底, 截止N月底, 至N月底, 前N季度, 上半年, 下半年, N季度, 第N季度, N月, N月份, 今年, 全年";

    /// <summary>Reads a period phrase.</summary>
    /// <param name="phrase">The phrase, for example "截至10月底".</param>
    /// <param name="referenceYear">The year the phrase speaks of (the report's year).</param>
    /// <returns>The period: 截至10月底 in 2020 is the year to date 2020-01-01/P10M.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    /// <exception cref="FormatException">The phrase is not one of the supported forms, or names a month or quarter that does
    /// not exist; the message says which.</exception>
    public static ReportingPeriod Parse(string phrase, int referenceYear)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return TryRead(phrase, referenceYear, out ReportingPeriod period, out string? problem)
            ? period
            : throw new FormatException($"Cannot read {TextExcerpt.Quote(phrase)} as a reporting period: {problem}.");
    }

    /// <summary>Tries to read a period phrase; never throws.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="referenceYear">The year the phrase speaks of.</param>
    /// <param name="period">The period, or <c>default</c>.</param>
    /// <returns>Whether the phrase was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? phrase, int referenceYear, out ReportingPeriod period)
    {
        period = default;
        return phrase is not null && TryRead(phrase, referenceYear, out period, out _);
    }

    private static bool TryRead(string phrase, int referenceYear, out ReportingPeriod period, [NotNullWhen(false)] out string? problem)
    {
        period = default;
        problem = null;
        if (referenceYear is < 1 or > 9999)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"the reference year {referenceYear} is outside 1–9999");
            return false;
        }

        string text = phrase.Trim();
        switch (text)
        {
            case "今年" or "全年":
                period = ReportingPeriod.Year(referenceYear);
                return true;
            case "上半年":
                period = ReportingPeriod.HalfYear(referenceYear, 1);
                return true;
            case "下半年":
                period = ReportingPeriod.HalfYear(referenceYear, 2);
                return true;
        }

        foreach (string prefix in (ReadOnlySpan<string>)["截至", "截止", "至"])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return TryMonthEnd(text.AsSpan(prefix.Length), referenceYear, out period, out problem);
            }
        }

        if (text.StartsWith('前') && (text.EndsWith("季度", StringComparison.Ordinal) || text.EndsWith('季')))
        {
            ReadOnlySpan<char> count = text.AsSpan(1, text.Length - 1 - (text.EndsWith("季度", StringComparison.Ordinal) ? 2 : 1));
            if (!TryNumber(count, out int quarters) || quarters is < 1 or > 4)
            {
                problem = "a year has four quarters: expected 前一季度 to 前四季度";
                return false;
            }

            period = ReportingPeriod.YearToDate(new LocalDate(referenceYear, quarters * 3, 1).With(DateAdjusters.EndOfMonth));
            return true;
        }

        if (text.EndsWith("季度", StringComparison.Ordinal))
        {
            ReadOnlySpan<char> ordinal = text.AsSpan(0, text.Length - 2);
            if (ordinal.StartsWith("第"))
            {
                ordinal = ordinal[1..];
            }

            if (!TryNumber(ordinal, out int quarter) || quarter is < 1 or > 4)
            {
                problem = "a year has four quarters: expected 一季度 to 四季度";
                return false;
            }

            period = ReportingPeriod.Quarter(referenceYear, quarter);
            return true;
        }

        ReadOnlySpan<char> monthText = text.EndsWith("月份", StringComparison.Ordinal) ? text.AsSpan(0, text.Length - 2)
            : text.EndsWith('月') ? text.AsSpan(0, text.Length - 1)
            : default;
        if (!monthText.IsEmpty)
        {
            if (!TryMonth(monthText, out int month, out problem))
            {
                return false;
            }

            period = ReportingPeriod.Month(referenceYear, month);
            return true;
        }

        problem = "expected one of " + Supported;
        return false;
    }

    private static bool TryMonthEnd(ReadOnlySpan<char> rest, int year, out ReportingPeriod period, [NotNullWhen(false)] out string? problem)
    {
        period = default;
        int monthSign = rest.IndexOf('月');
        if (monthSign < 0)
        {
            problem = "expected a month end after 截至/截止/至, such as 10月底";
            return false;
        }

        ReadOnlySpan<char> end = rest[(monthSign + 1)..];
        if (!end.SequenceEqual("底") && !end.SequenceEqual("末"))
        {
            problem = "expected 底 or 末 after the month (截至10月底): a figure up to the middle of a month names a date, not a period phrase";
            return false;
        }

        if (!TryMonth(rest[..monthSign], out int month, out problem))
        {
            return false;
        }

        period = ReportingPeriod.YearToDate(new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth));
        return true;
    }

    private static bool TryMonth(ReadOnlySpan<char> text, out int month, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (!TryNumber(text, out month))
        {
            problem = $"{TextExcerpt.Quote(text)} is not a month number";
            return false;
        }

        if (month is < 1 or > 12)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"month {month} does not exist");
            return false;
        }

        return true;
    }

    /// <summary>Reads 1–99 in ASCII or full-width digits, or in Chinese numerals up to 十二 (一, 二/两/兩, …, 十, 十一, 十二).</summary>
    private static bool TryNumber(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 3)
        {
            return false;
        }

        if (Digits.TryReadInt(text, 0, 999, fullWidth: true, out value))
        {
            return true;
        }

        if (text.Length == 1)
        {
            return TryChineseDigit(text[0], out value);
        }

        // 十一, 十二 (and 十X up to 十九)
        if (text.Length == 2 && text[0] == '十' && TryChineseDigit(text[1], out int unit))
        {
            value = 10 + unit;
            return true;
        }

        return false;
    }

    private static bool TryChineseDigit(char c, out int value)
    {
        if (c == '十')
        {
            value = 10;
            return true;
        }

        return Digits.IsChineseDigit(c, out value);
    }
}
