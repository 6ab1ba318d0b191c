using System;
using System.Collections.Generic;
using System.Text;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Aggregation;

/// <summary>
/// An actual of a dataset set against its target (<see cref="Dataset.Assess"/>): for an at-least target the completion rate
/// and the schedule progress; for a ceiling or a level, met or not (the margin is in <see cref="ExplainOutcome"/>); with a
/// printed completion rate, the
/// targets that rate implies and whether the dataset's target is one of them (DESIGN rules 9 and 10).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TargetAssessment
{
    private readonly Traces traces;

    internal TargetAssessment(Observation actual, DatasetTarget? target, PublishedRate? publishedCompletion, Parts parts, Traces traces)
    {
        Actual = actual;
        Target = target;
        PublishedCompletion = publishedCompletion;
        ExactCompletion = parts.ExactCompletion;
        Completion = parts.Completion;
        Schedule = parts.Schedule;
        Verdict = parts.Verdict;
        ImpliedTarget = parts.ImpliedTarget;
        ImpliedTargetCandidates = parts.ImpliedCandidates ?? [];
        TargetAgrees = parts.TargetAgrees;
        ConsistentActuals = parts.ConsistentActuals;
        PublishedRateConsistency = parts.Rounding;
        this.traces = traces;
    }

    /// <summary>The actual.</summary>
    public Observation Actual { get; }

    /// <summary>The target, printed or inferred; null when the dataset has none (then <see cref="ImpliedTarget"/> may say what it was).</summary>
    public DatasetTarget? Target { get; }

    /// <summary>The completion rate the report prints for the actual, where the dataset has one.</summary>
    public PublishedRate? PublishedCompletion { get; }

    /// <summary>For an at-least target: the printed actual ÷ the target, exactly (196.105% for 39 221 ÷ 20 000).</summary>
    public Percent? ExactCompletion { get; }

    /// <summary>For an at-least target: the completion in percent with the bounds the actual's printing gives it; null
    /// for other kinds, which have no completion rate.</summary>
    public DerivedFigure? Completion { get; }

    /// <summary>For an at-least target: the exact completion against the schedule progress at the actual's last day, in
    /// the target's period; null when progress by months is asked for and the target's period is not made of whole months.</summary>
    public ScheduleComparison? Schedule { get; }

    /// <summary>Whether the target is met (met, not met, or undetermined when the actual's bounds straddle it); null without a target.</summary>
    public TargetVerdict? Verdict { get; }

    /// <summary>With a printed completion rate: every target the printed actual and rate allow, as a figure with bounds
    /// (for 39 221 人 at 196.11%: (19 998.98…, 20 000] 人).</summary>
    public DerivedFigure? ImpliedTarget { get; }

    /// <summary>With a printed completion rate: the roundest achievable targets it allows, roundest first; empty otherwise.</summary>
    public IReadOnlyList<DerivedFigure> ImpliedTargetCandidates { get; }

    /// <summary>With a target and a printed completion rate: whether some true actual the printed one stands for, over the
    /// target, prints as the published rate.</summary>
    public bool? TargetAgrees { get; }

    /// <summary>When <see cref="TargetAgrees"/>: the true actuals, in base units, that give the published rate over the
    /// target (146 425–146 434 persons for 14.64万人 at 146.43% of 10万).</summary>
    public ValueInterval? ConsistentActuals { get; }

    /// <summary>With a target, a printed completion rate and an actual printed exactly: under which rounding rules the exact
    /// rate prints as the published one (half away from zero, half even, both, or neither).</summary>
    public RoundingConsistency? PublishedRateConsistency { get; }

    /// <summary>How the completion rate is computed ("完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四舍五入）"), or
    /// the outcome against a ceiling or a level; empty without a target.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The trace.</returns>
    public string ExplainOutcome(ExplainLanguage language) => traces.Outcome?.Invoke(language) ?? string.Empty;

    /// <summary>How the targets a printed completion rate implies are found; empty without one.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The trace.</returns>
    public string ExplainImpliedTarget(ExplainLanguage language) => traces.Implied?.Invoke(language) ?? string.Empty;

    /// <summary>The schedule progress and how far ahead of or behind it the completion is; empty without an at-least target.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The trace.</returns>
    public string ExplainSchedule(ExplainLanguage language) =>
        Schedule is { } s ? s.Progress.Explain(language) + "\n" + s.Explain(language) : string.Empty;

    /// <summary>How the assessment was made, one line each: the actual, the target, the outcome, the schedule, the implied
    /// target.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language)
    {
        var text = new StringBuilder();
        text.Append(Actual.Region.NameIn(language)).Append(' ').Append(Actual.Indicator.NameIn(language)).Append(' ').Append(Actual.Period)
            .Append(": ").Append(Actual.ToDerivedFigure().ToString(language));
        if (Target is not null)
        {
            text.Append('\n').Append(ExplainText.Pick(language, "  目标 ", "  目標 ", "  target ")).Append(Target.TargetText());
            if (Target.IsInferred)
            {
                text.Append(ExplainText.Pick(language, "（推断：", "（推斷：", " (inferred: ")).Append(Target.InferredBecause)
                    .Append(ExplainText.Pick(language, "）", "）", ")"));
            }
        }

        foreach (string block in new[] { ExplainOutcome(language), ExplainSchedule(language), ExplainImpliedTarget(language) })
        {
            if (block.Length > 0)
            {
                text.Append('\n').Append("  ").Append(block.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }

    /// <summary>For example "rural-employment 331000 2020-01-01/P6M 39221人 against 20000人以上: completion 196.11%".</summary>
    /// <returns>The assessment in short.</returns>
    public override string ToString() =>
        $"{Actual}{(Target is null ? string.Empty : " against " + Target.TargetText())}"
        + (Completion is { } c ? ": completion " + c.ToString(ExplainLanguage.ZhHans) : Verdict is { } v ? ": " + v : ImpliedTarget is { } t ? ": implied target " + t : string.Empty);

    /// <summary>The results an assessment holds, each null where it does not apply.</summary>
    internal readonly record struct Parts(
        Percent? ExactCompletion, DerivedFigure? Completion, ScheduleComparison? Schedule, TargetVerdict? Verdict,
        DerivedFigure? ImpliedTarget, IReadOnlyList<DerivedFigure>? ImpliedCandidates, bool? TargetAgrees,
        ValueInterval? ConsistentActuals, RoundingConsistency? Rounding);

    /// <summary>The traces of an assessment, each null where it does not apply.</summary>
    internal readonly record struct Traces(Func<ExplainLanguage, string>? Outcome, Func<ExplainLanguage, string>? Implied);
}
