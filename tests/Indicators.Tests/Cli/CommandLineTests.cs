using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Indicators.Cli;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public void Run_NoArguments_PrintsTheChineseTableAndExits0()
    {
        (int code, string output, string error) = Run();
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("公布完成率", output, StringComparison.Ordinal);
        Assert.Contains("196.105%", output, StringComparison.Ordinal);
        Assert.Contains("196.11%", output, StringComparison.Ordinal);
        Assert.Contains("146425–146434人", output, StringComparison.Ordinal);
        Assert.Contains("17711人", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Reproduce_SameAsNoArguments()
    {
        Assert.Equal(Run(), Run("reproduce"));
    }

    [Fact]
    public void Run_OptionBeforeCommand_SameAsAfter()
    {
        Assert.Equal(Run("reproduce", "--json"), Run("--json", "reproduce"));
    }

    [Fact]
    public void Run_LangEn_PrintsEnglishLabels()
    {
        (int code, string output, _) = Run("reproduce", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("Published", output, StringComparison.Ordinal);
        Assert.Contains("New urban employment", output, StringComparison.Ordinal);
        Assert.Contains("146,425–146,434 persons", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Json_AllAgreeWithFiveFigures()
    {
        (int code, string output, string error) = Run("reproduce", "--json");
        Assert.Equal(0, code);
        Assert.Empty(error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        Assert.True(root.GetProperty("allAgree").GetBoolean());
        JsonElement[] figures = [.. root.GetProperty("figures").EnumerateArray()];
        Assert.Equal(5, figures.Length);
        Assert.All(figures, figure => Assert.True(figure.GetProperty("agrees").GetBoolean()));
    }

    [Fact]
    public void Run_Json_FirstFigureCarriesActualTargetAndRates()
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        JsonElement rural = json.RootElement.GetProperty("figures")[0];
        Assert.Equal("rural-employment", rural.GetProperty("id").GetString());
        Assert.Equal("39221人", rural.GetProperty("actual").GetProperty("printed").GetString());
        Assert.Equal(39_221L, rural.GetProperty("actual").GetProperty("baseUnits").GetInt64());
        Assert.Equal(20_000L, rural.GetProperty("target").GetProperty("baseUnits").GetInt64());
        Assert.Equal("196.105%", rural.GetProperty("computedRate").GetProperty("exact").GetString());
        Assert.Equal("196.11%", rural.GetProperty("computedRate").GetProperty("rounded").GetString());
        Assert.Equal("196.11%", rural.GetProperty("publishedRate").GetString());
        Assert.False(rural.TryGetProperty("consistentActuals", out _));
    }

    [Theory]
    [InlineData(3, 146_425L, 146_434L)]
    [InlineData(4, 17_711L, 17_711L)]
    public void Run_Json_RoundedActualsCarryTheirConsistentRange(int index, long min, long max)
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        JsonElement range = json.RootElement.GetProperty("figures")[index].GetProperty("consistentActuals");
        Assert.Equal(min, range.GetProperty("min").GetInt64());
        Assert.Equal(max, range.GetProperty("max").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Run_AnyCurrentCulture_SameOutput(string culture)
    {
        (int, string, string) expected = Cultures.With("en-US", () => Run("--json"));
        Assert.Equal(expected, Cultures.With(culture, () => Run("--json")));
        Assert.Equal(Cultures.With("en-US", () => Run()), Cultures.With(culture, () => Run()));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("reproduce", "extra")]
    [InlineData("reproduce", "reproduce")]
    public void Run_UnknownCommand_Exits2NamingIt(params string[] args)
    {
        (int code, string output, string error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"unknown command '{args[^1]}'", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("reproduce", "-x")]
    public void Run_UnknownOption_Exits2NamingIt(params string[] args)
    {
        (int code, string output, string error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"unknown option '{args[^1]}'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang")]
    [InlineData("--lang", "fr")]
    public void Run_BadLanguage_Exits2(params string[] args)
    {
        (int code, _, string error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("--lang", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("reproduce", "--help")]
    public void Run_Help_PrintsUsageAndExits0(params string[] args)
    {
        (int code, string output, string error) = Run(args);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith("Usage: indicators", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CommandLine.Run(args.ToList(), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
