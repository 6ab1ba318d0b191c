using System;
using System.Collections.Generic;
using System.Text;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Aggregation;

/// <summary>
/// An actual of a dataset set against its target (<see cref="Dataset.Assess"/>): for an at-least target the completion rate
/// and the schedule progress; for a ceiling or a level, met or not with the margin; without a target but with a printed
/// completion rate, the target that rate implies (DESIGN rules 9 and 10).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TargetAssessment
{
    private readonly Func<ExplainLanguage, string> outcomeText;

    internal TargetAssessment(
        Observation actual, DatasetTarget? target, PublishedRate? publishedCompletion, DerivedFigure? completion,
        ScheduleComparison? schedule, TargetVerdict? verdict, RoundingConsistency? publishedRateConsistency, DerivedFigure? impliedTarget,
        IReadOnlyList<DerivedFigure> impliedCandidates, Func<ExplainLanguage, string> outcomeText)
    {
        Actual = actual;
        Target = target;
        PublishedCompletion = publishedCompletion;
        Completion = completion;
        Schedule = schedule;
        Verdict = verdict;
        PublishedRateConsistency = publishedRateConsistency;
        ImpliedTarget = impliedTarget;
        ImpliedTargetCandidates = impliedCandidates;
        this.outcomeText = outcomeText;
    }

    /// <summary>The actual.</summary>
    public Observation Actual { get; }

    /// <summary>The target, printed or inferred; null when the dataset has none (then <see cref="ImpliedTarget"/> may say what it was).</summary>
    public DatasetTarget? Target { get; }

    /// <summary>The completion rate the report prints for the actual, where the dataset has one.</summary>
    public PublishedRate? PublishedCompletion { get; }

    /// <summary>For an at-least target: actual ÷ target in percent, with the bounds the actual's printing gives it; null
    /// for other kinds, which have no completion rate.</summary>
    public DerivedFigure? Completion { get; }

    /// <summary>For an at-least target: the exact completion against the schedule progress at the actual's last day.</summary>
    public ScheduleComparison? Schedule { get; }

    /// <summary>Whether the target is met (met, not met, or undetermined when the actual's bounds straddle it); null without a target.</summary>
    public TargetVerdict? Verdict { get; }

    /// <summary>With a target and a printed completion rate: how the printed rate rounds the exact one (half away from zero,
    /// half even, both, or neither: then the target or a figure is not what the report used).</summary>
    public RoundingConsistency? PublishedRateConsistency { get; }

    /// <summary>Without a target but with a printed completion rate: the targets that rate implies, as a figure with bounds.</summary>
    public DerivedFigure? ImpliedTarget { get; }

    /// <summary>Without a target: the roundest achievable targets the printed rate allows, roundest first; empty otherwise.</summary>
    public IReadOnlyList<DerivedFigure> ImpliedTargetCandidates { get; }

    /// <summary>How the assessment was made, one line each: the actual, the target, the completion and schedule, or the
    /// verdict, or the implied target.</summary>
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

        string outcome = outcomeText(language);
        if (outcome.Length > 0)
        {
            text.Append('\n').Append("  ").Append(outcome.Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        return text.ToString();
    }

    /// <summary>For example "rural-employment 331000 2020-01-01/P6M 39221人 against 20000人以上: completion 196.105%".</summary>
    /// <returns>The assessment in short.</returns>
    public override string ToString() =>
        $"{Actual}{(Target is null ? string.Empty : " against " + Target.TargetText())}"
        + (Completion is { } c ? ": completion " + c.ToString(ExplainLanguage.ZhHans) : Verdict is { } v ? ": " + v : ImpliedTarget is { } t ? ": implied target " + t : string.Empty);
}
