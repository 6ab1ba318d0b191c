using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Indicators.Aggregation;
using Indicators.Audit;
using Indicators.Cli.Output;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;
using Spectre.Console;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators audit FILE [--json | --html] [-o FILE]</c>: whether the figures of a report text agree with each other
/// (<see cref="ReportAudit"/>): each completion statement with its implied targets, roundest target and rounding rule; stated
/// targets, changes in percentage points, rates against ceilings, totals against their parts; the findings. As tables or
/// as JSON (<see cref="AuditJson"/>), or as one self-contained HTML page (<see cref="AuditHtml"/>); to the standard output
/// or, with <c>-o</c>, to a file. Exit code 0 when nothing is inconsistent, 1 when something is, 2 when the input is
/// unusable (missing file, invalid UTF-8, binary data), with one line on the standard error.
/// </summary>
internal sealed class AuditCommand : ReportTextCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "audit";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Option<bool> html = new("--html")
    {
        Description = "Write one self-contained HTML page instead of tables: the summary, the report's text with every figure marked (its value, bounds, qualifier, period and indicator on hover and focus), the tables, and the findings linked to their place in the text.",
    };

    private readonly Option<string?> outputFile = new("--output", "-o") { Description = "Write to this file instead of the standard output.", HelpName = "FILE" };

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
    internal Command Create()
    {
        Command command = Create(
            Name,
            "Check that the figures of a report text (FILE, or - for the standard input) agree with each other: the targets "
            + "each completion rate implies, stated targets, changes in percentage points, rates against ceilings, totals "
            + "against their parts; as tables, JSON (--json) or an HTML page (--html). Exit code 0 when nothing is "
            + "inconsistent, 1 when something is, 2 when the input is unusable (missing file, invalid UTF-8, binary data).");
        command.Options.Add(html);
        command.Options.Add(outputFile);
        command.Validators.Add(result =>
        {
            if (result.GetValue(html) && result.Children.Any(c => c is System.CommandLine.Parsing.OptionResult { Option.Name: "--json" }))
            {
                result.AddError("--json and --html cannot be used together: choose one output.");
            }
        });
        return command;
    }

    /// <inheritdoc/>
    private protected override int Run(string text, ParseResult result)
    {
        bool asHtml = result.GetValue(html);
        if (result.GetValue(outputFile) is not { } file)
        {
            return asHtml ? WriteHtml(text, result.InvocationConfiguration.Output) : base.Run(text, result);
        }

        try
        {
            using var writer = new StreamWriter(file, append: false, Utf8);
            return asHtml ? WriteHtml(text, writer) : Run(text, result.GetValue<bool>("--json"), writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.InvocationConfiguration.Error.WriteLine($"{CommandLine.ToolName}: {file}: {DatasetInput.OneLine(e.Message)}");
            return CommandLine.BadUsage;
        }
    }

    private static int WriteHtml(string text, TextWriter output)
    {
        ReportAudit audit = ReportAudit.Of(text);
        output.Write(AuditHtml.Page(audit));
        return audit.IsConsistent ? CommandLine.Agree : CommandLine.Disagree;
    }

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

    /// <summary>The first line: "79 figures, 5 completion statements: consistent, 1 findings".</summary>
    internal static string Summary(ReportAudit audit)
    {
        int inconsistencies = 0;
        foreach (AuditFinding finding in audit.Findings)
        {
            inconsistencies += finding.Severity == AuditSeverity.Inconsistency ? 1 : 0;
        }

        string verdict = audit.IsConsistent ? "consistent" : "inconsistent (" + At(inconsistencies) + ")";
        return At(audit.Extraction.Figures.Count) + " figures, " + At(audit.Completions.Count) + " completion statements: " + verdict
            + ", " + At(audit.Findings.Count) + " findings";
    }

    /// <summary>A finding's severity as the tables and the page name it: inconsistency, warning, information.</summary>
    internal static string Severity(AuditSeverity severity) => severity switch
    {
        AuditSeverity.Inconsistency => "inconsistency",
        AuditSeverity.Warning => "warning",
        _ => "information",
    };

    /// <summary>The tables the audit shows, in order, each with its rows (the cells as shown, and the figure the row
    /// starts at); a kind of check that found nothing has no rows. The tables and <see cref="AuditHtml"/> show these.</summary>
    internal static IReadOnlyList<AuditSection> Sections(ReportAudit audit) =>
    [
        AuditSection.Of("Completion statements", ["Start", "Rate", "Actual", "Indicator", "Implied target", "Roundest", "Rounding", "Stated"], [true, false, false, false, false, false, false, false],
            audit.Completions, c => c.Statement.Rate, c =>
            [
                At(c.Statement.Start), c.Statement.Rate.Text, c.Statement.Actual?.Text ?? string.Empty, c.Statement.Actual?.Indicator?.Text ?? string.Empty,
                c.ImpliedTarget is { } t ? Bounds(t) : "not audited", c.RoundestTargets.Count > 0 ? Shown(c.RoundestTargets[0]) : string.Empty,
                Rule(c.Rounding), c.StatedTargetAgrees is { } agrees ? c.Statement.StatedTarget!.Text + (agrees ? " ✓" : " ✗") : string.Empty,
            ]),
        AuditSection.Of("Stated targets", ["Start", "Target", "Actual", "Indicator", "Verdict", "Completion"], [true, false, false, false, false, false],
            audit.StatedTargets, s => s.Target, s =>
            [
                At(s.Target.Start), s.Target.Text, s.Actual.Text, s.Actual.Indicator?.Text ?? string.Empty, Verdict(s.Verdict),
                s.Completion is { } c ? Bounds(c) : string.Empty,
            ]),
        AuditSection.Of("Changes in percentage points", ["Start", "Rate", "Change", "Earlier rate", "Bounds"], [true, false, false, false, false],
            audit.RateChanges, r => r.Change, r =>
            [
                At(r.Change.Start), r.Rate.Text, (r.Change.IsDecrease ? "−" : "+") + r.Change.Text, Shown(r.EarlierRate), Bounds(r.EarlierRate),
            ]),
        AuditSection.Of("Rates against targets", ["Start", "Rate", "Target", "Verdict", "Margin", "Bounds"], [true, false, false, false, false, false],
            audit.RateTargets, r => r.Actual, r =>
            [
                At(r.Actual.Start), r.Actual.Text, r.Target.Text, Verdict(r.Verdict), Shown(r.Margin), Bounds(r.Margin),
            ]),
        AuditSection.Of("Totals and parts", ["Start", "Total", "Parts", "Sum of parts", "Outcome"], [true, false, false, false, false],
            audit.Sums, s => s.Total, s =>
            [
                At(s.Total.Start), s.Total.Text, string.Join(" + ", PartTexts(s.Parts)), Bounds(s.PartsSum), s.Outcome switch
                {
                    SumCheckOutcome.Agrees => "agrees",
                    SumCheckOutcome.PartsBelowTotal => "parts below total",
                    _ => "parts exceed total",
                },
            ]),
    ];

    private static void WriteTables(ReportAudit audit, IAnsiConsole output)
    {
        output.WriteLine(Summary(audit), Style.Plain);
        foreach (AuditSection section in Sections(audit))
        {
            if (section.Rows.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine(section.Title, Style.Plain);
            var table = new PlainTable(section.Header, section.Numeric);
            foreach ((_, string[] cells) in section.Rows)
            {
                table.AddRow(cells);
            }

            output.Write(table);
        }

        if (audit.Findings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Findings", Style.Plain);
            foreach (AuditFinding finding in audit.Findings)
            {
                output.Write(new HangingText(string.Create(CultureInfo.InvariantCulture, $"{Severity(finding.Severity)} at {finding.Start}: ") + finding.Message, 0));
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
}
