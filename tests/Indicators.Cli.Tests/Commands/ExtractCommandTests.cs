using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Indicators.Cli.Commands;
using Indicators.Cli.Tests.Support;
using Xunit;

namespace Indicators.Cli.Tests.Commands;

/// <summary>
/// <c>indicators extract FILE</c>, end to end: the JSON array of the figures in sentences of our own, in both scripts, with
/// every field worked out by hand (offsets counted in UTF-16 code units); the table; the standard input for "-"; exit
/// code 2 with one line on the standard error for a missing file, invalid UTF-8 and binary data.
/// </summary>
public class ExtractCommandTests
{
    private const string Simplified = "截至9月底，全市城镇新增就业5.21万人，完成全年目标的130.25%；登记失业率为2.8%，同比下降0.3个百分点，受惠企业约1200家，预计全年发放补贴超过3.5亿元。\n";

    private const string Traditional = "截至10月底，全縣城鎮新增就業3.45萬人，完成全年目標任務的115%；城鎮登記失業率為2.6%，較上年同期降低0.15個百分點。\n";

    private static readonly string[] SimplifiedFigures =
    [
        """{"text":"5.21万人","start":14,"length":6,"kind":"headcount","unit":"人","value":"52100","scale":"万","qualifier":"exact","status":"normal","label":"城镇新增就业","period":"截至9月底","role":"actual","decrease":false,"unitInferred":false}""",
        """{"text":"130.25%","start":28,"length":7,"kind":"percent","unit":"%","value":"1.3025","scale":null,"qualifier":"exact","status":"normal","label":"城镇新增就业","period":"截至9月底","role":"completion-rate","decrease":false,"unitInferred":false}""",
        """{"text":"2.8%","start":42,"length":4,"kind":"percent","unit":"%","value":"0.028","scale":null,"qualifier":"exact","status":"normal","label":"登记失业率","period":"截至9月底","role":"actual","decrease":false,"unitInferred":false}""",
        """{"text":"0.3个百分点","start":51,"length":7,"kind":"percentage-points","unit":"个百分点","value":"0.3","scale":null,"qualifier":"exact","status":"normal","label":"登记失业率","period":"截至9月底","role":"percentage-point-change","decrease":true,"unitInferred":false}""",
        """{"text":"约1200家","start":63,"length":6,"kind":"count","unit":"家","value":"1200","scale":null,"qualifier":"approx","status":"normal","label":"受惠企业","period":"截至9月底","role":"actual","decrease":false,"unitInferred":false}""",
        """{"text":"超过3.5亿元","start":78,"length":7,"kind":"money","unit":"元","value":"350000000","scale":"亿","qualifier":"at-least","status":"forecast","label":"预计全年发放补贴","period":"截至9月底","role":"actual","decrease":false,"unitInferred":false}""",
    ];

    private static readonly string[] TraditionalFigures =
    [
        """{"text":"3.45萬人","start":15,"length":6,"kind":"headcount","unit":"人","value":"34500","scale":"万","qualifier":"exact","status":"normal","label":"城鎮新增就業","period":"截至10月底","role":"actual","decrease":false,"unitInferred":false}""",
        """{"text":"115%","start":31,"length":4,"kind":"percent","unit":"%","value":"1.15","scale":null,"qualifier":"exact","status":"normal","label":"城鎮新增就業","period":"截至10月底","role":"completion-rate","decrease":false,"unitInferred":false}""",
        """{"text":"2.6%","start":44,"length":4,"kind":"percent","unit":"%","value":"0.026","scale":null,"qualifier":"exact","status":"normal","label":"城鎮登記失業率","period":"截至10月底","role":"actual","decrease":false,"unitInferred":false}""",
        """{"text":"0.15個百分點","start":56,"length":8,"kind":"percentage-points","unit":"個百分點","value":"0.15","scale":null,"qualifier":"exact","status":"normal","label":"城鎮登記失業率","period":"截至10月底","role":"percentage-point-change","decrease":true,"unitInferred":false}""",
    ];

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Simplified_JsonArray_EveryFigureExactly_Exit0()
    {
        string path = TempFile(Encoding.UTF8.GetBytes(Simplified));
        (int code, string output, string error) = Run("extract", path, "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(SimplifiedFigures, Figures(output));
    }

    [Fact]
    public void AFall_AndAnInferredUnit_AreSaid()
    {
        (int code, string output, _) = RunWithInput(Encoding.UTF8.GetBytes("全市营收同比负增长3%，发放奖补158.9万。"), "--json");
        Assert.Equal(0, code);
        Assert.Equal(
            [
                """{"text":"3%","start":9,"length":2,"kind":"percent","unit":"%","value":"0.03","scale":null,"qualifier":"exact","status":"normal","label":"营收","period":null,"role":"year-on-year-growth","decrease":true,"unitInferred":false}""",
                """{"text":"158.9万","start":16,"length":6,"kind":"money","unit":"元","value":"1589000","scale":"万","qualifier":"exact","status":"normal","label":"发放奖补","period":null,"role":"actual","decrease":false,"unitInferred":true}""",
            ],
            Figures(output));
    }

    [Fact]
    public void Traditional_JsonArray_EveryFigureExactly_Exit0()
    {
        string path = TempFile(Encoding.UTF8.GetBytes(Traditional));
        (int code, string output, _) = Run("extract", "--json", path);
        Assert.Equal(0, code);
        Assert.Equal(TraditionalFigures, Figures(output));
    }

    [Fact]
    public void Spans_AreUtf16Offsets_IntoTheText()
    {
        string path = TempFile(Encoding.UTF8.GetBytes(Simplified));
        (_, string output, _) = Run("extract", path, "--json");
        foreach (JsonElement figure in JsonDocument.Parse(output).RootElement.EnumerateArray())
        {
            Assert.Equal(figure.GetProperty("text").GetString(), Simplified.Substring(figure.GetProperty("start").GetInt32(), figure.GetProperty("length").GetInt32()));
        }
    }

    [Fact]
    public void StandardInput_Dash_WithByteOrderMark()
    {
        (int code, string output, string error) = RunWithInput([.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(Traditional)], "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(TraditionalFigures, Figures(output));
    }

    [Fact]
    public void Table_ARowPerFigure_UnderItsPeriod()
    {
        string path = TempFile(Encoding.UTF8.GetBytes(Simplified));
        (int code, string output, _) = Run("extract", path);
        Assert.Equal(0, code);
        string[] lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("截至9月底", lines[0]);
        Assert.Equal(["Start", "Figure", "Kind", "Value", "Qualifier", "Role", "Indicator"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2 + 1 + 6, lines.Length);
        Assert.Equal(["14", "5.21万人", "headcount", "52100", "exact", "actual", "城镇新增就业"], lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["51", "0.3个百分点", "points", "0.3", "exact", "pp", "change", "登记失业率"], lines[6].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["78", "超过3.5亿元", "money", "350000000", "at-least,", "forecast", "actual", "预计全年发放补贴"], lines[8].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void NoFigure_EmptyArray()
    {
        (int code, string output, _) = RunWithInput(Encoding.UTF8.GetBytes("2020年11月10日发布。\n"), "--json");
        Assert.Equal(0, code);
        Assert.Equal("[]", output.Trim());
    }

    [Fact]
    public void MissingFile_Exits2_WithOneLineOnStandardError()
    {
        string path = Path.Combine(Path.GetTempPath(), "indicators-extract-missing-" + Guid.NewGuid().ToString("N") + ".txt");
        (int code, string output, string error) = Run("extract", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("indicators: " + path + ": ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_Exits2_WithOneLineOnStandardError()
    {
        string path = TempFile([0x31, 0xE4, 0xB8, 0x87, 0xFF, 0x0A]);
        (int code, string output, string error) = Run("extract", path, "--json");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"indicators: {path}: invalid UTF-8 at byte 4", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r'));
    }

    [Fact]
    public void StandardInput_InvalidUtf8_Exits2()
    {
        (int code, string output, string error) = RunWithInput([0xC3, 0x28], "--json");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("indicators: standard input: invalid UTF-8 at byte 0", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r'));
    }

    [Fact]
    public void BinaryData_Exits2_WithOneLineOnStandardError()
    {
        string path = TempFile([0x31, 0x00, 0x32, 0x0A]);
        (int code, string output, string error) = Run("extract", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("binary", line, StringComparison.Ordinal);
        Assert.Contains("byte 1", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_NamesTheWireFormat()
    {
        (int code, string output, _) = Run("extract", "--help");
        Assert.Equal(0, code);
        Assert.Contains("{text, start, length, kind, unit, value, scale, qualifier, status, label, period, role, decrease, unitInferred}", string.Join(' ', output.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static string[] Figures(string output) =>
        JsonDocument.Parse(output).RootElement.EnumerateArray().Select(e => JsonSerializer.Serialize(e, Compact)).ToArray();

    private static string TempFile(byte[] bytes) => CliRun.TempFile("indicators-extract-", bytes);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    /// <summary>Runs <c>extract -</c>, its standard input holding <paramref name="input"/>.</summary>
    private static (int Code, string Output, string Error) RunWithInput(byte[] input, params string[] options) =>
        CliRun.RunCommand(new ExtractCommand(() => new MemoryStream(input)).Create(), ["extract", "-", .. options]);
}
