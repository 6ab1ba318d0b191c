using System;
using System.Collections.Generic;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>
/// The audit of a report's text: whether its published figures agree with each other. Every completion statement is
/// checked against the targets its actual and rate allow (<see cref="Completions"/>), every stated target against the
/// actuals of its indicator (<see cref="StatedTargets"/>), every change in percentage points gives the earlier rate
/// (<see cref="RateChanges"/>), every rate set against a ceiling or floor is met or not (<see cref="RateTargets"/>), every
/// total followed by its parts (其中 …) is summed (<see cref="Sums"/>); what is wrong or odd is a finding with a severity
/// and the span of text it points at (<see cref="Findings"/>).
/// </summary>
/// <example>
/// <code>
/// ReportAudit audit = ReportAudit.Of("全市共促进乡村就业39221人，完成率为196.11%。");
/// Console.WriteLine(audit.IsConsistent);                            // True
/// Console.WriteLine(audit.Completions[0].RoundestTargets[0]);       // 20000人
/// </code>
/// </example>
/// <remarks>This type is immutable and thread-safe. An audit never throws on any text: what cannot be checked is a
/// warning.</remarks>
public sealed class ReportAudit
{
    internal ReportAudit(
        ExtractionResult extraction, CompletionAudit[] completions, StatedTargetAudit[] statedTargets, RateChangeAudit[] rateChanges,
        RateTargetAudit[] rateTargets, SumCheck[] sums, AuditFinding[] findings)
    {
        Extraction = extraction;
        Completions = completions;
        StatedTargets = statedTargets;
        RateChanges = rateChanges;
        RateTargets = rateTargets;
        Sums = sums;
        Findings = findings;
        IsConsistent = Array.TrueForAll(findings, f => f.Severity != AuditSeverity.Inconsistency);
    }

    /// <summary>The figures and completion statements the audit is made of.</summary>
    public ExtractionResult Extraction { get; }

    /// <summary>One audit per completion statement, in the order of the text.</summary>
    public IReadOnlyList<CompletionAudit> Completions { get; }

    /// <summary>Stated targets set against actuals of their indicator that no completion rate qualifies.</summary>
    public IReadOnlyList<StatedTargetAudit> StatedTargets { get; }

    /// <summary>Rates with a change in percentage points, and the earlier rate each implies.</summary>
    public IReadOnlyList<RateChangeAudit> RateChanges { get; }

    /// <summary>Rates set against a ceiling or a floor stated in their sentence.</summary>
    public IReadOnlyList<RateTargetAudit> RateTargets { get; }

    /// <summary>Totals and the parts listed after them with 其中.</summary>
    public IReadOnlyList<SumCheck> Sums { get; }

    /// <summary>What the audit found, in the order of the text, each with its severity and span.</summary>
    public IReadOnlyList<AuditFinding> Findings { get; }

    /// <summary>Whether no finding is an <see cref="AuditSeverity.Inconsistency"/>.</summary>
    public bool IsConsistent { get; }

    /// <summary>Extracts the figures of <paramref name="text"/> (<see cref="Extraction.Extract"/>) and audits them.</summary>
    /// <param name="text">The report's text.</param>
    /// <returns>The audit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReportAudit Of(string text) => Of(Indicators.Text.Extraction.Extract(text), AuditOptions.Default);

    /// <summary>Audits figures already extracted.</summary>
    /// <param name="extraction">The figures of a text.</param>
    /// <returns>The audit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extraction"/> is null.</exception>
    public static ReportAudit Of(ExtractionResult extraction) => Of(extraction, AuditOptions.Default);

    /// <summary>Audits figures already extracted, with <paramref name="options"/>.</summary>
    /// <param name="extraction">The figures of a text.</param>
    /// <param name="options">What the audit takes as given.</param>
    /// <returns>The audit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extraction"/> or <paramref name="options"/> is null.</exception>
    public static ReportAudit Of(ExtractionResult extraction, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(options);
        return new ReportAuditor(extraction, options).Run();
    }

    /// <summary>For example "5 completions, 0 stated targets, 0 rate changes, 0 rate targets, 0 sums: consistent (0 findings)".</summary>
    /// <returns>The audit in short.</returns>
    public override string ToString() =>
        $"{Completions.Count} completions, {StatedTargets.Count} stated targets, {RateChanges.Count} rate changes, {RateTargets.Count} rate targets, "
        + $"{Sums.Count} sums: {(IsConsistent ? "consistent" : "inconsistent")} ({Findings.Count} findings)";
}
