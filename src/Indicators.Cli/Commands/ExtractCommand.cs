using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Indicators.Audit;
using Indicators.Cli.Output;
using Indicators.Text;
using Spectre.Console;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators extract FILE [--json]</c>: every figure <see cref="Extraction.Extract"/> finds in a report text (FILE, or
/// the standard input for "-"), as a table or as a JSON array (<see cref="ExtractJson"/>). Exit code 0, 1 when the
/// figures are inconsistent (<see cref="ReportAudit.IsConsistent"/>; <c>audit</c> says how), or 2 when the input is
/// unusable (missing file, invalid UTF-8, binary data), with one line on the standard error.
/// </summary>
internal sealed class ExtractCommand : ReportTextCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "extract";

    /// <summary>An <c>extract</c> command that reads the process's standard input for "-".</summary>
    internal ExtractCommand()
        : this(Console.OpenStandardInput)
    {
    }

    /// <summary>An <c>extract</c> command that reads <paramref name="openInput"/> for "-".</summary>
    /// <param name="openInput">Opens the standard input.</param>
    internal ExtractCommand(Func<Stream> openInput)
        : base(openInput, "Print a JSON array of {text, start, length, kind, unit, value, scale, qualifier, status, label, period, role, decrease, unitInferred} instead of a table.")
    {
    }

    /// <summary>The <c>extract</c> command.</summary>
    internal Command Create() => Create(
        Name,
        "Find every figure in a report text (FILE, or - for the standard input) with its span, kind, exact value, "
        + "qualifier, status, indicator phrase, period phrase and role. Exit code 0, 1 when the figures are inconsistent "
        + "(audit says how), 2 when the input is unusable (missing file, invalid UTF-8, binary data).");

    /// <inheritdoc/>
    private protected override int Run(string text, bool asJson, TextWriter output)
    {
        ExtractionResult found = Extraction.Extract(text);
        if (asJson)
        {
            output.WriteLine(ExtractJson.Array(found.Figures));
        }
        else
        {
            WriteTable(found, Terminal.Create(output));
        }

        return ReportAudit.Of(found).IsConsistent ? CommandLine.Agree : CommandLine.Disagree;
    }

    // The table's shorter names of the kind percentage-points and of the roles, so that the table fits in 99 columns; the
    // JSON keeps the wire names.
    private static string ShortRole(FigureRole role) => role switch
    {
        FigureRole.CompletionRate => "completion",
        FigureRole.YearOnYearGrowth => "growth",
        FigureRole.PercentagePointChange => "pp change",
        _ => ParseWireNames.Role(role),
    };

    // A table per run of figures under the same period phrase, headed by that phrase; a row per figure, the status after
    // the qualifier when it is not "normal", to keep the table narrow.
    private static void WriteTable(ExtractionResult found, IAnsiConsole output)
    {
        int i = 0;
        while (i < found.Figures.Count)
        {
            Phrase? period = found.Figures[i].Period;
            if (i > 0)
            {
                output.WriteLine();
            }

            output.WriteLine(period is null ? "(no period)" : period.Text, Style.Plain);
            var table = new PlainTable(["Start", "Figure", "Kind", "Value", "Qualifier", "Role", "Indicator"], [true, false, false, true, false, false, false]);
            for (; i < found.Figures.Count && Equals(found.Figures[i].Period, period); i++)
            {
                ExtractedFigure figure = found.Figures[i];
                ParsedInput reading = ParsedInput.FromExtracted(figure);
                table.AddRow(
                [
                    figure.Start.ToString(CultureInfo.InvariantCulture),
                    figure.Text,
                    reading.Kind == "percentage-points" ? "points" : reading.Kind ?? string.Empty,
                    reading.Value ?? string.Empty,
                    reading.Status == "normal" ? reading.Qualifier ?? string.Empty : reading.Qualifier + ", " + reading.Status,
                    ShortRole(figure.Role),
                    figure.Indicator?.Text ?? string.Empty,
                ]);
            }

            output.Write(table);
        }
    }
}
