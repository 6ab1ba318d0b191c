using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Aggregation;

/// <content>Targets, completion and schedule progress.</content>
public sealed partial class Dataset
{
    private Dictionary<(string Indicator, string Region), List<DatasetTarget>>? targetIndex;

    /// <summary>Every target of the dataset, printed or inferred.</summary>
    public IReadOnlyList<DatasetTarget> Targets => Array.AsReadOnly(targets);

    /// <summary>The target of an indicator for a region and the period the target is for, if the dataset has one.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The target's period (usually the year).</param>
    /// <param name="target">The target, or null.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryFindTarget(string? indicator, string? region, ReportingPeriod period, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DatasetTarget? target)
    {
        target = Array.Find(targets, t => t.Indicator.Code == indicator && t.Region.Id == region && t.Period == period);
        return target is not null;
    }

    /// <summary>The completion rate the dataset prints for an actual, if it has one.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The actual's period.</param>
    /// <param name="rate">The printed rate, or <c>default</c>.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryFindCompletionRate(string? indicator, string? region, ReportingPeriod period, out PublishedRate rate)
    {
        rate = default;
        int i = indicator is null ? -1 : Catalog.IndexOf(indicator);
        int r = region is null ? -1 : Regions.IndexOf(region);
        return i >= 0 && r >= 0 && completionRates.TryGetValue((i, r, period), out rate);
    }

    /// <summary>
    /// Every actual of the dataset that has a target (whose period contains the actual's) or a printed completion rate,
    /// assessed by <see cref="Assess"/>.
    /// </summary>
    /// <param name="convention">How schedule progress is counted; by months, as reports do, by default.</param>
    /// <returns>The assessments, in the order of <see cref="Observations"/>.</returns>
    public IEnumerable<TargetAssessment> AssessAll(ScheduleConvention convention = ScheduleConvention.Months)
    {
        for (int row = 0; row < values.Length; row++)
        {
            Observation actual = At(row);
            if (TargetFor(actual) is not null || completionRates.ContainsKey((indicators[row], regions[row], actual.Period)))
            {
                yield return AssessObservation(actual, convention);
            }
        }
    }

    /// <summary>
    /// An actual set against its target: the dataset's target for the indicator and region whose period contains the
    /// actual's (the year's target for a figure to the end of October), and the completion rate printed for the actual.
    /// An at-least target gives the completion rate with bounds and the schedule progress at the actual's last day; a
    /// ceiling or a level gives met or not; no target but a printed rate gives the implied target and its roundest
    /// candidates.
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The actual's period.</param>
    /// <param name="convention">How schedule progress is counted; by months by default.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no such actual.</exception>
    /// <exception cref="ArgumentException">The indicator or region is unknown.</exception>
    public TargetAssessment Assess(string indicator, string region, ReportingPeriod period, ScheduleConvention convention = ScheduleConvention.Months)
    {
        IndicatorIndex(indicator);
        RegionIndex(region);
        return AssessObservation(Find(indicator, region, period), convention);
    }

    private DatasetTarget? TargetFor(Observation actual)
    {
        Dictionary<(string Indicator, string Region), List<DatasetTarget>> index = LazyInitializer.EnsureInitialized(ref targetIndex, IndexTargets);
        if (!index.TryGetValue((actual.Indicator.Code, actual.Region.Id), out List<DatasetTarget>? candidates))
        {
            return null;
        }

        // The target of the same period, else of the shortest period containing the actual's (H1 before the year), the
        // earlier one first when two are as long: never the order in which they were added.
        DatasetTarget? best = null;
        foreach (DatasetTarget t in candidates)
        {
            if (t.Period.Contains(actual.Period))
            {
                if (t.Period == actual.Period)
                {
                    return t;
                }

                if (best is null || t.Period.DayCount < best.Period.DayCount
                    || (t.Period.DayCount == best.Period.DayCount && ReportingPeriod.ChronologicalComparer.Compare(t.Period, best.Period) < 0))
                {
                    best = t;
                }
            }
        }

        return best;
    }

    private Dictionary<(string Indicator, string Region), List<DatasetTarget>> IndexTargets()
    {
        var index = new Dictionary<(string, string), List<DatasetTarget>>();
        foreach (DatasetTarget t in targets)
        {
            if (!index.TryGetValue((t.Indicator.Code, t.Region.Id), out List<DatasetTarget>? list))
            {
                index[(t.Indicator.Code, t.Region.Id)] = list = [];
            }

            list.Add(t);
        }

        return index;
    }

    private TargetAssessment AssessObservation(Observation actual, ScheduleConvention convention)
    {
        DatasetTarget? target = TargetFor(actual);
        PublishedRate? printed = completionRates.TryGetValue((Catalog.IndexOf(actual.Indicator.Code), Regions.IndexOf(actual.Region.Id), actual.Period), out PublishedRate p) ? p : null;
        return actual.Indicator.Quantity switch
        {
            IndicatorQuantity.Money => AssessQuantity(actual, actual.AsMoney(), target, target?.AsMoney(), printed, convention),
            IndicatorQuantity.Persons => AssessQuantity(actual, actual.AsPersons(), target, target?.AsPersons(), printed, convention),
            IndicatorQuantity.Count => AssessQuantity(actual, actual.AsCount(), target, target?.AsCount(), printed, convention),
            _ => AssessRate(actual, target),
        };
    }

    private static TargetAssessment AssessQuantity<T>(
        Observation observation, PublishedFigure<T> actual, DatasetTarget? stored, QuantityTarget<T>? target, PublishedRate? printed, ScheduleConvention convention)
        where T : struct, IQuantity<T>
    {
        ImpliedTarget<T>? implied = printed is { } rate ? Indicators.Targets.ImpliedTarget.From(actual, rate) : null;
        DerivedFigure[]? candidates = implied?.RoundestCandidates().Select(c => DerivedFigure.Of(c)).ToArray();
        Func<ExplainLanguage, string>? impliedTrace = implied is { } i ? language => i.Explain(language) : null;
        if (target is not { } t)
        {
            return new TargetAssessment(
                observation, null, printed, new TargetAssessment.Parts(null, null, null, null, implied?.Target, candidates, null, null, null),
                new TargetAssessment.Traces(null, impliedTrace));
        }

        PublishedTargetOutcome<T> outcome = t.Evaluate(actual);
        if (t.Kind != TargetKind.AtLeast)
        {
            return new TargetAssessment(
                observation, stored, printed, new TargetAssessment.Parts(null, null, null, outcome.Verdict, implied?.Target, candidates, null, null, null),
                new TargetAssessment.Traces(outcome.Explain, impliedTrace));
        }

        TargetCompletion<T> completion = TargetCompletion.Of(actual.Value, t.Value);
        int decimals = printed?.Decimals ?? 2;
        DerivedFigure rateFigure = DerivedFigure.RateOf(DerivedFigure.Of(actual), DerivedFigure.Of(t.Value), decimals);
        // Progress by months needs a target period of whole months; for any other, the schedule is left out (null).
        ScheduleComparison? schedule = convention == ScheduleConvention.Months && !stored!.Period.IsWholeMonths
            ? null
            : completion.AgainstSchedule(ScheduleProgress.Of(stored!.Period, observation.Period.End, convention));
        TargetAgreement<T>? agreement = implied?.Agreement(t.Value);
        return new TargetAssessment(
            observation,
            stored,
            printed,
            new TargetAssessment.Parts(
                completion.Rate, rateFigure, schedule, outcome.Verdict, implied?.Target, candidates, agreement?.Agrees,
                agreement?.ConsistentActuals, agreement?.Rounding),
            new TargetAssessment.Traces(language => completion.Explain(language, decimals), impliedTrace));
    }

    private static TargetAssessment AssessRate(Observation observation, DatasetTarget? stored)
    {
        if (stored is null)
        {
            return new TargetAssessment(observation, null, null, default, default);
        }

        RateTargetOutcome outcome = stored.AsRate().Evaluate(observation.AsRate().Value);
        TargetVerdict verdict = outcome.IsMet ? TargetVerdict.Met : TargetVerdict.NotMet;
        return new TargetAssessment(
            observation, stored, null, new TargetAssessment.Parts(null, null, null, verdict, null, null, null, null, null),
            new TargetAssessment.Traces(outcome.Explain, null));
    }
}
