using System;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

public class HeadcountTests
{
    [Fact]
    public void FromWan_WholePersons_Accepted()
    {
        Assert.Equal(146_400L, Headcount.FromWan(14.64m).Persons);
        Assert.Equal(17_700L, Headcount.FromWan(1.77m).Persons);
        Assert.Equal(14.64m, Headcount.FromPersons(146_400).Wan);
    }

    [Fact]
    public void FromWan_NotAWholePerson_ThrowsNamingTheValue()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Headcount.FromWan(14.64005m));
        Assert.Equal("wan", e.ParamName);
        Assert.Contains("14.64005万人", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_Throws()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(-1));
        Assert.Equal("persons", e.ParamName);
        Assert.Contains("cannot be negative", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromWan(-1m));
    }

    [Fact]
    public void Subtraction_BelowZero_ThrowsAndPointsToChangeFrom()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(
            () => Headcount.FromPersons(3) - Headcount.FromPersons(5));
        Assert.Contains("ChangeFrom", e.Message, StringComparison.Ordinal);
        Assert.Equal(Headcount.FromPersons(2), Headcount.FromPersons(5) - Headcount.FromPersons(3));
    }

    [Fact]
    public void ChangeFrom_IsSigned()
    {
        HeadcountChange fall = Headcount.FromPersons(8_800).ChangeFrom(Headcount.FromPersons(10_000));
        Assert.Equal(-1_200L, fall.Persons);
        Assert.Equal("-1200人", fall.ToString());
        Assert.Equal(fall, HeadcountChange.Parse("-1200人", null));
        Assert.Equal(Headcount.FromPersons(8_800), Headcount.FromPersons(10_000).Plus(fall));
        Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(1_000).Plus(fall));
    }

    [Fact]
    public void Addition_Overflow_Throws()
    {
        OverflowException e = Assert.Throws<OverflowException>(() => Headcount.FromPersons(long.MaxValue) + Headcount.FromPersons(1));
        Assert.Contains("Headcount addition overflowed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Division_IsAnExactRatio()
    {
        Assert.Equal(new Ratio(39_221, 20_000), Headcount.FromPersons(39_221) / Headcount.FromPersons(20_000));
        Assert.Throws<DivideByZeroException>(() => Headcount.FromPersons(1) / Headcount.Zero);
    }

    [Fact]
    public void Ordering_Contract()
    {
        Contract.AssertOrdering(Headcount.FromPersons(2569), Headcount.FromWan(0.2569m), Headcount.FromPersons(39_221));
        Contract.AssertOrdering(HeadcountChange.FromPersons(-5), HeadcountChange.FromPersons(-5), HeadcountChange.Zero);
    }

    [Fact]
    public void Overflows_SayWhatOverflowed()
    {
        Assert.Contains("HeadcountChange negation overflowed", Assert.Throws<OverflowException>(() => -HeadcountChange.FromPersons(long.MinValue)).Message, StringComparison.Ordinal);
        Assert.Contains("Headcount overflowed", Assert.Throws<OverflowException>(() => Headcount.FromPersons(long.MaxValue).Plus(HeadcountChange.FromPersons(1))).Message, StringComparison.Ordinal);
    }
}
