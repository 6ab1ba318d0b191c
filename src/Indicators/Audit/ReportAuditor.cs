using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>Makes a <see cref="ReportAudit"/>: one pass over the completion statements, one over the figures.</summary>
internal sealed partial class ReportAuditor
{
    private const int RoundestCount = 3;

    private readonly ExtractionResult extraction;
    private readonly AuditOptions options;
    private readonly IReadOnlyList<ExtractedFigure> figures;
    private readonly List<AuditFinding> findings = [];
    private List<int>? breaks;

    internal ReportAuditor(ExtractionResult extraction, AuditOptions options)
    {
        this.extraction = extraction;
        this.options = options;
        figures = extraction.Figures;
    }

    internal ReportAudit Run()
    {
        var completions = new CompletionAudit[extraction.Completions.Count];
        for (int k = 0; k < completions.Length; k++)
        {
            completions[k] = Audit(extraction.Completions[k]);
        }

        StatedTargetAudit[] stated = StatedTargets();
        RateChangeAudit[] changes = RateChanges();
        RateTargetAudit[] rateTargets = RateTargets();
        SumCheck[] sums = Sums();
        FigureFindings();
        findings.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return new ReportAudit(extraction, completions, stated, changes, rateTargets, sums, findings.ToArray());
    }

    private void Add(AuditSeverity severity, AuditFindingKind kind, int start, int length, string message) =>
        findings.Add(new AuditFinding(severity, kind, start, length, message));

    private void FigureFindings()
    {
        foreach (ExtractedFigure figure in figures)
        {
            foreach (FigureFinding finding in figure.Figure.Findings)
            {
                Add(finding);
            }
        }

        foreach (FigureFinding finding in extraction.Findings)
        {
            Add(finding);
        }
    }

    /// <summary>A finding of extraction as an audit finding: a number that is no figure is a warning (the report prints
    /// something that cannot be checked), a range of numerals, a repeated qualifier or a foreign currency information.</summary>
    private void Add(FigureFinding finding)
    {
        (AuditSeverity severity, AuditFindingKind kind) = finding.Kind switch
        {
            FigureFindingKind.ConflictingQualifiers => (AuditSeverity.Warning, AuditFindingKind.ConflictingQualifiers),
            FigureFindingKind.RepeatedQualifier => (AuditSeverity.Information, AuditFindingKind.RepeatedQualifier),
            FigureFindingKind.NegativeCount => (AuditSeverity.Warning, AuditFindingKind.NegativeCount),
            FigureFindingKind.NumberOutOfRange => (AuditSeverity.Warning, AuditFindingKind.NumberOutOfRange),
            FigureFindingKind.NotWholeUnits => (AuditSeverity.Warning, AuditFindingKind.NotWholeUnits),
            FigureFindingKind.NumeralRange => (AuditSeverity.Information, AuditFindingKind.NumeralRange),
            _ => (AuditSeverity.Information, AuditFindingKind.ForeignCurrency),
        };
        Add(severity, kind, finding.Start, finding.Length, finding.Message);
    }

    /// <summary>
    /// The exact rates that print as <paramref name="rate"/> under half away from zero or half-even: for an unqualified rate
    /// [r − h, r + h) when its last digit is odd (the lower end rounds up to it under half away from zero; the upper end
    /// rounds away under both), and [r − h, r + h] when it is even (half-even rounds both ends to it); h is half its last
    /// digit. A qualified rate keeps its bounds.
    /// </summary>
    private static ValueInterval EitherRule(PublishedRate rate)
    {
        ValueInterval bounds = rate.Bounds;
        return rate.Qualifier == Qualifier.None && bounds.Lower is Ratio low && bounds.Upper is Ratio high && rate.Printed.Digits % 2 == 0
            ? ValueInterval.Closed(low, high)
            : bounds;
    }

    /// <summary>The span from the start of the earlier of two figures to the end of the later.</summary>
    private static (int Start, int Length) Spanning(ExtractedFigure a, ExtractedFigure b)
    {
        int start = Math.Min(a.Start, b.Start);
        return (start, Math.Max(a.Start + a.Length, b.Start + b.Length) - start);
    }

    /// <summary>The sentence around <paramref name="index"/>: from after the last 。；！？ or line break before it to the next
    /// (found by binary search among the breaks, listed once).</summary>
    private (int Start, int End) SentenceOf(int index)
    {
        if (breaks is null)
        {
            breaks = [];
            string text = extraction.Text;
            for (int i = 0; i < text.Length; i++)
            {
                if (EndsSentence(text[i]))
                {
                    breaks.Add(i);
                }
            }
        }

        int next = breaks.BinarySearch(index);
        next = next >= 0 ? next : ~next;
        int start = next > 0 ? breaks[next - 1] + 1 : 0;
        int end = next < breaks.Count ? breaks[next] : extraction.Text.Length;
        return (start, end);
    }

    private static bool EndsSentence(char c) => c is '。' or '；' or '！' or '？' or ';' or '!' or '?' or '\n' or '\r';

    private static string Quote(ExtractedFigure figure) =>
        "\"" + figure.Text + "\"" + (figure.Indicator is { } phrase ? " (" + phrase.Text + ")" : string.Empty);
}
