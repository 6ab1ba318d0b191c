using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>The text of every error that published figures, published rates and value intervals raise, written out: each
/// names what was refused, what it was given and why.</summary>
public class ReportingErrorTextTests
{
    private static readonly string Zeros36 = new('0', 36);

    [Fact]
    public void Of_NamesTheValueThePrecisionAndTheProblem()
    {
        AssertRefused(
            "146425人 cannot be published at W2 (None, Normal): it has more digits than that prints; round it first (Rounding.Round) if it was published rounded.",
            "value",
            () => PublishedFigure.Of(Headcount.FromPersons(146_425), new DisplayFormat(Scale.Wan, 2)));
        AssertRefused(
            "A published figure needs the decimals it was printed with; G does not name them.",
            "precision",
            () => PublishedFigure.Of(Headcount.FromPersons(146_400), DisplayFormat.Exact));
        AssertRefused(
            "5人 cannot be published at F0 (99, Normal): 99 is not a defined Qualifier.",
            "value",
            () => PublishedFigure.Of(Headcount.FromPersons(5), new DisplayFormat(Scale.One, 0), (Qualifier)99));
        AssertRefused(
            "5人 cannot be published at F0 (None, 99): 99 is not a defined FigureStatus.",
            "value",
            () => PublishedFigure.Of(Headcount.FromPersons(5), new DisplayFormat(Scale.One, 0), Qualifier.None, true, (FigureStatus)99));
        AssertRefused(
            "0人 cannot be published at F0 (AtMost, Normal): a quantity that cannot be negative cannot be published as (−∞, 0).",
            "value",
            () => PublishedFigure.Of(Headcount.Zero, new DisplayFormat(Scale.One, 0), Qualifier.AtMost, inclusive: false));
    }

    [Theory]
    [InlineData(-5, Qualifier.None, "[-5, -5]")]
    [InlineData(-50, Qualifier.Approximately, "(-55, -45]")] // rounded away from zero: open at the far end
    [InlineData(-5, Qualifier.AtMost, "(−∞, -5]")] // inclusive, as Of takes it by default
    [InlineData(-50, Qualifier.Span, "(-60, -50]")]
    public void Of_ANegativeValueOfAQuantityThatCannotBeNegative_NamesItsInterval(long units, Qualifier qualifier, string interval)
    {
        // Only a quantity of a caller's own can hold a value below zero while saying it cannot be negative: the library's
        // own refuse one before it is published, so this is the one way the message shows a lower end or a closed end.
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => PublishedFigure.Of(new PlainUnits(units), new DisplayFormat(Scale.One, 0), qualifier));
        Assert.Equal("value", e.ParamName);
        Assert.EndsWith($": a quantity that cannot be negative cannot be published as {interval}. (Parameter 'value')", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RateOf_NamesTheValueTheDecimalsAndTheProblem()
    {
        AssertRefused(
            "5.25% cannot be published with 1 decimals (None, Normal): it has more digits than that prints; round it first (Rounding.Round) if it was published rounded.",
            "value",
            () => PublishedRate.Of(Percent.FromPercentage(5.25m), 1));
        AssertRefused(
            "5% cannot be published with 1 decimals (-1, Normal): -1 is not a defined Qualifier.",
            "value",
            () => PublishedRate.Of(Percent.FromPercentage(5m), 1, (Qualifier)(-1)));
        AssertRefused(
            "5% cannot be published with 1 decimals (None, -1): -1 is not a defined FigureStatus.",
            "value",
            () => PublishedRate.Of(Percent.FromPercentage(5m), 1, Qualifier.None, true, (FigureStatus)(-1)));
        AssertRefused(
            "5.25% cannot be published with 38 decimals (Approximately, Normal): its printed digits do not fit a printed number.",
            "value",
            () => PublishedRate.Of(Percent.FromPercentage(5.25m), 38, Qualifier.Approximately));
        AssertRefused(
            "5.25% cannot be published with 36 decimals (None, Normal): it is printed with more digits (36 decimals) than its bounds can carry: an end of them is not held exactly by a 128-bit ratio.",
            "value",
            () => PublishedRate.Of(Percent.FromPercentage(5.25m), 36));
    }

    [Theory]
    [InlineData("预计初步200人", "it has two status markers (the second is 初步)")]
    [InlineData("约200人左右", "it has two qualifiers (约 and 左右), whose meanings conflict")]
    [InlineData("约", "expected a number after the markers")]
    [InlineData("预计", "expected a number after the markers")]
    [InlineData("", "expected a number after the markers")]
    [InlineData("约-人", "expected a number after the markers")]
    [InlineData("1/3人", "a published figure is printed as a decimal number, not as a fraction")]
    [InlineData("3余9人", "余 stands inside the number; it belongs after the whole number (3000多人)")]
    [InlineData("1多2万人", "多 stands inside the number; it belongs after the whole number (3000多人)")]
    [InlineData("1,100多,000人", "多 stands inside the number; it belongs after the digits (3000多人, 1100多万人)")]
    [InlineData("1100多.5万人", "多 stands inside the number; it belongs after the digits (3000多人, 1100多万人)")]
    [InlineData("200家", "\"200家\" is not a Headcount")]
    [InlineData("不到0人", "a quantity that cannot be negative cannot be published as (−∞, 0)")]
    public void Parse_NamesTheTextAndTheProblem(string text, string problem) =>
        Assert.Equal(
            $"Cannot parse \"{text}\" as a published Headcount: {problem}.",
            Assert.Throws<FormatException>(() => PublishedFigure.Parse<Headcount>(text)).Message);

    [Fact]
    public void Parse_NumberThatCannotBeRead_SaysWhyRatherThanThatNoneIsThere()
    {
        AssertParseRefused("约1,23人", "its number cannot be read (expected exactly three digits after a thousands separator)");
        AssertParseRefused("约1.人", "its number cannot be read (expected a digit after the decimal point)");
        AssertParseRefused("-1.人", "its number cannot be read (expected a digit after the decimal point)");
        AssertParseRefused(
            $"约1.{Zeros36}000人",
            "its number cannot be read (a printed number has at most 38 decimals and digits that fit in 128 bits)");
        AssertParseRefused(
            $"1{Zeros36}0000人",
            "its number cannot be read (a printed number has at most 38 decimals and digits that fit in 128 bits)");
        AssertParseRefused(
            new string('9', 35) + "万人",
            $"its number cannot be read (the value of {new string('9', 35)} with 0 decimals in Wan does not fit a Ratio (128-bit terms))");
        Assert.Equal(
            $"Cannot parse \"5.25{Zeros36}%\" as a published rate: its number cannot be read (a printed number has at most 38 decimals and digits that fit in 128 bits).",
            Assert.Throws<FormatException>(() => PublishedRate.Parse($"5.25{Zeros36}%")).Message);

        static void AssertParseRefused(string text, string problem) =>
            Assert.Equal(
                $"Cannot parse \"{text}\" as a published Headcount: {problem}.",
                Assert.Throws<FormatException>(() => PublishedFigure.Parse<Headcount>(text)).Message);
    }

    [Theory]
    [InlineData("100/3%", "a published figure is printed as a decimal number, not as a fraction")]
    [InlineData("1.38%多", "\"1.38%多\" is not a rate")]
    [InlineData("预计预计5%", "it has two status markers (the second is 预计)")]
    [InlineData($"5.2000000000000000000000000000000000000%", "it is printed with more digits (37 decimals) than its bounds can carry: an end of them is not held exactly by a 128-bit ratio")]
    public void RateParse_NamesTheTextAndTheProblem(string text, string problem) =>
        Assert.Equal(
            $"Cannot parse \"{text}\" as a published rate: {problem}.",
            Assert.Throws<FormatException>(() => PublishedRate.Parse(text)).Message);

    [Fact]
    public void ValueInterval_NamesTheIntervalItRefuses()
    {
        Assert.Equal(
            "The interval [5, 5) is empty: its lower end must lie below its upper end.",
            Assert.Throws<ArgumentException>(() => ValueInterval.ClosedOpen(5, 5)).Message);
        Assert.Equal(
            "The interval (6, 5) is empty: its lower end must lie below its upper end.",
            Assert.Throws<ArgumentException>(() => ValueInterval.Open(6, 5)).Message);
        AssertRefused(
            "ValueInterval division needs a dividend that is not negative; got [-1, 5].",
            "left",
            () => ValueInterval.Closed(-1, 5) / ValueInterval.Closed(1, 2));
        AssertRefused(
            "ValueInterval division needs a dividend that is not negative; got (−∞, 5].",
            "left",
            () => ValueInterval.AtMost(5, true) / ValueInterval.Closed(1, 2));
        AssertRefused(
            "ValueInterval division needs a divisor that is strictly positive; got [0, 2].",
            "right",
            () => ValueInterval.Closed(1, 5) / ValueInterval.Closed(0, 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void BlankName_SaysWhoseNameAndNamesTheParameter(string name)
    {
        ArgumentException refused = Assert.Throws<ArgumentException>(() => LocalizedNames.Required(name, "A region's", "name"));
        Assert.Equal("A region's name must not be empty. (Parameter 'name')", refused.Message);
        Assert.Equal("name", refused.ParamName);
        Assert.Equal("北京市", LocalizedNames.Required("北京市", "A region's", "name"));
    }

    private static void AssertRefused(string message, string parameter, Func<object> action)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(action);
        Assert.Equal(parameter, e.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", e.Message);
    }
}
