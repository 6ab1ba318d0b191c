using System;
using System.Globalization;
using System.Numerics;

namespace Indicators.Quantities.Figures;

/// <summary>
/// Writes one figure: the number (rounded as the <see cref="DisplayFormat"/> says, or exact), the scale marker and
/// the unit, in the requested language. Exact numbers that have no finite decimal expansion are written as a
/// fraction ("100/3%") where the caller allows it.
/// </summary>
internal static class FigureWriter
{
    /// <summary>Room that is always enough for one figure: the longest exact expansion of a 128-bit ratio times 10^±14
    /// has fewer than 200 digits.</summary>
    internal const int MaxLength = 320;

    /// <summary>
    /// Writes the display value <paramref name="numerator"/> ÷ <paramref name="denominator"/> (already divided by the
    /// format's scale) followed by the scale marker and <paramref name="unit"/>.
    /// </summary>
    internal static bool TryWrite(
        Span<char> destination,
        out int written,
        Int128 numerator,
        Int128 denominator,
        DisplayFormat format,
        FigureLanguage language,
        UnitText unit) =>
        TryWrite(destination, out written, numerator, denominator, 0, format, language, unit);

    /// <summary>
    /// Writes the display value <paramref name="numerator"/> ÷ <paramref name="denominator"/> × 10^<paramref name="exponent"/>
    /// followed by the scale marker and <paramref name="unit"/>. Never throws: values whose terms leave 128 bits are
    /// written exactly through BigInteger.
    /// </summary>
    internal static bool TryWrite(
        Span<char> destination,
        out int written,
        Int128 numerator,
        Int128 denominator,
        int exponent,
        DisplayFormat format,
        FigureLanguage language,
        UnitText unit)
    {
        Span<char> number = stackalloc char[MaxLength];
        int length = WriteNumber(number, numerator, denominator, exponent, format, language == FigureLanguage.English);
        ReadOnlySpan<char> digits = number[..length];
        var writer = new SpanWriter(destination);
        writer.Append(digits);
        writer.Append(ScaleMarker(format.Scale, language));
        string name = unit.For(language, format.Scale == Scale.One && digits.SequenceEqual("1"));
        if (language == FigureLanguage.English && unit.EnglishIsWord)
        {
            writer.Append(" ");
        }

        writer.Append(name);
        written = writer.Overflowed ? 0 : writer.Position;
        return !writer.Overflowed;
    }

    /// <summary>Formats into a new string.</summary>
    internal static string Format(Int128 numerator, Int128 denominator, DisplayFormat format, FigureLanguage language, UnitText unit) =>
        Format(numerator, denominator, 0, format, language, unit);

    /// <summary>Formats numerator ÷ denominator × 10^exponent into a new string.</summary>
    internal static string Format(Int128 numerator, Int128 denominator, int exponent, DisplayFormat format, FigureLanguage language, UnitText unit)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        bool done = TryWrite(buffer, out int written, numerator, denominator, exponent, format, language, unit);
        System.Diagnostics.Debug.Assert(done, "MaxLength is enough for any figure");
        return new string(buffer[..written]);
    }

    /// <summary>The denominator that turns base units into display units of <paramref name="scale"/>.</summary>
    internal static Int128 ScaleDenominator(Scale scale, int baseExponent) => Pow10.Of((int)scale + baseExponent);

    private static string ScaleMarker(Scale scale, FigureLanguage language) => (scale, language) switch
    {
        (Scale.Wan, FigureLanguage.Hant) => "萬",
        (Scale.Wan, FigureLanguage.English) => " × 10⁴",
        (Scale.Wan, _) => "万",
        (Scale.Yi, FigureLanguage.Hant) => "億",
        (Scale.Yi, FigureLanguage.English) => " × 10⁸",
        (Scale.Yi, _) => "亿",
        (Scale.WanYi, FigureLanguage.Hant) => "萬億",
        (Scale.WanYi, FigureLanguage.English) => " × 10¹²",
        (Scale.WanYi, _) => "万亿",
        (Scale.One, _) => string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Not a defined Scale."),
    };

    private static int WriteNumber(Span<char> destination, Int128 numerator, Int128 denominator, int exponent, DisplayFormat format, bool group)
    {
        // Bring the power of ten into the terms while they stay within 128 bits (the common case: no allocation).
        if (exponent > 0)
        {
            Int128 factor = Pow10.Of(exponent);
            Int128 gcd = Ratio.Gcd(factor, denominator);
            Int128 up = factor / gcd;
            if (Int128.Abs(numerator) <= Int128.MaxValue / up)
            {
                return WriteNumber(destination, numerator * up, denominator / gcd, format, group);
            }
        }
        else if (exponent < 0)
        {
            Int128 factor = Pow10.Of(-exponent);
            if (denominator <= Int128.MaxValue / factor)
            {
                return WriteNumber(destination, numerator, denominator * factor, format, group);
            }
        }
        else
        {
            return WriteNumber(destination, numerator, denominator, format, group);
        }

        BigInteger power = BigInteger.Pow(10, Math.Abs(exponent));
        return exponent > 0
            ? WriteBig(destination, numerator * power, denominator, format, group)
            : WriteBig(destination, numerator, denominator * power, format, group);
    }

    private static int WriteNumber(Span<char> destination, Int128 numerator, Int128 denominator, DisplayFormat format, bool group)
    {
        if (format.Decimals is int places)
        {
            Int128 factor = Pow10.Of(places);
            if (Int128.Abs(numerator) <= Int128.MaxValue / factor)
            {
                return WriteDecimal(destination, Rounding.Divide(numerator * factor, denominator, format.Rounding), places, group);
            }

            return WriteBig(destination, numerator, denominator, format, group);
        }

        Int128 gcd = Ratio.Gcd(Int128.Abs(numerator), denominator);
        Int128 n = numerator / gcd;
        Int128 d = denominator / gcd;
        int decimals = TerminatingDecimals(d);
        if (decimals < 0)
        {
            // No finite decimal expansion: the exact fraction.
            return WriteFraction(destination, n, d, group);
        }

        if (decimals <= Pow10.Max && Int128.Abs(n) <= Int128.MaxValue / (Pow10.Of(decimals) / d))
        {
            return WriteDecimal(destination, n * (Pow10.Of(decimals) / d), decimals, group);
        }

        // A finite expansion longer than 128 bits: every digit of it, through BigInteger.
        return WriteDecimal(destination, (BigInteger)n * (BigInteger.Pow(10, decimals) / (BigInteger)d), decimals, group);
    }

    private static int WriteBig(Span<char> destination, BigInteger numerator, BigInteger denominator, DisplayFormat format, bool group)
    {
        if (format.Decimals is int places)
        {
            return WriteDecimal(destination, Rounding.Divide(numerator * BigInteger.Pow(10, places), denominator, format.Rounding), places, group);
        }

        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        BigInteger n = numerator / gcd;
        BigInteger d = denominator / gcd;
        int decimals = TerminatingDecimals(d);
        return decimals < 0
            ? WriteFraction(destination, n, d, group)
            : WriteDecimal(destination, n * (BigInteger.Pow(10, decimals) / d), decimals, group);
    }

    /// <summary>How many decimals 1/<paramref name="d"/> has, or −1 when its expansion never ends.</summary>
    private static int TerminatingDecimals<T>(T d)
        where T : IBinaryInteger<T>
    {
        T two = T.CreateChecked(2);
        T five = T.CreateChecked(5);
        int twos = 0;
        int fives = 0;
        T rest = d;
        while (T.IsZero(rest % two))
        {
            rest /= two;
            twos++;
        }

        while (T.IsZero(rest % five))
        {
            rest /= five;
            fives++;
        }

        return rest == T.One ? Math.Max(twos, fives) : -1;
    }

    private static int WriteFraction<T>(Span<char> destination, T n, T d, bool group)
        where T : IBinaryInteger<T>
    {
        int a = WriteDecimal(destination, n, 0, group);
        destination[a] = '/';
        return a + 1 + WriteDecimal(destination[(a + 1)..], d, 0, group);
    }

    /// <summary>Writes <paramref name="scaled"/> ÷ 10^<paramref name="decimals"/> with exactly that many decimals.</summary>
    private static int WriteDecimal<T>(Span<char> destination, T scaled, int decimals, bool group)
        where T : IBinaryInteger<T>
    {
        Span<char> digits = stackalloc char[MaxLength];
        T.Abs(scaled).TryFormat(digits, out int count, default, CultureInfo.InvariantCulture);
        var writer = new SpanWriter(destination);
        if (T.IsNegative(scaled))
        {
            writer.Append("-");
        }

        int integerDigits = count - decimals;
        if (integerDigits <= 0)
        {
            writer.Append("0");
        }
        else
        {
            for (int k = 0; k < integerDigits; k++)
            {
                if (group && k > 0 && (integerDigits - k) % 3 == 0)
                {
                    writer.Append(",");
                }

                writer.Append(digits.Slice(k, 1));
            }
        }

        if (decimals > 0)
        {
            writer.Append(".");
            for (int k = integerDigits; k < 0; k++)
            {
                writer.Append("0");
            }

            writer.Append(digits[Math.Max(0, integerDigits)..count]);
        }

        return writer.Position;
    }
}
