using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Indicators.Aggregation;
using Indicators.Audit;
using Indicators.Cli.Output;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;
using Spectre.Console;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators audit FILE [--json]</c>: whether the figures of a report text agree with each other
/// (<see cref="ReportAudit"/>): each completion statement with its implied targets, roundest target and rounding rule; stated
/// targets, changes in percentage points, rates against ceilings, totals against their parts; the findings. As tables or
/// as JSON (<see cref="AuditJson"/>). Exit code 0 when nothing is inconsistent, 1 when something is, 2 when the input is
/// unusable (missing file, invalid UTF-8, binary data), with one line on the standard error.
/// </summary>
internal sealed class AuditCommand : ReportTextCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "audit";

    /// <summary>An <c>audit</c> command that reads the process's standard input for "-".</summary>
    internal AuditCommand()
        : this(Console.OpenStandardInput)
    {
    }

    /// <summary>An <c>audit</c> command that reads <paramref name="openInput"/> for "-".</summary>
    /// <param name="openInput">Opens the standard input.</param>
    internal AuditCommand(Func<Stream> openInput)
        : base(openInput, "Print {consistent, figures, completions, statedTargets, rateChanges, rateTargets, sums, findings} as JSON instead of tables.")
    {
    }

    /// <summary>The <c>audit</c> command.</summary>
    internal Command Create() => Create(
        Name,
        "Check that the figures of a report text (FILE, or - for the standard input) agree with each other: the targets "
        + "each completion rate implies, stated targets, changes in percentage points, rates against ceilings, totals "
        + "against their parts. Exit code 0 when nothing is inconsistent, 1 when something is, 2 when the input is "
        + "unusable (missing file, invalid UTF-8, binary data).");

    /// <inheritdoc/>
    private protected override int Run(string text, bool asJson, TextWriter output)
    {
        ReportAudit audit = ReportAudit.Of(text);
        if (asJson)
        {
            output.WriteLine(AuditJson.Object(audit));
        }
        else
        {
            WriteTables(audit, Terminal.Create(output));
        }

        return audit.IsConsistent ? CommandLine.Agree : CommandLine.Disagree;
    }

    private static string At(int start) => start.ToString(CultureInfo.InvariantCulture);

    private static string Shown(DerivedFigure figure) => figure.ToString(ExplainLanguage.ZhHans);

    private static string Bounds(DerivedFigure figure) => figure.BoundsToString(ExplainLanguage.ZhHans);

    private static string Rule(RoundingConsistency? rounding) => rounding switch
    {
        RoundingConsistency.Both => "both",
        RoundingConsistency.HalfAwayFromZero => "half-up",
        RoundingConsistency.HalfEven => "half-even",
        RoundingConsistency.Neither => "neither",
        _ => string.Empty,
    };

    private static void WriteTables(ReportAudit audit, IAnsiConsole output)
    {
        int inconsistencies = 0;
        foreach (AuditFinding finding in audit.Findings)
        {
            inconsistencies += finding.Severity == AuditSeverity.Inconsistency ? 1 : 0;
        }

        string verdict = audit.IsConsistent ? "consistent" : "inconsistent (" + At(inconsistencies) + ")";
        output.WriteLine(
            At(audit.Extraction.Figures.Count) + " figures, " + At(audit.Completions.Count) + " completion statements: " + verdict
        + ", " + At(audit.Findings.Count) + " findings",
            Style.Plain);

        Section(output, "Completion statements", ["Start", "Rate", "Actual", "Indicator", "Implied target", "Roundest", "Rounding", "Stated"], [true, false, false, false, false, false, false, false],
            audit.Completions, c =>
            [
                At(c.Statement.Start), c.Statement.Rate.Text, c.Statement.Actual?.Text ?? string.Empty, c.Statement.Actual?.Indicator?.Text ?? string.Empty,
                c.ImpliedTarget is { } t ? Bounds(t) : "not audited", c.RoundestTargets.Count > 0 ? Shown(c.RoundestTargets[0]) : string.Empty,
                Rule(c.Rounding), c.StatedTargetAgrees is { } agrees ? c.Statement.StatedTarget!.Text + (agrees ? " ✓" : " ✗") : string.Empty,
            ]);
        Section(output, "Stated targets", ["Start", "Target", "Actual", "Indicator", "Verdict", "Completion"], [true, false, false, false, false, false],
            audit.StatedTargets, s =>
            [
                At(s.Target.Start), s.Target.Text, s.Actual.Text, s.Actual.Indicator?.Text ?? string.Empty, Verdict(s.Verdict),
                s.Completion is { } c ? Bounds(c) : string.Empty,
            ]);
        Section(output, "Changes in percentage points", ["Start", "Rate", "Change", "Earlier rate", "Bounds"], [true, false, false, false, false],
            audit.RateChanges, r =>
            [
                At(r.Change.Start), r.Rate.Text, (r.Change.IsDecrease ? "−" : "+") + r.Change.Text, Shown(r.EarlierRate), Bounds(r.EarlierRate),
            ]);
        Section(output, "Rates against targets", ["Start", "Rate", "Target", "Verdict", "Margin", "Bounds"], [true, false, false, false, false, false],
            audit.RateTargets, r =>
            [
                At(r.Actual.Start), r.Actual.Text, r.Target.Text, Verdict(r.Verdict), Shown(r.Margin), Bounds(r.Margin),
            ]);
        Section(output, "Totals and parts", ["Start", "Total", "Parts", "Sum of parts", "Outcome"], [true, false, false, false, false],
            audit.Sums, s =>
            [
                At(s.Total.Start), s.Total.Text, string.Join(" + ", PartTexts(s.Parts)), Bounds(s.PartsSum), s.Outcome switch
                {
                    SumCheckOutcome.Agrees => "agrees",
                    SumCheckOutcome.PartsBelowTotal => "parts below total",
                    _ => "parts exceed total",
                },
            ]);

        if (audit.Findings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Findings", Style.Plain);
            foreach (AuditFinding finding in audit.Findings)
            {
                string severity = finding.Severity switch
                {
                    AuditSeverity.Inconsistency => "inconsistency",
                    AuditSeverity.Warning => "warning",
                    _ => "information",
                };
                output.Write(new HangingText(string.Create(CultureInfo.InvariantCulture, $"{severity} at {finding.Start}: ") + finding.Message, 0));
            }
        }
    }

    private static string Verdict(TargetVerdict verdict) => verdict switch
    {
        TargetVerdict.Met => "met",
        TargetVerdict.NotMet => "not met",
        _ => "undetermined",
    };

    private static IEnumerable<string> PartTexts(IReadOnlyList<ExtractedFigure> parts)
    {
        foreach (ExtractedFigure part in parts)
        {
            yield return part.Text;
        }
    }

    private static void Section<T>(IAnsiConsole output, string title, string[] header, bool[] numeric, IReadOnlyList<T> rows, Func<T, string[]> cells)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title, Style.Plain);
        var table = new PlainTable(header, numeric);
        foreach (T row in rows)
        {
            table.AddRow(cells(row));
        }

        output.Write(table);
    }
}
