using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Quantities.Figures;
using Indicators.Reporting;
using Indicators.Utility;

namespace Indicators.Targets;

/// <summary>Works out the target a report used from a published actual and a published completion rate.</summary>
public static class ImpliedTarget
{
    /// <summary>
    /// The targets consistent with a published actual and a published completion rate: every target T such that some
    /// actual in the actual's bounds, divided by T, lies in the rate's bounds. 39 221 人 at 196.11% gives (19 998.98…, 20 000];
    /// 14.64万人 at 146.43% gives (99 941.95…, 100 017.07…), open at both ends because the actual is itself rounded.
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="actual">The published actual.</param>
    /// <param name="rate">The published completion rate; above zero.</param>
    /// <returns>The implied targets.</returns>
    /// <exception cref="ArgumentException">The rate is printed as zero or below or its bounds reach zero or below (超过0%, 0.4%以内), or the actual's bounds reach below zero; the message names the figure.</exception>
    /// <exception cref="OverflowException">An end of the interval of targets is not held exactly by a 128-bit
    /// <see cref="Ratio"/>: the actual and the rate together are printed with more significant digits than that
    /// ("4859432565812756041人" at "2.951178348256712359%"). The message names both figures.</exception>
    public static ImpliedTarget<T> From<T>(PublishedFigure<T> actual, PublishedRate rate)
        where T : struct, IQuantity<T> => new(actual, rate);

    /// <summary>
    /// Whether an exact actual and target give the published rate, under half away from zero (四舍五入), under half-even
    /// (GB/T 8170), both, or neither.
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="actual">The actual.</param>
    /// <param name="target">The target; above zero.</param>
    /// <param name="rate">The published rate.</param>
    /// <returns>The consistency.</returns>
    public static RoundingConsistency Check<T>(T actual, T target, PublishedRate rate)
        where T : struct, IQuantity<T>
    {
        return RulesGiving(TargetCompletion.Of(actual, target).Rate, rate);
    }

    /// <summary>Under which rules the exact rate prints as <paramref name="rate"/>: half away from zero, half-even, both, or neither.</summary>
    internal static RoundingConsistency RulesGiving(Percent exact, PublishedRate rate) =>
        (rate.IsRoundingOf(exact, RoundingMode.HalfAwayFromZero) ? RoundingConsistency.HalfAwayFromZero : RoundingConsistency.Neither)
        | (rate.IsRoundingOf(exact, RoundingMode.HalfEven) ? RoundingConsistency.HalfEven : RoundingConsistency.Neither);
}

/// <summary>
/// The targets implied by a published actual and a published completion rate, the roundest of them, and the actuals a
/// chosen target implies, and whether a chosen target agrees with the figures (<see cref="Agreement"/>). All values and
/// intervals are in the unit figures are printed in (persons, 元, units), never in fen.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>
/// <para><c>default</c> comes from no figures at all (<see cref="ImpliedTarget.From{T}"/> never gives it): its
/// <see cref="Targets"/> is the point 0, <see cref="ToString"/> says it is empty, and <see cref="Target"/>,
/// <see cref="RoundestCandidates"/>, <see cref="TryGetActualsFor"/>, <see cref="Agreement"/> and <see cref="Explain"/>
/// throw <see cref="InvalidOperationException"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.ImpliedTargetJsonConverterFactory))]
public readonly struct ImpliedTarget<T> : IEquatable<ImpliedTarget<T>>, IEqualityOperators<ImpliedTarget<T>, ImpliedTarget<T>, bool>
    where T : struct, IQuantity<T>
{
    private readonly bool fromFigures; // false only for default

    internal ImpliedTarget(PublishedFigure<T> actual, PublishedRate rate)
    {
        if (rate.Value.Ratio.Sign <= 0 || rate.Bounds.Lower is not Ratio lowestRate)
        {
            throw new ArgumentException($"A completion rate implies a target only when it and every rate it stands for are above zero; {rate} stands for {rate.Bounds}.", nameof(rate));
        }

        // A printed rate above zero has its lower end at least half its value (half its last digit or place below it, or
        // the value itself), so a rate with a lower end never reaches zero once its value is above it.
        Debug.Assert(lowestRate.Sign > 0, "A published rate above zero has bounds above zero.");

        if (actual.Bounds.Lower is not Ratio lowestActual || lowestActual.Sign < 0)
        {
            throw new ArgumentException($"An actual implies a target only when none of the values it stands for is below zero; {actual} stands for {actual.Bounds}.", nameof(actual));
        }

        Actual = actual;
        Rate = rate;
        try
        {
            Targets = DerivedFigure.ToUnits<T>(actual.Bounds / rate.Bounds);
        }
        catch (OverflowException e)
        {
            throw new OverflowException(
                $"The targets implied by {actual} at {rate} are not held exactly by 128-bit ratios: the two figures together carry more significant digits than that.",
                e);
        }

        fromFigures = true;
    }

    /// <summary>The published actual.</summary>
    public PublishedFigure<T> Actual { get; }

    /// <summary>The published completion rate.</summary>
    public PublishedRate Rate { get; }

    /// <summary>Every target consistent with both figures, in the unit figures are printed in (persons, 元, units).</summary>
    public ValueInterval Targets { get; }

    /// <summary>
    /// The implied target as a figure: printed actual ÷ printed rate (39 221 ÷ 196.11% = 19 999.49… 人), with
    /// <see cref="Targets"/> as its bounds and <see cref="Explain"/> as its trace; its bounds are shown by default to two
    /// decimals ("(19998.98…, 20000]").
    /// </summary>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, which comes from no figures.</exception>
    public DerivedFigure Target
    {
        get
        {
            ThrowIfDefault();
            ImpliedTarget<T> self = this;
            // The rate's bounds are strictly above zero (the constructor divides by them), so its printed value is too.
            Ratio centre = DerivedFigure.InUnits<T>(Actual.Value.BaseUnits) / Rate.Value.Ratio;
            return new DerivedFigure(
                DerivedUnit.Of(Actual.Value),
                centre,
                Targets,
                new DisplayFormat(Scale.One, 2),
                new DisplayFormat(Scale.One, 2),
                (_, language, format) => self.Explain(language, format.Decimals ?? 2));
        }
    }

    /// <summary>Whether two implied targets come from the same figures.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(ImpliedTarget<T> left, ImpliedTarget<T> right) => left.Equals(right);

    /// <summary>Whether two implied targets come from different figures.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(ImpliedTarget<T> left, ImpliedTarget<T> right) => !left.Equals(right);

    /// <summary>
    /// The whole-unit targets inside <see cref="Targets"/> with the fewest significant digits, roundest first (20 000 before
    /// 19 999), ties broken by nearness to printed actual ÷ printed rate. Targets are whole persons, whole units, or whole
    /// 元 for money (1亿元, not 10 000 000 000 fen). Every candidate is above zero, fits the quantity
    /// (64-bit base units), and is achievable: some whole actual inside the actual's bounds (whole persons, units, fen)
    /// divided by it lies in the rate's bounds, so prints as the published rate. At each power of ten at most 1 000
    /// multiples are looked at, from the low end of the interval: on a very wide interval a nearer candidate of the same
    /// roundness may be passed over. For an actual open at the top ("超过3万人"), whose targets have no upper end, the
    /// candidates are looked for up to ten times printed actual ÷ printed rate.
    /// </summary>
    /// <param name="count">How many to return at most, 1 to 100.</param>
    /// <returns>The candidates, roundest first; empty when no whole-unit target is achievable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1–100.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, which comes from no figures.</exception>
    public IReadOnlyList<T> RoundestCandidates(int count = 3)
    {
        Preconditions.CheckRange(count, 1, 100, nameof(count));
        ThrowIfDefault();
        return RoundestBaseUnits(count).Select(FromBaseUnits).ToList();
    }

    /// <summary>
    /// Whether <paramref name="target"/> agrees with the published figures: some whole actual in the actual's bounds (whole
    /// persons, units, fen), over the target, lies in the rate's bounds, so prints as the published rate. With 10万 as the
    /// target of "14.64万人 at 146.43%" the actuals 146 425–146 434 fit, so it agrees.
    /// </summary>
    /// <param name="target">The target used; above zero.</param>
    /// <returns>The verdict, with the actuals the target implies and, for an actual printed exactly, the rounding rules
    /// that give the published rate.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, which comes from no figures.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">The rate's bounds times <paramref name="target"/> are not held exactly by a 128-bit ratio.</exception>
    public TargetAgreement<T> Agreement(T target)
    {
        ThrowIfDefault();
        if (target.BaseUnits <= 0)
        {
            throw new ArgumentException($"A target must be greater than zero to agree with a completion rate; got {target}.", nameof(target));
        }

        RoundingConsistency? rounding = Actual.Bounds.IsPoint ? ImpliedTarget.Check(Actual.Value, target, Rate) : null;
        if (!TryGetActualsFor(target, out ValueInterval actuals))
        {
            return new TargetAgreement<T>(target, null, null, rounding);
        }

        // Whole base units (persons, fen) of the actuals, back in the printed unit.
        ValueInterval baseUnits = actuals * new Ratio(Pow10.Of(T.BaseUnitExponent), 1);
        (T, T)? whole = baseUnits.TryGetWholeNumbers(out long min, out long max) ? (FromBaseUnits(min), FromBaseUnits(max)) : null;
        return new TargetAgreement<T>(target, whole is null ? null : actuals, whole, rounding);
    }

    /// <summary>The candidates of <see cref="RoundestCandidates"/> in base units (fen for money), as first computed.</summary>
    internal IReadOnlyList<long> RoundestBaseUnits(int count) => RoundestBaseUnits(count, Rate.Bounds);

    /// <summary>The roundest whole-unit targets, in base units, against the interval of exact rates
    /// <paramref name="rates"/> instead of the rate's own bounds (the report audit passes the closed interval, which holds
    /// the rates that print as the published one under half-even as well as under half away from zero).</summary>
    internal IReadOnlyList<long> RoundestBaseUnits(int count, ValueInterval rates)
    {
        long unit = (long)PublishedFigure<T>.Unit.Numerator;
        ExactEnds targets = ExactEnds.Of(Actual.Bounds / rates);
        BigInteger low = BigInteger.Max(BigInteger.One, targets.WholeLow(unit) ?? BigInteger.One);
        BigInteger largest = long.MaxValue / unit; // the largest quantity, in whole printed units
        BigInteger high = targets.WholeHigh(unit) is BigInteger wholeHigh ? BigInteger.Min(largest, wholeHigh) : largest;
        if (low > high)
        {
            return [];
        }

        ExactFraction centre = (ExactFraction)Actual.Printed.Value / Rate.Value.Ratio; // the rate is above zero
        if (targets.WholeHigh(unit) is null && centre.Sign > 0)
        {
            // An actual open at the top (超过3万人) allows every target above some value: the candidates are looked for up
            // to ten times printed actual ÷ printed rate, where a report's target is, not up to the largest quantity.
            BigInteger near = (centre.Numerator * 10 / centre.Denominator) + 1;
            high = BigInteger.Max(low, BigInteger.Min(high, near));
        }

        long min = (long)low;
        long max = (long)high;
        ExactEnds actuals = ExactEnds.Of(Actual.Bounds);
        ExactEnds rateEnds = ExactEnds.Of(rates);
        var found = new List<long>();
        for (long step = Pow10Below(max); step >= 1 && found.Count < count; step /= 10)
        {
            long first = ((min - 1) / step) + 1; // min, max and step are at least 1: division rounds down
            long last = max / step;
            IEnumerable<long> multiples = Range(first, last)
                .Select(m => m * step)
                .Where(candidate => !found.Contains(candidate) && Achievable(candidate * unit, actuals, rateEnds))
                .OrderBy(candidate => Digits.Significant(candidate))
                .ThenBy(candidate => Distance(candidate, centre));
            foreach (long candidate in multiples)
            {
                if (found.Count == count)
                {
                    break;
                }

                found.Add(candidate);
            }
        }

        return found
            .OrderBy(Digits.Significant)
            .ThenBy(candidate => Distance(candidate, centre))
            .Select(candidate => candidate * unit)
            .ToList();
    }

    /// <summary>
    /// The actuals <paramref name="target"/> implies: every value in the actual's bounds that, over the target, lies in the
    /// rate's bounds. With 10万 as the target of "14.64万人 at 146.43%", the actuals are [146 425, 146 435).
    /// </summary>
    /// <param name="target">The target chosen; above zero.</param>
    /// <param name="actuals">The actuals, in the unit figures are printed in (persons, 元).</param>
    /// <returns>Whether any actual fits (false: the target is not consistent with the figures).</returns>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, which comes from no figures.</exception>
    /// <exception cref="OverflowException">The rate's bounds times <paramref name="target"/> are not held exactly by a 128-bit ratio.</exception>
    public bool TryGetActualsFor(T target, out ValueInterval actuals)
    {
        ThrowIfDefault();
        return (Rate.Bounds * DerivedFigure.InUnits<T>(target.BaseUnits)).TryIntersect(DerivedFigure.ToUnits<T>(Actual.Bounds), out actuals);
    }

    /// <summary>
    /// How the targets are worked out: "目标 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", "目標 ∈ …", or
    /// "target ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]"; quantities in printed units (人, 元, 家).
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <param name="decimals">Decimals shown for inexact ends (cut short with "…").</param>
    /// <returns>The trace.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, which comes from no figures.</exception>
    public string Explain(ExplainLanguage language, int decimals = 2)
    {
        ThrowIfDefault();
        ValueInterval actual = DerivedFigure.ToUnits<T>(Actual.Bounds);
        string actualText = actual.IsPoint ? actual.Lower!.Value.ToString() : actual.ToString(decimals);
        return ExplainText.Pick(language, "目标 ∈ ", "目標 ∈ ", "target ∈ ")
            + actualText + " ÷ " + DerivedFigure.Of(Rate).BoundsToString(ExplainLanguage.ZhHans)
            + " = " + Targets.ToString(decimals);
    }

    /// <inheritdoc />
    public bool Equals(ImpliedTarget<T> other) => Actual == other.Actual && Rate == other.Rate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImpliedTarget<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actual, Rate);

    /// <summary>For example "39221人 at 196.11%: target in (19998.98…, 20000]"; "no figures" for <c>default</c>.</summary>
    /// <returns>The figures and the interval of targets, in printed units, culture-invariant.</returns>
    public override string ToString() =>
        fromFigures ? $"{Actual} at {Rate}: target in {Targets.ToString(2)}" : "no figures: default ImpliedTarget";

    /// <summary>Whether some whole number of base units in <paramref name="actuals"/> over <paramref name="target"/> lies in
    /// <paramref name="rates"/>, computed exactly.</summary>
    private static bool Achievable(long target, ExactEnds actuals, ExactEnds rates) =>
        actuals.Intersect(rates.Times(target)).HoldsWholeNumber();

    /// <summary>The quantity of <paramref name="baseUnits"/> (fen, persons), read back from its text in printed units.</summary>
    private T FromBaseUnits(long baseUnits) =>
        T.Parse(DerivedFigure.InUnits<T>(baseUnits).ToString() + DerivedUnit.Of(Actual.Value).Name(ExplainLanguage.ZhHans), System.Globalization.CultureInfo.InvariantCulture);

    private void ThrowIfDefault()
    {
        if (!fromFigures)
        {
            throw new InvalidOperationException($"This ImpliedTarget<{TypeNames.Of<T>()}> is default and comes from no figures; create one with ImpliedTarget.From.");
        }
    }

    private static IEnumerable<long> Range(long first, long last)
    {
        for (long m = first; m <= last && m - first < 1000; m++)
        {
            yield return m;
        }
    }


    private static ExactFraction Distance(long candidate, ExactFraction centre) => (ExactFraction.Whole(candidate) - centre).Abs();

    private static long Pow10Below(long max)
    {
        long step = 1;
        while (step <= max / 10)
        {
            step *= 10;
        }

        return step;
    }

    /// <summary>The ends of an interval as exact fractions; a missing end is unbounded.</summary>
    private readonly record struct ExactEnds(ExactFraction? Lower, bool LowerClosed, ExactFraction? Upper, bool UpperClosed)
    {
        internal static ExactEnds Of(ValueInterval interval) =>
            new(interval.Lower is Ratio l ? l : null, interval.IsLowerClosed, interval.Upper is Ratio u ? u : null, interval.IsUpperClosed);

        internal ExactEnds Times(long factor) =>
            new(Lower is ExactFraction l ? l * factor : null, LowerClosed, Upper is ExactFraction u ? u * factor : null, UpperClosed);

        internal ExactEnds Intersect(ExactEnds other)
        {
            (ExactFraction? lower, bool lowerClosed) = (Lower, LowerClosed);
            if (other.Lower is ExactFraction ol && (lower is not ExactFraction l || ol > l || (ol.CompareTo(l) == 0 && !other.LowerClosed)))
            {
                (lower, lowerClosed) = (ol, other.LowerClosed);
            }

            (ExactFraction? upper, bool upperClosed) = (Upper, UpperClosed);
            if (other.Upper is ExactFraction ou && (upper is not ExactFraction u || ou < u || (ou.CompareTo(u) == 0 && !other.UpperClosed)))
            {
                (upper, upperClosed) = (ou, other.UpperClosed);
            }

            return new(lower, lowerClosed, upper, upperClosed);
        }

        /// <summary>The smallest whole multiple count of <paramref name="unit"/> inside, or null without a lower end.</summary>
        internal BigInteger? WholeLow(long unit) =>
            Lower is ExactFraction l ? (l / unit) is var q && (LowerClosed || !q.IsInteger) ? q.Ceiling() : q.Ceiling() + 1 : null;

        /// <summary>The largest whole multiple count of <paramref name="unit"/> inside, or null without an upper end.</summary>
        internal BigInteger? WholeHigh(long unit) =>
            Upper is ExactFraction u ? (u / unit) is var q && (UpperClosed || !q.IsInteger) ? q.Floor() : q.Floor() - 1 : null;

        internal bool HoldsWholeNumber() =>
            WholeLow(1) is not BigInteger low || WholeHigh(1) is not BigInteger high || low <= high;
    }
}
