using System;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>
/// Edges of the target types that mutation testing found untested: margins at the very end of 128 bits, the text of a
/// margin that does not fit, what the errors of a quantity target name and carry.
/// </summary>
public class TargetEdgeTests
{
    private static readonly BigInteger Max = (BigInteger)Int128.MaxValue;

    [Fact]
    public void RateMargin_OfExactlyTheLargestTerms_Fits()
    {
        // Int128.MaxValue (2¹²⁷ − 1) as the margin's numerator, and as its denominator: both still fit.
        Percent huge = Percent.FromRatio(new Ratio(Int128.MaxValue, 1));
        Assert.True(RateTarget.AtLeast(Percent.Zero).Evaluate(huge).TryGetMargin(out PercentagePoints wide));
        Assert.Equal(PercentagePoints.FromRatio(new Ratio(Int128.MaxValue, 1)), wide);

        Percent tiny = Percent.FromRatio(new Ratio(1, Int128.MaxValue));
        Assert.True(RateTarget.AtMost(Percent.Zero).Evaluate(tiny).TryGetMargin(out PercentagePoints fine));
        Assert.Equal(PercentagePoints.FromRatio(new Ratio(-1, Int128.MaxValue)), fine);
    }

    [Fact]
    public void RateMargin_BeyondTheLargestTerms_IsWrittenExactlyInLowestTerms()
    {
        // A whole margin: 2¹²⁷ − 1 against a floor of −(2¹²⁷ − 1) is 2 · (2¹²⁷ − 1), in points 200 · (2¹²⁷ − 1).
        Percent huge = Percent.FromRatio(new Ratio(Int128.MaxValue, 1));
        RateTargetOutcome whole = RateTarget.AtLeast(Percent.FromRatio(new Ratio(-Int128.MaxValue, 1))).Evaluate(huge);
        Assert.False(whole.TryGetMargin(out _));
        Assert.EndsWith($": met, margin {200 * Max}个百分点", whole.ToString(), StringComparison.Ordinal);
        OverflowException e = Assert.Throws<OverflowException>(() => whole.Margin);
        Assert.Equal($"The margin of {huge} against {whole.Target} is {200 * Max}个百分点, which does not fit the 128-bit terms of PercentagePoints.", e.Message);

        // A fraction whose terms share a factor with 100: 1/(2·D1) − 1/D2 in points is 100·(D2 − 2·D1)/(2·D1·D2), reduced.
        BigInteger d1 = BigInteger.Pow(10, 20) + 39, d2 = BigInteger.Pow(10, 20) + 129;
        RateTargetOutcome fraction = RateTarget.AtMost(Percent.FromRatio(new Ratio(1, (Int128)(2 * d1)))).Evaluate(Percent.FromRatio(new Ratio(1, (Int128)d2)));
        BigInteger n = 100 * (d2 - (2 * d1)), d = 2 * d1 * d2, g = BigInteger.GreatestCommonDivisor(BigInteger.Abs(n), d);
        Assert.True(g > 1);
        Assert.EndsWith($": missed, margin {n / g}/{d / g}个百分点", fraction.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void QuantityTarget_OutOfRange_CarriesTheValueRefused()
    {
        ArgumentOutOfRangeException floor = Assert.Throws<ArgumentOutOfRangeException>(() => QuantityTarget.AtLeast(Money.FromFen(-3)));
        Assert.Equal(Money.FromFen(-3), floor.ActualValue);
        ArgumentOutOfRangeException tolerance = Assert.Throws<ArgumentOutOfRangeException>(() => QuantityTarget.About(Money.FromYuan(5m), Money.FromYuan(-1m)));
        Assert.Equal(Money.FromYuan(-1m), tolerance.ActualValue);
        Assert.StartsWith("A tolerance cannot be negative; got -1元.", tolerance.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantityTarget_ActualOfAnotherUnit_SaysItCannotBeEvaluated()
    {
        QuantityTarget<UnitCount> projects = QuantityTarget.AtLeast(new UnitCount(10, CountUnit.Projects));
        ArgumentException exact = Assert.Throws<ArgumentException>(() => projects.Evaluate(new UnitCount(3, CountUnit.Enterprises)));
        Assert.StartsWith("Cannot evaluate ", exact.Message, StringComparison.Ordinal);
        ArgumentException published = Assert.Throws<ArgumentException>(
            () => projects.Evaluate(PublishedFigure.Of(new UnitCount(3, CountUnit.Enterprises), new DisplayFormat(Scale.One, 0))));
        Assert.StartsWith("Cannot evaluate ", published.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("±5人", "the text before ± is not a Headcount")]
    [InlineData("5人±", "the text after ± is not a Headcount (the tolerance)")]
    public void QuantityTarget_PlusMinusWithoutANumber_SaysWhichSide(string text, string reason)
    {
        Assert.False(QuantityTarget<Headcount>.TryParse(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => QuantityTarget<Headcount>.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RateTarget_PlusMinusWithoutALevel_SaysSo()
    {
        FormatException e = Assert.Throws<FormatException>(() => RateTarget.Parse("±0.3个百分点"));
        Assert.Contains("the text before ± is not a rate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_OfAnotherUnit_SaysItCannotBeMeasured()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => TargetCompletion.Of(new UnitCount(3, CountUnit.Enterprises), new UnitCount(10, CountUnit.Projects)));
        Assert.StartsWith("Cannot measure completion of ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedOutcome_OfAFigureAboutAWholeNumber_TakesTheOneWholeValueInside()
    {
        // 约39221人 stands for [39220.5, 39221.5): the only whole value is 39221, so against 39221人以内 the margin is 0.
        PublishedTargetOutcome<Headcount> positive = QuantityTarget.AtMost(Headcount.FromPersons(39_221)).Evaluate(PublishedFigure.Parse<Headcount>("约39221人"));
        Assert.Equal(ValueInterval.Closed(0, 0), positive.MarginBounds);
        Assert.Equal(TargetVerdict.Met, positive.Verdict);

        // 约-5人 stands for [-5.5, -4.5): the only whole value is -5.
        HeadcountChange minusFive = HeadcountChange.FromPersons(-5);
        PublishedTargetOutcome<HeadcountChange> negative = QuantityTarget.AtMost(minusFive).Evaluate(PublishedFigure.Parse<HeadcountChange>("约-5人"));
        Assert.Equal(ValueInterval.Closed(0, 0), negative.MarginBounds);
    }
}
