using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

public class PublishedRateTests
{
    [Fact]
    public void Rate_StandsForItsRoundingInterval()
    {
        PublishedRate rate = PublishedRate.Parse("196.11%");
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(196_105, 100_000), new Ratio(196_115, 100_000)), rate.Bounds);
        Assert.Equal(2, rate.Decimals);
        Assert.Equal("196.11%", rate.ToString());
        Assert.True(rate.IsRoundingOf(Percent.FromPercentage(196.105m), RoundingMode.HalfAwayFromZero));
        Assert.False(rate.IsRoundingOf(Percent.FromPercentage(196.105m), RoundingMode.HalfEven));
    }

    [Fact]
    public void Rates_WithQualifiers()
    {
        Assert.Equal(ValueInterval.AtMost(new Ratio(35, 1000), inclusive: true), PublishedRate.Parse("3.5%以内").Bounds);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(545, 10_000), new Ratio(555, 10_000)), PublishedRate.Parse("5.5%左右").Bounds);
        Assert.Equal(Qualifier.Approximately, PublishedRate.Parse("约5.5％").Qualifier);
    }

    [Theory]
    [InlineData("100/3%", "fraction")]
    [InlineData("1.38%多", "is not a rate")]
    public void Parse_FractionOrStrayMarker_ThrowsSayingWhy(string text, string problem) =>
        Assert.Contains(problem, Assert.Throws<FormatException>(() => PublishedRate.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_ManyDecimals_RoundTrips()
    {
        PublishedRate rate = PublishedRate.Parse("1.0000000000000000000%");
        Assert.Equal("1.0000000000000000000%", rate.ToString());
        Assert.True(rate.IsRoundingOf(Percent.FromPercentage(1m), RoundingMode.HalfEven));
    }

    [Fact]
    public void Equality_TakesTheValueAndThePublication()
    {
        PublishedRate plain = PublishedRate.Parse("3.5%");
        Assert.True(plain == PublishedRate.Parse("3.5%"));
        Assert.False(plain != PublishedRate.Parse("3.5%"));
        Assert.False(plain == PublishedRate.Parse("约3.5%"));   // the same value, another qualifier
        Assert.False(plain == PublishedRate.Parse("3.50%"));    // the same value, printed with another precision
        Assert.True(plain != PublishedRate.Parse("3.50%"));
        Assert.False(plain.Equals(PublishedRate.Parse("3.6%")));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(39)]
    public void Of_DecimalsOutside0To38_NamesDecimals(int decimals) =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedRate.Of(Percent.FromPercentage(3.5m), decimals)).ParamName);

    [Fact]
    public void PublishedFigure_Equality_AndAnExactPrecision()
    {
        PublishedFigure<Headcount> figure = PublishedFigure.Parse<Headcount>("14.64万人");
        Assert.True(figure != PublishedFigure.Parse<Headcount>("约14.64万人"));
        Assert.False(figure != PublishedFigure.Parse<Headcount>("14.64万人"));
        ArgumentException e = Assert.Throws<ArgumentException>(() => PublishedFigure.Of(Headcount.FromPersons(146_400), DisplayFormat.Exact));
        Assert.Equal("precision", e.ParamName);
        Assert.Contains("decimals it was printed with", e.Message, StringComparison.Ordinal);
    }
}
