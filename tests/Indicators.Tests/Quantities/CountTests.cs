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
    }
}
