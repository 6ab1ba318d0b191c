using System;
using Indicators.Quantities;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Targets;

public class TargetCompletionTests
{
    [Fact]
    public void Of_RuralEmployment_IsExactlyTheReferenceRate()
    {
        TargetCompletion<Headcount> completion = TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000));
        Assert.Equal(Percent.FromPercentage(196.105m), completion.Rate);
        Assert.Equal("196.11%", completion.Rate.ToString("F2", null));
        Assert.True(completion.IsMet);
        Assert.Equal(PercentagePoints.FromPoints(96.105m), completion.PointsOverTarget);
        Assert.Equal(Headcount.FromPersons(19_221), completion.Surplus);
        Assert.Equal(Headcount.Zero, completion.Remaining);
        Assert.Equal("39221人 / 20000人 = 196.105%", completion.ToString());
        Assert.Equal(TargetKind.AtLeast, completion.Kind);
        Assert.Equal(Polarity.HigherIsBetter, completion.Polarity);
    }

    [Fact]
    public void Of_Enterprises_AndTraining_MatchTheReport()
    {
        Assert.Equal("133.85%", TargetCompletion.Of(Count<Enterprises>.Of(2677), Count<Enterprises>.Of(2000)).Rate.ToString("F2", null));
        Assert.Equal("144.57%", TargetCompletion.Of(Headcount.FromPersons(28_914), Headcount.FromPersons(20_000)).Rate.ToString("F2", null));
    }

    [Fact]
    public void Of_NotMet_HasRemainingAndNegativePoints()
    {
        TargetCompletion<Money> completion = TargetCompletion.Of(Money.FromWan(80m), Money.FromWan(100m));
        Assert.False(completion.IsMet);
        Assert.Equal(Percent.FromPercentage(80m), completion.Rate);
        Assert.Equal(PercentagePoints.FromPoints(-20m), completion.PointsOverTarget);
        Assert.Equal(Money.FromWan(20m), completion.Remaining);
        Assert.Equal(Money.Zero, completion.Surplus);
    }

    [Fact]
    public void Of_ExactlyMet_IsOneHundredPercent()
    {
        TargetCompletion<Headcount> completion = TargetCompletion.Of(Headcount.FromWan(1.2m), Headcount.FromPersons(12_000));
        Assert.True(completion.IsMet);
        Assert.Equal(Percent.OneHundred, completion.Rate);
        Assert.Equal(PercentagePoints.Zero, completion.PointsOverTarget);
    }

    [Fact]
    public void Of_ZeroOrNegativeTarget_ThrowsSayingSo()
    {
        ArgumentException zero = Assert.Throws<ArgumentException>(() => TargetCompletion.Of(Headcount.FromPersons(5), Headcount.Zero));
        Assert.Equal("target", zero.ParamName);
        Assert.Contains("greater than zero", zero.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TargetCompletion.Of(Money.FromYuan(5m), Money.FromYuan(-5m)));
        Assert.Throws<ArgumentException>(() => TargetCompletion.Of(Money.FromYuan(5m), Money.Zero));
        Assert.Throws<ArgumentException>(() => TargetCompletion.Of(Money.Zero, Money.FromFen(-1)));
        Assert.Throws<ArgumentException>(() => TargetCompletion.Of(Count<Enterprises>.Of(5), Count<Enterprises>.Zero));
    }

    [Fact]
    public void Of_UnitCountsOfDifferentUnits_Throws()
    {
        Assert.Throws<ArgumentException>(() => TargetCompletion.Of(new UnitCount(5, CountUnit.Events), new UnitCount(5, CountUnit.Sites)));
    }

    [Fact]
    public void Equality_ByActualAndTarget()
    {
        var a = TargetCompletion.Of(Headcount.FromPersons(1), Headcount.FromPersons(2));
        var b = TargetCompletion.Of(Headcount.FromPersons(1), Headcount.FromPersons(2));
        var c = TargetCompletion.Of(Headcount.FromPersons(2), Headcount.FromPersons(4));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c); // same rate, different figures
        Assert.Equal(a.Rate, c.Rate);
    }
}
