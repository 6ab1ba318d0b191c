using System;
using Indicators.Quantities;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Targets;

public class RateTargetTests
{
    [Fact]
    public void Ceiling_IsMetWithHeadroom_NeverAPercentage()
    {
        RateTarget ceiling = RateTarget.Parse("3.5%以内");
        Assert.Equal(RateTarget.AtMost(Percent.FromPercentage(3.5m)), ceiling);
        Assert.Equal(Polarity.LowerIsBetter, ceiling.Polarity);
        RateTargetOutcome outcome = ceiling.Evaluate(Percent.FromPercentage(1.38m));
        Assert.True(outcome.IsMet);
        Assert.Equal(PercentagePoints.FromPoints(2.12m), outcome.Margin);
        Assert.False(ceiling.Evaluate(Percent.FromPercentage(3.6m)).IsMet);
        Assert.True(ceiling.Evaluate(Percent.FromPercentage(3.5m)).IsMet);
        Assert.Equal(RateTarget.AtMost(Percent.FromPercentage(3.5m)), RateTarget.Parse("不超过3.5%"));
    }

    [Fact]
    public void Floor()
    {
        RateTarget floor = RateTarget.Parse("3%以上");
        Assert.Equal(TargetKind.AtLeast, floor.Kind);
        Assert.Equal(PercentagePoints.FromPoints(-0.5m), floor.Evaluate(Percent.FromPercentage(2.5m)).Margin);
        Assert.False(floor.Evaluate(Percent.FromPercentage(2.5m)).IsMet);
    }

    [Fact]
    public void About_IsWithinTheToleranceOfItsPrinting()
    {
        RateTarget about = RateTarget.Parse("5.5%左右");
        Assert.Equal(TargetKind.About, about.Kind);
        Assert.Equal(PercentagePoints.FromPoints(0.05m), about.Tolerance);
        Assert.True(about.Evaluate(Percent.FromPercentage(5.45m)).IsMet);
        Assert.True(about.Evaluate(Percent.FromPercentage(5.55m)).IsMet);
        Assert.False(about.Evaluate(Percent.FromPercentage(5.56m)).IsMet);
        Assert.True(RateTarget.About(Percent.FromPercentage(5.5m), PercentagePoints.FromPoints(0.5m)).Evaluate(Percent.FromPercentage(5.9m)).IsMet);
        Assert.Throws<ArgumentOutOfRangeException>(() => RateTarget.About(Percent.FromPercentage(5.5m), PercentagePoints.FromPoints(-1m)));
    }

    [Fact]
    public void Parse_WithoutQualifier_Throws()
    {
        Assert.Contains("needs a qualifier", Assert.Throws<FormatException>(() => RateTarget.Parse("3.5%")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StrictMarkers_StayStrict()
    {
        RateTarget below = RateTarget.Parse("低于3.5%");
        Assert.False(below.IsInclusive);
        Assert.False(below.Evaluate(Percent.FromPercentage(3.5m)).IsMet);
        Assert.True(below.Evaluate(Percent.FromPercentage(3.49m)).IsMet);
        Assert.False(RateTarget.Parse("超过3%").Evaluate(Percent.FromPercentage(3m)).IsMet);
        Assert.True(RateTarget.Parse("3%以上").Evaluate(Percent.FromPercentage(3m)).IsMet);
        Assert.NotEqual(RateTarget.AtMost(Percent.FromPercentage(3.5m)), below);
        Assert.Equal("below 3.5%", below.ToString());
    }
}
