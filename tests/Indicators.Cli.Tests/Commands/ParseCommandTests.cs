using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Indicators.Cli.Commands;
using Xunit;

namespace Indicators.Cli.Tests.Commands;

/// <summary>
/// <c>indicators parse</c>, end to end: one JSON object per argument or per line of the standard input, with the values
/// worked out by hand; exit code 1 when an input is not read, 2 when the standard input is not UTF-8 text.
/// </summary>
public class ParseCommandTests
{
    private static readonly string[] Fields = ["input", "ok", "value", "kind", "unit", "scale", "qualifier", "status", "error"];

    [Fact]
    public void Arguments_OneObjectPerLine_InTheWireFormat_Exit0()
    {
        (int code, string output, string error) = Run("parse", "约115万家", "超过人民币4700亿元", "1.38%", "0.2个百分点", "三千五百万");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        JsonElement[] lines = Lines(output);
        Assert.Equal(5, lines.Length);
        foreach (JsonElement line in lines)
        {
            Assert.Equal(Fields, line.EnumerateObject().Select(p => p.Name));
            Assert.True(line.GetProperty("ok").GetBoolean());
            Assert.Equal(JsonValueKind.Null, line.GetProperty("error").ValueKind);
        }

        Assert.Equal(
            """{"input":"约115万家","ok":true,"value":"1150000","kind":"count","unit":"家","scale":"万","qualifier":"approx","status":"normal","error":null}""",
            output.Split('\n')[0].TrimEnd('\r'));
        Expect(lines[1], "money", "470000000000", "元", "亿", "at-least", "normal");
        Expect(lines[2], "percent", "0.0138", "%", null, "exact", "normal");
        Expect(lines[3], "percentage-points", "0.2", "个百分点", null, "exact", "normal");
        Expect(lines[4], "number", "35000000", null, "万", "exact", "normal");
    }

    [Fact]
    public void TraditionalScript_ReadsAsSimplified()
    {
        (int code, string output, _) = Run("parse", "約115萬家", "超過人民幣4700億元", "0.2個百分點", "三千五百萬", "預計14.64萬人");
        Assert.Equal(0, code);
        JsonElement[] lines = Lines(output);
        Expect(lines[0], "count", "1150000", "家", "万", "approx", "normal");
        Expect(lines[1], "money", "470000000000", "元", "亿", "at-least", "normal");
        Expect(lines[2], "percentage-points", "0.2", "個百分點", null, "exact", "normal");
        Expect(lines[3], "number", "35000000", null, "万", "exact", "normal");
        Expect(lines[4], "headcount", "146400", "人", "万", "exact", "forecast");
    }

    [Theory]
    [InlineData("3000人", "exact", "normal")]
    [InlineData("约3000人", "approx", "normal")]
    [InlineData("不超过3000人", "at-most", "normal")]
    [InlineData("3000人以上", "at-least", "normal")]
    [InlineData("3000多人", "span", "normal")]
    [InlineData("估计3000人", "exact", "estimated")]
    [InlineData("预计3000人", "exact", "forecast")]
    [InlineData("初步3000人", "exact", "provisional")]
    public void EveryQualifierAndStatus(string input, string qualifier, string status)
    {
        (int code, string output, _) = Run("parse", input);
        Assert.Equal(0, code);
        Expect(Assert.Single(Lines(output)), "headcount", "3000", "人", null, qualifier, status);
    }

    [Fact]
    public void AnInputNotRead_StillHasItsObject_AndExits1()
    {
        (int code, string output, string error) = Run("parse", "3万人", "3000斤", "两三");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, error);
        JsonElement[] lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.True(lines[0].GetProperty("ok").GetBoolean());
        foreach (JsonElement failed in lines.Skip(1))
        {
            Assert.False(failed.GetProperty("ok").GetBoolean());
            Assert.Equal(JsonValueKind.Null, failed.GetProperty("value").ValueKind);
            Assert.Equal(JsonValueKind.Null, failed.GetProperty("kind").ValueKind);
        }

        Assert.Equal("3000斤", lines[1].GetProperty("input").GetString());
        Assert.Contains("position 4", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("range", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeFigure_AfterDoubleDash()
    {
        (int code, string output, _) = Run("parse", "--", "-3000多元");
        Assert.Equal(0, code);
        Expect(Assert.Single(Lines(output)), "money", "-3000", "元", null, "span", "normal");
    }

    [Fact]
    public void StandardInput_EachNonBlankLine_CrLfToo()
    {
        (int code, string output, string error) = RunWithInput("\uFEFF1万人\n\n2.5%\r\n百分之五\n"u8.ToArray());
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        JsonElement[] lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Expect(lines[0], "headcount", "10000", "人", "万", "exact", "normal");
        Assert.Equal("2.5%", lines[1].GetProperty("input").GetString());
        Expect(lines[1], "percent", "0.025", "%", null, "exact", "normal");
        Expect(lines[2], "percent", "0.05", "%", null, "exact", "normal");
    }

    [Fact]
    public void StandardInput_ALineNotRead_Exits1()
    {
        (int code, string output, _) = RunWithInput(Encoding.UTF8.GetBytes("1万人\nabc\n"));
        Assert.Equal(1, code);
        JsonElement[] lines = Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.True(lines[0].GetProperty("ok").GetBoolean());
        Assert.False(lines[1].GetProperty("ok").GetBoolean());
    }

    [Fact]
    public void StandardInput_InvalidUtf8_Exits2_WithOneLineOnStandardError()
    {
        (int code, string output, string error) = RunWithInput([0x31, 0xE4, 0xB8, 0x87, 0xFF, 0x0A]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("indicators: standard input: invalid UTF-8 at byte 4", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r'));
    }

    [Fact]
    public void StandardInput_BinaryData_Exits2_WithOneLineOnStandardError()
    {
        (int code, string output, string error) = RunWithInput([0x31, 0x00, 0x32, 0x0A]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("binary", line, StringComparison.Ordinal);
        Assert.Contains("byte 1", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_NamesTheWireFormat()
    {
        (int code, string output, _) = Run("parse", "--help");
        Assert.Equal(0, code);
        Assert.Contains("{input, ok, value, kind, unit, scale, qualifier, status, error}", output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static void Expect(JsonElement line, string kind, string value, string? unit, string? scale, string qualifier, string status)
    {
        Assert.True(line.GetProperty("ok").GetBoolean(), line.ToString());
        Assert.Equal(kind, line.GetProperty("kind").GetString());
        Assert.Equal(value, line.GetProperty("value").GetString());
        Assert.Equal(unit, line.GetProperty("unit").GetString());
        Assert.Equal(scale, line.GetProperty("scale").GetString());
        Assert.Equal(qualifier, line.GetProperty("qualifier").GetString());
        Assert.Equal(status, line.GetProperty("status").GetString());
    }

    private static JsonElement[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CommandLine.Run(args.ToList(), output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>parse</c> without arguments, its standard input holding <paramref name="input"/>.</summary>
    private static (int Code, string Output, string Error) RunWithInput(byte[] input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { new ParseCommand(() => new MemoryStream(input)).Create() };
        int code = root.Parse(["parse"]).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }
}
