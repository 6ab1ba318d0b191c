using System;
using System.Numerics;
using FsCheck;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>The exact fractions behind bounds and implied targets, against cross-multiplication done here.</summary>
public class ExactFractionTests
{
    private static readonly BigInteger Int128Max = (BigInteger)Int128.MaxValue;

    [Theory]
    [InlineData(3, -6, -1, 2)]
    [InlineData(-3, -6, 1, 2)]
    [InlineData(6, 3, 2, 1)]
    [InlineData(0, -5, 0, 1)]
    [InlineData(-4, 1, -4, 1)]
    public void Of_KeepsTheDenominatorPositive_AndTheTermsInLowestTerms(long numerator, long denominator, long expectedNumerator, long expectedDenominator)
    {
        ExactFraction fraction = ExactFraction.Of(numerator, denominator);
        Assert.Equal(new BigInteger(expectedNumerator), fraction.Numerator);
        Assert.Equal(new BigInteger(expectedDenominator), fraction.Denominator);
        Assert.Equal(Math.Sign(expectedNumerator), fraction.Sign);
        Assert.Equal(expectedDenominator == 1, fraction.IsInteger);
    }

    [Fact]
    public void ADenominatorOfZero_AndADivisionByZero_Throw()
    {
        Assert.Equal(
            "Cannot divide by zero: a fraction's denominator cannot be zero.",
            Assert.Throws<DivideByZeroException>(() => ExactFraction.Of(1, 0)).Message);
        Assert.Throws<DivideByZeroException>(() => ExactFraction.Of(0, 0));
        Assert.Throws<DivideByZeroException>(() => ExactFraction.Whole(3) / ExactFraction.Whole(0));
    }

    [Fact]
    public void Subtraction_TakesTheRightFromTheLeft()
    {
        Assert.Equal("1/6", (ExactFraction.Of(1, 2) - ExactFraction.Of(1, 3)).ToString());
        Assert.Equal("-1/6", (ExactFraction.Of(1, 3) - ExactFraction.Of(1, 2)).ToString());
        Assert.Equal("5", (ExactFraction.Whole(2) - ExactFraction.Whole(-3)).ToString());
    }

    [Fact]
    public void PowerOfTen_OfEveryExponentSign()
    {
        Assert.Equal("1", ExactFraction.PowerOfTen(0).ToString());
        Assert.Equal("1000", ExactFraction.PowerOfTen(3).ToString());
        Assert.Equal("1/100", ExactFraction.PowerOfTen(-2).ToString());
    }

    [Theory]
    [InlineData(7, 2, 3, 4)]
    [InlineData(-7, 2, -4, -3)]
    [InlineData(10, 2, 5, 5)]
    [InlineData(-10, 2, -5, -5)]
    public void FloorAndCeiling(long numerator, long denominator, long floor, long ceiling)
    {
        ExactFraction fraction = ExactFraction.Of(numerator, denominator);
        Assert.Equal(new BigInteger(floor), fraction.Floor());
        Assert.Equal(new BigInteger(ceiling), fraction.Ceiling());
    }

    [Fact]
    public void FitsRatio_UpToTheLargest128BitTerms()
    {
        Assert.True(ExactFraction.Whole(Int128Max).TryToRatio(out Ratio largest));
        Assert.Equal(new Ratio(Int128.MaxValue, 1), largest);
        Assert.True(ExactFraction.Whole(-Int128Max).FitsRatio);
        Assert.True(ExactFraction.Of(1, Int128Max).TryToRatio(out Ratio smallest));
        Assert.Equal(new Ratio(1, Int128.MaxValue), smallest);

        Assert.False(ExactFraction.Whole(Int128Max + 1).TryToRatio(out Ratio tooLarge));
        Assert.Equal(default, tooLarge);
        Assert.False(ExactFraction.Whole(-Int128Max - 1).FitsRatio);
        Assert.False(ExactFraction.Of(1, Int128Max + 1).FitsRatio);
    }

    [Property]
    public void Arithmetic_AgreesWithCrossMultiplication(long a, NonZeroInt b, long c, NonZeroInt d)
    {
        ExactFraction x = ExactFraction.Of(a, b.Get);
        ExactFraction y = ExactFraction.Of(c, d.Get);
        BigInteger bd = (BigInteger)b.Get * d.Get;
        AssertIs((BigInteger)a * d.Get + (BigInteger)c * b.Get, bd, x + y);
        AssertIs((BigInteger)a * d.Get - (BigInteger)c * b.Get, bd, x - y);
        AssertIs((BigInteger)a * c, bd, x * y);
        AssertIs(-(BigInteger)a, b.Get, -x);
        AssertIs(BigInteger.Abs(a), BigInteger.Abs(b.Get), x.Abs());
        if (c != 0)
        {
            AssertIs((BigInteger)a * d.Get, (BigInteger)b.Get * c, x / y);
        }

        int expected = ((BigInteger)a * d.Get * Math.Sign(b.Get) * Math.Sign(d.Get)).CompareTo((BigInteger)c * b.Get * Math.Sign(b.Get) * Math.Sign(d.Get));
        Assert.Equal(expected, Math.Sign(x.CompareTo(y)));
        Assert.Equal(expected < 0, x < y);
        Assert.Equal(expected > 0, x > y);
        Assert.Equal(expected <= 0, x <= y);
        Assert.Equal(expected >= 0, x >= y);
    }

    /// <summary>The fraction equals numerator/denominator (in any terms) and is in lowest terms with a positive denominator.</summary>
    private static void AssertIs(BigInteger numerator, BigInteger denominator, ExactFraction actual)
    {
        Assert.True(actual.Denominator.Sign > 0);
        Assert.True(BigInteger.GreatestCommonDivisor(actual.Numerator, actual.Denominator).IsOne);
        Assert.Equal(numerator * actual.Denominator, actual.Numerator * denominator);
    }
}
