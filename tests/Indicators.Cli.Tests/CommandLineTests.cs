using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Indicators.Cli;
using Indicators.Cli.Tests.Support;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Cli.Tests;

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

    [Theory]
    [InlineData("(19998.98…, 20000] 人")]
    [InlineData("(99941.95…, 100017.07…) 人")]
    [InlineData("(11958.39…, 12026.96…) 人")]
    public void Run_NoArguments_ShowsTheImpliedTargets(string interval)
    {
        Assert.Contains("隐含目标：" + interval, Run().Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoArguments_ShowsTheScheduleAndRoundingRules()
    {
        string output = Run().Output;
        Assert.Contains("序时进度：50%（2020 年已过 6/12 个月）；快于序时进度 146.11 个百分点", output, StringComparison.Ordinal);
        Assert.Contains("序时进度：83.33%（2020 年已过 10/12 个月）；快于序时进度 63.07 个百分点", output, StringComparison.Ordinal);
        Assert.Contains("只有四舍五入得出公布完成率", output, StringComparison.Ordinal);
        Assert.Contains("5 项快于序时进度", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoArguments_HasNoTraces()
    {
        string output = Run().Output;
        Assert.DoesNotContain("计算过程", output, StringComparison.Ordinal);
        Assert.DoesNotContain("目标 ∈", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Explain_AddsTheLibraryTracesInChinese()
    {
        (int code, string output, string error) = Run("reproduce", "--explain");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四舍五入）", output, StringComparison.Ordinal);
        Assert.Contains("目标 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", output, StringComparison.Ordinal);
        Assert.Contains("序时进度 = 10 ÷ 12 个月 = 83.333333…% ≈ 83.33%（四舍五入）", output, StringComparison.Ordinal);
        Assert.Contains("完成率 196.105% − 序时进度 50% = 146.105 个百分点：快于序时进度", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Explain_SaysTheRoundedActualStandsForAnInterval()
    {
        string output = Run("reproduce", "--explain").Output;
        Assert.Contains("完成率 = 146 400 人 ÷ 100 000 人 = 146.4%", output, StringComparison.Ordinal);
        Assert.Contains("代表区间 [146350, 146450)", output, StringComparison.Ordinal);
        Assert.Contains("代表区间 [17650, 17750)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplainLangEn_AddsTheLibraryTracesInEnglish()
    {
        string output = Run("--lang", "en", "--explain").Output;
        Assert.Contains("target ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", output, StringComparison.Ordinal);
        Assert.Contains("schedule progress = 6 ÷ 12 months = 50%", output, StringComparison.Ordinal);
        Assert.Contains("completion 196.105% − schedule 50% = 146.105 percentage points: ahead of schedule", output, StringComparison.Ordinal);
        Assert.DoesNotContain("完成率", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--explain")]
    [InlineData("--lang", "en")]
    [InlineData("--lang", "en", "--explain")]
    public void Run_Text_FitsIn100Columns(params string[] args)
    {
        string[] lines = Run(args).Output.Split('\n');
        Assert.All(lines, line => Assert.True(TextColumns.Of(line.TrimEnd('\r')) < 100, line));
    }

    [Theory]
    [InlineData]
    [InlineData("--explain")]
    [InlineData("--lang", "en")]
    public void Run_Text_HasNoTrailingSpacesNorEscapeCodes(params string[] args)
    {
        string output = Run(args).Output;
        Assert.DoesNotContain('\u001b', output);
        Assert.All(output.Split('\n'), line => Assert.False(line.EndsWith(' '), line));
    }

    [Fact]
    public void Run_ChineseTable_AlignsColumnsCountingWideCharactersTwice()
    {
        string[] lines = Run().Output.Split('\n');
        int header = Array.FindIndex(lines, line => line.StartsWith("指标", StringComparison.Ordinal));
        string[] rows = lines[(header + 2)..(header + 7)];

        // The rule under the header spans the header; every row ends with 是 under 一致, the last column, left-aligned,
        // and its published rate right-aligned under 公布完成率, both at the same column in every row.
        Assert.Matches("^-+$", lines[header + 1]);
        Assert.Equal(TextColumns.Of(lines[header]), lines[header + 1].Length);
        Assert.All(rows, row => Assert.EndsWith("  是", row, StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Equal(TextColumns.Of(lines[header]) - 2, TextColumns.Of(row)));
        int published = TextColumns.Of(lines[header][..(lines[header].IndexOf("公布完成率", StringComparison.Ordinal) + 5)]);
        Assert.All(rows, row => Assert.Equal(published, TextColumns.Of(row[..(row.LastIndexOf('%') + 1)])));
    }

    [Fact]
    public void Run_EnglishTable_WrapsOnlyTheIndicatorColumn()
    {
        string[] lines = Run("--lang", "en").Output.Split('\n');
        int header = Array.FindIndex(lines, line => line.StartsWith("Indicator", StringComparison.Ordinal));

        // The header and the rule fit on one line each; the long names go on over a second line, alone.
        Assert.Contains("Published  Agrees", lines[header], StringComparison.Ordinal);
        Assert.Equal(lines[header].Length, lines[header + 1].Length);
        Assert.StartsWith("New urban employment ", lines[header + 2], StringComparison.Ordinal);
        Assert.EndsWith("146.43%  yes", lines[header + 2], StringComparison.Ordinal);
        Assert.StartsWith("Re-employment of the ", lines[header + 3], StringComparison.Ordinal);
        Assert.Equal("urban unemployed", lines[header + 4]);
        Assert.Contains("promoted", lines, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public void Run_LangEnglishSpelledOtherwise_SameAsEn(string lang)
    {
        Assert.Equal(Run("--lang", "en"), Run("--lang", lang));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData("ZH-HANS")]
    public void Run_LangChineseSpelledOtherwise_SameAsDefault(string lang)
    {
        Assert.Equal(Run(), Run("--lang", lang));
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
        Assert.Contains("Implied target: (99941.95…, 100017.07…) persons", output, StringComparison.Ordinal);
        Assert.Contains("Schedule: 83.33% (10 of 12 months of 2020 passed); ahead of schedule", output, StringComparison.Ordinal);
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
        JsonElement rural = json.RootElement.GetProperty("figures")[2];
        Assert.Equal("rural-employment", rural.GetProperty("id").GetString());
        Assert.Equal("39221人", rural.GetProperty("actual").GetProperty("printed").GetString());
        Assert.Equal(39_221L, rural.GetProperty("actual").GetProperty("baseUnits").GetInt64());
        Assert.Equal(20_000L, rural.GetProperty("target").GetProperty("baseUnits").GetInt64());
        Assert.Equal("196.105%", rural.GetProperty("computedRate").GetProperty("exact").GetString());
        Assert.Equal("196.11%", rural.GetProperty("computedRate").GetProperty("rounded").GetString());
        Assert.Equal("196.11%", rural.GetProperty("publishedRate").GetString());
        Assert.False(rural.TryGetProperty("consistentActuals", out _));
    }

    [Fact]
    public void Run_Json_FirstFigureCarriesImpliedTargetAndHalfUpOnly()
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        JsonElement rural = json.RootElement.GetProperty("figures")[2];
        JsonElement implied = rural.GetProperty("impliedTarget");

        // 39 221 ÷ 196.115% = 3 922 100 000 / 196 115 = 784 420 000 / 39 223; 39 221 ÷ 196.105% = 20 000, included.
        Assert.Equal("(784420000/39223, 20000]", implied.GetProperty("exact").GetString());
        Assert.Equal("(19998.98…, 20000]", implied.GetProperty("display").GetString());
        Assert.Equal([20_000L, 19_999L], rural.GetProperty("roundestTargets").EnumerateArray().Select(target => target.GetInt64()));
        Assert.Equal("HalfAwayFromZero", rural.GetProperty("roundingConsistency").GetString());
    }

    [Theory]
    [InlineData(3, "Both")]
    [InlineData(4, "Both")]
    public void Run_Json_OtherExactActualsAreConsistentUnderBothRules(int index, string consistency)
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        Assert.Equal(consistency, json.RootElement.GetProperty("figures")[index].GetProperty("roundingConsistency").GetString());
    }

    [Theory]
    [InlineData(0, "(99941.95…, 100017.07…)")]
    [InlineData(1, "(11958.39…, 12026.96…)")]
    public void Run_Json_RoundedActualsCarryTheirImpliedTargetButNoRoundingVerdict(int index, string display)
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        JsonElement figure = json.RootElement.GetProperty("figures")[index];
        Assert.Equal(display, figure.GetProperty("impliedTarget").GetProperty("display").GetString());
        Assert.False(figure.TryGetProperty("roundingConsistency", out _));
    }

    [Theory]
    [InlineData(0, 146_425L, 146_434L)]
    [InlineData(1, 17_711L, 17_711L)]
    public void Run_Json_RoundedActualsCarryTheirConsistentRange(int index, long min, long max)
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        JsonElement range = json.RootElement.GetProperty("figures")[index].GetProperty("consistentActuals");
        Assert.Equal(min, range.GetProperty("min").GetInt64());
        Assert.Equal(max, range.GetProperty("max").GetInt64());
    }

    [Fact]
    public void Run_Json_ScheduleAt20200630IsHalfTheYear()
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        JsonElement schedule = json.RootElement.GetProperty("figures")[2].GetProperty("schedule");
        Assert.Equal("2020-06-30", schedule.GetProperty("asOf").GetString());
        Assert.Equal("months", schedule.GetProperty("convention").GetString());
        Assert.Equal(6, schedule.GetProperty("elapsed").GetInt32());
        Assert.Equal(12, schedule.GetProperty("total").GetInt32());
        Assert.Equal("50%", schedule.GetProperty("rate").GetString());
        Assert.True(schedule.GetProperty("aheadOfSchedule").GetBoolean());

        // 196.105% − 50%.
        Assert.Equal("146.105", schedule.GetProperty("gapPoints").GetString());
    }

    [Fact]
    public void Run_Json_ScheduleAt20201031IsTenTwelfths()
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        JsonElement schedule = json.RootElement.GetProperty("figures")[0].GetProperty("schedule");
        Assert.Equal("2020-10-31", schedule.GetProperty("asOf").GetString());
        Assert.Equal(10, schedule.GetProperty("elapsed").GetInt32());
        Assert.Equal(12, schedule.GetProperty("total").GetInt32());
        Assert.Equal("250/3%", schedule.GetProperty("rate").GetString());
        Assert.Equal("83.33%", schedule.GetProperty("rounded").GetString());
        Assert.True(schedule.GetProperty("aheadOfSchedule").GetBoolean());

        // 146.4% − 250/3% = 189.2/3 = 946/15 points, 63.07 rounded.
        Assert.Equal("946/15", schedule.GetProperty("gapPoints").GetString());
        Assert.Equal("63.07", schedule.GetProperty("gapPointsRounded").GetString());
    }

    [Fact]
    public void Run_Json_AllFiveAheadOfSchedule()
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        Assert.All(
            json.RootElement.GetProperty("figures").EnumerateArray(),
            figure => Assert.True(figure.GetProperty("schedule").GetProperty("aheadOfSchedule").GetBoolean()));
    }

    [Fact]
    public void Run_JsonWithoutExplain_HasNoTraces()
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json").Output);
        Assert.All(json.RootElement.GetProperty("figures").EnumerateArray(), figure => Assert.False(figure.TryGetProperty("explain", out _)));
    }

    [Fact]
    public void Run_JsonExplain_CarriesTheTracesInChinese()
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json", "--explain").Output);
        JsonElement explain = json.RootElement.GetProperty("figures")[2].GetProperty("explain");
        Assert.Equal("zh-Hans", explain.GetProperty("language").GetString());
        Assert.Equal("完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四舍五入）", explain.GetProperty("completion").GetString());
        Assert.Equal("目标 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", explain.GetProperty("impliedTarget").GetString());
        Assert.Equal("序时进度 = 6 ÷ 12 个月 = 50%", explain.GetProperty("scheduleProgress").GetString());
        Assert.Equal("完成率 196.105% − 序时进度 50% = 146.105 个百分点：快于序时进度", explain.GetProperty("scheduleComparison").GetString());
        Assert.False(explain.TryGetProperty("printedValueNote", out _));
    }

    [Fact]
    public void Run_JsonExplainLangEn_CarriesTheTracesInEnglishAndTheRoundedValueNote()
    {
        using JsonDocument json = JsonDocument.Parse(Run("reproduce", "--json", "--explain", "--lang", "en").Output);
        JsonElement explain = json.RootElement.GetProperty("figures")[0].GetProperty("explain");
        Assert.Equal("en", explain.GetProperty("language").GetString());
        Assert.Equal("completion rate = 146,400 persons ÷ 100,000 persons = 146.4%", explain.GetProperty("completion").GetString());
        Assert.Contains("[146350, 146450)", explain.GetProperty("printedValueNote").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Run_AnyCurrentCulture_SameOutput(string culture)
    {
        (int, string, string) expected = Cultures.With("en-US", () => Run("--json", "--explain"));
        Assert.Equal(expected, Cultures.With(culture, () => Run("--json", "--explain")));
        Assert.Equal(Cultures.With("en-US", () => Run("--explain")), Cultures.With(culture, () => Run("--explain")));
        Assert.Equal(Cultures.With("en-US", () => Run("--explain", "--lang", "en")), Cultures.With(culture, () => Run("--explain", "--lang", "en")));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("rollup", "a.json", "extra")]
    public void Run_UnknownCommand_Exits2WithOneLineNamingIt(params string[] args)
    {
        (int code, string output, string error) = RunInEnglish(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"indicators: Unrecognized command or argument '{args[^1]}'.{Environment.NewLine}", error);
    }

    [Theory]
    [InlineData("reproduce", "extra")]
    [InlineData("reproduce", "reproduce")]
    public void Run_ReproduceOfAFileThatIsNotThere_Exits2WithOneLineNamingIt(params string[] args)
    {
        (int code, string output, string error) = RunInEnglish(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"indicators: {args[^1]}: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("reproduce", "-x")]
    [InlineData("--json", "--frobnicate")]
    public void Run_UnknownOption_Exits2WithOneLineNamingIt(params string[] args)
    {
        (int code, string output, string error) = RunInEnglish(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"indicators: Unrecognized command or argument '{args[^1]}'.{Environment.NewLine}", error);
    }

    [Theory]
    [InlineData("--lang")]
    [InlineData("reproduce", "--lang")]
    public void Run_LangWithoutValue_Exits2SayingTheArgumentIsMissing(params string[] args)
    {
        (int code, string output, string error) = RunInEnglish(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"indicators: Required argument missing for option: '--lang'.{Environment.NewLine}", error);
    }

    [Fact]
    public void Run_UnknownLanguage_Exits2NamingItAndTheChoices()
    {
        (int code, string output, string error) = RunInEnglish("--lang", "fr");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"indicators: Unknown language 'fr' for option '--lang': expected zh-Hans or en.{Environment.NewLine}", error);
    }

    [Fact]
    public void Run_LangTwice_Exits2()
    {
        (int code, string output, string error) = RunInEnglish("--lang", "en", "--lang", "zh-Hans");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--lang", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("--json", "--help")]
    [InlineData("--frobnicate", "--help")]
    public void Run_Help_PrintsUsageOptionsAndExitCodesAndExits0(params string[] args)
    {
        (int code, string output, string error) = RunInEnglish(args);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("indicators [command] [options]", output, StringComparison.Ordinal);
        Assert.Contains("--lang <zh-Hans|en>", output, StringComparison.Ordinal);
        Assert.Contains("--json", output, StringComparison.Ordinal);
        Assert.Contains("--explain", output, StringComparison.Ordinal);
        Assert.Contains("reproduce", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", output, StringComparison.Ordinal);
        Assert.Contains("  2  bad usage", output, StringComparison.Ordinal);
        Assert.All(output.Split('\n'), line => Assert.True(TextColumns.Of(line.TrimEnd('\r')) < 100, line));
    }

    [Fact]
    public void Run_ReproduceHelp_DescribesTheCommand()
    {
        (int code, string output, string error) = RunInEnglish("reproduce", "--help");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("indicators reproduce [<DATASET>] [options]", output, StringComparison.Ordinal);
        Assert.Contains("Recompute the completion rates", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Run_HelpInAnyUiCulture_Exits0NamingTheOptions(string culture)
    {
        (int code, string output, string error) = Cultures.With(culture, () => Run("--help"));
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("--lang <zh-Hans|en>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Version_PrintsTheInformationalVersionAndExits0()
    {
        string version = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        (int code, string output, string error) = Run("--version");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(version + Environment.NewLine, output);
        Assert.StartsWith("0.", version, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--l", "--lang")]
    [InlineData("rep", "reproduce")]
    [InlineData("--ex", "--explain")]
    public void Run_SuggestDirective_CompletesOptionsAndCommands(string word, string completion)
    {
        (int code, string output, _) = Run("[suggest]", word);
        Assert.Equal(0, code);
        Assert.Contains(completion, output.Split(Environment.NewLine), StringComparer.Ordinal);
    }

    // System.CommandLine words its messages in the current UI culture.
    private static (int Code, string Output, string Error) RunInEnglish(params string[] args) => Cultures.With("en-US", () => Run(args));

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CommandLine.Run(args.ToList(), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
