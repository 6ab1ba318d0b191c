using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Indicators.Cli.Commands;
using Indicators.Cli.Tests.Support;
using Indicators.Tests.Shared;
using Xunit;

namespace Indicators.Cli.Tests.Commands;

/// <summary>
/// <c>indicators audit FILE</c>, end to end: the reference report (read at test time from ../shared/corpus/) is
/// consistent with exit code 0 and its five completion statements; with 196.11% changed to 196.21% it exits 1 naming the
/// statement; the JSON of sentences of our own, field by field; <c>extract</c> exits 1 on the same inconsistency; exit
/// code 2 for unusable input.
/// </summary>
public class AuditCommandTests
{
    [Fact]
    public void ReferenceReport_Consistent_Exit0_FiveCompletions()
    {
        (int code, string output, string error) = Run("audit", ReferenceReport.Path());
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        string[] lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("79 figures, 5 completion statements: consistent, 1 findings", lines[0]);
        foreach (string rate in new[] { "196.11%", "133.85%", "144.57%", "146.43%", "147.59%" })
        {
            Assert.Single(lines, line => line.Contains(rate, StringComparison.Ordinal));
        }

        Assert.Contains(lines, line => line.Contains("196.11%", StringComparison.Ordinal) && line.Contains("20000人", StringComparison.Ordinal) && line.Contains("half-up", StringComparison.Ordinal));
    }

    [Fact]
    public void ReferenceReport_Json_EveryFigure_FiveConsistentCompletions()
    {
        (int code, string output, _) = Run("audit", ReferenceReport.Path(), "--json");
        Assert.Equal(0, code);
        JsonElement root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("consistent").GetBoolean());
        Assert.Equal(79, root.GetProperty("figures").GetArrayLength());
        JsonElement[] completions = root.GetProperty("completions").EnumerateArray().ToArray();
        Assert.Equal(["20000", "2000", "20000", "100000", "12000"], completions.Select(c => c.GetProperty("roundestTargets")[0].GetProperty("value").GetString()));
        Assert.All(completions, c => Assert.True(c.GetProperty("consistent").GetBoolean()));
        Assert.Equal("half-away-from-zero", completions[0].GetProperty("rounding").GetString());
    }

    [Fact]
    public void ReferenceReport_196_21_Exit1_NamingTheStatement()
    {
        string path = TempFile(Encoding.UTF8.GetBytes(ReferenceReport.Text().Replace("196.11%", "196.21%", StringComparison.Ordinal)));
        (int code, string output, _) = Run("audit", path);
        Assert.Equal(1, code);
        Assert.StartsWith("79 figures, 5 completion statements: inconsistent (1)", output, StringComparison.Ordinal);
        string flat = string.Join(' ', output.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("inconsistency at 2223: The completion rate \"196.21%\" of \"39221人\" (促進鄉村就業) fits no round target", flat, StringComparison.Ordinal);
        (int extractCode, _, _) = Run("extract", path);
        Assert.Equal(1, extractCode);
    }

    [Fact]
    public void OwnSentences_Json_FieldByField()
    {
        // 3.6% against 3.5%以内 misses it by 0.1 points: (−0.15, −0.05]; 1000亿 = 600亿 + 400亿 agrees.
        const string Text = "城镇登记失业率为3.6%，控制在3.5%以内。工业产值1000亿元，其中制造业600亿元、建筑业400亿元。\n";
        (int code, string output, _) = RunWithInput(Encoding.UTF8.GetBytes(Text), "--json");
        Assert.Equal(1, code);
        JsonElement root = JsonDocument.Parse(output).RootElement;
        Assert.False(root.GetProperty("consistent").GetBoolean());
        JsonElement target = Assert.Single(root.GetProperty("rateTargets").EnumerateArray());
        Assert.Equal(0, target.GetProperty("actual").GetInt32());
        Assert.Equal(1, target.GetProperty("target").GetInt32());
        Assert.Equal("at-most", target.GetProperty("kind").GetString());
        Assert.Equal("not-met", target.GetProperty("verdict").GetString());
        Assert.Equal("-0.1", target.GetProperty("margin").GetProperty("value").GetString());
        Assert.Equal("(-0.15, -0.05]", target.GetProperty("margin").GetProperty("bounds").GetString());
        JsonElement sum = Assert.Single(root.GetProperty("sums").EnumerateArray());
        Assert.Equal(2, sum.GetProperty("total").GetInt32());
        Assert.Equal([3, 4], sum.GetProperty("parts").EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("agrees", sum.GetProperty("outcome").GetString());
        JsonElement finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal("inconsistency", finding.GetProperty("severity").GetString());
        Assert.Equal("rate-target-missed", finding.GetProperty("kind").GetString());
        Assert.Equal(8, finding.GetProperty("start").GetInt32());
        Assert.Equal("3.6%，控制在3.5%以内", finding.GetProperty("text").GetString());
    }

    [Fact]
    public void MissingFile_Exits2_WithOneLineOnStandardError()
    {
        string path = Path.Combine(Path.GetTempPath(), "indicators-audit-missing-" + Guid.NewGuid().ToString("N") + ".txt");
        (int code, string output, string error) = Run("audit", path, "--json");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("indicators: " + path + ": ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryStandardInput_Exits2()
    {
        (int code, string output, string error) = RunWithInput([0x31, 0x00, 0x32], "--json");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("binary", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static string TempFile(byte[] bytes) => CliRun.TempFile("indicators-audit-", bytes);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    /// <summary>Runs <c>audit -</c>, its standard input holding <paramref name="input"/>.</summary>
    private static (int Code, string Output, string Error) RunWithInput(byte[] input, params string[] options) =>
        CliRun.RunCommand(new AuditCommand(() => new MemoryStream(input)).Create(), ["audit", "-", .. options]);
}
