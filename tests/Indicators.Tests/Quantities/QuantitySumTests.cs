using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>Sums over every kind of sequence agree with each other and with adding one by one.</summary>
public class QuantitySumTests
{
    private sealed record Row(string Name, Money Amount);

    [Fact]
    public void Sum_AcceptsListsArraysSequencesAndLinq()
    {
        var list = new List<Money> { Money.FromYi(45.76m), Money.FromYi(10.55m), Money.FromYi(1.88m) };
        Money expected = Money.FromYi(58.19m);
        Assert.Equal(expected, Quantity.Sum(list));
        Assert.Equal(expected, Quantity.Sum<Money>(list.ToArray()));
        Assert.Equal(expected, Quantity.Sum(list.Where(_ => true)));
        Assert.Equal(expected, list.Sum());
        Assert.Equal(expected, list.Select(m => new Row("x", m)).Sum(r => r.Amount));
        Assert.Equal(Headcount.FromPersons(3), new[] { Headcount.FromPersons(1), Headcount.FromPersons(2) }.Sum());
        Assert.Equal(Money.Zero, Enumerable.Empty<Money>().Sum());
    }

    [Fact]
    public void Sum_Overflow_ThrowsTheQuantitysOwnMessage_OnEveryPath()
    {
        Money[] values = [Money.MaxValue, Money.FromFen(1)];
        Assert.Contains("Money addition overflowed", Assert.Throws<OverflowException>(() => values.Sum()).Message, StringComparison.Ordinal);
        Assert.Contains("Money addition overflowed", Assert.Throws<OverflowException>(() => values.Where(_ => true).Sum()).Message, StringComparison.Ordinal);
        Assert.Contains("Money addition overflowed", Assert.Throws<OverflowException>(() => values.Sum(m => m)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new[] { new UnitCount(1, CountUnit.Events), new UnitCount(1, CountUnit.Sites) }.Sum());
        Assert.Throws<ArgumentNullException>(() => Quantity.Sum((IEnumerable<Money>)null!));
    }

    [QuantityProperty]
    public bool Sum_EveryPathAgreesWithAddingOneByOne(Money[] values)
    {
        // Keep the running total in range by halving: the paths must agree on values that sum without overflow.
        Money[] small = Array.ConvertAll(values, m => Money.FromFen(m.Fen / 1024));
        Money expected = Money.Zero;
        foreach (Money m in small)
        {
            expected += m;
        }

        return Quantity.Sum<Money>(small) == expected
            && Quantity.Sum(new List<Money>(small)) == expected
            && Quantity.Sum(small.Select(m => m)) == expected
            && small.Sum() == expected
            && small.Sum(m => m) == expected;
    }
}
