using Indicators.Cli.Output;
using Xunit;

namespace Indicators.Tests.Cli;

public class TextWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("196.11%", 7)]
    [InlineData("14.64万人", 9)]
    [InlineData("台州市（2020-11-10）", 20)]
    public void Of_MixedText_CountsWideCharactersTwice(string text, int width)
    {
        Assert.Equal(width, TextWidth.Of(text));
    }

    [Fact]
    public void PadRight_ChineseText_PadsToColumns()
    {
        Assert.Equal("一致  ", TextWidth.PadRight("一致", 6));
        Assert.Equal("  是", TextWidth.PadLeft("是", 4));
    }
}
