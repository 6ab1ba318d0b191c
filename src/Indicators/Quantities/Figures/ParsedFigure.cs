using System;
using System.Diagnostics;
using System.Numerics;

namespace Indicators.Quantities.Figures;

/// <summary>
/// A figure as read from text, before it becomes a quantity: the printed number as
/// <see cref="Numerator"/> ÷ (10^<see cref="Decimals"/> × <see cref="Denominator"/>), its scale and its unit.
/// </summary>
internal struct ParsedFigure
{
    /// <summary>The printed digits without the decimal point, signed.</summary>
    internal Int128 Numerator;

    /// <summary>The printed digits, signed, when they do not fit 128 bits or stand more than 38 places after the decimal
    /// point (then <see cref="Numerator"/> is zero); otherwise <c>null</c>.</summary>
    internal BigInteger? LongNumerator;

    /// <summary>The denominator of a fraction when it does not fit 128 bits; otherwise <c>null</c>.</summary>
    internal BigInteger? LongDenominator;

    /// <summary>How many of those digits stood after the decimal point (more than 38 only with <see cref="LongNumerator"/>).</summary>
    internal int Decimals;

    /// <summary>The denominator of a fraction ("100/3%"); 1 for a plain number.</summary>
    internal Int128 Denominator;

    /// <summary>The scale marker (万, 亿, 万亿) or <see cref="Scale.One"/>.</summary>
    internal Scale Scale;

    /// <summary>The id of the unit marker, as given by the syntax.</summary>
    internal int UnitId;

    /// <summary>Where the unit marker starts.</summary>
    internal int UnitStart;

    /// <summary>How long the unit marker is.</summary>
    internal int UnitLength;

    /// <summary>Where the number starts (its sign, if any).</summary>
    internal int NumberStart;

    /// <summary>Where its last digit is.</summary>
    internal int LastDigit;

    /// <summary>
    /// The value in base units, where one printed unit is 10^<paramref name="baseExponent"/> base units
    /// (2 for money: 1 元 = 100 fen). Fails if the value is not a whole number of base units or is out of range.
    /// </summary>
    internal readonly bool TryToBaseUnits(int baseExponent, string finerThanBase, out long value, out ParseFailure failure)
    {
        // A scale of at most 10¹² and base units of at most 10² per printed unit: the exponent is at most 14, and at least
        // −38 for a 128-bit numerator (at most 38 decimals); a longer number's may reach further down.
        Debug.Assert(baseExponent is >= 0 and <= 2, "base units are 10⁰ or 10² per printed unit");
        int exponent = (int)Scale + baseExponent - Decimals;
        if (LongNumerator is BigInteger big)
        {
            return TryToBaseUnits(big, exponent, finerThanBase, out value, out failure);
        }

        Int128 result = Numerator;
        if (exponent >= 0)
        {
            // Beyond 2⁶³ (the magnitude of long.MinValue) once scaled, the value is out of range whatever its sign;
            // within it, the product fits.
            Int128 factor = Pow10.Of(exponent);
            if (Int128.Abs(result) > ((Int128)long.MaxValue + 1) / factor)
            {
                return OutOfRange(out value, out failure);
            }

            result *= factor;
        }
        else
        {
            Int128 divisor = Pow10.Of(-exponent);
            if (result % divisor != 0)
            {
                value = 0;
                failure = ParseFailure.Problem(LastDigit, finerThanBase);
                return false;
            }

            result /= divisor;
        }

        if (result > long.MaxValue || result < long.MinValue)
        {
            return OutOfRange(out value, out failure);
        }

        value = (long)result;
        failure = default;
        return true;
    }

    private readonly bool TryToBaseUnits(BigInteger digits, int exponent, string finerThanBase, out long value, out ParseFailure failure)
    {
        if (exponent >= 0)
        {
            digits *= Pow10.Of(exponent);
        }
        else
        {
            BigInteger quotient = BigInteger.DivRem(digits, BigInteger.Pow(10, -exponent), out BigInteger remainder);
            if (!remainder.IsZero)
            {
                value = 0;
                failure = ParseFailure.Problem(LastDigit, finerThanBase);
                return false;
            }

            digits = quotient;
        }

        if (digits > long.MaxValue || digits < long.MinValue)
        {
            return OutOfRange(out value, out failure);
        }

        value = (long)digits;
        failure = default;
        return true;
    }

    private readonly bool OutOfRange(out long value, out ParseFailure failure)
    {
        value = 0;
        failure = ParseFailure.Problem(NumberStart, "the value is out of range (a 64-bit count of base units)");
        return false;
    }
}
