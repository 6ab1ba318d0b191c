using System;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

public class PercentTests
{
    [Fact]
    public void FromPercentage_StoresTheExactRatio()
    {
        Percent rate = Percent.FromPercentage(1.38m);
        Assert.Equal(new Ratio(138, 10_000), rate.Ratio);
        Assert.Equal(rate, Percent.FromRatio(0.0138m));
        Assert.Equal(1.38m, rate.ToPercentage(2, RoundingMode.HalfEven));
    }

    [Fact]
    public void Difference_IsPercentagePoints()
    {
        PercentagePoints difference = Percent.FromPercentage(1.38m) - Percent.FromPercentage(1.58m);
        Assert.Equal(PercentagePoints.FromPoints(-0.2m), difference);
        Assert.Equal(-0.2m, difference.ToPoints(1, RoundingMode.HalfEven));
        Assert.Equal(difference, Percent.Subtract(Percent.FromPercentage(1.38m), Percent.FromPercentage(1.58m)));
    }

    [Fact]
    public void PlusAndMinusPoints_GiveARate()
    {
        Percent rate = Percent.FromPercentage(1.58m) + PercentagePoints.FromPoints(-0.2m);
        Assert.Equal(Percent.FromPercentage(1.38m), rate);
        Assert.Equal(Percent.FromPercentage(1.58m), rate - PercentagePoints.FromPoints(-0.2m));
        Assert.Equal(rate, Percent.FromPercentage(1.58m).Plus(PercentagePoints.FromPoints(-0.2m)));
        Assert.Equal(Percent.FromPercentage(1.58m), rate.Minus(PercentagePoints.FromPoints(-0.2m)));
    }

    [Fact]
    public void ToPercentage_RoundsWithTheNamedMode()
    {
        Percent rate = Percent.FromRatio(new Ratio(39_221, 20_000));
        Assert.Equal(196.11m, rate.ToPercentage(2, RoundingMode.HalfAwayFromZero));
        Assert.Equal(196.10m, rate.ToPercentage(2, RoundingMode.HalfEven));
        Assert.Equal(196.105m, rate.ToPercentage(3, RoundingMode.HalfEven));
    }

    [Fact]
    public void Ordering_Contract()
    {
        Contract.AssertOrdering(Percent.FromPercentage(1.38m), Percent.FromRatio(new Ratio(69, 5000)), Percent.OneHundred);
        Contract.AssertOrdering(PercentagePoints.FromPoints(-0.2m), PercentagePoints.FromRatio(new Ratio(-1, 500)), PercentagePoints.Zero);
    }
}
