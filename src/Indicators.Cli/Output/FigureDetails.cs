using System;
using System.IO;
using Indicators.Aggregation;
using Indicators.Cli.Reference;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Targets;
using Spectre.Console;

namespace Indicators.Cli.Output;

/// <summary>
/// Writes the details of one figure under the table: what the printed actual stands for and which actuals the target
/// implies, the implied target, the rounding rules that give the published rate, the schedule, and on request the traces.
/// </summary>
internal static class FigureDetails
{
    private const int Indent = 2;
    private const int TraceIndent = 4;

    /// <summary>Decimals rates and differences of rates are shown with.</summary>
    internal const int Decimals = 2;

    /// <summary>Writes the details of <paramref name="figure"/>.</summary>
    /// <param name="figure">The checked figure.</param>
    /// <param name="language">The language of the indicator's name.</param>
    /// <param name="labels">The labels, in the same language.</param>
    /// <param name="explain">Whether to add the library's traces.</param>
    /// <param name="output">Where to write.</param>
    internal static void Write(FigureCheck figure, OutputLanguage language, Labels labels, bool explain, IAnsiConsole output)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(output);
        Catalog.IndicatorDefinition kind = figure.Figure.Definition;
        string actual = figure.Actual.ToString(language.ToExplain());
        string target = figure.Target.ToString(figure.TargetFormat, language.ToExplain());
        string published = figure.PublishedRate.ToString();

        WriteWrapped(output, 0, ReportTable.Format(labels.FigureHeading, figure.Figure.Indicator.For(language), ReportTable.Date(figure.Figure.AsOf)));
        if (figure.IsActualRounded)
        {
            string standsFor = figure.PrintedActuals is { } printed ? Range(printed, kind, labels) : figure.Actual.Bounds.ToString();
            WriteWrapped(output, Indent, ReportTable.Format(labels.PrintedActual, actual, standsFor));
            WriteWrapped(output, Indent, figure.Implied.ConsistentActuals is { } consistent
                ? ReportTable.Format(labels.ConsistentActuals, target, Range(consistent, kind, labels), published)
                : ReportTable.Format(labels.NoConsistentActuals, target, string.Empty, published));
        }

        WriteWrapped(output, Indent, ReportTable.Format(labels.ImpliedTarget, figure.Implied.Display, Unit(kind, labels)));
        if (figure.Implied.Rounding is RoundingConsistency rounding)
        {
            WriteWrapped(output, Indent, ReportTable.Format(labels.Rounding, Rounding(rounding, labels)));
        }

        ScheduleComparison schedule = figure.Schedule;
        ScheduleProgress progress = schedule.Progress;
        string gap = ReportTable.Format(schedule.IsAheadOfSchedule ? labels.AheadBy : labels.BehindBy, GapSize(schedule));
        WriteWrapped(output, Indent, ReportTable.Format(
            labels.Schedule, Short(progress.Rate, language), progress.Period.Start.Year, progress.Elapsed, progress.Total, gap));

        if (explain)
        {
            WriteTraces(figure, language, actual, labels, output);
        }
    }

    /// <summary>The rate exactly when it has at most <see cref="Decimals"/> decimals ("50%"), else rounded half away from
    /// zero to them ("83.33%" for 250/3%).</summary>
    internal static string Short(Percent rate, OutputLanguage language) => DerivedFigure.Of(rate).ToShortString(Decimals, language.ToExplain());

    /// <summary>The size of the gap to the schedule in percentage points, without its sign, as <see cref="Short"/> writes a
    /// rate: "146.11" for +146.105, "63.07" for +63.0666….</summary>
    internal static string GapSize(ScheduleComparison schedule) =>
        DerivedFigure.Of(schedule.Gap).Abs().ToShortString(Decimals, Indicators.Reporting.ExplainLanguage.ZhHans, withUnit: false);

    /// <summary>"146425–146434人", or "17711人" for a single value, in the labels' language.</summary>
    internal static string Range((long Min, long Max) range, Catalog.IndicatorDefinition kind, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        string max = QuantityText.Format(kind, range.Max, new DisplayFormat(Scale.One, 0), labels.FigureProvider);

        // The lower end as a bare number, digits grouped as the library groups figures in this language.
        return range.Min == range.Max ? max : $"{((Ratio)range.Min).ToString("F0", labels.FigureProvider)}–{max}";
    }

    /// <summary>Writes <paramref name="text"/> wrapped to the console's width, indented by <paramref name="indent"/> columns
    /// and by <see cref="HangingText.Hanging"/> more on continuation lines.</summary>
    internal static void WriteWrapped(IAnsiConsole output, int indent, string text)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new HangingText(text, indent));
    }

    private static void WriteTraces(FigureCheck figure, OutputLanguage language, string actual, Labels labels, IAnsiConsole output)
    {
        FigureTraces traces = figure.Traces;
        WriteWrapped(output, Indent, labels.ExplainHeading);
        WriteWrapped(output, TraceIndent, traces.Completion.For(language));
        if (figure.IsActualRounded)
        {
            WriteWrapped(output, TraceIndent, ReportTable.Format(labels.PrintedValueNote, actual, figure.Actual.Bounds.ToString()));
        }

        WriteWrapped(output, TraceIndent, traces.ImpliedTarget.For(language));
        WriteWrapped(output, TraceIndent, traces.ScheduleProgress.For(language));
        WriteWrapped(output, TraceIndent, traces.ScheduleComparison.For(language));
    }

    private static string Rounding(RoundingConsistency rounding, Labels labels) => rounding switch
    {
        RoundingConsistency.HalfAwayFromZero => labels.RoundingHalfAwayFromZeroOnly,
        RoundingConsistency.HalfEven => labels.RoundingHalfEvenOnly,
        RoundingConsistency.Both => labels.RoundingBoth,
        _ => labels.RoundingNeither,
    };

    private static string Unit(Catalog.IndicatorDefinition kind, Labels labels) => QuantityText.UnitName(kind, labels.IsEnglish);
}
