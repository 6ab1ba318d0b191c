using System;
using Indicators.Quantities;
using Indicators.Utility;

namespace Indicators.Text;

/// <summary>
/// Reads a number written in Chinese numerals, in simplified or traditional characters, in financial capitals, or
/// mixed with Arabic digits ("三千五百万", "一亿零五十万", "壹仟零壹", "1.6万", "2万3千", "负三点五", "1,234,567"), as an
/// exact <see cref="decimal"/>; a fraction ("三分之一") as an exact <see cref="Ratio"/>; a percentage ("百分之三点五")
/// as a <see cref="Percent"/>.
/// </summary>
/// <remarks>
/// <para>The rules, each a decision documented in docs/text.md:</para>
/// <list type="bullet">
/// <item>Digits 〇零一二两三四五六七八九 (traditional 兩), units 十百千, scales 万 亿 (萬 億) and the compound 万亿 (萬億) = 10¹²;
/// the financial capitals 壹贰叁肆伍陆柒捌玖拾佰仟 (traditional 貳 參 叄 陸) stand for the same digits and units;
/// 廿 卅 卌 stand for 二十 三十 四十.
/// Arabic digits, half- or full-width, may stand for a multiplier ("1.6万", "3千"); they may be grouped in threes by a
/// comma, a full-width comma or a thin space ("1,234,567", "1，234"), and a malformed grouping ("1,23,4") is an error.</item>
/// <item>A leading 十 means 一十 ("十五" = 15) at the start of the number and after 零 ("一千零十" = 1010).</item>
/// <item>零 marks skipped places ("一千零一" = 1001); a 零 where nothing is skipped inside a group ("一千零五百") is an error.</item>
/// <item>A single digit that ends the number right after a unit, with no 零 between, counts in the place below that unit
/// (the colloquial rule): "一千一" = 1100, "3萬5" = 35 000, "二十四萬二" = 242 000. A multi-digit Arabic number there is
/// read as written: "1万600" = 10 600.</item>
/// <item>兆 is refused unless the caller chooses a <see cref="ChineseNumeralZhao"/> convention: it is 10⁶, 10¹² or 10¹⁶
/// depending on the convention. Ranges and approximations (两三, 十几, 三十多) are refused here:
/// <see cref="ChineseNumeralReading"/> reads the ranges. 万万 is 亿 (10⁸) and 亿亿 is 10¹⁶.</item>
/// <item>Decimals are written with 点 (點): "三点五" = 3.5, "一点六万" = 16 000. 负 (負) or a minus sign makes the number
/// negative.</item>
/// </list>
/// </remarks>
public static class ChineseNumeral
{
    /// <summary>Reads <paramref name="s"/> as one Chinese numeral; 兆 is refused.</summary>
    /// <param name="s">The numeral, with nothing before or after it.</param>
    /// <returns>The exact value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty, malformed, ambiguous or out of the range of <see cref="decimal"/>;
    /// the message names the character position and the problem.</exception>
    public static decimal Parse(string s) => Parse(s, ChineseNumeralZhao.Refused);

    /// <summary>Reads <paramref name="s"/> as one Chinese numeral, with 兆 standing for the power of ten <paramref name="zhao"/> names.</summary>
    /// <param name="s">The numeral, with nothing before or after it.</param>
    /// <param name="zhao">What 兆 stands for, or <see cref="ChineseNumeralZhao.Refused"/>.</param>
    /// <returns>The exact value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zhao"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The text is empty, malformed, ambiguous or out of the range of <see cref="decimal"/>;
    /// the message names the character position and the problem.</exception>
    public static decimal Parse(string s, ChineseNumeralZhao zhao)
    {
        ArgumentNullException.ThrowIfNull(s);
        Preconditions.CheckDefined(zhao, nameof(zhao));
        var parsing = new NumeralParsing(s, zhao);
        if (parsing.TryNumber(out decimal value))
        {
            return value;
        }

        throw new FormatException(NumeralErrors.Message(s, "a Chinese numeral", parsing.ErrorPosition, parsing.Error));
    }

    /// <summary>Reads <paramref name="s"/> as one Chinese numeral, without throwing; 兆 is refused.</summary>
    /// <param name="s">The numeral, with nothing before or after it; null gives false.</param>
    /// <param name="value">The exact value, or zero when the text cannot be read.</param>
    /// <returns>Whether the text is one well-formed numeral within the range of <see cref="decimal"/>.</returns>
    public static bool TryParse(string? s, out decimal value) => TryParse(s, ChineseNumeralZhao.Refused, out value);

    /// <summary>Reads <paramref name="s"/> as one Chinese numeral, without throwing.</summary>
    /// <param name="s">The numeral, with nothing before or after it; null gives false.</param>
    /// <param name="zhao">What 兆 stands for; an undefined value gives false.</param>
    /// <param name="value">The exact value, or zero when the text cannot be read.</param>
    /// <returns>Whether the text is one well-formed numeral within the range of <see cref="decimal"/>.</returns>
    public static bool TryParse(string? s, ChineseNumeralZhao zhao, out decimal value)
    {
        value = 0m;
        return s is not null && Enum.IsDefined(zhao) && new NumeralParsing(s, zhao).TryNumber(out value);
    }

    /// <summary>
    /// Reads a fraction written N分之M as the exact ratio M ÷ N, reduced to lowest terms: "三分之一" = 1/3,
    /// "千分之三" = 3/1000, "百分之三点五" = 7/200, "一又二分之一" = 3/2, "负三分之二" = −2/3.
    /// </summary>
    /// <param name="s">The fraction, with nothing before or after it.</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a well-formed fraction (the denominator must be a whole number
    /// above zero); the message names the position and the problem.</exception>
    public static Ratio ParseFraction(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var parsing = new NumeralParsing(s, ChineseNumeralZhao.Refused);
        if (parsing.TryFraction(out Ratio value, out _))
        {
            return value;
        }

        throw new FormatException(NumeralErrors.Message(s, "a fraction in words (N分之M)", parsing.ErrorPosition, parsing.Error));
    }

    /// <summary>Reads a fraction written N分之M as an exact ratio, without throwing.</summary>
    /// <param name="s">The fraction; null gives false.</param>
    /// <param name="value">The exact ratio, or zero when the text cannot be read.</param>
    /// <returns>Whether the text is one well-formed fraction.</returns>
    public static bool TryParseFraction(string? s, out Ratio value)
    {
        value = Ratio.Zero;
        return s is not null && new NumeralParsing(s, ChineseNumeralZhao.Refused).TryFraction(out value, out _);
    }

    /// <summary>
    /// Reads a percentage written 百分之M, or M followed by % or ％: "百分之五" = 5%, "百分之三点五" = 3.5%,
    /// "百分之一百二十" = 120%, "百分之负三点八" = −3.8%, "三点五%" = 3.5%. Other fractions ("千分之三") are refused:
    /// read them with <see cref="ParseFraction"/>.
    /// </summary>
    /// <param name="s">The percentage, with nothing before or after it.</param>
    /// <returns>The exact percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a well-formed percentage; the message names the position and the problem.</exception>
    public static Percent ParsePercent(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var parsing = new NumeralParsing(s, ChineseNumeralZhao.Refused);
        if (parsing.TryPercent(out Ratio value))
        {
            return Percent.FromRatio(value);
        }

        throw new FormatException(NumeralErrors.Message(s, "a percentage in words (百分之M)", parsing.ErrorPosition, parsing.Error));
    }

    /// <summary>Reads a percentage written 百分之M or M%, without throwing.</summary>
    /// <param name="s">The percentage; null gives false.</param>
    /// <param name="value">The exact percentage, or zero when the text cannot be read.</param>
    /// <returns>Whether the text is one well-formed percentage.</returns>
    public static bool TryParsePercent(string? s, out Percent value)
    {
        value = Percent.Zero;
        if (s is null || !new NumeralParsing(s, ChineseNumeralZhao.Refused).TryPercent(out Ratio ratio))
        {
            return false;
        }

        value = Percent.FromRatio(ratio);
        return true;
    }
}
