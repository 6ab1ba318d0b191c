using Indicators.Quantities;
using Indicators.Targets;
using Indicators.Tests.Support;

namespace Indicators.Tests.Targets;

/// <summary>The completion rate is exact: rate × target is the actual, and met/surplus/remaining agree with it.</summary>
public class TargetCompletionProperties
{
    [QuantityProperty]
    public bool Headcount_RateTimesTarget_IsTheActual(Headcount actual, Headcount target)
    {
        if (target == Headcount.Zero)
        {
            return true;
        }

        TargetCompletion<Headcount> completion = TargetCompletion.Of(actual, target);
        return completion.Rate.Ratio * target.Persons == actual.Persons
            && completion.IsMet == (completion.Rate >= Percent.OneHundred)
            && (completion.IsMet ? target + completion.Surplus == actual : actual + completion.Remaining == target);
    }

    [QuantityProperty]
    public bool Money_RateTimesTarget_IsTheActual(Money actual, Money target)
    {
        if (target <= Money.Zero)
        {
            return true;
        }

        TargetCompletion<Money> completion = TargetCompletion.Of(actual, target);
        return completion.Rate.Ratio * target.Fen == actual.Fen
            && completion.Rate - Percent.OneHundred == completion.PointsOverTarget;
    }

    [QuantityProperty]
    public bool Count_RateTimesTarget_IsTheActual(Count<Enterprises> actual, Count<Enterprises> target)
    {
        if (target == Count<Enterprises>.Zero)
        {
            return true;
        }

        return TargetCompletion.Of(actual, target).Rate.Ratio * target.Value == actual.Value;
    }
}
