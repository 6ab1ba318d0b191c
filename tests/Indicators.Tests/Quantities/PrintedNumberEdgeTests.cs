using System;
using System.Numerics;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>A printed number at the edges of what a ratio holds: its refusals, the reduction that lets large digits in,
/// its steps and places at ±38, equality part by part, and its text in each scale.</summary>
public class PrintedNumberEdgeTests
{
    private static Int128 TenTo(int exponent) => (Int128)BigInteger.Pow(10, exponent);

    [Theory]
    [InlineData(-1)]
    [InlineData(39)]
    public void Constructor_DecimalsOutsideZeroTo38_NamesDecimals(int decimals) =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedNumber(1, decimals, Scale.One)).ParamName);

    [Fact]
    public void Constructor_UndefinedScale_NamesScale() =>
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedNumber(1, 0, (Scale)5)).ParamName);

    [Fact]
    public void Constructor_DigitsBeyondARatio_AreRefusedWithTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedNumber(Int128.MaxValue, 0, Scale.Wan));
        Assert.Equal("digits", error.ParamName);
        Assert.StartsWith($"The value of {Int128.MaxValue} with 0 decimals in Wan does not fit a Ratio (128-bit terms).", error.Message, StringComparison.Ordinal);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedNumber(Int128.MinValue, 0, Scale.One)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedNumber(2 * TenTo(26), 0, Scale.WanYi)).ParamName);
    }

    [Fact]
    public void Constructor_DigitsThatFitOnceReduced_AreKept()
    {
        Assert.Equal(new Ratio(Int128.MaxValue, 1), new PrintedNumber(Int128.MaxValue, 0, Scale.One).Value);
        Assert.Equal(new Ratio(-Int128.MaxValue, 1), new PrintedNumber(-Int128.MaxValue, 0, Scale.One).Value);
        Assert.Equal(new Ratio(Int128.MaxValue, TenTo(38)), new PrintedNumber(Int128.MaxValue, 38, Scale.One).Value);
        Assert.Equal(new Ratio(2 * TenTo(37), 1), new PrintedNumber(2 * TenTo(37), 4, Scale.Wan).Value);
        Assert.Equal(new Ratio(TenTo(38), 1), new PrintedNumber(TenTo(26), 0, Scale.WanYi).Value);
        Assert.Equal(new Ratio(TenTo(37), 1), new PrintedNumber(TenTo(25), 0, Scale.WanYi).Value);
    }

    [Fact]
    public void TryCreate_RefusesWhatTheConstructorRefuses_WithoutThrowing()
    {
        Assert.True(PrintedNumber.TryCreate(1464, 2, Scale.Wan, out PrintedNumber number));
        Assert.Equal(new PrintedNumber(1464, 2, Scale.Wan), number);
        Assert.False(PrintedNumber.TryCreate(1, -1, Scale.One, out number));
        Assert.Equal(default, number);
        Assert.False(PrintedNumber.TryCreate(1, 39, Scale.One, out _));
        Assert.False(PrintedNumber.TryCreate(1, 0, (Scale)5, out _));
        Assert.False(PrintedNumber.TryCreate((BigInteger)Int128.MaxValue + 1, 0, Scale.One, out _));
        Assert.False(PrintedNumber.TryCreate((BigInteger)Int128.MinValue, 0, Scale.One, out _));
        Assert.False(PrintedNumber.TryCreate((BigInteger)Int128.MaxValue, 0, Scale.Wan, out _));
        Assert.True(PrintedNumber.TryCreate(-(BigInteger)Int128.MaxValue, 0, Scale.One, out number));
        Assert.Equal(-Int128.MaxValue, number.Digits);
        Assert.True(PrintedNumber.TryCreate(1, 38, Scale.WanYi, out number));
        Assert.Equal(38, number.Decimals);
    }

    [Fact]
    public void StepAndPlace_ReachPlusAndMinus38()
    {
        Assert.Equal(new Ratio(1, TenTo(38)), new PrintedNumber(1, 38, Scale.One).Step);
        Assert.Equal(new Ratio(1, TenTo(38)), new PrintedNumber(1, 38, Scale.One).LastNonZeroPlace);
        Assert.Equal(new Ratio(TenTo(38), 1), new PrintedNumber(TenTo(26), 0, Scale.WanYi).LastNonZeroPlace);
        Assert.Equal(new Ratio(TenTo(12), 1), new PrintedNumber(TenTo(26), 0, Scale.WanYi).Step);
    }

    [Theory]
    [InlineData(0, 2, Scale.One, 1, 100)]
    [InlineData(0, 0, Scale.Wan, 10_000, 1)]
    [InlineData(-1200, 0, Scale.One, 100, 1)]
    [InlineData(1464, 2, Scale.Wan, 100, 1)]
    [InlineData(1460, 2, Scale.Wan, 1000, 1)]
    [InlineData(5, 1, Scale.One, 1, 10)]
    public void LastNonZeroPlace_IsThePlaceOfTheLastDigitThatIsNotZero(long digits, int decimals, Scale scale, long numerator, long denominator) =>
        Assert.Equal(new Ratio(numerator, denominator), new PrintedNumber(digits, decimals, scale).LastNonZeroPlace);

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        var number = new PrintedNumber(1464, 2, Scale.Wan);
        Assert.True(number == new PrintedNumber(1464, 2, Scale.Wan));
        Assert.False(number != new PrintedNumber(1464, 2, Scale.Wan));
        Assert.Equal(number.GetHashCode(), new PrintedNumber(1464, 2, Scale.Wan).GetHashCode());
        foreach (PrintedNumber other in new[] { new PrintedNumber(1465, 2, Scale.Wan), new PrintedNumber(1464, 3, Scale.Wan), new PrintedNumber(1464, 2, Scale.Yi) })
        {
            Assert.False(number == other);
            Assert.True(number != other);
            Assert.False(number.Equals(other));
            Assert.False(number.Equals((object)other));
        }

        Assert.True(number.Equals((object)new PrintedNumber(1464, 2, Scale.Wan)));
        Assert.False(number.Equals((object)1464));
    }

    [Theory]
    [InlineData(1464, 2, Scale.One, "14.64")]
    [InlineData(1464, 2, Scale.Wan, "14.64万")]
    [InlineData(-50, 2, Scale.Yi, "-0.50亿")]
    [InlineData(25, 1, Scale.WanYi, "2.5万亿")]
    [InlineData(0, 0, Scale.One, "0")]
    public void ToString_KeepsTheDecimalsAndTheScale(long digits, int decimals, Scale scale, string expected)
    {
        Assert.Equal(expected, new PrintedNumber(digits, decimals, scale).ToString());
        Assert.True(PrintedNumber.TryRead(expected, out PrintedNumber back, out int length));
        Assert.Equal(new PrintedNumber(digits, decimals, scale), back);
        Assert.Equal(expected.Length, length);
    }

    [Fact]
    public void Default_IsZeroInBaseUnits()
    {
        Assert.Equal("0", default(PrintedNumber).ToString());
        Assert.Equal(Ratio.Zero, default(PrintedNumber).Value);
        Assert.Equal(Ratio.One, default(PrintedNumber).Step);
        Assert.Equal(new DisplayFormat(Scale.One, 0), default(PrintedNumber).Format);
    }
}
