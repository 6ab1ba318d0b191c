using System;
using System.Globalization;
using System.Text;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// The pieces every <c>Explain</c> trace and every derived figure is written with, so that all write numbers alike:
/// quantities with their units (digits grouped by spaces in Chinese, by commas in English), exact values cut short with
/// "…", and rounded rates with their rule. Internal: users get whole traces (<c>Explain</c>) and formatted figures, not
/// the pieces.
/// </summary>
internal static class ExplainText
{
    /// <summary>The most decimals an exact value is written with before it is cut short with "…".</summary>
    internal const int ExactDecimals = 6;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Traditional = CultureInfo.GetCultureInfo("zh-Hant");

    /// <summary>The format provider whose figures are written in <paramref name="language"/>.</summary>
    internal static IFormatProvider Provider(ExplainLanguage language) => language switch
    {
        ExplainLanguage.English => English,
        ExplainLanguage.ZhHant => Traditional,
        _ => CultureInfo.InvariantCulture,
    };

    /// <summary>Whether <paramref name="language"/> is a Chinese one (full-width brackets and colons).</summary>
    internal static bool IsChinese(ExplainLanguage language) => language != ExplainLanguage.English;

    /// <summary>One of three words by language.</summary>
    internal static string Pick(ExplainLanguage language, string hans, string hant, string english) => language switch
    {
        ExplainLanguage.English => english,
        ExplainLanguage.ZhHant => hant,
        _ => hans,
    };

    /// <summary>
    /// The one way a number is written "exact when short, else shortened": <paramref name="value"/> exactly when it has at
    /// most <paramref name="decimals"/> decimals ("50", "196.105"), else rounded with <paramref name="mode"/> to that many
    /// and followed by <paramref name="marker"/> ("83.333333…" cut toward zero and marked, or "83.33" rounded and unmarked).
    /// Culture-invariant, digits not grouped.
    /// </summary>
    internal static string Short(Ratio value, int decimals, RoundingMode mode = RoundingMode.TowardZero, string marker = "…") =>
        value.HasAtMostDecimals(decimals)
            ? value.ToString()
            : value.ToString(new DisplayFormat(Scale.One, decimals, mode), CultureInfo.InvariantCulture) + marker;

    /// <summary>A quantity with its unit: "39 221 人" or "39,221 persons".</summary>
    internal static string Quantity<T>(T value, ExplainLanguage language)
        where T : IFormattable
    {
        if (language == ExplainLanguage.English)
        {
            return value.ToString("G", English);
        }

        return Grouped(value.ToString("G", Provider(language)));
    }

    /// <summary>Chinese figure text ("39221人", "6051.56元") with its digits grouped by spaces and a space before the unit
    /// ("39 221 人"); text that does not start with a number is returned as it is.</summary>
    internal static string Grouped(string text)
    {
        if (!PrintedNumber.TryRead(text, out _, out int length))
        {
            return text;
        }

        return GroupDigits(text[..length]) + " " + text[length..];
    }

    /// <summary>An exact rate: "196.105%", or "83.333333…%" when it has more than <see cref="ExactDecimals"/> decimals.</summary>
    internal static string ExactRate(Percent rate) => Short(rate.Ratio * 100, ExactDecimals) + "%";

    /// <summary>A difference in percentage points: "-0.2 个百分点", "-0.2 個百分點", "-0.2 percentage points", cut short with "…"
    /// past <see cref="ExactDecimals"/> decimals.</summary>
    internal static string Points(PercentagePoints points, ExplainLanguage language) =>
        Short(points.Ratio * 100, ExactDecimals) + Pick(language, " 个百分点", " 個百分點", " percentage points");

    /// <summary>A rate rounded for display: "196.11%".</summary>
    internal static string RoundedRate(Percent rate, int decimals, RoundingMode mode) =>
        rate.ToString(new DisplayFormat(Scale.One, decimals, mode), CultureInfo.InvariantCulture);

    /// <summary>The name of a rounding mode: "四舍五入", "四捨五入" or "rounded half away from zero".</summary>
    internal static string RoundingName(RoundingMode mode, ExplainLanguage language) => mode switch
    {
        RoundingMode.HalfAwayFromZero => Pick(language, "四舍五入", "四捨五入", "rounded half away from zero"),
        RoundingMode.HalfEven => Pick(language, "四舍六入五成双", "四捨六入五成雙", "rounded half to even"),
        RoundingMode.TowardZero => Pick(language, "截尾", "截尾", "truncated"),
        RoundingMode.Floor => Pick(language, "向下取整", "向下取整", "rounded down"),
        _ => Pick(language, "向上取整", "向上取整", "rounded up"),
    };

    /// <summary>" ≈ rounded（rule）" in Chinese, " ≈ rounded (rule)" in English.</summary>
    internal static string Approximately(string rounded, RoundingMode mode, ExplainLanguage language) =>
        IsChinese(language)
            ? $" ≈ {rounded}（{RoundingName(mode, language)}）"
            : $" ≈ {rounded} ({RoundingName(mode, language)})";

    /// <summary>"= exact ≈ rounded（rule）": the tail of a trace that ends in a rounded rate; "= exact" alone when rounding changes nothing.</summary>
    internal static string EqualsRate(Percent rate, int decimals, RoundingMode mode, ExplainLanguage language)
    {
        string exact = ExactRate(rate);
        return (rate.Ratio * 100).HasAtMostDecimals(decimals)
            ? "= " + exact
            : "= " + exact + Approximately(RoundedRate(rate, decimals, mode), mode, language);
    }

    /// <summary>The digits before the decimal point (or the scale) in groups of three: "-1234567.5万" → "-1 234 567.5万".</summary>
    private static string GroupDigits(string number)
    {
        int start = number.StartsWith('-') ? 1 : 0;
        int end = start;
        while (end < number.Length && char.IsAsciiDigit(number[end]))
        {
            end++;
        }

        var grouped = new StringBuilder(number, 0, start, number.Length + ((end - start) / 3));
        for (int i = start; i < end; i++)
        {
            if (i > start && (end - i) % 3 == 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(number[i]);
        }

        return grouped.Append(number, end, number.Length - end).ToString();
    }
}
