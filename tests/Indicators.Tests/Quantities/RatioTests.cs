using System;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

public class RatioTests
{
    [Fact]
    public void Constructor_ReducesAndNormalisesTheSign()
    {
        var ratio = new Ratio(20_000, -40_000);
        Assert.Equal(-1, (long)ratio.Numerator);
        Assert.Equal(2, (long)ratio.Denominator);
        Assert.Equal(-1, ratio.Sign);
        Assert.Equal(Ratio.Zero, new Ratio(0, 5));
        Assert.Equal(1, (long)default(Ratio).Denominator);
        Assert.Throws<DivideByZeroException>(() => new Ratio(1, 0));
        Assert.Throws<OverflowException>(() => new Ratio(Int128.MinValue, 1));
    }

    [Fact]
    public void Arithmetic_IsExact()
    {
        var third = new Ratio(1, 3);
        Assert.Equal(Ratio.One, third + third + third);
        Assert.Equal(new Ratio(1, 9), third * third);
        Assert.Equal(Ratio.One, third / third);
        Assert.Equal(new Ratio(-2, 3), third - Ratio.One);
        Assert.True((third * 3).IsInteger);
        Assert.Throws<DivideByZeroException>(() => third / Ratio.Zero);
    }

    [Fact]
    public void Overflow_ThrowsNamingTheOperation()
    {
        var huge = new Ratio(Int128.MaxValue, 1);
        Assert.Contains("Ratio addition overflowed", Assert.Throws<OverflowException>(() => huge + huge).Message, StringComparison.Ordinal);
        Assert.Contains("Ratio multiplication overflowed", Assert.Throws<OverflowException>(() => huge * 2).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDecimal_IsExact()
    {
        Assert.Equal(new Ratio(69, 5000), Ratio.FromDecimal(0.0138m));
        Assert.Equal(new Ratio(-1, 1), Ratio.FromDecimal(-1.000m));
        Assert.Equal(new Ratio(Int128.Parse("79228162514264337593543950335", System.Globalization.CultureInfo.InvariantCulture), 1), Ratio.FromDecimal(decimal.MaxValue));
        Assert.Equal(new Ratio(-1, Int128.Parse("10000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture)), Ratio.FromDecimal(-0.0000000000000000000000000001m));
    }

    [Fact]
    public void ToDecimal_Rounds()
    {
        Assert.Equal(0.33m, new Ratio(1, 3).ToDecimal(2, RoundingMode.HalfAwayFromZero));
        Assert.Equal(0.67m, new Ratio(2, 3).ToDecimal(2, RoundingMode.HalfAwayFromZero));
        Assert.Equal(-0.66m, new Ratio(-2, 3).ToDecimal(2, RoundingMode.TowardZero));
    }

    [Fact]
    public void Text_ExactOrFraction()
    {
        Assert.Equal("1.96105", new Ratio(39_221, 20_000).ToString());
        Assert.Equal("1/3", new Ratio(1, 3).ToString());
        Assert.Equal("-2", new Ratio(-4, 2).ToString());
        Assert.Equal(new Ratio(39_221, 20_000), Ratio.Parse("39221/20000", null));
        Assert.Equal(new Ratio(1, 3), Ratio.Parse("1/3", null));
    }

    [Fact]
    public void Ordering_Contract()
    {
        Contract.AssertOrdering(new Ratio(1, 3), new Ratio(2, 6), new Ratio(1, 2));
        Contract.AssertOrdering(new Ratio(-1, 2), new Ratio(-2, 4), Ratio.Zero);
    }

    [Fact]
    public void ToString_DenominatorBeyondTheScale_DoesNotThrow() =>
        Assert.Equal("0.00万", new Ratio(1, Int128.MaxValue / 10).ToString("W2", null)); // the scaled denominator is taken in BigInteger
}
