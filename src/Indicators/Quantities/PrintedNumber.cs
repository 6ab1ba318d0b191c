using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <summary>
/// A number exactly as it was printed: its digits, how many of them stand after the decimal point, and its scale.
/// "14.64万" is the digits 1464 with two decimals in 万: the value 146 400 and a last digit worth 100.
/// </summary>
/// <remarks>
/// The printed precision is what makes a published figure an interval (14.64万 stands for anything that rounds to it), so
/// it is kept apart from the value, which forgets it (14.64万 and 14.640万 are the same value, not the same print).
/// This type is an immutable value type and is thread-safe.
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.PrintedNumberJsonConverter))]
public readonly struct PrintedNumber : IEquatable<PrintedNumber>, IEqualityOperators<PrintedNumber, PrintedNumber, bool>
{
    private static readonly Int128 SmallDigits = Pow10.Of(25);

    /// <summary>Creates a printed number.</summary>
    /// <param name="digits">The printed digits without the decimal point, signed (1464 for "14.64").</param>
    /// <param name="decimals">How many digits stood after the decimal point, 0 to 38.</param>
    /// <param name="scale">The scale marker printed after the number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> or <paramref name="scale"/> is out of range,
    /// or the number's <see cref="Value"/> does not fit a <see cref="Ratio"/> (128-bit terms: 35 nines in 万 do not).</exception>
    public PrintedNumber(Int128 digits, int decimals, Scale scale)
    {
        Preconditions.CheckRange(decimals, 0, Pow10.Max, nameof(decimals));
        Preconditions.CheckDefined(scale, nameof(scale));

        if (!Fits(digits, decimals, scale))
        {
            throw new ArgumentOutOfRangeException(
                nameof(digits),
                digits,
                string.Create(CultureInfo.InvariantCulture, $"The value of {digits} with {decimals} decimals in {scale} does not fit a Ratio (128-bit terms)."));
        }

        Digits = digits;
        Decimals = decimals;
        Scale = scale;
    }

    /// <summary>The printed digits without the decimal point, signed: 1464 for "14.64万".</summary>
    public Int128 Digits { get; }

    /// <summary>How many digits stood after the decimal point: 2 for "14.64万".</summary>
    public int Decimals { get; }

    /// <summary>The scale printed after the number: <see cref="Scale.Wan"/> for "14.64万".</summary>
    public Scale Scale { get; }

    /// <summary>The display format that prints a value as this number was printed: "W2" for "14.64万", "F0" for "39221"
    /// (rounding half away from zero, as reports do).</summary>
    public DisplayFormat Format => new(Scale, Decimals);

    /// <summary>The value in printed units (persons, 元, …): 146 400 for "14.64万".</summary>
    public Ratio Value => new Ratio(Digits, Pow10.Of(Decimals)) * PowerOfTen((int)Scale);

    /// <summary>What the last printed digit is worth, in printed units: 100 for "14.64万", 1 for "39221", 0.01 for "196.11".</summary>
    public Ratio Step => PowerOfTen((int)Scale - Decimals);

    /// <summary>
    /// What the last non-zero printed digit is worth, in printed units: 1 000 for "3000", 10 000 for "2万", 1 000 for "3.5万";
    /// the <see cref="Step"/> for zero. This is the width of a span figure ("3000多" lies in [3 000, 4 000)).
    /// </summary>
    public Ratio LastNonZeroPlace
    {
        get
        {
            if (Digits == 0)
            {
                return Step;
            }

            int trailingZeros = 0;
            for (Int128 d = Int128.Abs(Digits); d % 10 == 0; d /= 10)
            {
                trailingZeros++;
            }

            return PowerOfTen((int)Scale - Decimals + trailingZeros);
        }
    }

    /// <summary>Reads the printed number at the start of <paramref name="text"/>: an optional sign, digits (ASCII or full
    /// width, with thousands separators), a decimal point, and a scale marker (万, 萬, 亿, 億, 万亿, 萬億, × 10⁴, × 10⁸, × 10¹²).</summary>
    /// <param name="text">The text, which may go on after the number ("14.64万人" stops before 人).</param>
    /// <param name="number">The number read.</param>
    /// <param name="length">How many characters it took, scale marker included.</param>
    /// <returns>Whether the text starts with a number.</returns>
    internal static bool TryRead(ReadOnlySpan<char> text, out PrintedNumber number, out int length)
    {
        if (FigureParser.TryReadPrinted(text, out ParsedFigure figure, out length)
            && TryCreate(figure.Numerator, figure.Decimals, figure.Scale, out number))
        {
            return true;
        }

        number = default;
        length = 0;
        return false;
    }

    /// <summary>Why <see cref="TryRead"/> reads no number at the start of <paramref name="text"/>: what was expected where
    /// the number goes wrong, or that its value does not fit. Only for text that <see cref="TryRead"/> refuses.</summary>
    internal static string WhyNotRead(ReadOnlySpan<char> text)
    {
        if (!FigureParser.TryReadPrinted(text, out ParsedFigure figure, out _, out ParseFailure failure))
        {
            return failure.Reason;
        }

        Debug.Assert(!TryCreate(figure.Numerator, figure.Decimals, figure.Scale, out _), "Only text that TryRead refuses comes here.");
        return string.Create(CultureInfo.InvariantCulture, $"the value of {figure.Numerator} with {figure.Decimals} decimals in {figure.Scale} does not fit a Ratio (128-bit terms)");
    }

    /// <summary>A printed number when every member can represent it (see the constructor); never throws.</summary>
    internal static bool TryCreate(BigInteger digits, int decimals, Scale scale, out PrintedNumber number)
    {
        number = default;
        if (decimals is < 0 or > Pow10.Max || scale is not (Scale.One or Scale.Wan or Scale.Yi or Scale.WanYi)
            || BigInteger.Abs(digits) > (BigInteger)Int128.MaxValue || !Fits((Int128)digits, decimals, scale))
        {
            return false;
        }

        number = new PrintedNumber((Int128)digits, decimals, scale);
        return true;
    }

    /// <summary>Whether two printed numbers are printed alike (same digits, decimals and scale): "14.64万" is not "14.640万".</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(PrintedNumber left, PrintedNumber right) => left.Equals(right);

    /// <summary>Whether two printed numbers are printed differently.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(PrintedNumber left, PrintedNumber right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PrintedNumber other) => Digits == other.Digits && Decimals == other.Decimals && Scale == other.Scale;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PrintedNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Digits, Decimals, Scale);

    /// <summary>The number as printed, in simplified characters: "14.64万".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string digits = new Ratio(Digits, Pow10.Of(Decimals)).ToString(new DisplayFormat(Scale.One, Decimals), CultureInfo.InvariantCulture);
        return digits + Scale switch
        {
            Scale.One => string.Empty,
            Scale.Wan => "万",
            Scale.Yi => "亿",
            Scale.WanYi => "万亿",
            _ => throw new InvalidOperationException("Not a defined Scale."),
        };
    }

    /// <summary>Whether the value digits × 10^(scale − decimals), in lowest terms, has 128-bit terms (then so do
    /// <see cref="Step"/> and <see cref="LastNonZeroPlace"/>, which are powers of ten no larger than it, or 10^−38 at least).</summary>
    private static bool Fits(Int128 digits, int decimals, Scale scale)
    {
        if (digits == Int128.MinValue)
        {
            return false;
        }

        // Up to 10²⁵ the terms fit before any reduction: |digits| × 10¹² ≤ 10³⁷ and 10^decimals ≤ 10³⁸, both below
        // Int128.MaxValue (≈ 1.7 × 10³⁸); the exact check below would say the same, at the cost of BigInteger arithmetic.
        if (Int128.Abs(digits) <= SmallDigits)
        {
            return true;
        }

        BigInteger numerator = BigInteger.Abs((BigInteger)digits) * BigInteger.Pow(10, (int)scale);
        BigInteger denominator = BigInteger.Pow(10, decimals);
        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator); // not zero: |digits| > 10²⁵ here
        numerator /= gcd;
        denominator /= gcd;

        BigInteger max = (BigInteger)Int128.MaxValue;
        return numerator <= max && denominator <= max;
    }

    /// <summary>10^<paramref name="exponent"/>; the exponents asked for (the scale less the decimals, plus the trailing
    /// zeros of digits that fit) lie within ±38, which the constructor's checks ensure.</summary>
    private static Ratio PowerOfTen(int exponent)
    {
        Debug.Assert(Math.Abs(exponent) <= Pow10.Max, "the scale, decimals and digits of a printed number keep its powers of ten within ±38");
        return exponent >= 0 ? new Ratio(Pow10.Of(exponent), 1) : new Ratio(1, Pow10.Of(-exponent));
    }
}
