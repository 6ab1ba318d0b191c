using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Indicators.Cli.Commands;
using Indicators.Cli.Tests.Support;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Cli.Tests.Commands;

/// <summary>
/// <c>chart</c>, end to end. The expected texts are the reference dataset's facts (docs/data/taizhou-2020.json: the
/// printed completion rates, the as-of dates, hence 10/12 and 6/12 of 2020 passed) and the census fixture's hand-worked
/// sum and difference (see <see cref="DatasetCommandTests"/>), not the output of the code under test.
/// </summary>
public class ChartCommandTests
{
    private static readonly string Root = FindRoot();

    private static readonly string Census = Path.Combine(Root, "tests", "Indicators.Cli.Tests", "Fixtures", "census-2010-town-inactive.json");

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The five actuals with an at-least target, their printed completion rates, their as-of dates.
    private static readonly (string Name, string Rate, string AsOf)[] Completions =
    [
        ("城镇新增就业", "146.43%", "2020-10-31"),
        ("城镇失业人员再就业", "147.59%", "2020-10-31"),
        ("促进乡村就业", "196.11%", "2020-06-30"),
        ("扶持“雁归”创业企业", "133.85%", "2020-06-30"),
        ("技能职业培训补贴", "144.57%", "2020-06-30"),
    ];

    [Fact]
    public void Chart_ReferenceSvg_IsXmlWithTheNamesThePrintedRatesAndTheScheduleProgress()
    {
        (int code, string error, byte[] bytes) = Chart(".svg");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        List<string> texts = Texts(bytes);
        Assert.Equal(["146.43%", "147.59%", "196.11%", "133.85%", "144.57%"], texts.Where(t => Completions.Any(c => c.Rate == t)));
        foreach ((string name, _, string asOf) in Completions)
        {
            Assert.Contains(name, texts);
            Assert.Contains("截至 " + asOf, texts);
        }

        // 10 of 12 months at 2020-10-31 (two figures), 6 of 12 at 2020-06-30 (three).
        Assert.Equal(2, texts.Count(t => t == "83.33%"));
        Assert.Equal(3, texts.Count(t => t == "50%"));
        Assert.Contains("台州市稳就业工作新闻发布会（2020-11-10）：完成率与序时进度", texts);

        // The unemployment rate has a ceiling, not a completion rate: not drawn.
        Assert.DoesNotContain(texts, t => t.Contains("失业率", StringComparison.Ordinal));
        Assert.DoesNotContain("146.4%", texts);
        Assert.All(SvgRoot(bytes).Descendants(Svg + "text"), t => Assert.StartsWith("WenQuanYi Micro Hei", (string?)t.Attribute("font-family"), StringComparison.Ordinal));
    }

    [Fact]
    public void Chart_ReferencePng_HasThePngSignatureAndIs800By500()
    {
        (int code, string error, byte[] bytes) = Chart(".png");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal((800, 500), PngSize(bytes));
    }

    [Fact]
    public void Chart_SixTargetsWithoutPrintedRates_WritesTheComputedRates_OnAWiderChart()
    {
        string dataset = WriteTemp("""
            {
              "format": "indicators-dataset", "version": 1,
              "regions": { "asOf": "2020-10-31" },
              "observations": [
                { "indicator": "urban-new-employment", "region": "331000", "period": "2020-01-01/P10M", "figure": "5432人" },
                { "indicator": "urban-unemployed-re-employed", "region": "331000", "period": "2020-01-01/P10M", "figure": "2597人" },
                { "indicator": "rural-employment", "region": "331000", "period": "2020-01-01/P10M", "figure": "1001人" },
                { "indicator": "workers-brought-back", "region": "331000", "period": "2020-01-01/P10M", "figure": "1234人" },
                { "indicator": "poor-labour-transferred", "region": "331000", "period": "2020-01-01/P10M", "figure": "200人" },
                { "indicator": "youth-trainees", "region": "331000", "period": "2020-01-01/P10M", "figure": "1人" }
              ],
              "targets": [
                { "indicator": "urban-new-employment", "region": "331000", "period": "2020", "target": "10000人以上" },
                { "indicator": "urban-unemployed-re-employed", "region": "331000", "period": "2020", "target": "3000人以上" },
                { "indicator": "rural-employment", "region": "331000", "period": "2020", "target": "800人以上" },
                { "indicator": "workers-brought-back", "region": "331000", "period": "2020", "target": "1000人以上" },
                { "indicator": "poor-labour-transferred", "region": "331000", "period": "2020", "target": "300人以上" },
                { "indicator": "youth-trainees", "region": "331000", "period": "2020", "target": "3人以上" }
              ]
            }
            """);
        try
        {
            (int code, string error, byte[] svg) = Chart(".svg", dataset);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);

            // 5432/10000, 2597/3000 = 86.5666…%, 1001/800 = 125.125% (half away from zero: 125.13%), 1234/1000, 200/300 = 66.666…%,
            // 1/3 = 33.333…%; 10 of 12 months.
            List<string> texts = Texts(svg);
            foreach (string rate in new[] { "54.32%", "86.57%", "125.13%", "123.4%", "66.67%", "33.33%" })
            {
                Assert.Contains(rate, texts);
            }

            Assert.Equal(6, texts.Count(t => t == "83.33%"));
            Assert.Contains("完成率与序时进度", texts);
            (code, _, byte[] png) = Chart(".png", dataset);
            Assert.Equal(0, code);
            Assert.Equal((960, 500), PngSize(png));
        }
        finally
        {
            File.Delete(dataset);
        }
    }

    [Fact]
    public void Chart_CompletionWithoutAnAtLeastTarget_Exits2()
    {
        string dataset = WriteTemp("""
            {
              "format": "indicators-dataset", "version": 1,
              "regions": { "asOf": "2020-10-31" },
              "observations": [ { "indicator": "urban-new-employment", "region": "331000", "period": "2020-01-01/P10M", "figure": "5000人" } ]
            }
            """);
        try
        {
            (int code, string error, byte[] bytes) = Chart(".svg", dataset);
            Assert.Equal(2, code);
            Assert.Empty(bytes);
            Assert.Equal("indicators: the dataset has no actual with an at-least target, so no completion rate to draw.\n", error.ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(dataset);
        }
    }

    [Theory]
    [InlineData(".svg", "completion")]
    [InlineData(".png", "completion")]
    [InlineData(".svg", "rollup")]
    [InlineData(".png", "rollup")]
    public void Chart_TwoRuns_AreByteEqual(string extension, string kind)
    {
        string[] args = kind == "rollup" ? [Census, "--kind", "rollup"] : [];
        (int first, _, byte[] one) = Chart(extension, args);
        (int second, _, byte[] two) = Chart(extension, args);
        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.NotEmpty(one);
        Assert.Equal(one, two);
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Chart_Reference_IsTheCommittedCompletionSvg_ByteForByte(string culture)
    {
        byte[] committed = File.ReadAllBytes(Path.Combine(Root, "docs", "images", "completion.svg"));
        (int code, _, byte[] bytes) = Cultures.With(culture, () => Chart(".svg"));
        Assert.Equal(0, code);
        Assert.True(committed.SequenceEqual(bytes), "docs/images/completion.svg is not what `indicators chart -o completion.svg` draws: regenerate it (docs/cli.md, chart).");
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Chart_Census_IsTheCommittedRollupSvg_ByteForByte(string culture)
    {
        byte[] committed = File.ReadAllBytes(Path.Combine(Root, "docs", "images", "rollup.svg"));
        (int code, _, byte[] bytes) = Cultures.With(culture, () => Chart(".svg", Census, "--kind", "rollup"));
        Assert.Equal(0, code);
        Assert.True(committed.SequenceEqual(bytes), "docs/images/rollup.svg is not what `indicators chart … --kind rollup -o rollup.svg` draws: regenerate it (docs/cli.md, chart).");
    }

    [Fact]
    public void Chart_CensusRollup_DrawsEveryPartTheSumThePublishedTotalAndTheDifference()
    {
        (int code, string error, byte[] bytes) = Chart(".svg", Census, "--kind", "rollup", "--to", "cn");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        List<string> texts = Texts(bytes);
        foreach (string province in new[] { "北京市", "内蒙古自治区", "黑龙江省", "湖南省" })
        {
            Assert.Contains(province, texts);
        }

        Assert.DoesNotContain("广东省", texts);
        Assert.Contains("38758人", texts);
        Assert.Contains("下级合计", texts);
        Assert.Contains("4419841人", texts);
        Assert.Contains("6454307人", texts);
        Assert.Contains("2034466人：不一致", texts);
        Assert.Contains(texts, t => t.Contains("13 个下级地区无数据", StringComparison.Ordinal));
    }

    [Fact]
    public void Chart_CensusRollupPng_GrowsARowPerBar()
    {
        (int code, _, byte[] bytes) = Chart(".png", Census, "--kind", "rollup");
        Assert.Equal(0, code);

        // 18 provinces, the sum, the published total, the difference: 21 rows of 26 pixels and 150 of margins.
        Assert.Equal((800, 150 + (21 * 26)), PngSize(bytes));
    }

    [Fact]
    public void Chart_RollupOfSeveralMatches_Exits2_UntilOneIsChosen()
    {
        string dataset = WriteTemp("""
            {
              "format": "indicators-dataset", "version": 1,
              "regions": { "asOf": "2020-10-31" },
              "observations": [
                { "indicator": "urban-new-employment", "region": "331002", "period": "2020-01-01/P10M", "figure": "2.15万人" },
                { "indicator": "urban-new-employment", "region": "331003", "period": "2020-01-01/P10M", "figure": "1.62万人" },
                { "indicator": "rural-employment", "region": "331002", "period": "2020-01-01/P10M", "figure": "5000人" }
              ]
            }
            """);
        try
        {
            (int code, string error, byte[] bytes) = Chart(".svg", dataset, "--kind", "rollup");
            Assert.Equal(2, code);
            Assert.Empty(bytes);
            Assert.Contains("choose one with --indicator", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));

            (code, error, bytes) = Chart(".svg", dataset, "--kind", "rollup", "--indicator", "urban-new-employment", "--to", "331000", "--period", "2020-01-01/P10M");
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            List<string> texts = Texts(bytes);
            Assert.Contains("椒江区", texts);
            Assert.Contains("2.15万人", texts);
            Assert.Contains("3.77万人", texts);
            Assert.DoesNotContain("公布", texts);
            Assert.Contains("台州市 城镇新增就业，2020-01-01/P10M：下级合计", texts);
        }
        finally
        {
            File.Delete(dataset);
        }
    }

    [Fact]
    public void Chart_RollupOfTheReferenceDataset_MatchesOneRollupPerIndicator_AndExits2()
    {
        // Every summed indicator rolls up from Taizhou to Zhejiang (with Zhejiang's ten other cities missing).
        (int code, string error, byte[] bytes) = Chart(".svg", "--kind", "rollup");
        Assert.Equal(2, code);
        Assert.Empty(bytes);
        Assert.Contains("roll-ups match (urban-new-employment 330000 2020-01-01/P10M, ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_RollupOfTheReferenceDatasetToZhejiang_DrawsTaizhouAlone()
    {
        (int code, string error, byte[] bytes) = Chart(".svg", "--kind", "rollup", "--indicator", "urban-new-employment");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        List<string> texts = Texts(bytes);
        Assert.Contains("台州市", texts);
        Assert.Equal(2, texts.Count(t => t == "14.64万人"));
        Assert.Contains(texts, t => t.Contains("10 个下级地区无数据", StringComparison.Ordinal));
    }

    [Fact]
    public void Chart_RollupWithNothingUnderARegion_Exits2()
    {
        string dataset = WriteTemp("""
            {
              "format": "indicators-dataset", "version": 1,
              "regions": { "defined": [ { "id": "331000", "name": "台州市", "level": "prefecture" } ] },
              "observations": [
                { "indicator": "urban-new-employment", "region": "331000", "period": "2020-01-01/P10M", "figure": "14.64万人" }
              ]
            }
            """);
        try
        {
            (int code, string error, byte[] bytes) = Chart(".svg", dataset, "--kind", "rollup");
            Assert.Equal(2, code);
            Assert.Empty(bytes);
            Assert.StartsWith("indicators: nothing to roll up", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(dataset);
        }
    }

    [Theory]
    [InlineData("--indicator", "urban-new-employment")]
    [InlineData("--period", "2020")]
    [InlineData("--to", "331000")]
    public void Chart_RollupOptionWithCompletion_Exits2(string option, string value)
    {
        (int code, string error, byte[] bytes) = Chart(".svg", option, value);
        Assert.Equal(2, code);
        Assert.Empty(bytes);
        Assert.Equal("indicators: --indicator, --to and --period go with --kind rollup.\n", error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("chart.pdf")]
    [InlineData("chart.svgz")]
    [InlineData("chart")]
    public void Chart_OutputNotSvgOrPng_Exits2_AndWritesNothing(string name)
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + "-" + name);
        (int code, string output, string error) = CliRun.Run("chart", "-o", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("must end in .svg or .png", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Chart_WithoutOutput_Exits2()
    {
        (int code, _, string error) = CliRun.Run("chart");
        Assert.Equal(2, code);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_UnknownKind_Exits2()
    {
        (int code, string error, _) = Chart(".svg", "--kind", "pie");
        Assert.Equal(2, code);
        Assert.Contains("pie", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_FontNotInstalled_Exits2_NamingTheDebianPackage_AndWritesNothing()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".svg");
        (int code, string output, string error) = CliRun.RunCommand(new ChartCommand("No Such Font Family 9").Create(), "chart", "-o", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("indicators: the font \"No Such Font Family 9\" is not installed", line, StringComparison.Ordinal);
        Assert.Contains("apt-get install fonts-wqy-microhei", line, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Chart_UnwritableOutput_Exits2_WithOneLine()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing-folder", "chart.svg");
        (int code, _, string error) = CliRun.Run("chart", "-o", path);
        Assert.Equal(2, code);
        Assert.StartsWith("indicators: " + path + ": ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Chart_UnreadableDataset_Exits2()
    {
        (int code, string error, _) = Chart(".svg", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json"));
        Assert.Equal(2, code);
        Assert.StartsWith("indicators: ", error, StringComparison.Ordinal);
    }

    // Runs `chart ARGS -o TEMP.ext` and gives the exit code, the standard error and the file's bytes (empty when none).
    private static (int Code, string Error, byte[] Bytes) Chart(string extension, params string[] args)
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + extension);
        try
        {
            (int code, string output, string error) = CliRun.Run(["chart", .. args, "-o", path]);
            Assert.Equal(string.Empty, output);
            return (code, error, File.Exists(path) ? File.ReadAllBytes(path) : []);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static XElement SvgRoot(byte[] svg)
    {
        using var stream = new MemoryStream(svg);
        XElement root = XDocument.Load(stream).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        return root;
    }

    // Every text of an SVG, trimmed, in document order.
    private static List<string> Texts(byte[] svg) => [.. SvgRoot(svg).Descendants(Svg + "text").Select(t => t.Value.Trim())];

    // Width and height from the IHDR chunk, which follows the signature: length (4), "IHDR" (4), width (4), height (4).
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private static string WriteTemp(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indicators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Indicators.sln not found above " + AppContext.BaseDirectory);
    }
}
