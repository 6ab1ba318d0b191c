using System;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>The counted quantities read the same at the call site as Money and Headcount do.</summary>
public class CountApiShapeTests
{
    [Fact]
    public void Parse_WithoutProvider_OnEveryCountedType()
    {
        Assert.Equal(Count<Enterprises>.Of(2677), Count<Enterprises>.Parse("2677家"));
        Assert.Equal(new UnitCount(57, CountUnit.Events), UnitCount.Parse("57场"));
        Assert.Equal(HeadcountChange.FromPersons(-1200), HeadcountChange.Parse("-1200人"));
        Assert.True(Count<Enterprises>.TryParse("1.2万家", out Count<Enterprises> count));
        Assert.Equal(12_000, count.Value);
        Assert.True(UnitCount.TryParse("3期", out UnitCount sessions));
        Assert.Equal(CountUnit.Sessions, sessions.Unit);
        Assert.True(HeadcountChange.TryParse("+5人", out HeadcountChange change));
        Assert.Equal(5, change.Persons);
        Assert.False(Count<Enterprises>.TryParse("3人", out _));
        Assert.False(HeadcountChange.TryParse(null, out _));
    }

    [Fact]
    public void ToString_WithFormatOnly()
    {
        Assert.Equal("0.27万家", Count<Enterprises>.Of(2677).ToString("W2"));
        Assert.Equal("14.64万人", Headcount.FromPersons(146_400).ToString("W2"));
        Assert.Equal("-0.12万人", HeadcountChange.FromPersons(-1200).ToString("W2"));
        Assert.Equal("0.01万场", new UnitCount(57, CountUnit.Events).ToString("W2"));
    }

    [Fact]
    public void NamedOperators_MatchTheOperators()
    {
        Count<Sites> one = Count<Sites>.Of(1), three = Count<Sites>.Of(3);
        Assert.Equal(Count<Sites>.Of(4), Count<Sites>.Add(one, three));
        Assert.Equal(Count<Sites>.Of(2), Count<Sites>.Subtract(three, one));
        Assert.Equal(new Ratio(1, 3), Count<Sites>.Divide(one, three));
        Assert.Equal(one, Count<Sites>.Min(one, three));
        Assert.Equal(three, Count<Sites>.Max(three, one));

        HeadcountChange up = HeadcountChange.FromPersons(5), down = HeadcountChange.FromPersons(-7);
        Assert.Equal(HeadcountChange.FromPersons(-2), HeadcountChange.Add(up, down));
        Assert.Equal(HeadcountChange.FromPersons(12), HeadcountChange.Subtract(up, down));
        Assert.Equal(HeadcountChange.FromPersons(7), HeadcountChange.Negate(down));
        Assert.Equal(HeadcountChange.FromPersons(-2), up.Plus(down));
        Assert.Equal(HeadcountChange.FromPersons(12), up.Minus(down));
        Assert.Equal(down, HeadcountChange.Min(up, down));
        Assert.Equal(up, HeadcountChange.Max(up, down));

        Assert.Equal(Headcount.FromPersons(3), Headcount.Min(Headcount.FromPersons(3), Headcount.FromPersons(9)));
        Assert.Equal(Headcount.FromPersons(9), Headcount.Max(Headcount.FromPersons(3), Headcount.FromPersons(9)));

        var a = new UnitCount(3, CountUnit.Events);
        var b = new UnitCount(4, CountUnit.Events);
        Assert.Equal(new UnitCount(7, CountUnit.Events), UnitCount.Add(a, b));
        Assert.Equal(new UnitCount(1, CountUnit.Events), UnitCount.Subtract(b, a));
        Assert.Equal(new UnitCount(7, CountUnit.Events), a.Plus(b));
        Assert.Equal(new UnitCount(1, CountUnit.Events), b.Minus(a));
        Assert.Throws<ArgumentException>(() => a.Plus(new UnitCount(1, CountUnit.Sites)));
    }

    [Fact]
    public void Completion_OfRunTimeCountsOfDifferentUnits_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => Indicators.Targets.TargetCompletion.Of(new UnitCount(3, CountUnit.Events), new UnitCount(4, CountUnit.Sites)));
        Assert.Contains("different units", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadcountChange_FromWanAndWan_LikeHeadcount()
    {
        Assert.Equal(HeadcountChange.FromPersons(-1200), HeadcountChange.FromWan(-0.12m));
        Assert.Equal(-0.12m, HeadcountChange.FromPersons(-1200).Wan);
        Assert.Equal(14.64m, HeadcountChange.FromWan(14.64m).Wan);
        Assert.Equal("wan", Assert.Throws<ArgumentException>(() => HeadcountChange.FromWan(0.00001m)).ParamName);
        Assert.Throws<OverflowException>(() => HeadcountChange.FromWan(decimal.MinValue));
    }
}
