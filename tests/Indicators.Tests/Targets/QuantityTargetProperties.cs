using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;

namespace Indicators.Tests.Targets;

/// <summary>Quantity targets of every kind, strict or not, over the whole range <see cref="Arbitraries"/> draws from (±2⁶¹).</summary>
public static class QuantityTargetGenerators
{
    /// <summary>A headcount target: floors of 1 to 2⁶¹ + 1 persons, ceilings and levels of 0 to 2⁶¹, tolerances likewise.</summary>
    public static Arbitrary<QuantityTarget<Headcount>> HeadcountTarget() =>
        Targets(Arbitraries.NonNegativeLong, Headcount.FromPersons).ToArbitrary();

    /// <summary>A money target: ceilings and levels anywhere in ±2⁶¹ fen, floors above zero.</summary>
    public static Arbitrary<QuantityTarget<Money>> MoneyTarget() => Targets(Arbitraries.SignedLong, Money.FromFen).ToArbitrary();

    /// <summary>A target for a count of enterprises.</summary>
    public static Arbitrary<QuantityTarget<Count<Enterprises>>> EnterprisesTarget() =>
        Targets(Arbitraries.NonNegativeLong, Count<Enterprises>.Of).ToArbitrary();

    /// <summary>A target for a count of projects whose unit is known at run time.</summary>
    public static Arbitrary<QuantityTarget<UnitCount>> UnitCountTarget() =>
        Targets(Arbitraries.NonNegativeLong, v => new UnitCount(v, CountUnit.Projects)).ToArbitrary();

    private static Gen<QuantityTarget<T>> Targets<T>(Gen<long> values, Func<long, T> make)
        where T : struct, IQuantity<T> => Gen.OneOf(
        from v in values from inclusive in Gen.Elements(true, false) select QuantityTarget.AtLeast(make(Math.Abs(v) + 1), inclusive),
        from v in values from inclusive in Gen.Elements(true, false) select QuantityTarget.AtMost(make(v), inclusive),
        from v in values from t in Arbitraries.NonNegativeLong select QuantityTarget.About(make(v), make(t)),
        from v in values select QuantityTarget.About(make(v), make(0)));
}

/// <summary>Invariants of quantity targets and their outcomes, checked against margins computed here in big integers.</summary>
public class QuantityTargetProperties
{
    private static readonly Type[] Generators = [typeof(Arbitraries), typeof(QuantityTargetGenerators), typeof(JsonGenerators)];

    [Property(Arbitrary = [typeof(Arbitraries), typeof(QuantityTargetGenerators)], MaxTest = 1000)]
    public bool Headcount_IsMet_IffTheMarginIsAtLeastZero_OrAboveItWhenStrict(QuantityTarget<Headcount> target, Headcount actual) =>
        Agrees(target, target.Evaluate(actual), h => h.Persons);

    [Property(Arbitrary = [typeof(Arbitraries), typeof(QuantityTargetGenerators)], MaxTest = 1000)]
    public bool Money_IsMet_IffTheMarginIsAtLeastZero_OrAboveItWhenStrict(QuantityTarget<Money> target, Money actual) =>
        Agrees(target, target.Evaluate(actual), m => m.Fen);

    [Property(Arbitrary = [typeof(Arbitraries), typeof(QuantityTargetGenerators)], MaxTest = 300)]
    public bool Counts_IsMet_IffTheMarginIsAtLeastZero(QuantityTarget<Count<Enterprises>> target, Count<Enterprises> actual, QuantityTarget<UnitCount> projects, long other) =>
        Agrees(target, target.Evaluate(actual), c => c.Value)
        && Agrees(projects, projects.Evaluate(new UnitCount(Math.Abs(other % Arbitraries.Bound), CountUnit.Projects)), c => c.Value);

    /// <summary>Only a floor has a completion, and it is actual ÷ floor.</summary>
    [Property(Arbitrary = [typeof(Arbitraries), typeof(QuantityTargetGenerators)], MaxTest = 500)]
    public bool Completion_OnlyForFloors(QuantityTarget<Headcount> target, Headcount actual)
    {
        QuantityTargetOutcome<Headcount> outcome = target.Evaluate(actual);
        bool has = outcome.TryGetCompletion(out TargetCompletion<Headcount> completion);
        if (target.Kind != TargetKind.AtLeast)
        {
            return !has && Throws<InvalidOperationException>(() => outcome.Completion);
        }

        return has && completion.Rate == Percent.FromRatio(new Ratio(actual.Persons, target.Value.Persons)) && outcome.Completion == completion;
    }

    [Property(Arbitrary = [typeof(Arbitraries), typeof(QuantityTargetGenerators)], MaxTest = 500)]
    public bool Text_RoundTrips_UnderEveryCulture(
        QuantityTarget<Headcount> persons, QuantityTarget<Money> money, QuantityTarget<Count<Enterprises>> firms, QuantityTarget<UnitCount> projects, CultureName culture) =>
        Cultures.With(culture.Name, () => RoundTrips(persons) && RoundTrips(money) && RoundTrips(firms) && RoundTrips(projects));

    [Property(Arbitrary = [typeof(PublishedGenerators)], MaxTest = 1000)]
    public bool TryParse_NeverThrows(PublishedLikeText text) =>
        QuantityTarget<Headcount>.TryParse(text.Text, out _) | QuantityTarget<Money>.TryParse(text.Text, out _) | true;

    /// <summary>
    /// A published actual: Met means every whole value it can stand for meets the target, NotMet that none does, and
    /// Undetermined that some do and some do not — checked at both ends of its whole values (and for a level the one nearest
    /// the level; a missing end is taken at the end of the long range); the margin bounds hold the margin of each.
    /// </summary>
    [Property(Arbitrary = [typeof(Arbitraries), typeof(QuantityTargetGenerators), typeof(JsonGenerators)], MaxTest = 1000)]
    public bool PublishedHeadcount_Verdict_HoldsForTheWholeValuesInside(QuantityTarget<Headcount> target, PublishedFigure<Headcount> figure) =>
        VerdictHolds(target, figure, Headcount.FromPersons);

    [Property(Arbitrary = [typeof(Arbitraries), typeof(QuantityTargetGenerators), typeof(JsonGenerators)], MaxTest = 1000)]
    public bool PublishedMoney_Verdict_HoldsForTheWholeValuesInside(QuantityTarget<Money> target, PublishedFigure<Money> figure) =>
        VerdictHolds(target, figure, Money.FromFen);

    private static bool VerdictHolds<T>(QuantityTarget<T> target, PublishedFigure<T> figure, Func<long, T> make)
        where T : struct, IQuantity<T>
    {
        // The whole base units a T can hold inside the figure's bounds (a missing end becomes the end of the long range).
        // "超过9223372036854775807人" stands for no value a long holds: nothing to check.
        if (!figure.Bounds.TryIntersect(ValueInterval.Closed(new Ratio(long.MinValue, 1), new Ratio(long.MaxValue, 1)), out ValueInterval held)
            || !held.TryGetWholeNumbers(out long min, out long max))
        {
            return true;
        }

        long level = target.Value.BaseUnits;
        long nearest = Math.Clamp(level, min, max);
        PublishedTargetOutcome<T> outcome = target.Evaluate(figure);
        bool[] met = new bool[3];
        long[] points = [min, max, nearest];
        for (int i = 0; i < points.Length; i++)
        {
            met[i] = target.Evaluate(make(points[i])).IsMet;
            BigInteger margin = Margin(target, points[i]);
            if (!outcome.MarginBounds.Contains(new Ratio((Int128)margin, 1)))
            {
                return false;
            }
        }

        return outcome.Verdict switch
        {
            TargetVerdict.Met => met[0] && met[1] && met[2],
            TargetVerdict.NotMet => !met[0] && !met[1] && !met[2],
            _ => (met[0] || met[1] || met[2]) && !(met[0] && met[1] && met[2]),
        };
    }

    private static bool Agrees<T>(QuantityTarget<T> target, QuantityTargetOutcome<T> outcome, Func<T, long> baseUnits)
        where T : struct, IQuantity<T>
    {
        BigInteger margin = Margin(target, outcome.Actual.BaseUnits);
        bool met = target.IsInclusive ? margin >= 0 : margin > 0;
        return outcome.IsMet == met
            && baseUnits(outcome.Headroom) == (margin >= 0 ? (long)margin : 0)
            && baseUnits(outcome.Shortfall) == (margin < 0 ? (long)-margin : 0)
            && outcome.ToString().Contains(met ? ": met, " : ": missed, ", StringComparison.Ordinal);
    }

    /// <summary>The margin by its definition, in big integers: ceiling − actual, actual − floor, tolerance − |actual − level|.</summary>
    private static BigInteger Margin<T>(QuantityTarget<T> target, long actual)
        where T : struct, IQuantity<T>
    {
        BigInteger value = target.Value.BaseUnits;
        return target.Kind switch
        {
            TargetKind.AtMost => value - actual,
            TargetKind.AtLeast => actual - value,
            _ => target.Tolerance.BaseUnits - BigInteger.Abs(actual - value),
        };
    }

    private static bool RoundTrips<T>(QuantityTarget<T> target)
        where T : struct, IQuantity<T> =>
        QuantityTarget<T>.Parse(target.ToString()) == target
        && QuantityTarget<T>.TryParse(target.ToString(), out QuantityTarget<T> read) && read == target;

    private static bool Throws<TException>(Func<object> action)
        where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }
}
