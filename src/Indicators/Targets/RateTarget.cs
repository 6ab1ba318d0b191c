using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Utility;

namespace Indicators.Targets;

/// <summary>
/// A target for a rate: a floor, a ceiling ("城镇登记失业率控制在3.5%以内") or a level with a tolerance ("5.5%左右").
/// A ceiling is met or not, with headroom in percentage points; it never has a completion percentage.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.RateTargetJsonConverter))]
public readonly struct RateTarget : IEquatable<RateTarget>, IEqualityOperators<RateTarget, RateTarget, bool>, ISpanParsable<RateTarget>
{
    private readonly bool strict; // stored negated so that default is inclusive

    private RateTarget(TargetKind kind, Percent value, PercentagePoints tolerance, Polarity polarity, bool inclusive = true)
    {
        Kind = kind;
        Value = value;
        Tolerance = tolerance;
        Polarity = polarity;
        strict = !inclusive;
    }

    /// <summary>What the target asks for.</summary>
    public TargetKind Kind { get; }

    /// <summary>The floor, the ceiling or the level.</summary>
    public Percent Value { get; }

    /// <summary>For an about target: how far from <see cref="Value"/> still meets it (both ends included); zero otherwise.</summary>
    public PercentagePoints Tolerance { get; }

    /// <summary>Which way is better: higher for a floor, lower for a ceiling, nearer for a level.</summary>
    public Polarity Polarity { get; }

    /// <summary>Whether a rate exactly at <see cref="Value"/> (or at the edge of the tolerance) meets the target:
    /// "3.5%以内" and "不超过3.5%" include it, "低于3.5%" and "超过3%" do not.</summary>
    public bool IsInclusive => !strict;

    /// <summary>Whether two targets are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(RateTarget left, RateTarget right) => left.Equals(right);

    /// <summary>Whether two targets differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(RateTarget left, RateTarget right) => !left.Equals(right);

    /// <summary>A floor: met when the rate is at least <paramref name="floor"/> (or above it, when not inclusive).</summary>
    /// <param name="floor">The floor.</param>
    /// <param name="inclusive">Whether the floor itself meets the target (至少, 以上) or not (超过, 高于).</param>
    /// <returns>The target.</returns>
    public static RateTarget AtLeast(Percent floor, bool inclusive = true) =>
        new(TargetKind.AtLeast, floor, PercentagePoints.Zero, Polarity.HigherIsBetter, inclusive);

    /// <summary>A ceiling (控制目标): met when the rate is at most <paramref name="ceiling"/> (or below it, when not inclusive).</summary>
    /// <param name="ceiling">The ceiling, 3.5% for "控制在3.5%以内".</param>
    /// <param name="inclusive">Whether the ceiling itself meets the target (以内, 不超过) or not (低于, 不到).</param>
    /// <returns>The target.</returns>
    public static RateTarget AtMost(Percent ceiling, bool inclusive = true) =>
        new(TargetKind.AtMost, ceiling, PercentagePoints.Zero, Polarity.LowerIsBetter, inclusive);

    /// <summary>A level: met when the rate lies within <paramref name="tolerance"/> of <paramref name="level"/>, ends included.</summary>
    /// <param name="level">The level, 5.5% for "5.5%左右".</param>
    /// <param name="tolerance">How far off still meets the target; not negative.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public static RateTarget About(Percent level, PercentagePoints tolerance) =>
        tolerance < PercentagePoints.Zero
            ? throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "A tolerance cannot be negative.")
            : new(TargetKind.About, level, tolerance, Polarity.NearerIsBetter);

    /// <summary>
    /// Reads a target as reports write it: "3.5%以内" or "不超过3.5%" (a ceiling), "3%以上" or "至少3%" (a floor), "5.5%左右" or
    /// "约5.5%" (a level). A level's tolerance is that of its printing: "5.5%左右" is met by any rate that prints as 5.5% at one
    /// decimal, 四舍五入 (5.45% ≤ rate &lt; 5.55%; the upper end is then counted as met too). Pass a tolerance to
    /// <see cref="About"/> for another.
    /// </summary>
    /// <param name="s">The target's text.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a rate, has no qualifier saying which kind of target it is, or
    /// is printed with more digits than its tolerance can hold exactly; the message says why.</exception>
    /// <remarks>It also reads the exact forms <see cref="ToString"/> writes: any exact rate before 以内 or 以上 or after 低于 or
    /// 超过 ("100/3%以内"), and a level with its tolerance, "5.5%±0.3个百分点".</remarks>
    public static RateTarget Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), null);
    }

    /// <summary>Reads a target (see <see cref="Parse(string)"/>); <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="provider">Ignored: the text is read the same in every culture.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a rate target; the message says why.</exception>
    /// <remarks>Implemented explicitly, so that a call of <see cref="Parse(string)"/> is not taken for a culture-dependent one.</remarks>
    static RateTarget IParsable<RateTarget>.Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads a target (see <see cref="Parse(string)"/>); <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="provider">Ignored: the text is read the same in every culture.</param>
    /// <returns>The target.</returns>
    /// <exception cref="FormatException">The text is not a rate target; the message says why.</exception>
    public static RateTarget Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryRead(s.ToString(), out RateTarget target, out string? problem)
            ? target
            : throw new FormatException($"Cannot read {TextExcerpt.Quote(s)} as a rate target: {problem}.");

    /// <summary>Tries to read a target; never throws.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="result">The target, or <c>default</c>.</param>
    /// <returns>Whether the text was a rate target.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RateTarget result)
    {
        result = default;
        return s is not null && TryRead(s, out result, out _);
    }

    /// <summary>Tries to read a target; never throws. <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The target, or <c>default</c>.</param>
    /// <returns>Whether the text was a rate target.</returns>
    static bool IParsable<RateTarget>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RateTarget result) =>
        TryParse(s, out result);

    /// <summary>Tries to read a target; never throws. <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The target, or <c>default</c>.</param>
    /// <returns>Whether the text was a rate target.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RateTarget result) =>
        TryRead(s.ToString(), out result, out _);

    /// <summary>Evaluates a rate against the target.</summary>
    /// <param name="actual">The rate achieved.</param>
    /// <returns>Whether it meets the target, and by how many points.</returns>
    public RateTargetOutcome Evaluate(Percent actual) => new(this, actual);

    private static bool TryRead(string text, out RateTarget result, [NotNullWhen(false)] out string? problem)
    {
        if (TryReadExact(text, out result, out problem))
        {
            return true;
        }

        if (problem is not null)
        {
            return false;
        }

        if (!PublishedRate.TryRead(text, out PublishedRate rate, out problem))
        {
            return false;
        }

        switch (rate.Qualifier)
        {
            case Qualifier.AtMost:
                result = AtMost(rate.Value, rate.IsInclusive);
                return true;
            case Qualifier.AtLeast:
                result = AtLeast(rate.Value, rate.IsInclusive);
                return true;
            case Qualifier.Approximately when ((ExactFraction)rate.Printed.Step / ExactFraction.Whole(200)).TryToRatio(out Ratio tolerance):
                result = About(rate.Value, PercentagePoints.FromRatio(tolerance));
                return true;
            case Qualifier.Approximately:
                problem = "its tolerance, half its last printed digit, is finer than an exact 128-bit ratio holds; print it with fewer decimals";
                return false;
            default:
                problem = "it needs a qualifier saying what kind of target it is (以内, 以上, 左右 …)";
                return false;
        }
    }

    /// <summary>
    /// The exact forms <see cref="ToString"/> writes where the printed ones cannot say it: "100/3%以内", "低于100/3%",
    /// "100/3%以上", "超过100/3%" with any exact rate, and "5.5%±0.3个百分点" (a level with its tolerance). Returns false with
    /// no problem when the text is not in one of these forms (it may still be a printed target).
    /// </summary>
    private static bool TryReadExact(string text, out RateTarget result, out string? problem)
    {
        result = default;
        problem = null;
        int plusMinus = text.IndexOf('±', StringComparison.Ordinal);
        if (plusMinus >= 0)
        {
            if (!Percent.TryParse(text[..plusMinus], out Percent level))
            {
                problem = "the text before ± is not a rate (\"5.5%\")";
                return false;
            }

            if (!PercentagePoints.TryParse(text[(plusMinus + 1)..], out PercentagePoints tolerance))
            {
                problem = "the text after ± is not a tolerance in percentage points (\"0.3个百分点\")";
                return false;
            }

            if (tolerance < PercentagePoints.Zero)
            {
                problem = "a tolerance cannot be negative";
                return false;
            }

            result = About(level, tolerance);
            return true;
        }

        foreach ((string marker, bool before, TargetKind kind, bool inclusive) in ExactMarkers)
        {
            if (before ? text.StartsWith(marker, StringComparison.Ordinal) : text.EndsWith(marker, StringComparison.Ordinal))
            {
                string number = before ? text[marker.Length..] : text[..^marker.Length];
                if (Percent.TryParse(number, out Percent value))
                {
                    result = kind == TargetKind.AtMost ? AtMost(value, inclusive) : AtLeast(value, inclusive);
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly (string Marker, bool Before, TargetKind Kind, bool Inclusive)[] ExactMarkers =
    [
        ("以内", false, TargetKind.AtMost, true),
        ("低于", true, TargetKind.AtMost, false),
        ("以上", false, TargetKind.AtLeast, true),
        ("超过", true, TargetKind.AtLeast, false),
    ];

    /// <inheritdoc />
    public bool Equals(RateTarget other) =>
        Kind == other.Kind && Value == other.Value && Tolerance == other.Tolerance && strict == other.strict;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RateTarget other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Value, Tolerance, strict);

    /// <summary>
    /// The target in the canonical form <see cref="Parse(string)"/> reads back to an equal target: "3.5%以内" (a ceiling),
    /// "低于3.5%" (a strict one), "3%以上" (a floor), "超过3%" (a strict one), with the exact rate ("100/3%以内" when its
    /// decimals never end). A level is written "5.5%左右" when its tolerance is that of its printing (half its last
    /// digit: 0.05 points for "5.5%", 0.005 for "5.50%") and that printing has no more digits than a printed rate holds;
    /// otherwise with the tolerance itself: "5.5%±0.3个百分点".
    /// </summary>
    /// <returns>The target's text, culture-invariant.</returns>
    public override string ToString() => Kind switch
    {
        TargetKind.AtLeast => strict ? "超过" + Value.ToString() : Value.ToString() + "以上",
        TargetKind.AtMost => strict ? "低于" + Value.ToString() : Value.ToString() + "以内",
        _ => PrintedLevel() ?? Value.ToString() + "±" + Tolerance.ToString(),
    };

    /// <summary>"5.5%左右" when the tolerance is half the last digit of the level printed and that text can be read back,
    /// else <c>null</c>.</summary>
    private string? PrintedLevel()
    {
        // A printed level's tolerance is half its last digit: 1/(2·10^(d+2)) as a ratio for d decimals of the percentage.
        Ratio tolerance = Tolerance.Ratio;
        if (tolerance.Numerator != 1 || tolerance.Denominator % 200 != 0)
        {
            return null;
        }

        int decimals = 0;
        for (Int128 rest = tolerance.Denominator / 200; rest != 1; rest /= 10, decimals++)
        {
            if (rest % 10 != 0 || decimals + 2 >= DisplayFormat.MaxDecimals)
            {
                return null;
            }
        }

        if (!Value.Ratio.HasAtMostDecimals(decimals + 2))
        {
            return null;
        }

        string text = Value.ToString(new DisplayFormat(Scale.One, decimals), CultureInfo.InvariantCulture) + "左右";
        if (!TryParse(text, out RateTarget back))
        {
            return null; // more digits than a printed rate holds: 10³²% to ten decimals
        }

        Debug.Assert(back == this, "A level with at most decimals + 2 places, with half its last digit as tolerance, reads back.");
        return text;
    }
}
