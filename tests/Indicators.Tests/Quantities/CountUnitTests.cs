using System;
using System.Collections.Generic;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

public class CountUnitTests
{
    [Fact]
    public void All_CannotBeChangedThroughACast()
    {
        IReadOnlyList<CountUnit> all = CountUnit.All;
        Assert.IsNotType<List<CountUnit>>(all);
        Assert.Throws<NotSupportedException>(() => ((IList<CountUnit>)all).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<CountUnit>)all)[0] = CountUnit.PersonTimes);
        Assert.Equal(new UnitCount(5, CountUnit.Enterprises), UnitCount.Parse("5家"));
        Assert.Same(CountUnit.Enterprises, all[0]);
    }

    [Fact]
    public void Constructor_CodeOfAPredefinedUnitWithOtherNames_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new CountUnit("enterprise", "户", "戶", "household", "households"));
        Assert.Equal("code", e.ParamName);
        Assert.Contains("家", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_ComparesCodeAndEveryName()
    {
        var again = new CountUnit("enterprise", "家", "家", "enterprise", "enterprises");
        Assert.Equal(CountUnit.Enterprises, again);
        Assert.Equal(CountUnit.Enterprises.GetHashCode(), again.GetHashCode());
        var households = new CountUnit("household", "户", "戶", "household", "households");
        var otherHouseholds = new CountUnit("household", "户", "户", "household", "households");
        Assert.NotEqual(households, otherHouseholds);
        Assert.True(households != otherHouseholds);
        Assert.Equal(new UnitCount(7, again), new UnitCount(3, again) + new UnitCount(4, CountUnit.Enterprises));
        Assert.Throws<ArgumentException>(() => new UnitCount(3, households) + new UnitCount(4, CountUnit.Enterprises));
        Assert.Throws<ArgumentException>(() => new UnitCount(3, households) + new UnitCount(4, otherHouseholds));
    }

    [Fact]
    public void TryGetPredefined_AndIsPredefined()
    {
        Assert.True(CountUnit.TryGetPredefined("enterprise", out CountUnit? enterprises));
        Assert.Same(CountUnit.Enterprises, enterprises);
        Assert.False(CountUnit.TryGetPredefined("household", out CountUnit? none));
        Assert.Null(none);
        Assert.False(CountUnit.TryGetPredefined(null, out _));
        Assert.True(CountUnit.Events.IsPredefined);
        Assert.True(new CountUnit("event", "场", "場", "event", "events").IsPredefined);
        Assert.False(new CountUnit("household", "户", "戶", "household", "households").IsPredefined);
    }
}
