using System;
using System.Numerics;

namespace Indicators.Quantities;

/// <summary>
/// The one place where values are rounded: to <c>n</c> decimals of a display scale, with a named
/// <see cref="RoundingMode"/>. Every other rounding in the library goes through these methods.
/// </summary>
public static class Rounding
{
    /// <summary>The largest number of decimals <see cref="Round(decimal, int, RoundingMode)"/> accepts.</summary>
    public const int MaxDecimals = 28;

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> decimal places.</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">The number of decimals to keep, 0 to 28.</param>
    /// <param name="mode">How to round; <see cref="RoundingMode.HalfAwayFromZero"/> is 四舍五入.</param>
    /// <returns>The rounded value; <paramref name="value"/> itself when it already has no more decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or
    /// <paramref name="mode"/> is not a defined <see cref="RoundingMode"/>.</exception>
    public static decimal Round(decimal value, int decimals, RoundingMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        return decimal.Round(value, decimals, ToMidpointRounding(mode));
    }

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> decimals of <paramref name="scale"/>:
    /// <c>Round(146_425m, Scale.Wan, 2, mode)</c> is 146 400 (14.64万).</summary>
    /// <param name="value">The exact value in base units.</param>
    /// <param name="scale">The display scale.</param>
    /// <param name="decimals">The number of decimals of the scale to keep.</param>
    /// <param name="mode">How to round.</param>
    /// <returns>The rounded value, still in base units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or too large for the scale,
    /// or <paramref name="mode"/> is not defined.</exception>
    public static decimal Round(decimal value, Scale scale, int decimals, RoundingMode mode)
    {
        decimal factor = (decimal)Figures.Pow10.Of((int)scale);
        return Round(value / factor, decimals, mode) * factor;
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
