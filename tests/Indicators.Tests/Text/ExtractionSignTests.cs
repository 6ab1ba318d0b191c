using System.Linq;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>负/負 straight before a number is its minus sign in context, as "-" is: the figure is negative and the
/// character is not left in the indicator phrase.</summary>
public class ExtractionSignTests
{
    [Theory]
    [InlineData("财政收入负5亿元。", "负5亿元", -50_000_000_000L, "财政收入")]
    [InlineData("財政收入負5億元。", "負5億元", -50_000_000_000L, "財政收入")]
    [InlineData("利润负三点八亿元。", "负三点八亿元", -38_000_000_000L, "利润")]
    [InlineData("财政收入-5亿元。", "-5亿元", -50_000_000_000L, "财政收入")]
    public void Money_AfterFu_IsNegative(string text, string printed, long fen, string indicator)
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract(text).Figures);
        Assert.Equal(printed, figure.Text);
        Assert.True(figure.Figure.TryGetMoney(out PublishedFigure<Money> money));
        Assert.Equal(fen, money.Value.Fen);
        Assert.Equal(indicator, figure.Indicator!.Text);
    }

    [Fact]
    public void Rate_AfterFu_IsNegative()
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract("工业增加值增速为负5.2%。").Figures);
        Assert.Equal("负5.2%", figure.Text);
        Assert.True(figure.Figure.TryGetRate(out PublishedRate rate));
        Assert.Equal(Percent.FromPercentage(-5.2m), rate.Value);
    }

    [Theory]
    [InlineData("城镇新增就业负3万人。")]
    [InlineData("城镇新增就业-3万人。")]
    public void Headcount_AfterASign_IsNoFigure_NotAPositiveOne(string text)
    {
        // A headcount cannot be negative: the number is not read as +3万人 with 负 left in the indicator.
        Assert.DoesNotContain(Extraction.Extract(text).Figures, f => f.Kind == FigureKind.Headcount);
    }

    [Fact]
    public void Fu_InAWord_IsNoSign()
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract("企业负责人3名。").Figures);
        Assert.Equal("3名", figure.Text);
        Assert.Equal("企业负责人", figure.Indicator!.Text);
    }
}
