using System;
using System.Collections.Generic;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

public class UnitCountTests
{
    [Fact]
    public void UnitCount_SameUnit_Adds()
    {
        UnitCount sum = new UnitCount(57, CountUnit.Enterprises) + Count<Enterprises>.Of(18);
        Assert.Equal(new UnitCount(75, CountUnit.Enterprises), sum);
        Assert.Equal(Count<Enterprises>.Of(75), sum.As<Enterprises>());
    }

    [Fact]
    public void UnitCount_DifferentUnits_AddingOrComparingThrows()
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
    public void UnitCount_DefaultIsNotAZeroOfAUnit()
    {
        Assert.NotEqual(default, Count<Enterprises>.Zero.ToUnitCount());
        Assert.True(UnitCount.UnitThenValueComparer.Compare(default, Count<Enterprises>.Zero) < 0);
        Assert.Equal(0, UnitCount.UnitThenValueComparer.Compare(default, default));
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
    public void UnitCount_TryParse_AllocatesNothing()
    {
        Assert.True(UnitCount.TryParse("2677家".AsSpan(), null, out _)); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            UnitCount.TryParse("2677家".AsSpan(), null, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Ordering_Contract() =>
        Contract.AssertEquality(new UnitCount(1, CountUnit.Events), new UnitCount(1, CountUnit.Events), new UnitCount(2, CountUnit.Events));

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
