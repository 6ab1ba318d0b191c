using System;

namespace Indicators.Utility;

/// <summary>The one place decimal digits are recognised: ASCII 0–9 everywhere, full-width ０–９ where people's text is
/// read (figures, period phrases), never in machine text (SDMX periods, region codes).</summary>
internal static class Digits
{
    /// <summary>Whether <paramref name="c"/> is an ASCII or full-width digit, and its value.</summary>
    internal static bool IsDigit(char c, out int digit)
    {
        if (c is >= '0' and <= '9')
        {
            digit = c - '0';
            return true;
        }

        if (c is >= '０' and <= '９')
        {
            digit = c - '０';
            return true;
        }

        digit = 0;
        return false;
    }

    /// <summary>Whether <paramref name="c"/> is one of the Chinese numerals 一 to 九 (二, 两 and 兩 are 2), and its value:
    /// the digits of month numbers (PeriodPhrases) and of ranges such as 三四 (NumeralParsing).</summary>
    internal static bool IsChineseDigit(char c, out int digit)
    {
        digit = c switch
        {
            '一' => 1,
            '二' or '两' or '兩' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => 0,
        };
        return digit != 0;
    }

    /// <summary>
    /// Reads a run of up to nine digits as a whole number in [<paramref name="min"/>, <paramref name="max"/>]; never
    /// throws. With <paramref name="fullWidth"/> false only ASCII digits count.
    /// </summary>
    internal static bool TryReadInt(ReadOnlySpan<char> text, int min, int max, bool fullWidth, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!IsDigit(c, out int digit) || (!fullWidth && c > '9'))
            {
                value = 0;
                return false;
            }

            value = (value * 10) + digit;
        }

        if (value < min || value > max)
        {
            value = 0;
            return false;
        }

        return true;
    }

    /// <summary>The significant digits of <paramref name="value"/> without its trailing zeros: 20 000 has 1, 19 989 has 5,
    /// 0 has 0.</summary>
    internal static int Significant(long value)
    {
        if (value == 0)
        {
            return 0;
        }

        while (value % 10 == 0)
        {
            value /= 10;
        }

        int digits = 0;
        for (; value != 0; value /= 10)
        {
            digits++;
        }

        return digits;
    }
}
