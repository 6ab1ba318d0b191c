using System;
using System.Linq;
using Indicators.Cli.Output;
using Indicators.Cli.Tests.Support;
using Xunit;

namespace Indicators.Cli.Tests.Output;

public class HangingTextTests
{
    [Fact]
    public void Write_EnglishText_BreaksAtSpacesAndIndentsContinuationLines()
    {
        // 24 columns less an indent of 2 and a hanging 2: 20 columns of text a line.
        Assert.Equal(
            ["  Re-employment of the", "    urban unemployed"],
            PlainTableTests.Render(new HangingText("Re-employment of the urban unemployed", 2), 24));
    }

    [Fact]
    public void Write_ShortText_IsOneIndentedLine()
    {
        Assert.Equal(["    一致"], PlainTableTests.Render(new HangingText("一致", 4), 99));
    }

    [Fact]
    public void Write_ChineseTextWithoutSpaces_FoldsCountingTwoColumnsACharacter()
    {
        // 12 columns less the hanging 2: ten columns of text a line hold five characters.
        Assert.Equal(
            ["一二三四五", "  六七八九十", "  甲乙"],
            PlainTableTests.Render(new HangingText("一二三四五六七八九十甲乙", 0), 12));
    }

    [Fact]
    public void Write_LongText_KeepsEveryCharacterOnLinesNoWiderThanTheConsole()
    {
        string text = string.Concat(Enumerable.Repeat("因各数为四舍五入后的数，真实值在 [58.175亿元, 58.205亿元) ", 5)).TrimEnd();
        string[] lines = PlainTableTests.Render(new HangingText(text, 4), 60);
        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(TextColumns.Of(line) <= 60, line));
        Assert.All(lines, line => Assert.False(line.EndsWith(' '), line));
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
