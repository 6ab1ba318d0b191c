using System;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>Text read into whole base units (persons, units, fen) at the ends of 64 bits, in each scale, and the place
/// a refusal points at.</summary>
public class BaseUnitRangeTests
{
    private static readonly string FortyZeros = new('0', 40);

    [Theory]
    [InlineData("9223372036854775807人", long.MaxValue)]
    [InlineData("922337203685477.5807万人", long.MaxValue)]
    [InlineData("922337203685477万人", 9_223_372_036_854_770_000)]
    [InlineData("92233720368.54775807亿人", long.MaxValue)]
    [InlineData("92233720368亿人", 9_223_372_036_800_000_000)]
    [InlineData("9223372万亿人", 9_223_372_000_000_000_000)]
    public void Headcount_AtTheTopOfTheRange_IsRead(string text, long persons) =>
        Assert.Equal(persons, Headcount.Parse(text).Persons);

    [Theory]
    [InlineData("9223372036854775808人")]
    [InlineData("922337203685477.5808万人")]
    [InlineData("922337203685478万人")]
    [InlineData("92233720369亿人")]
    [InlineData("9223373万亿人")]
    [InlineData("170141183460469231731687303715884105727人")]
    public void Headcount_PastTheTop_IsOutOfRange(string text) =>
        Assert.Contains("the value is out of range (a 64-bit count of base units)", Assert.Throws<FormatException>(() => Headcount.Parse(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("-9223372036854775808人", long.MinValue)]
    [InlineData("-922337203685477.5808万人", long.MinValue)]
    [InlineData("-922337203685477万人", -9_223_372_036_854_770_000)]
    public void HeadcountChange_AtTheBottomOfTheRange_IsRead(string text, long persons) =>
        Assert.Equal(persons, HeadcountChange.Parse(text).Persons);

    [Theory]
    [InlineData("-9223372036854775809人")]
    [InlineData("-922337203685478万人")]
    public void HeadcountChange_PastTheBottom_IsOutOfRange(string text) =>
        Assert.Contains("out of range", Assert.Throws<FormatException>(() => HeadcountChange.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Money_AtBothEnds_IsReadToTheFen()
    {
        Assert.Equal(Money.MaxValue, Money.Parse("92233720368547758.07元"));
        Assert.Equal(Money.MinValue, Money.Parse("-92233720368547758.08元"));
        Assert.Equal(9_223_372_036_854_775_800, Money.Parse("92233720368547758元").Fen);
        Assert.Equal(-9_223_372_036_854_775_800, Money.Parse("-92233720368547758元").Fen);
        Assert.False(Money.TryParse("92233720368547758.08元", out _));
        Assert.False(Money.TryParse("92233720368547759元", out _));
        Assert.False(Money.TryParse("-92233720368547758.09元", out _));
    }

    [Fact]
    public void AProductThatWouldWrap128Bits_IsOutOfRange()
    {
        // 822332775418109012076858091663469 × 10¹⁴ fen is 868 352 more than a multiple of 2¹²⁸: a product taken in
        // 128 bits before the range is checked would read 8 683.52 元.
        const string text = "822332775418109012076858091663469万亿元";
        Assert.Contains("the value is out of range (a 64-bit count of base units)", Assert.Throws<FormatException>(() => Money.Parse(text)).Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, out _));
    }

    [Fact]
    public void LongNumbers_AreReadExactly()
    {
        Assert.Equal(0, Headcount.Parse("0." + FortyZeros + "人").Persons);
        Assert.Equal(5, Headcount.Parse("5." + FortyZeros + "人").Persons);
        Assert.Equal(12_000, Headcount.Parse("1.2" + FortyZeros + "万人").Persons);
        Assert.Equal(Money.FromFen(1), Money.Parse("0.01" + FortyZeros + "元"));
        Assert.Contains("out of range", Assert.Throws<FormatException>(() => Headcount.Parse("1" + FortyZeros + "人")).Message, StringComparison.Ordinal);
        Assert.Contains("not a whole number of persons", Assert.Throws<FormatException>(() => Headcount.Parse("0." + FortyZeros + "1人")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_PointAtTheNumberOrItsLastDigit()
    {
        Assert.Contains("at position 4: the amount is finer than a fen", Assert.Throws<FormatException>(() => Money.Parse("1.234元")).Message, StringComparison.Ordinal);
        Assert.Contains("at position 7: the number is not a whole number of persons", Assert.Throws<FormatException>(() => Headcount.Parse(" 1.23456万人")).Message, StringComparison.Ordinal);
        Assert.Contains("at position 2: the value is out of range", Assert.Throws<FormatException>(() => Headcount.Parse("  99999999999999999999人")).Message, StringComparison.Ordinal);
        Assert.Contains("at position 1: the value is out of range", Assert.Throws<FormatException>(() => HeadcountChange.Parse(" -1" + FortyZeros + "人")).Message, StringComparison.Ordinal);
    }
}
