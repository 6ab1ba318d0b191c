using System;
using System.Globalization;

namespace Indicators.Cli.Output;

/// <summary>The words of the table in one language. Composite formats take their arguments as numbered.</summary>
internal sealed class Labels
{
    /// <summary>Simplified-Chinese labels.</summary>
    internal static readonly Labels ZhHans = new()
    {
        FigureProvider = CultureInfo.InvariantCulture,
        Title = "{0}（{1}）：完成率复核",
        Indicator = "指标",
        AsOf = "截至",
        Actual = "实际",
        Target = "目标",
        Computed = "计算完成率",
        Rounded = "四舍五入",
        Published = "公布完成率",
        Agrees = "一致",
        ConsistentActuals = "相符的实际值",
        Yes = "是",
        No = "否",
        Method = "计算完成率 = 公布的实际值 ÷ 目标，为精确值；四舍五入到公布的小数位数后与公布完成率比较。",
        RoundedNote = "注：{0}是四舍五入后的数，代表 {1} 中的任一整数；其中 {2} 除以目标后四舍五入为 {3}。",
        RoundedNoteNone = "注：{0}是四舍五入后的数，代表 {1} 中的任一整数；其中没有一个除以目标后四舍五入为 {3}。",
        Summary = "共 {0} 项，{1} 项与公布完成率一致。",
    };

    /// <summary>English labels.</summary>
    internal static readonly Labels English = new()
    {
        FigureProvider = CultureInfo.GetCultureInfo("en-US"),
        Title = "{0} ({1}): completion rates reproduced",
        Indicator = "Indicator",
        AsOf = "As of",
        Actual = "Actual",
        Target = "Target",
        Computed = "Computed",
        Rounded = "Rounded",
        Published = "Published",
        Agrees = "Agrees",
        ConsistentActuals = "Consistent actuals",
        Yes = "yes",
        No = "no",
        Method = "Computed = actual as published ÷ target, exactly; rounded half away from zero to the published decimals and compared with the published rate.",
        RoundedNote = "Note: {0} is rounded and stands for any whole number in {1}; of those, {2} over the target round to {3}.",
        RoundedNoteNone = "Note: {0} is rounded and stands for any whole number in {1}; none of those over the target rounds to {3}.",
        Summary = "{1} of {0} published rates agree.",
    };

    private Labels()
    {
    }

    /// <summary>Formats figures (persons, enterprises, 万) in this language.</summary>
    internal required IFormatProvider FigureProvider { get; init; }

    /// <summary>Title: {0} the report, {1} its date.</summary>
    internal required string Title { get; init; }

    /// <summary>Column header.</summary>
    internal required string Indicator { get; init; }

    /// <summary>Column header.</summary>
    internal required string AsOf { get; init; }

    /// <summary>Column header.</summary>
    internal required string Actual { get; init; }

    /// <summary>Column header.</summary>
    internal required string Target { get; init; }

    /// <summary>Column header.</summary>
    internal required string Computed { get; init; }

    /// <summary>Column header.</summary>
    internal required string Rounded { get; init; }

    /// <summary>Column header.</summary>
    internal required string Published { get; init; }

    /// <summary>Column header.</summary>
    internal required string Agrees { get; init; }

    /// <summary>Column header.</summary>
    internal required string ConsistentActuals { get; init; }

    /// <summary>The rate agrees.</summary>
    internal required string Yes { get; init; }

    /// <summary>The rate disagrees.</summary>
    internal required string No { get; init; }

    /// <summary>How the columns are computed.</summary>
    internal required string Method { get; init; }

    /// <summary>Note on a rounded actual: {0} as printed, {1} the whole numbers it stands for, {2} the consistent ones, {3} the published rate.</summary>
    internal required string RoundedNote { get; init; }

    /// <summary>Like <see cref="RoundedNote"/> when no whole number is consistent.</summary>
    internal required string RoundedNoteNone { get; init; }

    /// <summary>Summary: {0} figures, {1} of them agree.</summary>
    internal required string Summary { get; init; }

    /// <summary>The labels for <paramref name="language"/>.</summary>
    internal static Labels For(OutputLanguage language) => language == OutputLanguage.English ? English : ZhHans;
}
