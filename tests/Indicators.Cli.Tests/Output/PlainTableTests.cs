using System;
using System.IO;
using Indicators.Cli.Output;
using Indicators.Cli.Tests.Support;
using Spectre.Console;
using Spectre.Console.Rendering;
using Xunit;

namespace Indicators.Cli.Tests.Output;

public class PlainTableTests
{
    [Fact]
    public void Write_ChineseCells_PadsThemCountingTwoColumnsEach()
    {
        var table = new PlainTable(["指标", "实际", "一致"], [false, true, false]);
        table.AddRow(["促进乡村就业", "39221人", "是"]);
        table.AddRow(["城镇新增就业", "14.64万人", "是"]);

        // 指标 column: 12 columns (six characters); 实际: 9 (14.64万人), right-aligned; 一致: 4; two spaces between columns.
        Assert.Equal(
            [
                "指标               实际  一致",
                "-----------------------------",
                "促进乡村就业    39221人  是",
                "城镇新增就业  14.64万人  是",
            ],
            Render(table, 99));
    }

    [Fact]
    public void Write_TooWide_WrapsTheTextColumnOnlyAndStaysWithinTheWidth()
    {
        var table = new PlainTable(["Indicator", "Actual"], [false, true]);
        table.AddRow(["Re-employment of the urban unemployed", "1.77 × 10⁴ persons"]);
        string[] lines = Render(table, 36);

        // 36 columns less 18 for the actual and 2 between: 16 for the indicator, wrapped at spaces.
        Assert.Equal(
            [
                "Indicator                     Actual",
                "------------------------------------",
                "Re-employment of  1.77 × 10⁴ persons",
                "the urban",
                "unemployed",
            ],
            lines);
    }

    [Fact]
    public void Constructor_FlagsNotOnePerColumn_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PlainTable(["a", "b"], [false]));
    }

    [Fact]
    public void AddRow_WrongNumberOfCells_Throws()
    {
        var table = new PlainTable(["a", "b"], [false, true]);
        Assert.Throws<ArgumentException>(() => table.AddRow(["only one"]));
    }

    [Fact]
    public void Write_CellWithBrackets_IsTakenAsTextNotMarkup()
    {
        var table = new PlainTable(["Bounds"], [false]);
        table.AddRow(["[146350, 146450)"]);
        Assert.Equal("[146350, 146450)", Render(table, 99)[2]);
    }

    /// <summary>The lines <paramref name="renderable"/> writes on a plain console <paramref name="width"/> columns wide.</summary>
    internal static string[] Render(IRenderable renderable, int width)
    {
        using var writer = new StringWriter();
        IAnsiConsole console = Terminal.Create(writer);
        console.Profile.Width = width;
        console.Write(renderable);
        return writer.ToString().TrimEnd('\n', '\r').Split(Environment.NewLine);
    }
}
