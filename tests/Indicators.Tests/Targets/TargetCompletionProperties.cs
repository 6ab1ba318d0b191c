using Indicators.Quantities;
using Indicators.Targets;
using Indicators.Tests.Support;

namespace Indicators.Tests.Targets;

/// <summary>
/// The completion rate is exact: rate × target is the actual, and met/surplus/remaining agree with it. Targets are
/// generated positive (a target of zero or less throws: see <see cref="TargetCompletionTests"/>), so that every case
/// checks the law.
/// </summary>
public class TargetCompletionProperties
{
    [QuantityProperty]
    public bool Headcount_RateTimesTarget_IsTheActual(Headcount actual, Headcount targetSeed)
    {
        Headcount target = Headcount.FromPersons(targetSeed.Persons + 1); // [1, 2⁶¹ + 1]
        TargetCompletion<Headcount> completion = TargetCompletion.Of(actual, target);
        return completion.Rate.Ratio * target.Persons == actual.Persons
            && completion.IsMet == (actual >= target)
            && (completion.IsMet
                ? target + completion.Surplus == actual && completion.Remaining == Headcount.Zero
                : actual + completion.Remaining == target && completion.Surplus == Headcount.Zero);
    }

    [QuantityProperty]
    public bool Money_RateTimesTarget_IsTheActual(Money actual, Money targetSeed)
    {
        Money target = Money.FromFen(System.Math.Abs(targetSeed.Fen) + 1); // [1, 2⁶¹ + 1] fen
        TargetCompletion<Money> completion = TargetCompletion.Of(actual, target);
        return completion.Rate.Ratio * target.Fen == actual.Fen
            && completion.PointsOverTarget.Ratio * target.Fen == actual.Fen - target.Fen;
    }

    [QuantityProperty]
    public bool Count_RateTimesTarget_IsTheActual(Count<Enterprises> actual, Count<Enterprises> targetSeed)
    {
        Count<Enterprises> target = Count<Enterprises>.Of(targetSeed.Value + 1);
        return TargetCompletion.Of(actual, target).Rate.Ratio * target.Value == actual.Value;
    }
}
