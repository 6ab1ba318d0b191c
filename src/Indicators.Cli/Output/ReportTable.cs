using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Indicators.Cli.Reference;
using Spectre.Console;

namespace Indicators.Cli.Output;

/// <summary>
/// Writes a <see cref="ReportCheck"/> as text: a table of the completion rates, how they are checked, then per-figure
/// details (implied target, consistent actuals, rounding, schedule) and, on request, the library's traces. Spectre.Console
/// lays the table out and wraps the text to the console's width (<see cref="Terminal"/>), wide characters taking two columns.
/// </summary>
internal static class ReportTable
{
    // Which columns hold numbers (right-aligned, never wrapped): only the indicator's name wraps when the table is too wide.
    private static readonly bool[] Numeric = [false, true, true, true, true, true, false];

    /// <summary>Writes the text for <paramref name="check"/> in <paramref name="language"/>.</summary>
    /// <param name="check">The checked report.</param>
    /// <param name="language">The language of labels and figures.</param>
    /// <param name="explain">Whether to add the library's traces under each figure.</param>
    /// <param name="output">Where to write.</param>
    internal static void Write(ReportCheck check, OutputLanguage language, bool explain, IAnsiConsole output)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(output);
        Labels labels = Labels.For(language);

        FigureDetails.WriteWrapped(output, 0, Format(labels.Title, check.Report.Title));
        output.WriteLine();
        output.Write(Table(Header(labels), check.Figures.Select(figure => Row(figure, language, labels))));
        output.WriteLine();
        foreach (string paragraph in labels.Method)
        {
            FigureDetails.WriteWrapped(output, 0, paragraph);
        }

        foreach (FigureCheck figure in check.Figures)
        {
            output.WriteLine();
            FigureDetails.Write(figure, language, labels, explain, output);
        }

        WriteChecks(output, labels.DerivedHeading, check.Derived, language, labels, explain);
        WriteChecks(output, labels.TargetsHeading, check.Targets, language, labels, explain);

        output.WriteLine();
        FigureDetails.WriteWrapped(
            output, 0, Format(labels.Summary, check.Figures.Count, check.Figures.Count(figure => figure.Agrees), check.AheadOfSchedule));
    }

    // A section of figures, each with its bounds and, when asked for or when it carries a note, its trace.
    private static void WriteChecks(IAnsiConsole output, string heading, IReadOnlyList<DerivedCheck> checks, OutputLanguage language, Labels labels, bool explain)
    {
        if (checks.Count == 0)
        {
            return;
        }

        output.WriteLine();
        FigureDetails.WriteWrapped(output, 0, heading);
        foreach (DerivedCheck derived in checks)
        {
            FigureDetails.WriteWrapped(output, 2, derived.Record.Label.For(language) + (language == OutputLanguage.English ? ": " : "：") + derived.Result.For(language));
            if (derived.Bounds is { } bounds)
            {
                FigureDetails.WriteWrapped(output, 4, Format(labels.DerivedBounds, bounds.For(language)));
            }

            if (explain || derived.Record.Note is not null)
            {
                FigureDetails.WriteWrapped(output, 4, derived.Explain.For(language));
            }
        }
    }

    /// <summary>A date as yyyy-MM-dd.</summary>
    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A composite format filled in culture-invariantly.</summary>
    internal static string Format(string format, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, arguments);

    private static PlainTable Table(string[] header, IEnumerable<string[]> rows)
    {
        var table = new PlainTable(header, Numeric);
        foreach (string[] row in rows)
        {
            table.AddRow(row);
        }

        return table;
    }

    private static string[] Header(Labels labels) =>
        [labels.Indicator, labels.Actual, labels.Target, labels.Computed, labels.Rounded, labels.Published, labels.Agrees];

    private static string[] Row(FigureCheck figure, OutputLanguage language, Labels labels)
    {
        return
        [
            figure.Figure.Indicator.For(language),
            figure.Actual.ToString(language.ToExplain()),
            figure.Target.ToString(figure.TargetFormat, language.ToExplain()),
            figure.ComputedRate.ToString(),
            figure.RoundedRate,
            figure.PublishedRate.ToString(),
            figure.Agrees ? labels.Yes : labels.No,
        ];
    }
}
