using System;
using Indicators.Quantities;

namespace Indicators.Text;

/// <summary>
/// The readers behind <see cref="ChineseNumeral"/> and <see cref="ChineseNumeralReading"/>: numbers, fractions
/// (N分之M, 又), percentages (百分之M, M%) and ranges (两三, 三四十, 十几). Nothing here throws on bad input; a failure
/// leaves the position (in the whole input) and the problem.
/// </summary>
internal struct NumeralParsing
{
    private readonly string text;
    private readonly int zhaoExponent;

    internal NumeralParsing(string text, ChineseNumeralZhao zhao)
    {
        this.text = text;
        zhaoExponent = (int)zhao;
        ErrorPosition = 0;
        Error = "";
    }

    internal int ErrorPosition { get; private set; }

    internal string Error { get; private set; }

    /// <summary>Reads the whole text as a number (no fraction, percent or range).</summary>
    internal bool TryNumber(out decimal value) => TryNumber(0, text.Length, bareUnit: false, out value);

    /// <summary>Reads the whole text as a fraction N分之M (or a mixed number with 又); also gives whether N was 百.</summary>
    internal bool TryFraction(out Ratio value, out bool hundredths)
    {
        value = Ratio.Zero;
        hundredths = false;
        int of = text.IndexOf("分之", StringComparison.Ordinal);
        if (of < 0 && text.IndexOfAny(['/', '／']) is int slash and >= 0)
        {
            return TrySlash(slash, out value);
        }

        if (of < 0)
        {
            return Fail(text.Length, "a fraction is written N分之M (三分之一, 百分之五) or M/N");
        }

        int start = 0;
        bool negative = false;
        if (text.Length > 0 && text[0] is '负' or '負' or '-' or '－' or '−')
        {
            negative = true;
            start = 1;
        }

        Ratio whole = Ratio.Zero;
        int and = text.LastIndexOf('又', of);
        if (and >= start)
        {
            if (and == start)
            {
                return Fail(and, "又 needs a whole number before it (一又二分之一)");
            }

            if (!TryNumber(start, and, bareUnit: false, out decimal w))
            {
                return false;
            }

            if (decimal.Truncate(w) != w || w < 0)
            {
                return Fail(start, "the whole part before 又 must be a whole number");
            }

            whole = Ratio.FromDecimal(w);
            start = and + 1;
        }

        if (of == start)
        {
            return Fail(of, "分之 needs a denominator before it (三分之一)");
        }

        if (text.IndexOf("分之", of + 2, StringComparison.Ordinal) >= 0)
        {
            return Fail(text.IndexOf("分之", of + 2, StringComparison.Ordinal), "a fraction has one 分之");
        }

        if (text[start] is '负' or '負' or '-' or '－' or '−')
        {
            return Fail(start, "the denominator cannot be negative");
        }

        if (!TryNumber(start, of, bareUnit: true, out decimal denominator))
        {
            return false;
        }

        if (denominator <= 0 || decimal.Truncate(denominator) != denominator)
        {
            return Fail(start, "the denominator must be a whole number above zero");
        }

        int numeratorStart = of + 2;
        if (numeratorStart == text.Length)
        {
            return Fail(numeratorStart, "分之 needs a numerator after it (三分之一)");
        }

        if (text[numeratorStart] is '负' or '負' or '-' or '－' or '−' && (negative || whole != Ratio.Zero))
        {
            return Fail(numeratorStart, "a fraction has one sign");
        }

        if (!TryNumber(numeratorStart, text.Length, bareUnit: true, out decimal numerator))
        {
            return false;
        }

        try
        {
            value = whole + (Ratio.FromDecimal(numerator) / Ratio.FromDecimal(denominator));
        }
        catch (OverflowException)
        {
            return Fail(numeratorStart, "the fraction exceeds the range of an exact ratio");
        }

        value = negative ? -value : value;
        hundredths = denominator == 100m && text[start] is '百' or '佰' && of == start + 1 && whole == Ratio.Zero;
        return true;
    }

    /// <summary>Reads M/N (or M／N): "3/4", "-3/2", "３／５".</summary>
    private bool TrySlash(int slash, out Ratio value)
    {
        value = Ratio.Zero;
        if (slash == 0)
        {
            return Fail(0, "/ needs a numerator before it");
        }

        if (slash == text.Length - 1)
        {
            return Fail(text.Length, "/ needs a denominator after it");
        }

        if (!TryNumber(0, slash, bareUnit: false, out decimal numerator))
        {
            return false;
        }

        if (text[slash + 1] is '负' or '負' or '-' or '－' or '−')
        {
            return Fail(slash + 1, "the denominator cannot be negative");
        }

        if (!TryNumber(slash + 1, text.Length, bareUnit: false, out decimal denominator))
        {
            return false;
        }

        if (denominator <= 0 || decimal.Truncate(denominator) != denominator)
        {
            return Fail(slash + 1, "the denominator must be a whole number above zero");
        }

        try
        {
            value = Ratio.FromDecimal(numerator) / Ratio.FromDecimal(denominator);
            return true;
        }
        catch (OverflowException)
        {
            return Fail(0, "the fraction exceeds the range of an exact ratio");
        }
    }

    /// <summary>Reads the whole text as a percentage, 百分之M or M% (M% also with ％).</summary>
    internal bool TryPercent(out Ratio value)
    {
        value = Ratio.Zero;
        if (text.Length > 0 && text[^1] is '%' or '％')
        {
            if (text.Length == 1)
            {
                return Fail(0, "% needs a number before it");
            }

            if (text.Contains("分之", StringComparison.Ordinal))
            {
                return Fail(text.Length - 1, "百分之 and % are not written together");
            }

            if (!TryNumber(0, text.Length - 1, bareUnit: false, out decimal m))
            {
                return false;
            }

            value = Ratio.FromDecimal(m) / 100;
            return true;
        }

        if (!TryFraction(out value, out bool hundredths))
        {
            return false;
        }

        return hundredths || Fail(0, "a percentage is written 百分之M or M% (百分之五, 5%)");
    }

    /// <summary>
    /// Reads a range: one pair of neighbouring digits (两三, 三四十 = 30 to 40, 十一二 = 11 to 12) or one 几 standing for
    /// a digit 1 to 9 (十几 = 11 to 19, 几十 = 10 to 90). Gives false without an error when the text has no range marker.
    /// </summary>
    internal bool TryRange(out decimal low, out decimal high, out bool isRange)
    {
        low = 0m;
        high = 0m;
        isRange = false;
        int marker = -1;
        bool pair = false;
        for (int i = 0; i < text.Length; i++)
        {
            bool here = false;
            bool herePair = false;
            if (text[i] is '点' or '點' or '.' or '．')
            {
                break; // digits after the point are read one by one: 三点四五 = 3.45
            }

            if (text[i] is '几' or '幾')
            {
                here = true;
            }
            else if (i + 1 < text.Length && RangeDigit(text[i]) is int a and > 0 && RangeDigit(text[i + 1]) == a + 1)
            {
                here = true;
                herePair = true;
            }

            if (!here)
            {
                continue;
            }

            if (marker >= 0)
            {
                isRange = true;
                return Fail(i, "a range has one pair of neighbouring digits or one 几");
            }

            marker = i;
            pair = herePair;
            if (herePair)
            {
                i++;
            }
        }

        if (marker < 0)
        {
            return false;
        }

        isRange = true;
        int point = text.AsSpan().IndexOfAny("点點.．");
        if (point >= 0)
        {
            return Fail(point, "a range takes no decimal part");
        }

        string lowText;
        string highText;
        if (pair)
        {
            lowText = text.Remove(marker + 1, 1);
            highText = text.Remove(marker, 1);
        }
        else
        {
            lowText = string.Concat(text.AsSpan(0, marker), "一", text.AsSpan(marker + 1));
            highText = string.Concat(text.AsSpan(0, marker), "九", text.AsSpan(marker + 1));
        }

        var lowReader = new NumeralReader(lowText, zhaoExponent, colloquial: true, arabic: true);
        if (!lowReader.TryRead(out low))
        {
            int at = lowReader.ErrorPosition;
            return Fail(pair && at > marker ? at + 1 : at, lowReader.Error);
        }

        var highReader = new NumeralReader(highText, zhaoExponent, colloquial: true, arabic: true);
        if (!highReader.TryRead(out high))
        {
            int at = highReader.ErrorPosition;
            return Fail(pair && at >= marker ? at + 1 : at, highReader.Error);
        }

        if (low > high)
        {
            (low, high) = (high, low);
        }

        return true;
    }

    private bool TryNumber(int start, int end, bool bareUnit, out decimal value)
    {
        string part = text.Substring(start, end - start);
        int shift = 0;
        if (bareUnit && part.Length > 0 && part[0] is '百' or '佰' or '千' or '仟' or '万' or '萬' or '亿' or '億')
        {
            // 百分之五, 千分之三, 万分之一, 百分之百: a bare unit stands for 一 and the unit.
            part = "一" + part;
            shift = 1;
        }

        var reader = new NumeralReader(part, zhaoExponent, colloquial: true, arabic: true);
        if (reader.TryRead(out value))
        {
            return true;
        }

        return Fail(start + Math.Max(0, reader.ErrorPosition - shift), reader.Error);
    }

    private static int RangeDigit(char c) => Utility.Digits.IsChineseDigit(c, out int digit) ? digit : -1;

    private bool Fail(int at, string problem)
    {
        ErrorPosition = at;
        Error = problem;
        return false;
    }
}
