using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>Reading from a position inside a signed number: the sign right before the start is the number's, as
/// extraction reads the number in its sentence.</summary>
public class FigureReaderSignTests
{
    [Theory]
    [InlineData("-5元", -500L)]
    [InlineData("－5元", -500L)]
    [InlineData("负5元", -500L)]
    [InlineData("負5元", -500L)]
    [InlineData("+5元", 500L)]
    public void ReadAfterTheSign_ReadsTheSign(string text, long fen)
    {
        Assert.True(FigureReader.TryRead(text, 1, out FigureInContext? figure));
        Assert.Equal(0, figure.Start);
        Assert.Equal(text.Length, figure.Length);
        Assert.True(figure.TryGetMoney(out PublishedFigure<Money> money));
        Assert.Equal(fen, money.Value.Fen);
        Assert.Equal(figure, FigureReader.Read(text, 1));
        Assert.Equal(figure, FigureReader.Read(text, 0));
        Assert.Equal(figure, Assert.Single(Extraction.Extract(text).Figures).Figure);
    }

    [Theory]
    [InlineData("-3万人")]
    [InlineData("負3萬人")]
    public void ReadAfterTheSign_OfACount_IsNoFigure_NotAPositiveOne(string text)
    {
        Assert.False(FigureReader.TryRead(text, 1, out _));
        FormatException e = Assert.Throws<FormatException>(() => FigureReader.Read(text, 1));
        Assert.Contains("position 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be negative", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1-5元", 2, 500L)]
    [InlineData("减负5元", 2, 500L)]
    [InlineData("減負5元", 2, 500L)]
    public void ADashAfterADigit_OrFuInAWord_IsNoSign(string text, int index, long fen)
    {
        FigureInContext figure = FigureReader.Read(text, index);
        Assert.Equal(index, figure.Start);
        Assert.True(figure.TryGetMoney(out PublishedFigure<Money> money));
        Assert.Equal(fen, money.Value.Fen);
    }
}
