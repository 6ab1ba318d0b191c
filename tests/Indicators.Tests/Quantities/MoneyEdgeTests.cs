using System;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>Money at the ends of its range: products and quotients that land exactly on them or one fen past, the text
/// of each operation's overflow, Min and Max, and the units named by the scaled factories' errors.</summary>
public class MoneyEdgeTests
{
    private const string Range = "is outside the range of Money (±92 233 720 368 547 758.07 元).";

    [Fact]
    public void Multiply_LandingExactlyOnAnEnd_Fits()
    {
        Assert.Equal(Money.MaxValue, Money.FromFen(long.MaxValue / 7) * 7L);
        Assert.Equal(Money.MinValue, Money.FromFen(long.MinValue / 2) * 2L);
        Assert.Equal(Money.MinValue, Money.FromFen(long.MinValue / 2).Times(2m, RoundingMode.HalfEven));
        Assert.Equal(Money.MaxValue, Money.FromFen(long.MaxValue / 7).Times(new Ratio(7, 1), RoundingMode.HalfEven));
        Assert.Throws<OverflowException>(() => Money.FromFen((long.MaxValue / 7) + 1) * 7L);
        Assert.Throws<OverflowException>(() => Money.FromFen((long.MinValue / 2) - 1) * 2L);
    }

    [Fact]
    public void Overflow_NamesTheOperation()
    {
        Assert.Equal(
            $"Money addition overflowed: {Money.MaxValue} + 0.01元 {Range}",
            Assert.Throws<OverflowException>(() => Money.MaxValue + Money.FromFen(1)).Message);
        Assert.Equal(
            $"Money subtraction overflowed: {Money.MinValue} − 0.01元 {Range}",
            Assert.Throws<OverflowException>(() => Money.MinValue - Money.FromFen(1)).Message);
        Assert.Equal(
            $"Money multiplication overflowed: the result {Range}",
            Assert.Throws<OverflowException>(() => Money.MaxValue.Times(1.5m, RoundingMode.HalfEven)).Message);
        Assert.Equal(
            $"Money multiplication overflowed: the result {Range}",
            Assert.Throws<OverflowException>(() => Money.MaxValue.Times(new Ratio(3, 2), RoundingMode.HalfEven)).Message);
        Assert.Equal(
            $"Money division overflowed: the result {Range}",
            Assert.Throws<OverflowException>(() => Money.MinValue.DividedBy(-1L, RoundingMode.HalfEven)).Message);
        Assert.Equal(
            $"Money division overflowed: the result {Range}",
            Assert.Throws<OverflowException>(() => Money.MaxValue.DividedBy(0.5m, RoundingMode.HalfEven)).Message);
    }

    [Fact]
    public void MinAndMax_TakeTheSmallerAndTheLarger_InEitherOrder()
    {
        Money one = Money.FromYuan(1);
        Money two = Money.FromYuan(2);
        Assert.Equal(one, Money.Min(one, two));
        Assert.Equal(one, Money.Min(two, one));
        Assert.Equal(two, Money.Max(one, two));
        Assert.Equal(two, Money.Max(two, one));
    }

    [Fact]
    public void ScaledFactories_NameTheirUnitInTheError()
    {
        Assert.StartsWith("0.0000001 万元 is finer than a fen", Assert.Throws<ArgumentException>(() => Money.FromWan(0.0000001m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("0.00000000001 亿元 is finer than a fen", Assert.Throws<ArgumentException>(() => Money.FromYi(0.00000000001m)).Message, StringComparison.Ordinal);
        Assert.Equal($"{decimal.MaxValue} 亿元 {Range}", Assert.Throws<OverflowException>(() => Money.FromYi(decimal.MaxValue)).Message);
        Assert.Equal("wan", Assert.Throws<ArgumentException>(() => Money.FromWan(0.0000001m)).ParamName);
    }
}
