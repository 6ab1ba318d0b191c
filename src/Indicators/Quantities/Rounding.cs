using System;
using System.Numerics;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <summary>
/// The one place where values are rounded: to <c>n</c> decimals of a display scale, with a named
/// <see cref="RoundingMode"/>. Every other rounding in the library goes through these methods.
/// </summary>
public static class Rounding
{
    /// <summary>
    /// The largest number of decimals a <see cref="decimal"/> result can have, 28 (the scale limit of
    /// <see cref="decimal"/>): what <see cref="Round(decimal, int, RoundingMode)"/> and <see cref="Ratio.ToDecimal(int, RoundingMode)"/>
    /// accept. Text is not bound by it: a <see cref="DisplayFormat"/> may ask for up to
    /// <see cref="DisplayFormat.MaxDecimals"/> (38), written exactly from the value's integers.
    /// </summary>
    public const int MaxDecimals = 28;

    private static readonly Int128 MaxDecimalMantissa = (Int128)(UInt128)decimal.MaxValue;

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> decimal places.</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">The number of decimals to keep, 0 to 28.</param>
    /// <param name="mode">How to round; <see cref="RoundingMode.HalfAwayFromZero"/> is 四舍五入.</param>
    /// <returns>The rounded value; <paramref name="value"/> itself when it already has no more decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or
    /// <paramref name="mode"/> is not a defined <see cref="RoundingMode"/>.</exception>
    public static decimal Round(decimal value, int decimals, RoundingMode mode)
    {
        Preconditions.CheckRange(decimals, 0, MaxDecimals, nameof(decimals));
        return decimal.Round(value, decimals, ToMidpointRounding(mode));
    }

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> decimals of <paramref name="scale"/>:
    /// <c>Round(146_425m, Scale.Wan, 2, mode)</c> is 146 400 (14.64万).</summary>
    /// <remarks>The value is rounded exactly, once, with <paramref name="mode"/>: no intermediate step rounds. When nothing
    /// is dropped the result is <paramref name="value"/> itself; otherwise it carries no more decimals than it needs
    /// (<c>decimals</c> − the scale's power of ten, at least none).</remarks>
    /// <param name="value">The exact value in base units.</param>
    /// <param name="scale">The display scale.</param>
    /// <param name="decimals">The number of decimals of the scale to keep, 0 to 28.</param>
    /// <param name="mode">How to round.</param>
    /// <returns>The rounded value, still in base units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or
    /// <paramref name="scale"/> or <paramref name="mode"/> is not defined.</exception>
    /// <exception cref="OverflowException">The rounded value is outside the range of <see cref="decimal"/> (rounding
    /// <see cref="decimal.MaxValue"/> up to a whole 亿, for example).</exception>
    public static decimal Round(decimal value, Scale scale, int decimals, RoundingMode mode)
    {
        Preconditions.CheckRange(decimals, 0, MaxDecimals, nameof(decimals));
        Preconditions.CheckDefined(scale, nameof(scale));

        if (!Enum.IsDefined(mode))
        {
            throw UndefinedMode(mode);
        }

        // value = mantissa ÷ 10^valueScale. The result is a whole number of 10^-kept base units, kept = decimals − scale.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int valueScale = value.Scale;
        int kept = decimals - (int)scale;
        if (kept >= valueScale)
        {
            return value; // nothing to drop
        }

        bool negative = bits[3] < 0;
        Int128 mantissa = unchecked(((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0]);
        // valueScale − kept is at most 28 + 12 (万亿); past 10³⁸ the quotient goes through BigInteger (it is −1, 0 or 1 then).
        Int128 units = valueScale - kept <= Figures.Pow10.Max
            ? Divide(negative ? -mantissa : mantissa, Figures.Pow10.Of(valueScale - kept), mode)
            : (Int128)Divide((System.Numerics.BigInteger)(negative ? -mantissa : mantissa), System.Numerics.BigInteger.Pow(10, valueScale - kept), mode);
        int resultScale = kept;
        if (kept < 0)
        {
            // Whole multiples of 10^-kept: the result is an integer, which may exceed the decimal range.
            Int128 factor = Figures.Pow10.Of(-kept);
            if (Int128.Abs(units) > MaxDecimalMantissa / factor)
            {
                throw new OverflowException(FormattableString.Invariant(
                    $"{value} rounded to {decimals} decimals of 10^{(int)scale} ({mode}) is outside the range of decimal."));
            }

            units *= factor;
            resultScale = 0;
        }

        // |units| ≤ |mantissa| ÷ 10 + 1 when kept ≥ 0, and checked above otherwise: it fits 96 bits.
        Int128 magnitude = Int128.Abs(units);
        return new decimal(
            unchecked((int)(uint)magnitude),
            unchecked((int)(uint)(magnitude >> 32)),
            unchecked((int)(uint)(magnitude >> 64)),
            units < 0,
            (byte)resultScale);
    }

    /// <summary>
    /// Divides two integers and rounds the quotient to an integer with <paramref name="mode"/>,
    /// exactly (no intermediate floating point).
    /// </summary>
    internal static T Divide<T>(T numerator, T denominator, RoundingMode mode)
        where T : IBinaryInteger<T>
    {
        if (T.IsZero(denominator))
        {
            throw new DivideByZeroException("Cannot divide by zero.");
        }

        if (T.IsNegative(denominator))
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        (T quotient, T remainder) = T.DivRem(numerator, denominator);
        if (T.IsZero(remainder))
        {
            return quotient;
        }

        bool negative = T.IsNegative(remainder);
        T away = negative ? quotient - T.One : quotient + T.One;
        T absRemainder = T.Abs(remainder);
        int half = absRemainder.CompareTo(denominator - absRemainder); // sign of (2|r| - d)
        return mode switch
        {
            RoundingMode.HalfAwayFromZero => half >= 0 ? away : quotient,
            RoundingMode.HalfEven => half > 0 || (half == 0 && !T.IsEvenInteger(quotient)) ? away : quotient,
            RoundingMode.TowardZero => quotient,
            RoundingMode.Floor => negative ? away : quotient,
            RoundingMode.Ceiling => negative ? quotient : away,
            _ => throw UndefinedMode(mode),
        };
    }

    internal static MidpointRounding ToMidpointRounding(RoundingMode mode) => mode switch
    {
        RoundingMode.HalfAwayFromZero => MidpointRounding.AwayFromZero,
        RoundingMode.HalfEven => MidpointRounding.ToEven,
        RoundingMode.TowardZero => MidpointRounding.ToZero,
        RoundingMode.Floor => MidpointRounding.ToNegativeInfinity,
        RoundingMode.Ceiling => MidpointRounding.ToPositiveInfinity,
        _ => throw UndefinedMode(mode),
    };

    private static ArgumentOutOfRangeException UndefinedMode(RoundingMode mode) =>
        new(nameof(mode), mode, "Not a defined RoundingMode.");
}
