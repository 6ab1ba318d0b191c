using System;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Targets;

/// <summary>A rate evaluated against a <see cref="RateTarget"/>: met or not, and the margin in percentage points.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.RateTargetOutcomeJsonConverter))]
public readonly struct RateTargetOutcome : IEquatable<RateTargetOutcome>, IEqualityOperators<RateTargetOutcome, RateTargetOutcome, bool>
{
    internal RateTargetOutcome(RateTarget target, Percent actual)
    {
        Target = target;
        Actual = actual;
    }

    /// <summary>The target.</summary>
    public RateTarget Target { get; }

    /// <summary>The rate achieved.</summary>
    public Percent Actual { get; }

    /// <summary>
    /// The margin, in percentage points, positive when the target is met with room to spare: for a ceiling the headroom
    /// (ceiling − actual: 3.5% − 1.38% = 2.12 points); for a floor actual − floor; for a level the tolerance left
    /// (tolerance − |actual − level|). Zero is met when the target is inclusive; negative is missed by that much.
    /// </summary>
    /// <exception cref="OverflowException">The margin, in lowest terms, does not fit the 128-bit terms of a
    /// <see cref="PercentagePoints"/>: two rates with huge, unrelated denominators (1/(10²⁰+39) against 1/(10²⁰+129)). Use
    /// <see cref="TryGetMargin"/> to avoid the exception; <see cref="IsMet"/> and <see cref="ToString"/> are exact without it.</exception>
    public PercentagePoints Margin => TryGetMargin(out PercentagePoints margin)
        ? margin
        : throw new OverflowException($"The margin of {Actual} against {Target} is {ExactMargin()}, which does not fit the 128-bit terms of PercentagePoints.");

    /// <summary>Whether the target is met: the margin is not negative (positive for a strict floor or ceiling). Exact for
    /// every outcome, also when <see cref="Margin"/> does not fit.</summary>
    public bool IsMet
    {
        get
        {
            int sign = MarginSign();
            return Target.IsInclusive ? sign >= 0 : sign > 0;
        }
    }

    /// <summary>The margin (see <see cref="Margin"/>) when it fits a <see cref="PercentagePoints"/>; never throws.</summary>
    /// <param name="margin">The margin, or zero when it does not fit.</param>
    /// <returns>Whether the margin fits 128-bit terms.</returns>
    public bool TryGetMargin(out PercentagePoints margin)
    {
        margin = PercentagePoints.Zero;
        (BigInteger numerator, BigInteger denominator) = ExactMarginRatio();
        BigInteger max = (BigInteger)Int128.MaxValue;
        if (BigInteger.Abs(numerator) > max || denominator > max)
        {
            return false;
        }

        margin = PercentagePoints.FromRatio(new Ratio((Int128)numerator, (Int128)denominator));
        return true;
    }
    /// <summary>Whether two outcomes are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(RateTargetOutcome left, RateTargetOutcome right) => left.Equals(right);

    /// <summary>Whether two outcomes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(RateTargetOutcome left, RateTargetOutcome right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RateTargetOutcome other) => Target == other.Target && Actual == other.Actual;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RateTargetOutcome other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, Actual);

    /// <summary>
    /// How the outcome is found: "余量 = 上限 3.5% − 实际 1.38% = 2.12 个百分点：达成" (traditional "餘量 = 上限 3.5% − 實際
    /// 1.38% = 2.12 個百分點：達成"), "margin = ceiling 3.5% − actual 1.38% = 2.12 percentage points: met"; for a level
    /// "余量 = 容差 0.3 个百分点 − |实际 … − 目标 …|". A margin that does not fit <see cref="PercentagePoints"/> is written as
    /// its exact fraction.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language)
    {
        string actual = ExplainText.Pick(language, "实际 ", "實際 ", "actual ") + ExplainText.ExactRate(Actual);
        string value = ExplainText.ExactRate(Target.Value);
        string excluded = Target.IsInclusive ? string.Empty : ExplainText.IsChinese(language) ? "（不含）" : " (excluded)";
        string formula = Target.Kind switch
        {
            TargetKind.AtMost => ExplainText.Pick(language, "上限", "上限", "ceiling") + excluded + " " + value + " − " + actual,
            TargetKind.AtLeast => actual + " − " + ExplainText.Pick(language, "下限", "下限", "floor") + excluded + " " + value,
            _ => ExplainText.Pick(language, "容差 ", "容差 ", "tolerance ") + ExplainText.Points(Target.Tolerance, language)
                + " − |" + actual + " − " + ExplainText.Pick(language, "目标 ", "目標 ", "level ") + value + "|",
        };
        string margin = TryGetMargin(out PercentagePoints points) ? ExplainText.Points(points, language) : ExactMargin();
        string verdict = IsMet ? ExplainText.Pick(language, "达成", "達成", "met") : ExplainText.Pick(language, "未达成", "未達成", "missed");
        return ExplainText.Pick(language, "余量 = ", "餘量 = ", "margin = ") + formula + " = " + margin
            + (ExplainText.IsChinese(language) ? "：" : ": ") + verdict;
    }

    /// <summary>For example "1.38% against 3.5%以内: met, margin 2.12个百分点". Never throws: a margin that does not fit a
    /// <see cref="PercentagePoints"/> is written as its exact fraction all the same.</summary>
    /// <returns>The outcome.</returns>
    public override string ToString() => $"{Actual} against {Target}: {(IsMet ? "met" : "missed")}, margin {ExactMargin()}";

    /// <summary>The margin's exact text: that of <see cref="PercentagePoints"/> when it fits, else "n/d个百分点".</summary>
    private string ExactMargin()
    {
        if (TryGetMargin(out PercentagePoints margin))
        {
            return margin.ToString();
        }

        (BigInteger numerator, BigInteger denominator) = ExactMarginRatio();
        numerator *= 100; // the ratio in points
        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        numerator /= gcd;
        denominator /= gcd;
        return denominator.IsOne
            ? numerator.ToString(CultureInfo.InvariantCulture) + "个百分点"
            : numerator.ToString(CultureInfo.InvariantCulture) + "/" + denominator.ToString(CultureInfo.InvariantCulture) + "个百分点";
    }

    /// <summary>The sign of the margin, computed exactly (comparisons of ratios never overflow).</summary>
    private int MarginSign() => ExactMarginRatio().Numerator.Sign;

    /// <summary>The margin as a ratio in lowest terms with a positive denominator, in big integers.</summary>
    private (BigInteger Numerator, BigInteger Denominator) ExactMarginRatio()
    {
        Ratio value = Target.Value.Ratio;
        Ratio actual = Actual.Ratio;
        (BigInteger n, BigInteger d) = Target.Kind switch
        {
            TargetKind.AtMost => Difference(value, actual),
            TargetKind.AtLeast => Difference(actual, value),
            _ => Level(actual, value, Target.Tolerance.Ratio),
        };
        BigInteger gcd = BigInteger.GreatestCommonDivisor(n, d);
        return (n / gcd, d / gcd); // d is above zero, so the divisor is at least 1

        static (BigInteger, BigInteger) Level(Ratio actual, Ratio value, Ratio tolerance)
        {
            (BigInteger dn, BigInteger dd) = Difference(actual, value);
            return ((BigInteger)tolerance.Numerator * dd - BigInteger.Abs(dn) * (BigInteger)tolerance.Denominator, (BigInteger)tolerance.Denominator * dd);
        }
    }

    private static (BigInteger Numerator, BigInteger Denominator) Difference(Ratio left, Ratio right) =>
        (((BigInteger)left.Numerator * (BigInteger)right.Denominator) - ((BigInteger)right.Numerator * (BigInteger)left.Denominator),
         (BigInteger)left.Denominator * (BigInteger)right.Denominator);
}
