using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Indicators.Cli.Tests.Commands;

/// <summary>
/// <c>rollup</c> and <c>convert</c>, end to end. The census fixture is a real published table (see its <c>source</c>): the
/// national total 6 454 307 next to eighteen provinces that sum, by hand, to 4 419 841; the difference, 2 034 466, is what
/// the thirteen provinces without figures hold.
/// </summary>
public class DatasetCommandTests
{
    private static readonly string Root = FindRoot();

    private static readonly string Census = Path.Combine(Root, "tests", "Indicators.Cli.Tests", "Fixtures", "census-2010-town-inactive.json");

    private static readonly string Reference = Path.Combine(Root, "docs", "data", "taizhou-2020.json");

    [Fact]
    public void Rollup_Census_ReportsTheHandWorkedDifference_AndExits1()
    {
        (int code, string output, string error) = Run("rollup", Census);
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, error);
        string row = output.Split('\n').Single(line => line.StartsWith("全国", StringComparison.Ordinal));
        Assert.Contains("4419841人", row, StringComparison.Ordinal);
        Assert.Contains("6454307人", row, StringComparison.Ordinal);
        Assert.Contains("2034466人", row, StringComparison.Ordinal);
        Assert.EndsWith("不一致", row.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("缺少下级数据：全国：广东省、", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_CensusJson_CarriesPartsMissingAndTheFinding()
    {
        (int code, string output, _) = Run("rollup", Census, "--json");
        Assert.Equal(1, code);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement total = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("cn", total.GetProperty("region").GetString());
        Assert.Equal(18, total.GetProperty("parts").GetInt32());
        Assert.Equal(13, total.GetProperty("missing").GetArrayLength());
        Assert.Equal("4419841人", total.GetProperty("sumOfParts").GetString());
        Assert.Equal("2034466人", total.GetProperty("difference").GetString());
        Assert.False(total.GetProperty("consistent").GetBoolean());
    }

    [Fact]
    public void Rollup_ConsistentTotal_Exits0()
    {
        string path = WriteTemp("""
            {
              "format": "indicators-dataset", "version": 1,
              "regions": { "asOf": "2020-10-31" },
              "observations": [
                { "indicator": "urban-new-employment", "region": "331000", "period": "2020-01-01/P10M", "figure": "3.77万人" },
                { "indicator": "urban-new-employment", "region": "331002", "period": "2020-01-01/P10M", "figure": "2.15万人" },
                { "indicator": "urban-new-employment", "region": "331003", "period": "2020-01-01/P10M", "figure": "1.62万人" }
              ]
            }
            """);
        (int code, string output, string error) = Run("rollup", path, "--to", "331000", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("3.77 × 10⁴ persons", output, StringComparison.Ordinal);
        Assert.Contains("consistent", output, StringComparison.Ordinal);
        Assert.DoesNotContain("inconsistent", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_ReferenceDataset_HasNothingUnderTaizhouToRollUp_AndExits0()
    {
        (int code, _, string error) = Run("rollup", Reference, "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("--indicator", "no-such-indicator", "\"no-such-indicator\" is not in the dataset's catalog")]
    [InlineData("--indicator", "unemployment-assistance-monthly-amount", "\"unemployment-assistance-monthly-amount\"")]
    [InlineData("--to", "430000", "has no regions under it")]
    [InlineData("--period", "2020-13", "'2020-13' is not a reporting period")]
    public void Rollup_UnusableRequest_Exits2WithOneLine(string option, string value, string message)
    {
        string dataset = option == "--to" ? Census : Reference;
        (int code, string output, string error) = Run("rollup", dataset, option, value);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_MissingOrBrokenFile_Exits2WithOneLine()
    {
        (int missing, _, string missingError) = Run("rollup", Path.Combine(Root, "no-such-file.json"));
        Assert.Equal(2, missing);
        Assert.StartsWith("indicators: ", missingError, StringComparison.Ordinal);
        Assert.Single(missingError.TrimEnd('\n').Split('\n'));

        (int broken, _, string brokenError) = Run("rollup", WriteTemp("""{ "format": "indicators-dataset", "version": 7 }"""));
        Assert.Equal(2, broken);
        Assert.Contains("$.version", brokenError, StringComparison.Ordinal);
        Assert.Single(brokenError.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("docs/data/taizhou-2020.json")]
    [InlineData("tests/Indicators.Cli.Tests/Fixtures/census-2010-town-inactive.json")]
    public void Convert_CanonicalFile_GivesItBackByteForByte(string file)
    {
        string path = Path.Combine(Root, file);
        (int code, string output, string error) = Run("convert", path, "--to", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(File.ReadAllText(path), output);
    }

    [Fact]
    public void Convert_ToAFile_WritesTheCanonicalForm_AndRefusesOtherFormats()
    {
        string target = Path.Combine(Path.GetTempPath(), $"indicators-{Guid.NewGuid():N}.json");
        Assert.Equal(0, Run("convert", Reference, "--to", "json", "-o", target).Code);
        Assert.Equal(File.ReadAllText(Reference), File.ReadAllText(target));
        File.Delete(target);

        (int code, _, string error) = Run("convert", Reference, "--to", "csv");
        Assert.Equal(2, code);
        Assert.Contains("csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_TheReferenceFile_IsTheDefault()
    {
        Assert.Equal(Run("reproduce"), Run("reproduce", Reference));
        Assert.Equal(2, Run("reproduce", Path.Combine(Root, "no-such-file.json")).Code);
    }

    [Fact]
    public void Reproduce_ACeilingOnAHeadcount_ShowsItMetWithItsHeadroom()
    {
        string path = WriteTemp("""
            {
              "format": "indicators-dataset", "version": 1,
              "regions": { "asOf": "2020-10-31" },
              "observations": [ { "indicator": "registered-urban-unemployed", "region": "331000", "period": "2020-10", "figure": "32000人" } ],
              "targets": [ { "indicator": "registered-urban-unemployed", "region": "331000", "period": "2020", "target": "35000人以内" } ]
            }
            """);
        (int code, string output, string error) = Run("reproduce", path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("城镇登记失业人数：32000人", output, StringComparison.Ordinal);
        Assert.Contains("余量 = 上限 35 000 人 − 实际 32000人 ∈ [3000, 3000] 人：达成", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_ATargetForPartOfAMonth_ShowsTheCompletionWithoutASchedule()
    {
        string path = WriteTemp("""
            {
              "format": "indicators-dataset", "version": 1,
              "regions": { "asOf": "2020-10-31" },
              "observations": [ { "indicator": "rural-employment", "region": "331000", "period": "2020-01-01/P6M", "figure": "39221人" } ],
              "targets": [ { "indicator": "rural-employment", "region": "331000", "period": "2020-01-01/2020-12-15", "target": "20000人以上" } ],
              "completionRates": [ { "indicator": "rural-employment", "region": "331000", "period": "2020-01-01/P6M", "rate": "196.11%" } ]
            }
            """);
        (int code, string output, string error) = Run("reproduce", path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四舍五入）", output, StringComparison.Ordinal);
    }

    private static string WriteTemp(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), $"indicators-{Guid.NewGuid():N}.json");
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

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CommandLine.Run(args.ToList(), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
