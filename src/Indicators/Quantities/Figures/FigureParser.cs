using System;
using System.Diagnostics;
using System.Numerics;
using Indicators.Utility;

namespace Indicators.Quantities.Figures;

/// <summary>
/// Reads one figure: optional sign, a number (ASCII or full-width digits, optional thousands separators, an optional
/// decimal point), an optional scale (万 萬 亿 億 万亿 萬億, or "× 10⁴" / "× 10⁸" / "× 10¹²"), a unit marker, and nothing else but spaces.
/// The grammar is the same in every culture. It never throws.
/// </summary>
internal static class FigureParser
{
    /// <summary>The most characters a number longer than 128 bits may have; every exact value of a ratio needs far fewer.</summary>
    private const int MaxLongDigits = 400;

    private const string MaxLongDigitsText = "400";

    /// <summary>Why <see cref="TryReadPrinted(ReadOnlySpan{char}, out ParsedFigure, out int, out ParseFailure)"/> refuses a
    /// number longer than a printed number holds.</summary>
    private const string LongPrintedNumber = "a printed number has at most 38 decimals and digits that fit in 128 bits";

    internal static bool TryParse(ReadOnlySpan<char> text, FigureSyntax syntax, out ParsedFigure figure, out ParseFailure failure)
    {
        figure = default;
        figure.Denominator = 1;
        int i = SkipSpaces(text, 0);
        figure.NumberStart = i;
        bool negative = false;
        if (i < text.Length && IsSign(text[i], out bool minus))
        {
            if (!syntax.AllowsSign)
            {
                failure = ParseFailure.Expected(i, syntax.NotNegative);
                return false;
            }

            negative = minus;
            i++;
        }

        if (!TryReadNumber(text, ref i, ref figure, allowLong: true, out failure))
        {
            return false;
        }

        if (negative)
        {
            figure.Numerator = -figure.Numerator;
            figure.LongNumerator = -figure.LongNumerator;
        }

        if (syntax.AllowsFraction && figure.Decimals == 0 && i < text.Length && text[i] == '/')
        {
            i++;
            int denominatorStart = i;
            var denominator = default(ParsedFigure);
            if (!TryReadNumber(text, ref i, ref denominator, allowLong: true, out failure))
            {
                return false;
            }

            if (denominator.Decimals != 0 || (denominator.Numerator == 0 && denominator.LongNumerator is null))
            {
                failure = ParseFailure.Problem(denominatorStart, "a fraction's denominator must be a whole number greater than zero");
                return false;
            }

            figure.Denominator = denominator.Numerator;
            figure.LongDenominator = denominator.LongNumerator;
            figure.LastDigit = denominator.LastDigit;
        }

        i = SkipSpaces(text, i);
        if (syntax.AllowsScale)
        {
            figure.Scale = ReadScale(text, ref i);
            i = SkipSpaces(text, i);
        }

        if (!syntax.TryMatchUnit(text[i..], out int unitLength, out figure.UnitId))
        {
            failure = ParseFailure.Expected(i, syntax.ExpectedUnit);
            return false;
        }

        figure.UnitStart = i;
        figure.UnitLength = unitLength;
        i = SkipSpaces(text, i + unitLength);
        if (i != text.Length)
        {
            failure = ParseFailure.Expected(i, ParseFailure.EndOfText);
            return false;
        }

        failure = default;
        return true;
    }

    /// <summary>
    /// Reads the printed number at the start of <paramref name="text"/> (leading spaces, an optional sign, the digits and an
    /// optional scale marker) and says where it ends; whatever follows (a unit, a qualifier) is left to the caller.
    /// </summary>
    internal static bool TryReadPrinted(ReadOnlySpan<char> text, out ParsedFigure figure, out int end) =>
        TryReadPrinted(text, out figure, out end, out _);

    /// <summary><see cref="TryReadPrinted(ReadOnlySpan{char}, out ParsedFigure, out int)"/>, saying why it refuses the text.</summary>
    internal static bool TryReadPrinted(ReadOnlySpan<char> text, out ParsedFigure figure, out int end, out ParseFailure failure)
    {
        figure = default;
        figure.Denominator = 1;
        end = 0;
        int i = SkipSpaces(text, 0);
        figure.NumberStart = i;
        bool negative = false;
        if (i < text.Length && IsSign(text[i], out bool minus))
        {
            negative = minus;
            i++;
        }

        if (!TryReadNumber(text, ref i, ref figure, allowLong: false, out failure))
        {
            return false;
        }

        if (negative)
        {
            figure.Numerator = -figure.Numerator;
        }

        end = i;
        int j = SkipSpaces(text, i);
        Scale scale = ReadScale(text, ref j);
        if (scale != Scale.One)
        {
            figure.Scale = scale;
            end = j;
        }

        return true;
    }

    /// <summary>Parses a figure and converts it to base units in one step.</summary>
    internal static bool TryParseBaseUnits(
        ReadOnlySpan<char> text, FigureSyntax syntax, int baseExponent, string finerThanBase, out long value, out ParsedFigure figure, out ParseFailure failure)
    {
        if (TryParse(text, syntax, out figure, out failure)
            && figure.TryToBaseUnits(baseExponent, finerThanBase, out value, out failure))
        {
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// Finishes a figure whose number (and scale) was read already, from plain digits (no sign, no separators): reads the
    /// unit and nothing else in <paramref name="rest"/>, as <see cref="TryParse"/> reads what follows the number, and converts
    /// the figure to base units. False where <see cref="TryParseBaseUnits"/> of the whole text would fail.
    /// </summary>
    internal static bool TryBaseUnitsAfterNumber(in ParsedFigure number, ReadOnlySpan<char> rest, FigureSyntax syntax, int baseExponent, out long value)
    {
        value = 0;
        ParsedFigure figure = number;
        Debug.Assert(syntax.AllowsScale || figure.Scale == Scale.One, "the types read this way (money, headcounts, counts) all take a scale");

        int i = SkipSpaces(rest, 0);
        if (!syntax.TryMatchUnit(rest[i..], out int unitLength, out figure.UnitId) || SkipSpaces(rest, i + unitLength) != rest.Length)
        {
            return false;
        }

        return figure.TryToBaseUnits(baseExponent, string.Empty, out value, out _);
    }

    /// <summary>Parses a figure as an exact ratio: the printed number × its scale ÷ 10^<paramref name="exponent"/> (2 for a
    /// percentage). Numbers of any length are read; the ratio they denote must fit 128-bit terms in lowest terms.</summary>
    internal static bool TryParseRatio(ReadOnlySpan<char> text, FigureSyntax syntax, int exponent, out Ratio value, out ParseFailure failure)
    {
        value = default;
        if (!TryParse(text, syntax, out ParsedFigure figure, out failure))
        {
            return false;
        }

        // value = numerator ÷ (denominator × 10^shift)
        int shift = figure.Decimals + exponent - (int)figure.Scale;
        if (figure.LongNumerator is null && figure.LongDenominator is null)
        {
            if (shift >= 0 && shift <= Pow10.Max && figure.Denominator <= Int128.MaxValue / Pow10.Of(shift))
            {
                value = new Ratio(figure.Numerator, figure.Denominator * Pow10.Of(shift));
                return true;
            }

            if (shift < 0 && Int128.Abs(figure.Numerator) <= Int128.MaxValue / Pow10.Of(-shift))
            {
                value = new Ratio(figure.Numerator * Pow10.Of(-shift), figure.Denominator);
                return true;
            }
        }

        BigInteger numerator = figure.LongNumerator ?? figure.Numerator;
        BigInteger denominator = figure.LongDenominator ?? figure.Denominator;
        if (shift >= 0)
        {
            denominator *= BigInteger.Pow(10, shift);
        }
        else
        {
            numerator *= BigInteger.Pow(10, -shift);
        }

        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        numerator /= gcd;
        denominator /= gcd;
        BigInteger max = (BigInteger)Int128.MaxValue;
        if (BigInteger.Abs(numerator) > max || denominator > max)
        {
            failure = ParseFailure.Problem(figure.NumberStart, "the value does not fit a ratio (numerator and denominator within ±(2¹²⁷ − 1) in lowest terms)");
            return false;
        }

        value = new Ratio((Int128)numerator, (Int128)denominator);
        return true;
    }

    internal static bool IsDigit(char c, out int digit) => Digits.IsDigit(c, out digit);

    private static bool TryReadNumber(ReadOnlySpan<char> text, ref int i, ref ParsedFigure figure, bool allowLong, out ParseFailure failure)
    {
        int start = i;
        Int128 value = 0;
        bool overflow = false;
        int run = ReadDigits(text, ref i, ref value, ref overflow);
        if (run == 0)
        {
            failure = ParseFailure.Expected(i, "a digit");
            return false;
        }

        char separator = '\0';
        while (i < text.Length && IsGroupSeparator(text[i]) && i + 1 < text.Length && IsDigit(text[i + 1], out _))
        {
            if (!IsGroup(text, i))
            {
                failure = ParseFailure.Expected(i + 1, "exactly three digits after a thousands separator");
                return false;
            }

            if (separator == '\0')
            {
                if (run > 3)
                {
                    failure = ParseFailure.Expected(start, "at most three digits before the first thousands separator");
                    return false;
                }

                separator = text[i];
            }
            else if (text[i] != separator)
            {
                failure = ParseFailure.Expected(i, "the same thousands separator throughout the number");
                return false;
            }

            i++;
            ReadDigits(text, ref i, ref value, ref overflow);
        }

        int decimals = 0;
        if (i < text.Length && text[i] is '.' or '．')
        {
            i++;
            int before = i;
            decimals = ReadDigits(text, ref i, ref value, ref overflow);
            if (decimals == 0)
            {
                failure = ParseFailure.Expected(before, "a digit after the decimal point");
                return false;
            }
        }

        figure.LongNumerator = null;
        if (overflow || decimals > Pow10.Max)
        {
            if (!allowLong)
            {
                failure = ParseFailure.Problem(start, LongPrintedNumber);
                return false;
            }

            if (i - start > MaxLongDigits)
            {
                failure = ParseFailure.Problem(start, "the number is longer than " + MaxLongDigitsText + " characters, more than any exact value needs");
                return false;
            }

            // Longer than 128 bits (an exact expansion of a ratio, or many decimals): read it again, exactly.
            value = 0;
            figure.LongNumerator = ReadLong(text[start..i]);
        }

        figure.Numerator = value;
        figure.Decimals = decimals;
        figure.LastDigit = i - 1;
        failure = default;
        return true;
    }

    /// <summary>The digits of an already validated number (separators and the decimal point skipped) as a BigInteger.</summary>
    private static BigInteger ReadLong(ReadOnlySpan<char> number)
    {
        BigInteger value = BigInteger.Zero;
        Int128 chunk = 0;
        int inChunk = 0;
        foreach (char c in number)
        {
            if (IsDigit(c, out int digit))
            {
                chunk = (chunk * 10) + digit;
                if (++inChunk == 36)
                {
                    value = (value * (BigInteger)Pow10.Of(36)) + (BigInteger)chunk;
                    chunk = 0;
                    inChunk = 0;
                }
            }
        }

        return inChunk == 0 ? value : (value * (BigInteger)Pow10.Of(inChunk)) + (BigInteger)chunk;
    }

    /// <summary>Reads a run of digits into <paramref name="value"/>; past <see cref="Int128.MaxValue"/> it stops accumulating and
    /// sets <paramref name="overflow"/>.</summary>
    private static int ReadDigits(ReadOnlySpan<char> text, ref int i, ref Int128 value, ref bool overflow)
    {
        int count = 0;
        while (i < text.Length && IsDigit(text[i], out int digit))
        {
            if (value > (Int128.MaxValue - digit) / 10)
            {
                overflow = true;
            }
            else if (!overflow)
            {
                value = (value * 10) + digit;
            }

            i++;
            count++;
        }

        return count;
    }

    /// <summary>Whether the separator at <paramref name="i"/> is followed by exactly three digits.</summary>
    private static bool IsGroup(ReadOnlySpan<char> text, int i) =>
        i + 3 < text.Length
        && IsDigit(text[i + 1], out _) && IsDigit(text[i + 2], out _) && IsDigit(text[i + 3], out _)
        && (i + 4 == text.Length || !IsDigit(text[i + 4], out _));

    /// <summary>The scale marker at <paramref name="i"/> (万 萬 亿 億 万亿 萬億, "× 10⁴" / "× 10⁸" / "× 10¹²"), moving
    /// <paramref name="i"/> past it; <see cref="Scale.One"/> without moving when there is none.</summary>
    internal static Scale ReadScale(ReadOnlySpan<char> text, ref int i)
    {
        if (i >= text.Length)
        {
            return Scale.One;
        }

        switch (text[i])
        {
            case '万' or '萬':
                // 万亿 (萬億) is one scale, 10¹²: "2.5万亿元" is 2.5 × 10¹² 元, not 2.5万 of something called 亿元.
                if (i + 1 < text.Length && text[i + 1] is '亿' or '億')
                {
                    i += 2;
                    return Scale.WanYi;
                }

                i++;
                return Scale.Wan;
            case '亿' or '億':
                i++;
                return Scale.Yi;
            case '×':
                int j = SkipSpaces(text, i + 1);
                ReadOnlySpan<char> rest = text[j..];
                if (rest.StartsWith("10⁴") || rest.StartsWith("10^4"))
                {
                    i = j + 3 + (rest[2] == '^' ? 1 : 0);
                    return Scale.Wan;
                }

                if (rest.StartsWith("10⁸") || rest.StartsWith("10^8"))
                {
                    i = j + 3 + (rest[2] == '^' ? 1 : 0);
                    return Scale.Yi;
                }

                if (rest.StartsWith("10¹²") || rest.StartsWith("10^12"))
                {
                    i = j + 4 + (rest[2] == '^' ? 1 : 0);
                    return Scale.WanYi;
                }

                return Scale.One;
            default:
                return Scale.One;
        }
    }

    /// <summary>Whether <paramref name="c"/> is a sign (- − － + ＋), and whether a minus.</summary>
    internal static bool IsSign(char c, out bool minus)
    {
        minus = c is '-' or '−' or '－';
        return minus || c is '+' or '＋';
    }

    /// <summary>Whether <paramref name="c"/> may separate groups of three digits (, ， and four kinds of space).</summary>
    internal static bool IsGroupSeparator(char c) => c is ',' or '，' or ' ' or '\u00A0' or '\u2009' or '\u202F';

    /// <summary>Where the spaces (ASCII, tab, no-break, thin, ideographic) starting at <paramref name="i"/> end.</summary>
    internal static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F' or '\u3000')
        {
            i++;
        }

        return i;
    }
}
