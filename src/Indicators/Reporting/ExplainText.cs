using System;
using System.Globalization;
using System.Text;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// The pieces every <c>Explain</c> trace is written with, so that all traces write numbers alike: quantities with their
/// units (digits grouped by spaces in Chinese, by commas in English), exact rates, and rounded rates with their rule.
/// </summary>
public static class ExplainText
{
    /// <summary>The most decimals an exact value is written with before it is cut short with "…".</summary>
    public const int ExactDecimals = 6;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>A quantity with its unit: "39 221 人" or "39,221 persons".</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Quantity<T>(T value, ExplainLanguage language)
        where T : IFormattable
    {
        if (language == ExplainLanguage.English)
        {
            return value.ToString("G", English);
        }

        string text = value.ToString("G", CultureInfo.InvariantCulture);
        if (!PrintedNumber.TryRead(text, out _, out int length))
        {
            return text;
        }

        return GroupDigits(text[..length]) + " " + text[length..];
    }

    /// <summary>An exact value: "196.105%", or "83.333333…%" when it has more than <see cref="ExactDecimals"/> decimals.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The text; "…" marks digits cut short (toward zero).</returns>
    public static string ExactRate(Percent rate)
    {
        Ratio percentage = rate.Ratio * 100;
        return percentage.HasAtMostDecimals(ExactDecimals)
            ? rate.ToString()
            : rate.ToString(new DisplayFormat(Scale.One, ExactDecimals, RoundingMode.TowardZero), CultureInfo.InvariantCulture)[..^1] + "…%";
    }

    /// <summary>A difference in percentage points: "-0.2 个百分点", "-0.2 percentage points", cut short with "…" past
    /// <see cref="ExactDecimals"/> decimals.</summary>
    /// <param name="points">The difference.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Points(PercentagePoints points, ExplainLanguage language)
    {
        Ratio number100 = points.Ratio * 100;
        string number = number100.HasAtMostDecimals(ExactDecimals)
            ? number100.ToString()
            : number100.ToString(new DisplayFormat(Scale.One, ExactDecimals, RoundingMode.TowardZero), CultureInfo.InvariantCulture) + "…";
        return number + (language == ExplainLanguage.ZhHans ? " 个百分点" : " percentage points");
    }

    /// <summary>A rate rounded for display: "196.11%".</summary>
    /// <param name="rate">The exact rate.</param>
    /// <param name="decimals">The decimals to round to.</param>
    /// <param name="mode">How to round.</param>
    /// <returns>The text.</returns>
    public static string RoundedRate(Percent rate, int decimals, RoundingMode mode) =>
        rate.ToString(new DisplayFormat(Scale.One, decimals, mode), CultureInfo.InvariantCulture);

    /// <summary>The name of a rounding mode: "四舍五入" or "rounded half away from zero".</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string RoundingName(RoundingMode mode, ExplainLanguage language) => (mode, language) switch
    {
        (RoundingMode.HalfAwayFromZero, ExplainLanguage.ZhHans) => "四舍五入",
        (RoundingMode.HalfEven, ExplainLanguage.ZhHans) => "四舍六入五成双",
        (RoundingMode.TowardZero, ExplainLanguage.ZhHans) => "截尾",
        (RoundingMode.Floor, ExplainLanguage.ZhHans) => "向下取整",
        (RoundingMode.Ceiling, ExplainLanguage.ZhHans) => "向上取整",
        (RoundingMode.HalfAwayFromZero, _) => "rounded half away from zero",
        (RoundingMode.HalfEven, _) => "rounded half to even",
        (RoundingMode.TowardZero, _) => "truncated",
        (RoundingMode.Floor, _) => "rounded down",
        _ => "rounded up",
    };

    /// <summary>"= exact ≈ rounded（rule）": the tail of a trace that ends in a rounded rate; "= exact" alone when rounding changes nothing.</summary>
    /// <param name="rate">The exact rate.</param>
    /// <param name="decimals">The decimals it is shown with.</param>
    /// <param name="mode">How it is rounded.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string EqualsRate(Percent rate, int decimals, RoundingMode mode, ExplainLanguage language)
    {
        string exact = ExactRate(rate);
        string rounded = RoundedRate(rate, decimals, mode);
        if ((rate.Ratio * 100).HasAtMostDecimals(decimals))
        {
            return "= " + exact;
        }

        string rule = RoundingName(mode, language);
        return language == ExplainLanguage.ZhHans
            ? $"= {exact} ≈ {rounded}（{rule}）"
            : $"= {exact} ≈ {rounded} ({rule})";
    }

    private static string GroupDigits(string number)
    {
        int point = number.IndexOf('.', StringComparison.Ordinal);
        string integer = point < 0 ? number : number[..point];
        string rest = point < 0 ? string.Empty : number[point..];
        bool negative = integer.StartsWith('-');
        string digits = negative ? integer[1..] : integer;
        var grouped = new StringBuilder();
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(digits[i]);
        }

        return (negative ? "-" : string.Empty) + grouped + rest;
    }
}
