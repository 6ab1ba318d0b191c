using System;
using System.Numerics;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// An exact fraction of unbounded integers, for the intermediate steps of bounds and implied targets: a step that
/// would overflow <see cref="Ratio"/>'s 128-bit terms is computed exactly here, and only the result is asked to fit.
/// </summary>
internal readonly struct ExactFraction : IComparable<ExactFraction>
{
    private static readonly BigInteger Int128Max = (BigInteger)Int128.MaxValue;

    private ExactFraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("Cannot divide by zero: a fraction's denominator cannot be zero.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        // The denominator is not zero, so the divisor is at least 1.
        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = numerator / gcd;
        Denominator = denominator / gcd;
    }

    internal BigInteger Numerator { get; }

    internal BigInteger Denominator { get; }

    internal int Sign => Numerator.Sign;

    internal bool IsInteger => Denominator.IsOne;

    /// <summary>Whether the fraction is held exactly by a <see cref="Ratio"/> (both terms within ±(2¹²⁷ − 1)).</summary>
    internal bool FitsRatio => BigInteger.Abs(Numerator) <= Int128Max && Denominator <= Int128Max;

    public static implicit operator ExactFraction(long value) => new(value, BigInteger.One);

    public static implicit operator ExactFraction(Ratio value) => new(value.Numerator, value.Denominator);

    public static ExactFraction operator +(ExactFraction left, ExactFraction right) =>
        new((left.Numerator * right.Denominator) + (right.Numerator * left.Denominator), left.Denominator * right.Denominator);

    public static ExactFraction operator -(ExactFraction left, ExactFraction right) =>
        new((left.Numerator * right.Denominator) - (right.Numerator * left.Denominator), left.Denominator * right.Denominator);

    public static ExactFraction operator -(ExactFraction value) => new(-value.Numerator, value.Denominator);

    public static ExactFraction operator *(ExactFraction left, ExactFraction right) =>
        new(left.Numerator * right.Numerator, left.Denominator * right.Denominator);

    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static ExactFraction operator /(ExactFraction left, ExactFraction right) =>
        new(left.Numerator * right.Denominator, left.Denominator * right.Numerator);

    public static bool operator <(ExactFraction left, ExactFraction right) => left.CompareTo(right) < 0;

    public static bool operator >(ExactFraction left, ExactFraction right) => left.CompareTo(right) > 0;

    public static bool operator <=(ExactFraction left, ExactFraction right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ExactFraction left, ExactFraction right) => left.CompareTo(right) >= 0;

    internal static ExactFraction Of(BigInteger numerator, BigInteger denominator) => new(numerator, denominator);

    internal static ExactFraction Whole(BigInteger value) => new(value, BigInteger.One);

    /// <summary>10^<paramref name="exponent"/>, for any exponent.</summary>
    internal static ExactFraction PowerOfTen(int exponent) =>
        exponent >= 0 ? new(BigInteger.Pow(10, exponent), BigInteger.One) : new(BigInteger.One, BigInteger.Pow(10, -exponent));

    /// <summary>The largest whole number not above the fraction.</summary>
    internal BigInteger Floor() => BigInteger.DivRem(Numerator, Denominator) is var (q, r) && r.Sign < 0 ? q - 1 : q;

    /// <summary>The smallest whole number not below the fraction.</summary>
    internal BigInteger Ceiling() => BigInteger.DivRem(Numerator, Denominator) is var (q, r) && r.Sign > 0 ? q + 1 : q;

    internal ExactFraction Abs() => Numerator.Sign < 0 ? -this : this;

    /// <summary>The fraction as a <see cref="Ratio"/>, when it fits.</summary>
    internal bool TryToRatio(out Ratio ratio)
    {
        if (!FitsRatio)
        {
            ratio = default;
            return false;
        }

        ratio = new Ratio((Int128)Numerator, (Int128)Denominator);
        return true;
    }

    public int CompareTo(ExactFraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public override string ToString() => Denominator.IsOne ? Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + Denominator.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
