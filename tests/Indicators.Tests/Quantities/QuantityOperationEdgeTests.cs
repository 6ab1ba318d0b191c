using System;
using System.Globalization;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>The named forms of the operators, Min and Max in either order, results that land on the top of 64 bits, a
/// rate's refusal of a scale in every way of formatting it, and the null arguments of Sum.</summary>
public class QuantityOperationEdgeTests
{
    [Fact]
    public void NamedForms_DoWhatTheirOperatorsDo()
    {
        Headcount three = Headcount.FromPersons(3);
        Headcount five = Headcount.FromPersons(5);
        Assert.Equal(Headcount.FromPersons(8), Headcount.Add(three, five));
        Assert.Equal(Headcount.FromPersons(2), Headcount.Subtract(five, three));
        Assert.Equal(Headcount.FromPersons(8), three.Plus(five));
        Assert.Equal(Headcount.FromPersons(2), five.Minus(three));
        Assert.Equal(Count<Events>.Of(8), Count<Events>.Of(3).Plus(Count<Events>.Of(5)));
    }

    [Fact]
    public void MinAndMax_TakeTheSmallerAndTheLarger_InEitherOrder()
    {
        AssertMinMax(Headcount.FromPersons(1), Headcount.FromPersons(2), Headcount.Min, Headcount.Max);
        AssertMinMax(HeadcountChange.FromPersons(-2), HeadcountChange.FromPersons(1), HeadcountChange.Min, HeadcountChange.Max);
        AssertMinMax(Count<Events>.Of(1), Count<Events>.Of(2), Count<Events>.Min, Count<Events>.Max);
        AssertMinMax(Percent.FromPercentage(1m), Percent.FromPercentage(2m), Percent.Min, Percent.Max);
        AssertMinMax(PercentagePoints.FromPoints(-1m), PercentagePoints.FromPoints(1m), PercentagePoints.Min, PercentagePoints.Max);
        AssertMinMax(new Ratio(1, 3), new Ratio(1, 2), Ratio.Min, Ratio.Max);

        static void AssertMinMax<T>(T smaller, T larger, Func<T, T, T> min, Func<T, T, T> max)
        {
            Assert.Equal(smaller, min(smaller, larger));
            Assert.Equal(smaller, min(larger, smaller));
            Assert.Equal(larger, max(smaller, larger));
            Assert.Equal(larger, max(larger, smaller));
            Assert.Equal(smaller, min(smaller, smaller));
        }
    }

    [Fact]
    public void Results_OnTheTopOf64Bits_Fit()
    {
        Assert.Equal(long.MaxValue, Headcount.FromPersons(long.MaxValue - 1).Plus(HeadcountChange.FromPersons(1)).Persons);
        Assert.Equal(0, Headcount.FromPersons(1).Plus(HeadcountChange.FromPersons(-1)).Persons);
        Assert.Equal(
            $"HeadcountChange overflowed: {long.MinValue}人 − 1人 is outside the 64-bit range.",
            Assert.Throws<OverflowException>(() => HeadcountChange.FromPersons(long.MinValue) - HeadcountChange.FromPersons(1)).Message);
        Assert.Equal(long.MinValue, (HeadcountChange.FromPersons(long.MinValue + 1) - HeadcountChange.FromPersons(1)).Persons);
    }

    [Fact]
    public void NegativeCounts_NameTheirType()
    {
        Assert.StartsWith("A headcount cannot be negative; got -1.", Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(-1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("A Count<Events> (场) cannot be negative; got -1.", Assert.Throws<ArgumentOutOfRangeException>(() => Count<Events>.Of(-1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("1.00001万场 is not a whole number of 场.", Assert.Throws<ArgumentException>(() => Count<Events>.FromWan(1.00001m)).Message, StringComparison.Ordinal);
        Assert.False(Count<Events>.TryParse("-5场", out _));
        Assert.False(Headcount.TryParse("-5人", out _));
    }

    [Theory]
    [InlineData("W2")]
    [InlineData("Y")]
    [InlineData("WY0")]
    public void Rates_RefuseAScale_InEveryWayOfFormatting(string format)
    {
        Percent percent = Percent.FromPercentage(1.5m);
        PercentagePoints points = PercentagePoints.FromPoints(1.5m);
        char[] destination = new char[64];
        Assert.Throws<FormatException>(() => percent.ToString(format, CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => percent.TryFormat(destination, out _, format, CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => points.ToString(format, CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => points.ToString(DisplayFormat.Parse(format), CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => points.TryFormat(destination, out _, format, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SumWithASelector_NamesItsNullArgument()
    {
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => QuantityEnumerable.Sum<string, Headcount>(null!, _ => Headcount.FromPersons(1))).ParamName);
        Assert.Equal("selector", Assert.Throws<ArgumentNullException>(() => QuantityEnumerable.Sum<string, Headcount>(["a"], null!)).ParamName);
        Assert.Equal(Headcount.FromPersons(3), QuantityEnumerable.Sum<string, Headcount>(["a", "bb"], s => Headcount.FromPersons(s.Length)));
    }
}
