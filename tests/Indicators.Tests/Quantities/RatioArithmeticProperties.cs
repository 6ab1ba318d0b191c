using System;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>
/// Ratio arithmetic is exact over the whole 128-bit range: it gives the exact result whenever that result, in lowest
/// terms, fits 128-bit terms, and throws <see cref="OverflowException"/> exactly when it does not (BigInteger oracle).
/// </summary>
public class RatioArithmeticProperties
{
    [Fact]
    public void Add_HalvesOfMaxValue_IsMaxValue()
    {
        var half = new Ratio(Int128.MaxValue, 2);
        Ratio sum = half + half;
        Assert.Equal(Int128.MaxValue, sum.Numerator);
        Assert.Equal(Int128.One, sum.Denominator);
        Assert.Equal(new Ratio(Int128.MaxValue, 1), Ratio.Add(half, half));
        Assert.Equal(new Ratio(Int128.MaxValue, 1), half.Plus(half));
    }

    [Fact]
    public void Subtract_NegativeHalfOfMaxValue_IsMaxValue()
    {
        var half = new Ratio(Int128.MaxValue, 2);
        Assert.Equal(new Ratio(Int128.MaxValue, 1), half - (-half));
        Assert.Equal(new Ratio(Int128.MaxValue, 1), Ratio.Subtract(half, Ratio.Negate(half)));
        Assert.Equal(new Ratio(Int128.MaxValue, 1), half.Minus(-half));
    }

    [Fact]
    public void PercentMinusPercent_ExactResultFits_IsExact()
    {
        Percent half = Percent.FromRatio(new Ratio(Int128.MaxValue, 2));
        Percent minusHalf = Percent.FromRatio(new Ratio(-Int128.MaxValue, 2));
        Assert.Equal(new Ratio(Int128.MaxValue, 1), (half - minusHalf).Ratio);
        Assert.Equal(new Ratio(Int128.MaxValue, 1), half.Minus(minusHalf).Ratio);
    }

    [Fact]
    public void Add_ResultTooLarge_ThrowsOverflowNamingTheOperation()
    {
        var max = new Ratio(Int128.MaxValue, 1);
        OverflowException e = Assert.Throws<OverflowException>(() => max + Ratio.One);
        Assert.Contains("Ratio addition overflowed", e.Message, StringComparison.Ordinal);
        Assert.Contains("Ratio subtraction overflowed", Assert.Throws<OverflowException>(() => -max - Ratio.One).Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => new Ratio(1, Int128.MaxValue) + new Ratio(1, Int128.MaxValue - 1));
    }

    [NumericProperty]
    public void Add_AnyRatios_IsTheExactSumOrOverflows(Ratio a, Ratio b) =>
        AssertExact(Oracle(a, b, (an, ad, bn, bd) => ((an * bd) + (bn * ad), ad * bd)), () => a + b, () => Ratio.Add(a, b));

    [NumericProperty]
    public void Subtract_AnyRatios_IsTheExactDifferenceOrOverflows(Ratio a, Ratio b) =>
        AssertExact(Oracle(a, b, (an, ad, bn, bd) => ((an * bd) - (bn * ad), ad * bd)), () => a - b, () => Ratio.Subtract(a, b));

    [NumericProperty]
    public void Multiply_AnyRatios_IsTheExactProductOrOverflows(Ratio a, Ratio b) =>
        AssertExact(Oracle(a, b, (an, ad, bn, bd) => (an * bn, ad * bd)), () => a * b, () => Ratio.Multiply(a, b));

    [NumericProperty]
    public void Divide_AnyRatios_IsTheExactQuotientOrOverflows(Ratio a, Ratio b)
    {
        if (b == Ratio.Zero)
        {
            Assert.Throws<DivideByZeroException>(() => a / b);
            return;
        }

        AssertExact(Oracle(a, b, (an, ad, bn, bd) => (an * bd, ad * bn)), () => a / b, () => Ratio.Divide(a, b));
    }

    [NumericProperty]
    public void Sums_NearMaxValue_OverflowOnlyWhenTheResultDoesNotFit(Ratio a, int small)
    {
        // The neighbourhood the issue names: a large term plus a small one, whose exact sum often fits.
        var b = new Ratio(small, 2);
        AssertExact(Oracle(a, b, (an, ad, bn, bd) => ((an * bd) + (bn * ad), ad * bd)), () => a + b, () => a.Plus(b));
        AssertExact(Oracle(a, b, (an, ad, bn, bd) => ((an * bd) - (bn * ad), ad * bd)), () => a - b, () => a.Minus(b));
    }

    [NumericProperty]
    public void CompareTo_AnyRatios_AgreesWithTheCrossProducts(Ratio a, Ratio b)
    {
        int expected = ((BigInteger)a.Numerator * b.Denominator).CompareTo((BigInteger)b.Numerator * a.Denominator);
        Assert.Equal(Math.Sign(expected), Math.Sign(a.CompareTo(b)));
        Assert.Equal(expected < 0 ? a : b, Ratio.Min(a, b));
        Assert.Equal(expected > 0 ? a : b, Ratio.Max(a, b));
    }

    [NumericProperty]
    public void NamedForms_OfPercentAndPoints_AreTheOperators(Percent p, PercentagePoints x, PercentagePoints y)
    {
        Assert.Equal(-x, PercentagePoints.Negate(x));
        Assert.Equal(x < y ? x : y, PercentagePoints.Min(x, y));
        Assert.Equal(x > y ? x : y, PercentagePoints.Max(x, y));
        Assert.Equal(p < Percent.OneHundred ? p : Percent.OneHundred, Percent.Min(p, Percent.OneHundred));
        Assert.Equal(p > Percent.OneHundred ? p : Percent.OneHundred, Percent.Max(p, Percent.OneHundred));
        if (Oracle(x.Ratio, y.Ratio, (an, ad, bn, bd) => ((an * bd) + (bn * ad), ad * bd)) is Ratio sum)
        {
            Assert.Equal(sum, (x + y).Ratio);
            Assert.Equal(sum, PercentagePoints.Add(x, y).Ratio);
            Assert.Equal(sum, x.Plus(y).Ratio);
            Assert.Equal(sum, Percent.Add(Percent.FromRatio(x.Ratio), y).Ratio);
        }

        if (Oracle(x.Ratio, y.Ratio, (an, ad, bn, bd) => ((an * bd) - (bn * ad), ad * bd)) is Ratio difference)
        {
            Assert.Equal(difference, (x - y).Ratio);
            Assert.Equal(difference, PercentagePoints.Subtract(x, y).Ratio);
            Assert.Equal(difference, x.Minus(y).Ratio);
            Assert.Equal(difference, Percent.Subtract(Percent.FromRatio(x.Ratio), y).Ratio);
            Assert.Equal(difference, Percent.Subtract(Percent.FromRatio(x.Ratio), Percent.FromRatio(y.Ratio)).Ratio);
        }
    }

    [Fact]
    public void NamedForms_OfMoney_AreTheOperators()
    {
        Money a = Money.FromYuan(500m);
        Money b = Money.FromYuan(-3m);
        Assert.Equal(a * 3175, Money.Multiply(3175, a));
        Assert.Equal(b, Money.Min(a, b));
        Assert.Equal(a, Money.Max(a, b));
        Assert.Equal(a / b, Money.Divide(a, b));
        Assert.Equal(Money.FromYuan(166.67m), a.DividedBy(3, RoundingMode.HalfAwayFromZero));
        Assert.Equal(Money.FromYuan(50.95m), a.Times(0.1019m, RoundingMode.HalfAwayFromZero));
        Assert.Equal(Money.FromYuan(166.66m), a.Times(new Ratio(1, 3), RoundingMode.TowardZero));
        Assert.Equal(Money.FromYuan(2000m), a.DividedBy(0.25m, RoundingMode.HalfEven));
    }

    [NumericProperty]
    public void ToPercentage_AnyRate_IsTheExactPercentageRoundedOnce(Percent rate, RoundingMode mode, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 29;
        BigInteger scaled = NumericGenerators.RoundQuotient(
            (BigInteger)rate.Ratio.Numerator * BigInteger.Pow(10, decimals + 2), rate.Ratio.Denominator, mode);
        int places = decimals;
        while (places > 0 && scaled % 10 == 0)
        {
            scaled /= 10;
            places--;
        }

        if (BigInteger.Abs(scaled).GetBitLength() > 96)
        {
            Assert.Throws<OverflowException>(() => rate.ToPercentage(decimals, mode));
            Assert.Throws<OverflowException>(() => PercentagePoints.FromRatio(rate.Ratio).ToPoints(decimals, mode));
            return;
        }

        (BigInteger mantissa, int scale) = NumericGenerators.Exact(rate.ToPercentage(decimals, mode));
        Assert.Equal(scaled * BigInteger.Pow(10, scale), mantissa * BigInteger.Pow(10, places));
        Assert.Equal(rate.ToPercentage(decimals, mode), PercentagePoints.FromRatio(rate.Ratio).ToPoints(decimals, mode));
    }

    [Fact]
    public void ToPercentage_TermsTooLargeToTimesAHundred_IsExact()
    {
        // n × 100 leaves 128 bits, but the percentage itself is small: 1 342 177 279.999…%.
        Percent rate = Percent.FromRatio(new Ratio(Int128.MaxValue / 10, Int128.One << 100));
        Assert.Equal(1342177280m, rate.ToPercentage(2, RoundingMode.HalfAwayFromZero));
        Assert.Equal(1342177279.99m, rate.ToPercentage(2, RoundingMode.Floor));
    }

    private static Ratio? Oracle(Ratio a, Ratio b, Func<BigInteger, BigInteger, BigInteger, BigInteger, (BigInteger N, BigInteger D)> exact)
    {
        (BigInteger n, BigInteger d) = exact(a.Numerator, a.Denominator, b.Numerator, b.Denominator);
        return NumericGenerators.Reduced(n, d);
    }

    private static void AssertExact(Ratio? expected, params Func<Ratio>[] forms)
    {
        foreach (Func<Ratio> form in forms)
        {
            if (expected is Ratio value)
            {
                Ratio actual = form();
                Assert.Equal(value.Numerator, actual.Numerator);
                Assert.Equal(value.Denominator, actual.Denominator);
            }
            else
            {
                Assert.Throws<OverflowException>(() => form());
            }
        }
    }
}
