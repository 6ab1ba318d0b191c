using System;
using System.Globalization;
using Indicators.Utility;

namespace Indicators.Text;

/// <summary>
/// Reads a number written in Chinese numerals, in simplified or traditional characters, in financial capitals, or
/// mixed with Arabic digits ("三千五百万", "一亿零五十万", "壹仟零壹", "1.6万", "2万3千", "负三点五"), as an exact
/// <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// <para>The rules, each a decision documented in docs/text.md:</para>
/// <list type="bullet">
/// <item>Digits 〇零一二两三四五六七八九 (traditional 兩), units 十百千, scales 万 亿 (萬 億) and the compound 万亿 (萬億) = 10¹²;
/// the financial capitals 壹贰叁肆伍陆柒捌玖拾佰仟 (traditional 貳 參 叄 陸) stand for the same digits and units.
/// Arabic digits, half- or full-width, may stand for a multiplier ("1.6万", "3千").</item>
/// <item>A leading 十 means 一十 ("十五" = 15) only at the start of the number.</item>
/// <item>零 marks skipped places ("一千零一" = 1001); a 零 where nothing is skipped inside a group ("一千零五百") is an error.</item>
/// <item>A single digit that ends the number right after a unit, with no 零 between, counts in the place below that unit
/// (the colloquial rule): "一千一" = 1100, "3萬5" = 35 000, "二十四萬二" = 242 000. A multi-digit Arabic number there is
/// read as written: "1万600" = 10 600.</item>
/// <item>兆 is refused: it is 10⁶, 10¹² or 10¹⁶ depending on the convention. Ranges and approximations (两三, 十几, 三十多)
/// are refused: they are not single numbers. 万万 and 亿亿 are refused.</item>
/// <item>Decimals are written with 点 (點): "三点五" = 3.5, "一点六万" = 16 000. 负 (負) or a minus sign makes the number
/// negative.</item>
/// </list>
/// </remarks>
public static class ChineseNumeral
{
    /// <summary>Reads <paramref name="s"/> as one Chinese numeral.</summary>
    /// <param name="s">The numeral, with nothing before or after it.</param>
    /// <returns>The exact value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty, malformed, ambiguous or out of the range of <see cref="decimal"/>;
    /// the message names the character position and the problem.</exception>
    public static decimal Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var reader = new NumeralReader(s);
        if (reader.TryRead(out decimal value))
        {
            return value;
        }

        string where = reader.ErrorPosition < s.Length
            ? string.Create(CultureInfo.InvariantCulture, $"at position {reader.ErrorPosition} ('{s[reader.ErrorPosition]}')")
            : string.Create(CultureInfo.InvariantCulture, $"at position {reader.ErrorPosition} (the end)");
        throw new FormatException(
            $"Cannot read {TextExcerpt.Quote(s)} as a Chinese numeral: {where}, {reader.Error}.");
    }

    /// <summary>Reads <paramref name="s"/> as one Chinese numeral, without throwing.</summary>
    /// <param name="s">The numeral, with nothing before or after it; null gives false.</param>
    /// <param name="value">The exact value, or zero when the text cannot be read.</param>
    /// <returns>Whether the text is one well-formed numeral within the range of <see cref="decimal"/>.</returns>
    public static bool TryParse(string? s, out decimal value)
    {
        if (s is null)
        {
            value = 0m;
            return false;
        }

        return new NumeralReader(s).TryRead(out value);
    }
}
