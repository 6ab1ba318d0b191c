using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Targets;

/// <summary>
/// A quantity evaluated against a <see cref="QuantityTarget{T}"/>: met or not, the margin by which (as
/// <see cref="Headroom"/> or <see cref="Shortfall"/>), and for a floor only the completion rate.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>
/// <para>The margin is ceiling − actual for a ceiling, actual − floor for a floor, and tolerance − |actual − level| for a
/// level. Headcounts and counts cannot be negative, so the margin is given as two quantities that are never both above
/// zero: <see cref="Headroom"/> (the margin when it is zero or more) and <see cref="Shortfall"/> (minus the margin when it
/// is negative).</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.QuantityTargetOutcomeJsonConverterFactory))]
public readonly struct QuantityTargetOutcome<T> : IEquatable<QuantityTargetOutcome<T>>, IEqualityOperators<QuantityTargetOutcome<T>, QuantityTargetOutcome<T>, bool>
    where T : struct, IQuantity<T>
{
    internal QuantityTargetOutcome(QuantityTarget<T> target, T actual)
    {
        Target = target;
        Actual = actual;
    }

    /// <summary>The target.</summary>
    public QuantityTarget<T> Target { get; }

    /// <summary>What was achieved.</summary>
    public T Actual { get; }

    /// <summary>Whether the target is met: the margin is zero or more (more than zero for a strict floor or ceiling).
    /// Exact for every outcome, also when <see cref="Headroom"/> or <see cref="Shortfall"/> would overflow.</summary>
    public bool IsMet => Target.IsInclusive ? MarginInBaseUnits >= 0 : MarginInBaseUnits > 0;

    /// <summary>
    /// How far inside the target the actual is, when it is not outside: for a ceiling the headroom left (35 000 − 28 000 =
    /// 7 000 persons), for a floor how far the actual passed it, for a level the tolerance left; zero when the target is
    /// missed. Zero with <see cref="IsMet"/> false is an actual exactly at a strict ceiling or floor.
    /// </summary>
    /// <exception cref="OverflowException">The headroom does not fit the quantity (money far beyond any budget: a ceiling of
    /// 9×10¹⁶ 元 against a debt of as much).</exception>
    public T Headroom => MarginInBaseUnits >= 0 ? Inside() : Zero;

    /// <summary>By how much the target is missed: actual − ceiling for a ceiling, floor − actual for a floor, and
    /// |actual − level| − tolerance for a level; zero when the margin is not negative.</summary>
    /// <exception cref="OverflowException">The shortfall does not fit the quantity (money far beyond any budget).</exception>
    public T Shortfall => MarginInBaseUnits < 0 ? Outside() : Zero;

    /// <summary>
    /// The completion of a floor (actual ÷ floor, 完成率), exactly as <see cref="TargetCompletion.Of"/> gives it. Its
    /// <see cref="TargetCompletion{TQuantity}.IsMet"/> reads the floor as inclusive; <see cref="IsMet"/> here respects a
    /// strict floor ("超过20000人" is not met by 20 000 persons, whose completion is 100%).
    /// </summary>
    /// <exception cref="InvalidOperationException">The target is a ceiling or a level: completion percentages exist only for
    /// at-least targets (DESIGN rule 9). Use <see cref="TryGetCompletion"/> to ask without the exception.</exception>
    public TargetCompletion<T> Completion => TryGetCompletion(out TargetCompletion<T> completion)
        ? completion
        : throw new InvalidOperationException(
            $"The target {Target} is {(Target.Kind == TargetKind.AtMost ? "a ceiling (AtMost)" : "a level (About)")}: it is met or not, by a margin (Headroom, Shortfall), and has no completion rate; completion percentages exist only for at-least targets.");

    /// <summary>The margin, exact in 128 bits (the difference of two longs always fits).</summary>
    private Int128 MarginInBaseUnits
    {
        get
        {
            Int128 value = Target.Value.BaseUnits;
            Int128 actual = Actual.BaseUnits;
            return Target.Kind switch
            {
                TargetKind.AtMost => value - actual,
                TargetKind.AtLeast => actual - value,
                _ => (Int128)Target.Tolerance.BaseUnits - Int128.Abs(actual - value),
            };
        }
    }

    /// <summary>Zero, in the unit of the actual (for a <see cref="UnitCount"/>).</summary>
    private T Zero => Actual - Actual;

    /// <summary>Whether two outcomes are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(QuantityTargetOutcome<T> left, QuantityTargetOutcome<T> right) => left.Equals(right);

    /// <summary>Whether two outcomes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(QuantityTargetOutcome<T> left, QuantityTargetOutcome<T> right) => !left.Equals(right);

    /// <summary>The completion of a floor (see <see cref="Completion"/>); never throws.</summary>
    /// <param name="completion">The completion, or <c>default</c> for a ceiling or a level.</param>
    /// <returns>Whether the target is a floor, the only kind with a completion rate.</returns>
    public bool TryGetCompletion(out TargetCompletion<T> completion)
    {
        if (Target.Kind == TargetKind.AtLeast && Target.Value.BaseUnits > 0)
        {
            completion = TargetCompletion.Of(Actual, Target.Value);
            return true;
        }

        completion = default;
        return false;
    }

    /// <summary>
    /// How the margin is computed, as a short trace: for a ceiling "余量 = 上限 35 000 人 − 实际 28 000 人 = 7 000 人：达成"
    /// ("餘量 = 上限 35 000 人 − 實際 28 000 人 = 7 000 人：達成", "margin = ceiling 35,000 persons − actual 28,000 persons =
    /// 7,000 persons: met"); for a floor "余量 = 实际 39 221 人 − 下限 20 000 人 = 19 221 人：达成"; for a level
    /// "余量 = 容差 500 人 − |实际 20 300 人 − 目标 20 000 人| = 200 人：达成". A missed target ends "= -1 000 人：未达成"
    /// ("未達成", "missed"); a strict target names its boundary "上限（不含）", "ceiling (excluded)".
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <returns>The trace.</returns>
    /// <exception cref="OverflowException">The margin does not fit the quantity (see <see cref="Headroom"/>).</exception>
    public string Explain(ExplainLanguage language)
    {
        string actual = ExplainText.Pick(language, "实际 ", "實際 ", "actual ") + ExplainText.Quantity(Actual, language);
        string value = ExplainText.Quantity(Target.Value, language);
        string excluded = Target.IsInclusive ? string.Empty : ExplainText.IsChinese(language) ? "（不含）" : " (excluded)";
        string formula = Target.Kind switch
        {
            TargetKind.AtMost => ExplainText.Pick(language, "上限", "上限", "ceiling") + excluded + " " + value + " − " + actual,
            TargetKind.AtLeast => actual + " − " + ExplainText.Pick(language, "下限", "下限", "floor") + excluded + " " + value,
            _ => ExplainText.Pick(language, "容差 ", "容差 ", "tolerance ") + ExplainText.Quantity(Target.Tolerance, language)
                + " − |" + actual + " − " + ExplainText.Pick(language, "目标 ", "目標 ", "level ") + value + "|",
        };
        string margin = MarginInBaseUnits < 0 ? "-" + ExplainText.Quantity(Shortfall, language) : ExplainText.Quantity(Headroom, language);
        return ExplainText.Pick(language, "余量 = ", "餘量 = ", "margin = ") + formula + " = " + margin
            + (ExplainText.IsChinese(language) ? "：" : ": ") + Verdict(IsMet ? TargetVerdict.Met : TargetVerdict.NotMet, language);
    }

    /// <inheritdoc />
    public bool Equals(QuantityTargetOutcome<T> other) => Target == other.Target && Actual.Equals(other.Actual);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is QuantityTargetOutcome<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, Actual);

    /// <summary>For example "28000人 against 35000人以内: met, headroom 7000人", "36000人 against 35000人以内: missed,
    /// shortfall 1000人". Never throws: a margin that does not fit the quantity is written as a number of base units.</summary>
    /// <returns>The outcome, culture-invariant.</returns>
    public override string ToString()
    {
        Int128 margin = MarginInBaseUnits;
        string amount;
        try
        {
            amount = margin < 0 ? "shortfall " + Shortfall.ToString() : "headroom " + Headroom.ToString();
        }
        catch (OverflowException)
        {
            amount = "margin " + margin.ToString(System.Globalization.CultureInfo.InvariantCulture) + " base units";
        }

        return $"{Actual} against {Target}: {(IsMet ? "met" : "missed")}, {amount}";
    }

    /// <summary>The verdict's word: 达成, 未达成, 无法判定 (達成, 未達成, 無法判定; met, missed, undetermined).</summary>
    internal static string Verdict(TargetVerdict verdict, ExplainLanguage language) => verdict switch
    {
        TargetVerdict.Met => ExplainText.Pick(language, "达成", "達成", "met"),
        TargetVerdict.NotMet => ExplainText.Pick(language, "未达成", "未達成", "missed"),
        _ => ExplainText.Pick(language, "无法判定", "無法判定", "undetermined"),
    };

    /// <summary>The margin as a quantity, when it is not negative.</summary>
    private T Inside() => Target.Kind switch
    {
        TargetKind.AtMost => Target.Value - Actual,
        TargetKind.AtLeast => Actual - Target.Value,
        _ => Target.Tolerance - Distance(),
    };

    /// <summary>Minus the margin as a quantity, when the margin is negative.</summary>
    private T Outside() => Target.Kind switch
    {
        TargetKind.AtMost => Actual - Target.Value,
        TargetKind.AtLeast => Target.Value - Actual,
        _ => Distance() - Target.Tolerance,
    };

    /// <summary>|actual − level|.</summary>
    private T Distance() => Actual.BaseUnits >= Target.Value.BaseUnits ? Actual - Target.Value : Target.Value - Actual;
}
