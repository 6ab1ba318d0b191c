using System;
using System.Collections.Generic;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>Sums that land exactly on the ends of 64 bits by each route (span, list, any sequence), signed sums with
/// negative terms, counts of units equal but not the same object; and rounding's refusals, negative divisors and zero.</summary>
public class SumAndRoundingEdgeTests
{
    [Fact]
    public void SignedSums_WithNegativeTerms_AreExact()
    {
        Assert.Equal(Money.FromYuan(-2), Quantity.Sum<Money>([Money.FromYuan(-5), Money.FromYuan(3)]));
        Assert.Equal(HeadcountChange.FromPersons(-7), Quantity.Sum<HeadcountChange>([HeadcountChange.FromPersons(-9), HeadcountChange.FromPersons(2)]));
        Assert.Equal(Money.MinValue, Quantity.Sum<Money>([Money.MinValue + Money.FromFen(1), Money.FromFen(-1)]));
    }

    [Fact]
    public void SumOfAnySequence_LandingOnAnEnd_Fits()
    {
        Assert.Equal(Money.MinValue, Quantity.Sum(Sequence(Money.MinValue + Money.FromFen(1), Money.FromFen(-1))));
        Assert.Equal(Money.MaxValue, Quantity.Sum(Sequence(Money.MaxValue - Money.FromFen(1), Money.FromFen(1))));
        Assert.Equal(Money.MaxValue, Quantity.Sum(Sequence(Money.MaxValue, Money.FromFen(1), Money.FromFen(-1))));
    }

    [Fact]
    public void SumOfAnySequence_PastAnEnd_NamesTheFirstPairThatLeft()
    {
        // The running total reaches MinValue exactly, then leaves: the pair named is MinValue and the term after it.
        var error = Assert.Throws<OverflowException>(() => Quantity.Sum(Sequence(Money.MinValue + Money.FromFen(1), Money.FromFen(-1), Money.FromFen(-1))));
        Assert.StartsWith($"Money addition overflowed: {Money.MinValue} + -0.01元 ", error.Message, StringComparison.Ordinal);
        var above = Assert.Throws<OverflowException>(() => Quantity.Sum(Sequence(Money.MaxValue, Money.FromFen(1), Money.FromFen(1))));
        Assert.StartsWith($"Money addition overflowed: {Money.MaxValue} + 0.01元 ", above.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitCounts_OfEqualUnitsThatAreDifferentObjects_Add()
    {
        var first = new CountUnit("household", "户", "戶", "household", "households");
        var second = new CountUnit("household", "户", "戶", "household", "households");
        Assert.Equal(new UnitCount(3, first), Quantity.Sum<UnitCount>([new UnitCount(1, first), new UnitCount(2, second)]));
        Assert.Equal(new UnitCount(3, first), Quantity.Sum<UnitCount>([default, new UnitCount(1, first), default, new UnitCount(2, second)]));
        Assert.Equal(new UnitCount(long.MaxValue, first), Quantity.Sum<UnitCount>([new UnitCount(long.MaxValue - 1, first), new UnitCount(1, second)]));
        Assert.Throws<OverflowException>(() => Quantity.Sum<UnitCount>([new UnitCount(long.MaxValue, first), new UnitCount(1, second)]));
        Assert.Throws<ArgumentException>(() => Quantity.Sum<UnitCount>([new UnitCount(1, first), new UnitCount(2, second), new UnitCount(1, CountUnit.Enterprises)]));
        Assert.Equal(default, Quantity.Sum<UnitCount>([default, default]));
    }

    [Fact]
    public void Round_UndefinedMode_IsRefusedEvenWhenNothingIsDropped()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1.5m, Scale.One, 5, (RoundingMode)99));
        Assert.Equal("mode", error.ParamName);
        Assert.StartsWith("decimals must lie in [0, 28]; got 29.", Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1.5m, 29, RoundingMode.HalfEven)).Message, StringComparison.Ordinal);
        Assert.StartsWith("decimals must lie in [0, 28]; got -1.", Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1.5m, -1, RoundingMode.HalfEven)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RoundingMode.HalfEven, 0L, 0L)]
    [InlineData(RoundingMode.HalfAwayFromZero, 0L, 0L)]
    [InlineData(RoundingMode.TowardZero, 0L, 0L)]
    [InlineData(RoundingMode.Floor, 0L, -1_000_000_000_000L)]
    [InlineData(RoundingMode.Ceiling, 1_000_000_000_000L, 0L)]
    public void Round_DroppingMoreThan38Places_RoundsTheWholeValue(RoundingMode mode, long ofPositive, long ofNegative)
    {
        // 28 decimals, rounded to a whole 万亿: 40 places are dropped, more than a 128-bit power of ten holds.
        const decimal value = 0.5000000000000000000000000001m;
        Assert.Equal(ofPositive, Rounding.Round(value, Scale.WanYi, 0, mode));
        Assert.Equal(ofNegative, Rounding.Round(-value, Scale.WanYi, 0, mode));
    }

    [Fact]
    public void Round_ToZero_IsNotNegativeZero()
    {
        Assert.False(decimal.IsNegative(Rounding.Round(-0.4m, Scale.One, 0, RoundingMode.HalfEven)));
        Assert.False(decimal.IsNegative(Rounding.Round(-4m, Scale.Wan, 0, RoundingMode.HalfAwayFromZero)));
        Assert.True(decimal.IsNegative(Rounding.Round(-0.6m, Scale.One, 0, RoundingMode.HalfEven)));
    }

    [Theory]
    [InlineData(7, -2, "HalfEven", -4)]
    [InlineData(-7, -2, "HalfEven", 4)]
    [InlineData(5, -2, "HalfEven", -2)]
    [InlineData(7, -2, "Floor", -4)]
    [InlineData(7, -2, "Ceiling", -3)]
    [InlineData(-7, -2, "TowardZero", 3)]
    [InlineData(7, -2, "HalfAwayFromZero", -4)]
    public void Divide_ByANegativeDenominator_RoundsTheTrueQuotient(long numerator, long denominator, string mode, long expected) =>
        Assert.Equal(expected, Rounding.Divide(numerator, denominator, Enum.Parse<RoundingMode>(mode)));

    private static IEnumerable<Money> Sequence(params Money[] values)
    {
        foreach (Money value in values)
        {
            yield return value;
        }
    }
}
