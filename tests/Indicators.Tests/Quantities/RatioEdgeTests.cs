using System;
using System.Globalization;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>A ratio's refusals at the edges of its range, and its formats with a scale.</summary>
public class RatioEdgeTests
{
    private static readonly Int128 TenTo38 = Int128.Parse("100000000000000000000000000000000000000", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Constructor_Int128MinValue_IsRefusedWithTheRange(bool numeratorIsMin, bool denominatorIsMin)
    {
        Int128 numerator = numeratorIsMin ? Int128.MinValue : 3;
        Int128 denominator = denominatorIsMin ? Int128.MinValue : 7;
        var error = Assert.Throws<OverflowException>(() => new Ratio(numerator, denominator));
        Assert.Equal("A ratio's numerator and denominator must lie within ±(2¹²⁷ − 1).", error.Message);
    }

    [Fact]
    public void Constructor_ZeroDenominator_NamesTheNumerator() =>
        Assert.Equal(
            "A ratio's denominator cannot be zero (numerator 7).",
            Assert.Throws<DivideByZeroException>(() => new Ratio(7, 0)).Message);

    [Fact]
    public void Constructor_TermsOneInsideTheRange_AreKept()
    {
        var ratio = new Ratio(Int128.MinValue + 1, Int128.MinValue + 1);
        Assert.Equal(Ratio.One, ratio);
        var negative = new Ratio(Int128.MaxValue, Int128.MinValue + 1);
        Assert.Equal(-1, (long)negative.Numerator);
        Assert.Equal(1, (long)negative.Denominator);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(39)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void HasAtMostDecimals_OutsideZeroTo38_NamesDecimals(int decimals) =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(1, 8).HasAtMostDecimals(decimals)).ParamName);

    [Fact]
    public void HasAtMostDecimals_AtItsEnds()
    {
        var tiny = new Ratio(1, TenTo38);
        Assert.True(tiny.HasAtMostDecimals(38));
        Assert.False(tiny.HasAtMostDecimals(37));
        Assert.True(new Ratio(-5, 1).HasAtMostDecimals(0));
        Assert.False(new Ratio(1, 2).HasAtMostDecimals(0));
        Assert.True(new Ratio(1, 8).HasAtMostDecimals(3));
        Assert.False(new Ratio(1, 8).HasAtMostDecimals(2));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    [InlineData(int.MinValue)]
    public void ToDecimal_OutsideZeroTo28_NamesDecimals(int decimals) =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(1, 3).ToDecimal(decimals, RoundingMode.HalfEven)).ParamName);

    [Fact]
    public void ToDecimal_AtItsEnds()
    {
        Assert.Equal(0.3333333333333333333333333333m, new Ratio(1, 3).ToDecimal(28, RoundingMode.HalfEven));
        Assert.Equal(1m, new Ratio(2, 3).ToDecimal(0, RoundingMode.HalfEven));
        Assert.Equal(0m, new Ratio(1, TenTo38).ToDecimal(28, RoundingMode.TowardZero));
    }

    [Theory]
    [InlineData(12_345, 1, "W2", "1.23万")]
    [InlineData(-12_345, 1, "W2", "-1.23万")]
    [InlineData(123_456_789, 1, "Y2", "1.23亿")]
    [InlineData(1, 3, "W4", "0.0000万")]
    [InlineData(50_000, 3, "W2", "1.67万")]
    [InlineData(12_345, 1, "F1", "12345.0")]
    public void TryFormat_WithAScale_WritesWhatToStringWrites(long numerator, long denominator, string format, string expected)
    {
        var ratio = new Ratio(numerator, denominator);
        Assert.Equal(expected, ratio.ToString(format, CultureInfo.InvariantCulture));
        Span<char> destination = stackalloc char[32];
        Assert.True(ratio.TryFormat(destination, out int written, format, CultureInfo.InvariantCulture));
        Assert.Equal(expected, destination[..written].ToString());
    }

    [Fact]
    public void TryFormat_DestinationTooShort_WritesNothing()
    {
        Span<char> destination = stackalloc char[4];
        Assert.False(new Ratio(12_345, 1).TryFormat(destination, out int written, "W2", CultureInfo.InvariantCulture));
        Assert.Equal(0, written);
        Span<char> exact = stackalloc char[5];
        Assert.True(new Ratio(12_345, 1).TryFormat(exact, out written, "W2", CultureInfo.InvariantCulture));
        Assert.Equal(5, written);
    }

    [Fact]
    public void ToDecimal_OfZeroOrWhatRoundsToZero_IsNotNegativeZero()
    {
        Assert.False(decimal.IsNegative(Ratio.Zero.ToDecimal(2, RoundingMode.HalfEven)));
        Assert.False(decimal.IsNegative(new Ratio(-1, 3).ToDecimal(0, RoundingMode.HalfEven)));
        Assert.False(decimal.IsNegative(new Ratio(-1, 1000).ToDecimal(2, RoundingMode.TowardZero)));
        Assert.True(decimal.IsNegative(new Ratio(-2, 3).ToDecimal(2, RoundingMode.HalfEven)));
        Assert.Equal(Ratio.Zero, Ratio.FromDecimal(-0.00m));
    }

    [Fact]
    public void Multiply_ProductsOfLongTerms_FitUpTo2To127()
    {
        var twoTo63 = new Ratio((Int128)1 << 63, 1);
        Assert.Equal(new Ratio((Int128)1 << 126, 1), twoTo63 * twoTo63);
        Assert.Equal(new Ratio(1, (Int128)1 << 126), new Ratio(1, (Int128)1 << 63) * new Ratio(1, (Int128)1 << 63));
        Assert.Equal(new Ratio(Int128.MaxValue, 1), new Ratio(Int128.MaxValue, 1) * Ratio.One);
        Assert.Equal(new Ratio(-Int128.MaxValue, 1), new Ratio(Int128.MaxValue, 1) * new Ratio(-1, 1));
        Assert.Throws<OverflowException>(() => new Ratio((Int128)1 << 64, 1) * twoTo63);
    }

    [Fact]
    public void Addition_Overflow_GivesBothTermsAndThePlusSign()
    {
        var huge = new Ratio(Int128.MaxValue, 1);
        Assert.Equal(
            $"Ratio addition overflowed: {huge} + 1 in lowest terms does not fit 128-bit terms.",
            Assert.Throws<OverflowException>(() => huge + Ratio.One).Message);
        Assert.Equal(
            $"Ratio addition overflowed: {huge} + 0.5 in lowest terms does not fit 128-bit terms.",
            Assert.Throws<OverflowException>(() => huge + new Ratio(1, 2)).Message);
    }
}
