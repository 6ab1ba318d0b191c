using System;
using System.Collections.Generic;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

public class CountTests
{
    [Fact]
    public void Of_Negative_Throws()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Count<Enterprises>.Of(-1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnitCount(-1, CountUnit.Enterprises));
        Assert.Throws<ArgumentNullException>(() => new UnitCount(1, null!));
    }

    [Fact]
    public void Units_CarryTheirNames()
    {
        Assert.Equal("家", Count<Enterprises>.Unit.Simplified);
        Assert.Equal("個", CountUnit.Positions.Traditional);
        Assert.Equal("person-times", CountUnit.PersonTimes.EnglishPlural);
        Assert.Equal("carriage", CountUnit.Carriages.EnglishSingular);
        Assert.Equal(11, CountUnit.All.Count);
    }

    [Fact]
    public void UnitCount_SameUnit_Adds()
    {
        UnitCount sum = new UnitCount(57, CountUnit.Enterprises) + Count<Enterprises>.Of(18);
        Assert.Equal(new UnitCount(75, CountUnit.Enterprises), sum);
        Assert.Equal(Count<Enterprises>.Of(75), sum.As<Enterprises>());
    }

    [Fact]
    public void UnitCount_DifferentUnits_AddingThrows()
    {
        var enterprises = new UnitCount(2677, CountUnit.Enterprises);
        var positions = new UnitCount(773, CountUnit.Positions);
        ArgumentException e = Assert.Throws<ArgumentException>(() => enterprises + positions);
        Assert.Contains("different units (enterprise, position)", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => enterprises - positions);
        Assert.Throws<InvalidCastException>(() => enterprises.As<Positions>());
        Assert.NotEqual(new UnitCount(5, CountUnit.Enterprises), new UnitCount(5, CountUnit.Positions));
    }

    [Fact]
    public void UnitCount_Default_IsAZeroThatAddsToAnyUnit()
    {
        var trips = new UnitCount(5037, CountUnit.Trips);
        Assert.Equal(trips, default(UnitCount) + trips);
        Assert.Equal(trips, trips + default(UnitCount));
        Assert.Null(default(UnitCount).Unit);
    }

    [Fact]
    public void UnitCount_Parse_ResolvesTheUnit_AndRejectsSharedMeasureWords()
    {
        Assert.Equal(new UnitCount(2677, CountUnit.Enterprises), UnitCount.Parse("2677家", null));
        Assert.Equal(new UnitCount(24, CountUnit.Flights), UnitCount.Parse("24架次", null));
        Assert.Equal(new UnitCount(17_800, CountUnit.PersonTimes), UnitCount.Parse("1.78万人次", null));
        FormatException e = Assert.Throws<FormatException>(() => UnitCount.Parse("773个", null));
        Assert.Contains("more than one unit", e.Message, StringComparison.Ordinal);
        Assert.False(UnitCount.TryParse("773个", null, out _));
    }

    [Fact]
    public void PersonTimes_AreNotPersons()
    {
        Assert.Throws<FormatException>(() => Count<PersonTimes>.Parse("500人", null));
        Assert.Throws<FormatException>(() => Headcount.Parse("500人次", null));
    }

    [Fact]
    public void Subtraction_BelowZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Count<Sites>.Of(1) - Count<Sites>.Of(2));
        Assert.Equal(Count<Sites>.Of(1), Count<Sites>.Of(3).Minus(Count<Sites>.Of(2)));
    }

    [Fact]
    public void Ordering_Contract()
    {
        Contract.AssertOrdering(Count<Enterprises>.Of(57), Count<Enterprises>.Of(57), Count<Enterprises>.Of(2677));
        Contract.AssertEquality(new UnitCount(1, CountUnit.Events), new UnitCount(1, CountUnit.Events), new UnitCount(2, CountUnit.Events));
    }

    [Fact]
    public void UnitCount_IsNotIComparable_MixedUnitsSortByUnitThenValue()
    {
        Assert.False(typeof(IComparable).IsAssignableFrom(typeof(UnitCount)));
        var counts = new List<UnitCount>
        {
            new(5, CountUnit.Positions),
            new(3, CountUnit.Enterprises),
            default,
            new(1, CountUnit.Positions),
            new(9, CountUnit.Enterprises),
        };
        counts.Sort(UnitCount.UnitThenValueComparer);
        Assert.Equal(["0", "3家", "9家", "1个", "5个"], counts.ConvertAll(c => c.ToString()));
    }
}
