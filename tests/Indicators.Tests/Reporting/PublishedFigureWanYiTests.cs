using System;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Tests.Serialization;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>Figures printed in 万亿 (10¹²): held as printed, with the interval their last digit gives (DESIGN rule 7).</summary>
public class PublishedFigureWanYiTests
{
    /// <summary>One 万亿元 in fen: 10¹² 元 × 100.</summary>
    private const long WanYiFen = 100_000_000_000_000;

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Money_In万亿_WithOneDecimal_IsHeldAsPrinted(string culture) => Cultures.With(culture, () =>
    {
        PublishedFigure<Money> figure = PublishedFigure.Parse<Money>("2.5万亿元");
        Assert.Equal(250_000_000_000_000, figure.Value.Fen); // 2 500 000 000 000 元
        Assert.Equal(2_500_000_000_000m, figure.Value.Yuan);
        Assert.Equal(new PrintedNumber(25, 1, Scale.WanYi), figure.Printed);
        Assert.Equal(new DisplayFormat(Scale.WanYi, 1), figure.Printed.Format);

        // Half a last digit either side: 0.05万亿 = 500亿元 = 5 × 10¹² fen.
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(245_000_000_000_000, 1), new Ratio(255_000_000_000_000, 1)), figure.Bounds);
        Assert.Equal("2.5万亿元", figure.ToString());
        Assert.Equal(figure, PublishedFigure.Parse<Money>(figure.ToString()));
    });

    [Fact]
    public void Money_In萬億_IsTheSameFigure()
    {
        PublishedFigure<Money> hant = PublishedFigure.Parse<Money>("2.5萬億元");
        Assert.Equal(PublishedFigure.Parse<Money>("2.5万亿元"), hant);
        Assert.Equal("2.5万亿元", hant.ToString());
    }

    [Fact]
    public void WholeNumberOf万亿_StandsForEverythingThatRoundsToIt()
    {
        PublishedFigure<Money> figure = PublishedFigure.Parse<Money>("3万亿元");
        Assert.Equal(3 * WanYiFen, figure.Value.Fen);
        Assert.Equal(new PrintedNumber(3, 0, Scale.WanYi), figure.Printed);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(25 * WanYiFen / 10, 1), new Ratio(35 * WanYiFen / 10, 1)), figure.Bounds);
        Assert.Equal("3万亿元", figure.ToString());
    }

    [Fact]
    public void Approximately_In万亿_SpansHalfTheLastPlaceEitherSide()
    {
        PublishedFigure<Money> figure = PublishedFigure.Parse<Money>("约3万亿元");
        Assert.Equal(Qualifier.Approximately, figure.Qualifier);
        Assert.Equal(3 * WanYiFen, figure.Value.Fen);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(25 * WanYiFen / 10, 1), new Ratio(35 * WanYiFen / 10, 1)), figure.Bounds);
        Assert.Equal("约3万亿元", figure.ToString());
        Assert.Equal(figure, PublishedFigure.Parse<Money>(figure.ToString()));
    }

    [Fact]
    public void AtLeast_In万亿_IsBoundedBelowByThePrintedNumber()
    {
        PublishedFigure<Money> figure = PublishedFigure.Parse<Money>("1.2万亿元以上");
        Assert.Equal(Qualifier.AtLeast, figure.Qualifier);
        Assert.True(figure.IsInclusive);
        Assert.Equal(120_000_000_000_000, figure.Value.Fen);
        Assert.Equal(new Ratio(120_000_000_000_000, 1), figure.Bounds.Lower);
        Assert.True(figure.Bounds.IsLowerClosed);
        Assert.Null(figure.Bounds.Upper);
        Assert.Equal("至少1.2万亿元", figure.ToString()); // the written marker of an inclusive floor
        Assert.Equal(figure, PublishedFigure.Parse<Money>(figure.ToString()));
    }

    [Fact]
    public void Span_In万亿_CoversItsLastNonZeroPlace()
    {
        // "1100多万亿元": the marker stands before the scale, [1100万亿, 1200万亿) 元.
        PublishedFigure<Money> figure = PublishedFigure.Parse<Money>("1100多万亿元");
        Assert.Equal(Qualifier.Span, figure.Qualifier);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(1100 * WanYiFen, 1), new Ratio(1200 * WanYiFen, 1)), figure.Bounds);
        Assert.Equal("1100多万亿元", figure.ToString());
    }

    [Fact]
    public void Headcount_In万亿_IsHeld_AndARateIsNever()
    {
        PublishedFigure<Headcount> persons = PublishedFigure.Parse<Headcount>("1.5万亿人");
        Assert.Equal(1_500_000_000_000, persons.Value.Persons);
        Assert.Equal(Scale.WanYi, persons.Printed.Scale);
        Assert.False(PublishedRate.TryParse("2.5万亿%", out _));
        Assert.Throws<FormatException>(() => PublishedRate.Parse("2.5万亿%"));
    }

    [Fact]
    public void WithFourDecimals_StaysIn万亿()
    {
        // Extraction used to re-express "2.5000万亿元" as 25000亿元: the same value and bounds, but not the same printing.
        PublishedFigure<Money> figure = PublishedFigure.Parse<Money>("2.5000万亿元");
        Assert.Equal(new PrintedNumber(25_000, 4, Scale.WanYi), figure.Printed);
        Assert.Equal(PublishedFigure.Parse<Money>("25000亿元").Value, figure.Value);
        Assert.Equal(PublishedFigure.Parse<Money>("25000亿元").Bounds, figure.Bounds);
        Assert.NotEqual(PublishedFigure.Parse<Money>("25000亿元"), figure);
    }

    [Theory]
    [InlineData("92234万亿元")]      // 9.2234 × 10¹⁸ fen: just past long.MaxValue
    [InlineData("100000万亿元")]
    [InlineData("-92234万亿元")]
    [InlineData("99999999999999999999万亿元")]
    public void Money_Beyond_ItsRange_IsAClearError(string text)
    {
        Assert.False(PublishedFigure.TryParse<Money>(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => PublishedFigure.Parse<Money>(text));
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_AtTheEdgeOfItsRange_In万亿_IsHeld()
    {
        PublishedFigure<Money> figure = PublishedFigure.Parse<Money>("92233万亿元");
        Assert.Equal(92_233 * WanYiFen, figure.Value.Fen);
        Assert.Equal("92233万亿元", figure.ToString());
    }

    [Fact]
    public void Arithmetic_In万亿_KeepsTheScale()
    {
        DerivedFigure sum = PublishedArithmetic.Sum(PublishedFigure.Parse<Money>("2.5万亿元"), PublishedFigure.Parse<Money>("1.2万亿元"));
        Assert.Equal(new DisplayFormat(Scale.WanYi), sum.Precision);
        Assert.Equal("3.7万亿元", sum.ToString(ExplainLanguage.ZhHans));
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(3_600_000_000_000, 1), new Ratio(3_800_000_000_000, 1)), sum.Bounds); // in 元

        // 500 元 for each of 5万亿 persons: 2500万亿元, shown in 万亿 as it reaches it.
        DerivedFigure product = PublishedArithmetic.Product(Money.FromYuan(500), PublishedFigure.Parse<Headcount>("5万亿人"));
        Assert.Equal(Scale.WanYi, product.Precision.Scale);
        Assert.Equal("2500万亿元", product.ToString(ExplainLanguage.ZhHans));
    }

    [Fact]
    public void Json_Writes万亿_AndReadsItBack()
    {
        PublishedFigure<Money> figure = PublishedFigure.Parse<Money>("约2.5万亿元");
        JsonSerializerOptions options = JsonTestOptions.Web;
        string json = JsonSerializer.Serialize(figure, options);
        Assert.Equal("\"约2.5万亿元\"", json);
        Assert.Equal(figure, JsonSerializer.Deserialize<PublishedFigure<Money>>(json, options));
        Assert.Equal("\"WY1\"", JsonSerializer.Serialize(figure.Printed.Format, options));
        Assert.Equal(new DisplayFormat(Scale.WanYi, 1), JsonSerializer.Deserialize<DisplayFormat>("\"WY1\"", options));
        Assert.Equal("\"2.5万亿\"", JsonSerializer.Serialize(figure.Printed, options));
        Assert.Equal(figure.Printed, JsonSerializer.Deserialize<PrintedNumber>("\"2.5万亿\"", options));
        Assert.Equal("\"WanYi\"", JsonSerializer.Serialize(Scale.WanYi, options));
    }
}
