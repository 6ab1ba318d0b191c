using System;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>
/// <see cref="Rounding.Round(decimal, Scale, int, RoundingMode)"/> rounds exactly once with the requested mode, over the
/// whole decimal range, every scale and every number of decimals (BigInteger oracle); it throws only where documented.
/// </summary>
public class ScaledRoundingProperties
{
    [Fact]
    public void Round_MidpointBelowDecimalPrecision_RoundsWithTheRequestedMode()
    {
        // 2.5E-27 万 at 28 decimals is a midpoint: half away from zero gives 3E-28 万 = 3E-24, not 2E-24.
        Assert.Equal(0.000000000000000000000003m, Rounding.Round(0.0000000000000000000000025m, Scale.Wan, 28, RoundingMode.HalfAwayFromZero));
        Assert.Equal(0.000000000000000000000002m, Rounding.Round(0.0000000000000000000000025m, Scale.Wan, 28, RoundingMode.HalfEven));
    }

    [Fact]
    public void Round_CeilingOfATinyPositive_IsOneUnitOfTheLastDecimal()
    {
        Assert.Equal(0.00000000000000000001m, Rounding.Round(1.5E-27m, Scale.Wan, 24, RoundingMode.Ceiling));
        Assert.Equal(0m, Rounding.Round(1.5E-27m, Scale.Wan, 24, RoundingMode.Floor));
    }

    [Fact]
    public void Round_MaxValueUpToAWholeYi_ThrowsTheDocumentedOverflow()
    {
        OverflowException e = Assert.Throws<OverflowException>(() => Rounding.Round(decimal.MaxValue, Scale.Yi, 0, RoundingMode.Ceiling));
        Assert.Contains("outside the range of decimal", e.Message, StringComparison.Ordinal);
        Assert.Equal(79228162514264337593500000000m, Rounding.Round(decimal.MaxValue, Scale.Yi, 0, RoundingMode.Floor));
    }

    [Fact]
    public void Round_BadArguments_ThrowArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, Scale.Wan, -1, RoundingMode.Floor));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, Scale.Wan, 29, RoundingMode.Floor));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, (Scale)3, 2, RoundingMode.Floor));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, Scale.Wan, 2, (RoundingMode)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(0.5m, Scale.One, 0, (RoundingMode)9));
    }

    [NumericProperty]
    public void Round_AnyDecimal_IsTheExactValueRoundedOnce(decimal value, Scale scale, RoundingMode mode, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 29;
        (BigInteger mantissa, int valueScale) = NumericGenerators.Exact(value);

        // The rounded value is units × 10^scale ÷ 10^decimals.
        BigInteger units = NumericGenerators.RoundQuotient(mantissa * BigInteger.Pow(10, decimals), BigInteger.Pow(10, valueScale + (int)scale), mode);
        BigInteger numerator = units * BigInteger.Pow(10, (int)scale);
        BigInteger denominator = BigInteger.Pow(10, decimals);
        (BigInteger max, _) = NumericGenerators.Exact(decimal.MaxValue);
        if (BigInteger.Abs(numerator) > max * denominator)
        {
            Assert.Throws<OverflowException>(() => Rounding.Round(value, scale, decimals, mode));
            return;
        }

        (BigInteger resultMantissa, int resultScale) = NumericGenerators.Exact(Rounding.Round(value, scale, decimals, mode));
        Assert.Equal(numerator * BigInteger.Pow(10, resultScale), resultMantissa * denominator);
    }

    [NumericProperty]
    public void Round_ScaleOne_AgreesWithTheUnscaledOverload(decimal value, RoundingMode mode, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 29;
        Assert.Equal(Rounding.Round(value, decimals, mode), Rounding.Round(value, Scale.One, decimals, mode));
    }
}
