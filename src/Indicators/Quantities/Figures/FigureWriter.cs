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
    /// <summary>Room that is always enough for one figure.</summary>
    internal const int MaxLength = 256;

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
        UnitText unit)
    {
        Span<char> number = stackalloc char[MaxLength];
        int length = WriteNumber(number, numerator, denominator, format, language == FigureLanguage.English);
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
    internal static string Format(Int128 numerator, Int128 denominator, DisplayFormat format, FigureLanguage language, UnitText unit)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        bool done = TryWrite(buffer, out int written, numerator, denominator, format, language, unit);
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
        _ => string.Empty,
    };

    private static int WriteNumber(Span<char> destination, Int128 numerator, Int128 denominator, DisplayFormat format, bool group)
    {
        if (format.Decimals is int places)
        {
            Int128 factor = Pow10.Of(places);
            if (Int128.Abs(numerator) <= Int128.MaxValue / factor)
            {
                return WriteDecimal(destination, Rounding.Divide(numerator * factor, denominator, format.Rounding), places, group);
            }

            BigInteger big = Rounding.Divide((BigInteger)numerator * (BigInteger)factor, (BigInteger)denominator, format.Rounding);
            return WriteDecimal(destination, big, places, group);
        }

        Int128 gcd = Ratio.Gcd(Int128.Abs(numerator), denominator);
        Int128 n = numerator / gcd;
        Int128 d = denominator / gcd;
        int twos = 0;
        int fives = 0;
        Int128 rest = d;
        while (rest % 2 == 0)
        {
            rest /= 2;
            twos++;
        }

        while (rest % 5 == 0)
        {
            rest /= 5;
            fives++;
        }

        int decimals = Math.Max(twos, fives);
        if (rest == 1 && decimals <= Pow10.Max && Int128.Abs(n) <= Int128.MaxValue / (Pow10.Of(decimals) / d))
        {
            return WriteDecimal(destination, n * (Pow10.Of(decimals) / d), decimals, group);
        }

        // No finite decimal expansion, or one longer than a 128-bit integer holds (so it could not be read back):
        // write the exact fraction.
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
