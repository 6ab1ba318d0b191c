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
        long actual = (actualSeed.Persons % 100_000_000L) + 1;
        long target = (targetSeed.Persons % 100_000_000L) + 1;
        int decimals = decimalsSeed % 4;
        PublishedFigure<Headcount> publishedActual = PublishedFigureProperties.Publish(actual, PublishedFigureProperties.Precision(precisionSeed));
        decimal printedRate = Percent.FromRatio(new Ratio(actual, target)).ToPercentage(decimals, RoundingMode.HalfAwayFromZero);
        if (printedRate == 0 || publishedActual.Value == Headcount.Zero)
        {
            return true; // a zero rate or actual implies no target
        }

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
        long target = (targetSeed.Persons % 100_000_000L) + 1;
        int decimals = decimalsSeed % 4;
        decimal printedRate = Percent.FromRatio(new Ratio(actual, target)).ToPercentage(decimals, RoundingMode.HalfAwayFromZero);
        if (printedRate == 0)
        {
            return true;
        }

        ImpliedTarget<Headcount> implied = ImpliedTarget.From(
            PublishedFigure.Of(Headcount.FromPersons(actual), new DisplayFormat(Scale.One, 0)),
            PublishedRate.Of(Percent.FromPercentage(printedRate), decimals));
        foreach (long candidate in implied.RoundestCandidates(5))
        {
            if (!implied.Targets.Contains(candidate))
            {
                return false;
            }
        }

        return implied.RoundestCandidates(5).Count > 0;
    }
}
