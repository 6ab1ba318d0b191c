using Indicators.Cli.Output;
using Xunit;

namespace Indicators.Cli.Tests.Output;

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

    [Fact]
    public void Wrap_EnglishText_BreaksAtSpacesWithinTheWidth()
    {
        Assert.Equal(["Re-employment of the", "urban unemployed"], TextWidth.Wrap("Re-employment of the urban unemployed", 20));
    }

    [Fact]
    public void Wrap_ChineseText_BreaksBetweenCharactersNotBeforePunctuation()
    {
        // Eight columns hold four characters; "，" may not start a line, so the break moves back one character.
        Assert.Equal(["一二三", "四，五六"], TextWidth.Wrap("一二三四，五六", 8));
    }

    [Fact]
    public void Wrap_TextWithinTheWidth_IsOneLine()
    {
        Assert.Equal(["一致"], TextWidth.Wrap("一致", 4));
    }

    [Fact]
    public void Wrap_WordLongerThanTheWidth_StaysWhole()
    {
        Assert.Equal(["146,425–146,434"], TextWidth.Wrap("146,425–146,434", 5));
    }
}
