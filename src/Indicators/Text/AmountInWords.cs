using System;
using Indicators.Quantities;

namespace Indicators.Text;

/// <summary>
/// Reads an amount of money written in words as on invoices and cheques ("人民币壹拾万零壹佰壹拾壹元壹角壹分",
/// "伍仟元整", "壹佰捌拾壹圓柒角") as exact <see cref="Money"/>, in whole fen.
/// </summary>
/// <remarks>
/// <para>The form, each a decision documented in docs/text.md:</para>
/// <list type="bullet">
/// <item>An optional currency prefix 人民币 (人民幣), ¥ or ￥, then an optional 负 (負); then the 元 part: a numeral in
/// financial capitals or ordinary characters followed by 元, 圆 or 圓. The numeral is read strictly: the colloquial
/// trailing digit is refused ("壹万伍元" is not 15 000 元; write 壹万零伍元 or 壹万伍仟元), and so are Arabic digits,
/// decimals, ranges and 兆.</item>
/// <item>Then, optionally, 角 and 分, each one digit followed by its unit ("壹角", "零角"); a 零 after 元 may mark a
/// skipped place ("壹拾元零壹分", "壹仟零伍拾元零伍角"). With no 元 part the amount starts at 角 or 分 ("壹角").</item>
/// <item>整 or 正 may close an amount that ends in 元 or 角 ("伍仟元整", "壹元壹角整"); after 分 it is an error, as the
/// rules for filling in cheques say. 厘 is refused: money is held in whole fen.</item>
/// </list>
/// </remarks>
public static class AmountInWords
{
    /// <summary>Reads <paramref name="s"/> as one amount in words.</summary>
    /// <param name="s">The amount, with nothing before or after it.</param>
    /// <returns>The exact amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a well-formed amount, or the amount is beyond the range of
    /// <see cref="Money"/>; the message names the character position and the problem.</exception>
    public static Money Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (TryRead(s, out Money value, out int position, out string problem))
        {
            return value;
        }

        throw new FormatException(NumeralErrors.Message(s, "an amount in words", position, problem));
    }

    /// <summary>Reads <paramref name="s"/> as one amount in words, without throwing.</summary>
    /// <param name="s">The amount; null gives false.</param>
    /// <param name="value">The exact amount, or zero when the text cannot be read.</param>
    /// <returns>Whether the text is one well-formed amount within the range of <see cref="Money"/>.</returns>
    public static bool TryParse(string? s, out Money value)
    {
        value = Money.Zero;
        return s is not null && TryRead(s, out value, out _, out _);
    }

    private static bool TryRead(string s, out Money value, out int position, out string problem)
    {
        value = Money.Zero;
        position = 0;
        problem = "";
        int i = 0;
        if (s.StartsWith("人民币", StringComparison.Ordinal) || s.StartsWith("人民幣", StringComparison.Ordinal))
        {
            i = 3;
        }
        else if (s.Length > 0 && s[0] is '¥' or '￥')
        {
            i = 1;
        }

        bool negative = false;
        if (i < s.Length && s[i] is '负' or '負')
        {
            negative = true;
            i++;
        }

        if (i == s.Length)
        {
            return Fail(i, "an amount needs 元, 角 or 分", out position, out problem);
        }

        decimal yuan = 0m;
        bool hasYuan = false;
        int yuanAt = s.IndexOfAny(['元', '圆', '圓'], i);
        if (yuanAt < 0 && s.IndexOfAny(['角', '分'], i) < 0)
        {
            return Fail(s.Length, "an amount needs 元, 角 or 分", out position, out problem);
        }
        if (yuanAt >= 0)
        {
            if (yuanAt == i)
            {
                return Fail(i, $"{s[i]} needs an amount before it", out position, out problem);
            }

            string part = s.Substring(i, yuanAt - i);
            var reader = new NumeralReader(part, zhaoExponent: 0, colloquial: false, arabic: false);
            if (!reader.TryRead(out yuan))
            {
                return Fail(i + reader.ErrorPosition, reader.Error, out position, out problem);
            }

            if (yuan < 0)
            {
                return Fail(i, "the sign goes before the amount (人民币负壹元)", out position, out problem);
            }

            if (decimal.Truncate(yuan) != yuan)
            {
                return Fail(i + part.IndexOfAny(['点', '點']), "an amount writes 角 and 分, not a decimal point", out position, out problem);
            }

            if (yuan > long.MaxValue / 100)
            {
                return Fail(i, "the amount is beyond the range of Money", out position, out problem);
            }

            hasYuan = true;
            i = yuanAt + 1;
        }

        int jiao = -1;
        int fen = -1;
        bool zeroAfterYuan = false;
        bool closed = false;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is '整' or '正')
            {
                if (fen >= 0)
                {
                    return Fail(i, $"{c} is not written after 分", out position, out problem);
                }

                if (!hasYuan && jiao < 0)
                {
                    return Fail(i, $"{c} needs an amount before it", out position, out problem);
                }

                if (zeroAfterYuan)
                {
                    return Fail(i - 1, "零 needs 角 or 分 after it", out position, out problem);
                }

                closed = true;
                i++;
                break;
            }

            int digit = Digit(c);
            if (digit < 0)
            {
                return Fail(i, c is '厘' or '毫'
                    ? $"{c} is below a fen; money is held in whole fen"
                    : $"'{c}' is not part of an amount (expected a digit followed by 角 or 分, or 整)", out position, out problem);
            }

            if (i + 1 < s.Length && s[i + 1] is '厘' or '毫')
            {
                return Fail(i + 1, $"{s[i + 1]} is below a fen; money is held in whole fen", out position, out problem);
            }

            if (i + 1 >= s.Length || s[i + 1] is not ('角' or '分'))
            {
                if (digit == 0 && hasYuan && jiao < 0 && fen < 0 && !zeroAfterYuan)
                {
                    zeroAfterYuan = true; // 壹拾元零壹分
                    i++;
                    continue;
                }

                return Fail(i + 1, hasYuan || jiao >= 0
                    ? "a digit after 元 needs 角 or 分 after it"
                    : "an amount needs 元, 角 or 分", out position, out problem);
            }

            if (s[i + 1] == '角')
            {
                if (jiao >= 0 || fen >= 0)
                {
                    return Fail(i + 1, fen >= 0 ? "角 comes before 分" : "角 is repeated", out position, out problem);
                }

                jiao = digit;
            }
            else
            {
                if (fen >= 0)
                {
                    return Fail(i + 1, "分 is repeated", out position, out problem);
                }

                fen = digit;
            }

            i += 2;
        }

        if (i < s.Length)
        {
            return Fail(i, closed ? "nothing may follow 整" : "unexpected text", out position, out problem);
        }

        if (zeroAfterYuan && jiao < 0 && fen < 0)
        {
            return Fail(s.Length - 1, "零 needs 角 or 分 after it", out position, out problem);
        }

        if (!hasYuan && jiao < 0 && fen < 0)
        {
            return Fail(s.Length, "an amount needs 元, 角 or 分", out position, out problem);
        }

        decimal total = (yuan * 100m) + (Math.Max(jiao, 0) * 10) + Math.Max(fen, 0);
        if (total > long.MaxValue)
        {
            return Fail(0, "the amount is beyond the range of Money", out position, out problem);
        }

        long fenTotal = (long)total;
        value = Money.FromFen(negative ? -fenTotal : fenTotal);
        return true;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '壹' or '一' => 1,
        '贰' or '貳' or '二' or '两' or '兩' => 2,
        '叁' or '參' or '叄' or '三' => 3,
        '肆' or '四' => 4,
        '伍' or '五' => 5,
        '陆' or '陸' or '六' => 6,
        '柒' or '七' => 7,
        '捌' or '八' => 8,
        '玖' or '九' => 9,
        _ => -1,
    };

    private static bool Fail(int at, string what, out int position, out string problem)
    {
        position = at;
        problem = what;
        return false;
    }
}
