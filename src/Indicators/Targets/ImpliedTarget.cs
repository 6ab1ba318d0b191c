using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Reporting;

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
    /// <exception cref="ArgumentException">The rate's bounds reach zero or below.</exception>
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
        Percent exact = TargetCompletion.Of(actual, target).Rate;
        return (rate.IsRoundingOf(exact, RoundingMode.HalfAwayFromZero) ? RoundingConsistency.HalfAwayFromZero : RoundingConsistency.Neither)
            | (rate.IsRoundingOf(exact, RoundingMode.HalfEven) ? RoundingConsistency.HalfEven : RoundingConsistency.Neither);
    }
}

/// <summary>
/// The targets implied by a published actual and a published completion rate, the roundest of them, and the actuals a
/// chosen target implies. All intervals are in base units (persons, fen, units).
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.ImpliedTargetJsonConverterFactory))]
public readonly struct ImpliedTarget<T> : IEquatable<ImpliedTarget<T>>
    where T : struct, IQuantity<T>
{
    internal ImpliedTarget(PublishedFigure<T> actual, PublishedRate rate)
    {
        Actual = actual;
        Rate = rate;
        Targets = actual.Bounds / rate.Bounds;
    }

    /// <summary>The published actual.</summary>
    public PublishedFigure<T> Actual { get; }

    /// <summary>The published completion rate.</summary>
    public PublishedRate Rate { get; }

    /// <summary>Every target consistent with both figures, in base units.</summary>
    public ValueInterval Targets { get; }

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
    /// 元 for money, and are returned in base units (persons, units, fen). At each power of ten at most 1 000 multiples
    /// are looked at, from the low end of the interval: on a very wide interval a nearer candidate of the same roundness
    /// may be passed over.
    /// </summary>
    /// <param name="count">How many to return at most, 1 to 100.</param>
    /// <returns>The candidates in base units, roundest first; empty when no whole-unit target fits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1–100.</exception>
    public IReadOnlyList<long> RoundestCandidates(int count = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 100);
        Ratio unit = PublishedFigure<T>.Unit;
        ValueInterval inPrintedUnits = Targets * (Ratio.One / unit);
        if (!inPrintedUnits.TryGetWholeNumbers(out long min, out long max))
        {
            return [];
        }

        Ratio centre = Actual.Printed.Value / Rate.Value.Ratio;
        var found = new List<long>();
        for (long step = Pow10Below(max); step >= 1 && found.Count < count; step /= 10)
        {
            long first = CeilingDiv(min, step);
            long last = FloorDiv(max, step);
            IEnumerable<long> multiples = Range(first, last)
                .Select(m => m * step)
                .Where(candidate => !found.Contains(candidate))
                .OrderBy(candidate => SignificantDigits(candidate))
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
            .OrderBy(SignificantDigits)
            .ThenBy(candidate => Distance(candidate, centre))
            .Select(candidate => checked(candidate * (long)unit.Numerator))
            .ToList();
    }

    /// <summary>
    /// The actuals <paramref name="target"/> implies: every value in the actual's bounds that, over the target, lies in the
    /// rate's bounds. With 10万 as the target of "14.64万人 at 146.43%", the actuals are [146 425, 146 435).
    /// </summary>
    /// <param name="target">The target chosen; above zero.</param>
    /// <param name="actuals">The actuals, in base units.</param>
    /// <returns>Whether any actual fits (false: the target is not consistent with the figures).</returns>
    public bool TryGetActualsFor(T target, out ValueInterval actuals) =>
        (Rate.Bounds * new Ratio(target.BaseUnits, 1)).TryIntersect(Actual.Bounds, out actuals);

    /// <summary>
    /// How the targets are worked out: "目标 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", or
    /// "target ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]"; quantities in printed units (人, 元, 家).
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <param name="decimals">Decimals shown for inexact ends (cut short with "…").</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language, int decimals = 2)
    {
        Ratio toPrinted = Ratio.One / PublishedFigure<T>.Unit;
        ValueInterval actual = Actual.Bounds * toPrinted;
        string actualText = actual.IsPoint ? actual.Lower!.Value.ToString() : actual.ToString(decimals);
        return (language == ExplainLanguage.ZhHans ? "目标 ∈ " : "target ∈ ")
            + actualText + " ÷ " + (Rate.Bounds * 100).ToString(Rate.Decimals + 1, "%")
            + " = " + (Targets * toPrinted).ToString(decimals);
    }

    /// <inheritdoc />
    public bool Equals(ImpliedTarget<T> other) => Actual == other.Actual && Rate == other.Rate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImpliedTarget<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actual, Rate);

    /// <summary>For example "39221人 at 196.11%: target in (19998.98…, 20000]".</summary>
    /// <returns>The figures and the interval of targets, in base units, culture-invariant.</returns>
    public override string ToString() => $"{Actual} at {Rate}: target in {Targets.ToString(2)}";

    private static IEnumerable<long> Range(long first, long last)
    {
        for (long m = first; m <= last && m - first < 1000; m++)
        {
            yield return m;
        }
    }

    private static int SignificantDigits(long value)
    {
        if (value == 0)
        {
            return 0;
        }

        while (value % 10 == 0)
        {
            value /= 10;
        }

        return Math.Abs(value).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
    }

    private static Ratio Distance(long candidate, Ratio centre)
    {
        Ratio d = new Ratio(candidate, 1) - centre;
        return d.Sign < 0 ? -d : d;
    }

    private static long Pow10Below(long max)
    {
        long step = 1;
        while (step <= max / 10)
        {
            step *= 10;
        }

        return step;
    }

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    private static long CeilingDiv(long a, long b) => (a / b) + ((a % b != 0 && (a < 0) == (b < 0)) ? 1 : 0);
}
