using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>A number with the scale 万亿 (萬億) in a report becomes a published figure printed in 万亿, as it was printed
/// (issue 8): neither dropped nor re-expressed in 亿.</summary>
public class ExtractionWanYiTests
{
    [Theory]
    [InlineData("全年财政收入2.5万亿元。", "2.5万亿元", 25, 1, 250_000_000_000_000L)]
    [InlineData("全年財政收入2.5萬億元。", "2.5萬億元", 25, 1, 250_000_000_000_000L)]
    [InlineData("全年财政收入3万亿元。", "3万亿元", 3, 0, 300_000_000_000_000L)]
    [InlineData("全年财政收入三万亿元。", "三万亿元", 3, 0, 300_000_000_000_000L)]
    [InlineData("全年财政收入1.2345万亿元。", "1.2345万亿元", 12_345, 4, 123_450_000_000_000L)]
    public void Money_In万亿_IsAFigureIn万亿(string text, string printed, long digits, int decimals, long fen)
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract(text).Figures);
        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(printed, figure.Text);
        Assert.Equal(new PrintedNumber(digits, decimals, Scale.WanYi), figure.Figure.Printed);
        Assert.True(figure.Figure.TryGetMoney(out PublishedFigure<Money> money));
        Assert.Equal(fen, money.Value.Fen);
        Assert.Equal(Scale.WanYi, money.Printed.Scale);
        Assert.StartsWith("财政收入", figure.Indicator!.Text.Replace("財政", "财政", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Revenue_Of2Point5万亿_HasTheBoundsOfItsLastDigit()
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract("财政收入2.5万亿元").Figures);
        Assert.True(figure.Figure.TryGetMoney(out PublishedFigure<Money> money));
        Assert.Equal(PublishedFigure.Parse<Money>("2.5万亿元"), money);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(245_000_000_000_000, 1), new Ratio(255_000_000_000_000, 1)), money.Bounds);
    }

    [Theory]
    [InlineData("全年减税降费约3万亿元。", Qualifier.Approximately)]
    [InlineData("全年减税降费1.2万亿元以上。", Qualifier.AtLeast)]
    [InlineData("全年减税降费超过1.2万亿元。", Qualifier.AtLeast)]
    [InlineData("全年减税降费不到1.2万亿元。", Qualifier.AtMost)]
    public void Qualifiers_Around万亿(string text, Qualifier qualifier)
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract(text).Figures);
        Assert.Equal(qualifier, figure.Figure.Qualifier);
        Assert.Equal(Scale.WanYi, figure.Figure.Printed.Scale);
    }

    [Fact]
    public void Headcount_In万亿_IsAHeadcount()
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract("累计服务1.5万亿人次。").Figures);
        Assert.Equal(Scale.WanYi, figure.Figure.Printed.Scale);
        Assert.Equal(new PrintedNumber(15, 1, Scale.WanYi), figure.Figure.Printed);
    }

    [Theory]
    [InlineData("2.5万亿元", "2500000000000")]
    [InlineData("2.5萬億元", "2500000000000")]
    [InlineData("约3万亿元", "3000000000000")]
    [InlineData("三万亿元", "3000000000000")]
    public void ParsedInput_NamesTheScale万亿(string text, string value)
    {
        Assert.True(ParsedInput.TryParse(text, out ParsedInput parsed), parsed.Error);
        Assert.Equal("money", parsed.Kind);
        Assert.Equal(value, parsed.Value);
        Assert.Equal("万亿", parsed.Scale);
    }

    [Fact]
    public void Money_Beyond_ItsRange_In万亿_IsNoFigure_WithAReason()
    {
        // 10万万亿元 (10¹⁷ 元) is more fen than a long holds: no figure, and the reader says why; it never wraps.
        Assert.DoesNotContain(Extraction.Extract("全年收入100000万亿元。").Figures, f => f.Kind == FigureKind.Money);
        Assert.False(FigureReader.TryRead("全年收入100000万亿元。", 4, out _));
        System.FormatException e = Assert.Throws<System.FormatException>(() => FigureReader.Read("全年收入100000万亿元。", 4));
        Assert.Contains("range of Money", e.Message, System.StringComparison.Ordinal);
    }
}
