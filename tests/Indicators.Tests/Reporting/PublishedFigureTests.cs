using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

public class PublishedFigureTests
{
    [Fact]
    public void Rounded_StandsForItsRoundingInterval()
    {
        PublishedFigure<Headcount> employed = PublishedFigure.Parse<Headcount>("14.64万人");
        Assert.Equal(Headcount.FromPersons(146_400), employed.Value);
        Assert.Equal(new PrintedNumber(1464, 2, Scale.Wan), employed.Printed);
        Assert.Equal(new Ratio(100, 1), employed.Printed.Step);
        Assert.Equal(ValueInterval.ClosedOpen(146_350, 146_450), employed.Bounds);
        Assert.True(employed.TryGetWholeUnits(out long min, out long max));
        Assert.Equal((146_350L, 146_449L), (min, max));
        Assert.Equal("14.64万人", employed.ToString());
    }

    [Fact]
    public void PrintedToTheBaseUnit_IsExact()
    {
        PublishedFigure<Headcount> rural = PublishedFigure.Parse<Headcount>("39221人");
        Assert.Equal(ValueInterval.Point(39_221), rural.Bounds);
        Assert.Equal(ValueInterval.Point(605_156), PublishedFigure.Parse<Money>("6051.56元").Bounds);
        Assert.Equal(ValueInterval.ClosedOpen(49_950, 50_050), PublishedFigure.Parse<Money>("500元").Bounds); // rounded to the 元

        // The same figures made with Of, from the value and the precision it is printed with.
        Assert.Equal(ValueInterval.Point(39_221), PublishedFigure.Of(Headcount.FromPersons(39_221), new DisplayFormat(Scale.One, 0)).Bounds);
        Assert.Equal(ValueInterval.Point(605_156), PublishedFigure.Of(Money.FromFen(605_156), new DisplayFormat(Scale.One, 2)).Bounds);
        Assert.Equal(ValueInterval.ClosedOpen(49_950, 50_050), PublishedFigure.Of(Money.FromYuan(500m), new DisplayFormat(Scale.One, 0)).Bounds);
        Assert.True(rural.TryGetWholeUnits(out long min, out long max));
        Assert.Equal((39_221L, 39_221L), (min, max));
    }

    [Theory]
    [InlineData("约115万家", Qualifier.Approximately, "[1145000, 1155000)")]
    [InlineData("115萬家左右", Qualifier.Approximately, "[1145000, 1155000)")]
    [InlineData("近200家", Qualifier.AtMost, "[0, 200)")]
    [InlineData("不到200家", Qualifier.AtMost, "[0, 200)")]
    [InlineData("不超过200家", Qualifier.AtMost, "[0, 200]")]
    [InlineData("200家以下", Qualifier.AtMost, "[0, 200]")]
    [InlineData("至少200家", Qualifier.AtLeast, "[200, +∞)")]
    [InlineData("200家以上", Qualifier.AtLeast, "[200, +∞)")]
    [InlineData("逾200家", Qualifier.AtLeast, "(200, +∞)")]
    [InlineData("超过200家", Qualifier.AtLeast, "(200, +∞)")]
    [InlineData("超200家", Qualifier.AtLeast, "(200, +∞)")]
    [InlineData("3000多家", Qualifier.Span, "[3000, 4000)")]
    [InlineData("2万多家", Qualifier.Span, "[20000, 30000)")]
    [InlineData("8000余家", Qualifier.Span, "[8000, 9000)")]
    [InlineData("3500多家", Qualifier.Span, "[3500, 3600)")]
    [InlineData("30多家", Qualifier.Span, "[30, 40)")]
    public void Qualifiers_GiveTheirIntervals(string text, Qualifier qualifier, string bounds)
    {
        PublishedFigure<Count<Enterprises>> figure = PublishedFigure.Parse<Count<Enterprises>>(text);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(bounds, figure.Bounds.ToString());
    }

    [Fact]
    public void Headcount_Markers_人名()
    {
        Assert.Equal("[8000, 9000)", PublishedFigure.Parse<Headcount>("8000余名").Bounds.ToString());
        Assert.Equal("[11000000, +∞)", PublishedFigure.Parse<Headcount>("1100万人以上").Bounds.ToString());
    }

    [Fact]
    public void Status_IsNotPrecision()
    {
        PublishedFigure<Money> forecast = PublishedFigure.Parse<Money>("预计再落实3.8亿元".Replace("再落实", "", StringComparison.Ordinal));
        Assert.Equal(FigureStatus.Forecast, forecast.Status);
        Assert.Equal(Qualifier.None, forecast.Qualifier);
        Assert.Equal(ValueInterval.ClosedOpen(37_500_000_000, 38_500_000_000), forecast.Bounds); // fen
        Assert.Equal(FigureStatus.Provisional, PublishedFigure.Parse<Headcount>("初步2.5万人").Status);
        Assert.Equal(FigureStatus.Forecast, PublishedFigure.Parse<Money>("預計約3.8億元").Status);
        Assert.Equal("预计3.8亿元", forecast.ToString());
    }

    [Theory]
    [InlineData("近200多名", "two qualifiers")]
    [InlineData("约200人左右", "two qualifiers")]
    [InlineData("预计预计200人", "two status markers")]
    [InlineData("约", "expected a number")]
    [InlineData("200家", "is not a Headcount")]
    public void Parse_Bad_ThrowsSayingWhy(string text, string problem)
    {
        FormatException e = Assert.Throws<FormatException>(() => PublishedFigure.Parse<Headcount>(text));
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.False(PublishedFigure.TryParse<Headcount>(text, out _));
    }

    [Fact]
    public void Of_BuildsThePrintedNumber()
    {
        PublishedFigure<Headcount> figure = PublishedFigure.Of(Headcount.FromPersons(146_400), new DisplayFormat(Scale.Wan, 2));
        Assert.Equal(PublishedFigure.Parse<Headcount>("14.64万人"), figure);
        Assert.Throws<ArgumentException>(() => PublishedFigure.Of(Headcount.FromPersons(146_425), new DisplayFormat(Scale.Wan, 2)));
        Assert.Throws<ArgumentException>(() => PublishedFigure.Of(Headcount.FromPersons(146_400), DisplayFormat.Exact));
        PublishedFigure<Money> money = PublishedFigure.Of(Money.FromYi(147.16m), new DisplayFormat(Scale.Yi, 2));
        Assert.Equal("147.16亿元", money.ToString());
        Assert.Equal(PublishedRate.Parse("196.11%"), PublishedRate.Of(Percent.FromPercentage(196.11m), 2));
    }

    [Theory]
    [InlineData("3余9人")]
    [InlineData("1多2万人")]
    public void Parse_SpanMarkerInsideTheNumber_Throws(string text) =>
        Assert.Contains("inside the number", Assert.Throws<FormatException>(() => PublishedFigure.Parse<Headcount>(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_StandingForNothing_Throws()
    {
        Assert.Throws<FormatException>(() => PublishedFigure.Parse<Headcount>("不到0人"));
        Assert.False(PublishedFigure.TryParse<Headcount>("不到0人", out _));
        Assert.Throws<ArgumentException>(() => PublishedFigure.Of(Headcount.Zero, new DisplayFormat(Scale.One, 0), Qualifier.AtMost, inclusive: false));
    }

    [Fact]
    public void Approximately_OnAWholeFigure_IsStillAnInterval()
    {
        Assert.Equal(ValueInterval.ClosedOpen(2_500, 3_500), PublishedFigure.Parse<Headcount>("约3000人").Bounds);
        Assert.Equal(ValueInterval.ClosedOpen(2_500, 3_500), PublishedFigure.Parse<Headcount>("3000人左右").Bounds);
        Assert.Equal(ValueInterval.Point(3_000), PublishedFigure.Parse<Headcount>("3000人").Bounds);
        Assert.Equal(ValueInterval.ClosedOpen(1_145_000, 1_155_000), PublishedFigure.Parse<Count<Enterprises>>("约115万家").Bounds);
    }

    [Fact]
    public void Parse_ManyDecimals_RoundTrips() =>
        Assert.Equal("1.00000000000000000000元", PublishedFigure.Parse<Money>("1.00000000000000000000元").ToString());

    [Theory]
    [InlineData("1.000000000000000000人", 1)] // 18 decimals: the quick check's largest power of ten, 10¹⁸
    [InlineData("5.00000000000000000人", 5)]  // 17 decimals
    public void Parse_UpToEighteenDecimals_IsExact(string text, long persons)
    {
        PublishedFigure<Headcount> figure = PublishedFigure.Parse<Headcount>(text);
        Assert.Equal(Headcount.FromPersons(persons), figure.Value);
        Assert.Equal(text, figure.ToString());
    }
}
