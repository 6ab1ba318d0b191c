using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Reporting;
using Indicators.Tests.Support;

namespace Indicators.Tests.Targets;

/// <summary>
/// Implied-target soundness: take a true actual and target, publish both rounded at random precisions, infer — the true
/// target lies in the implied interval, the true actual among the actuals it implies, and half-up is consistent.
/// </summary>
public class ImpliedTargetProperties
{
    [QuantityProperty]
    public bool TrueTarget_LiesInTheImpliedInterval(Headcount actualSeed, Headcount targetSeed, byte precisionSeed, byte decimalsSeed)
    {
        // A zero rate or a zero printed actual implies no target, so neither is generated: the actual is at least one step
        // of its precision (it never prints as 0) and the target at most 200 × 10^decimals times the actual (the rate is
        // at least half a unit of its last decimal, so it never prints as 0).
        DisplayFormat precision = PublishedFigureProperties.Precision(precisionSeed);
        long actual = (actualSeed.Persons % 100_000_000L) + PublishedFigureProperties.Step(precision);
        int decimals = decimalsSeed % 4;
        long target = (targetSeed.Persons % Math.Min(100_000_000L, MaxTarget(actual, decimals))) + 1;
        PublishedFigure<Headcount> publishedActual = PublishedFigureProperties.Publish(actual, precision);
        decimal printedRate = Percent.FromRatio(new Ratio(actual, target)).ToPercentage(decimals, RoundingMode.HalfAwayFromZero);
        PublishedRate rate = PublishedRate.Of(Percent.FromPercentage(printedRate), decimals);
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(publishedActual, rate);
        bool targetInside = implied.Targets.Contains(target);
        bool actualInside = implied.TryGetActualsFor(Headcount.FromPersons(target), out ValueInterval actuals) && actuals.Contains(actual);
        bool halfUp = (ImpliedTarget.Check(Headcount.FromPersons(actual), Headcount.FromPersons(target), rate) & RoundingConsistency.HalfAwayFromZero) != 0;
        return targetInside && actualInside && halfUp;
    }

    [QuantityProperty]
    public bool RoundestCandidates_LieInTheInterval(Headcount actualSeed, Headcount targetSeed, byte decimalsSeed)
    {
        long actual = (actualSeed.Persons % 100_000_000L) + 1;
        int decimals = decimalsSeed % 4;
        long target = (targetSeed.Persons % Math.Min(100_000_000L, MaxTarget(actual, decimals))) + 1; // the rate never prints as 0
        decimal printedRate = Percent.FromRatio(new Ratio(actual, target)).ToPercentage(decimals, RoundingMode.HalfAwayFromZero);
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(
            PublishedFigure.Of(Headcount.FromPersons(actual), new DisplayFormat(Scale.One, 0)),
            PublishedRate.Of(Percent.FromPercentage(printedRate), decimals));
        foreach (Headcount candidate in implied.RoundestCandidates(5))
        {
            if (!implied.Targets.Contains(candidate.Persons))
            {
                return false;
            }
        }

        return implied.RoundestCandidates(5).Count > 0;
    }

    /// <summary>The largest target whose rate for <paramref name="actual"/> still prints as at least 10^-decimals %:
    /// actual / target ≥ 0.5 × 10^-decimals % when target ≤ actual × 200 × 10^decimals.</summary>
    private static long MaxTarget(long actual, int decimals)
    {
        long max = actual * 200;
        for (int i = 0; i < decimals; i++)
        {
            max *= 10;
        }

        return max;
    }
}
