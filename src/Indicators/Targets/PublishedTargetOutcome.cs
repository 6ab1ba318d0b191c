using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Targets;

/// <summary>
/// A published figure evaluated against a <see cref="QuantityTarget{T}"/>. The figure stands for an interval of true values
/// (its <see cref="PublishedFigure{T}.Bounds"/>), so the verdict is met when every whole value in it meets the target, not
/// met when none does, and undetermined when the bounds straddle the target: "约3.5万人" (34 500 to 35 499 persons) against
/// "35000人以内".
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>
/// <para>True values are whole base units (persons, units, fen), so the figure is first tightened to the whole values in
/// its bounds: "超过34999人" is at least 35 000 persons, and meets "35000人以上".</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.PublishedTargetOutcomeJsonConverterFactory))]
public readonly struct PublishedTargetOutcome<T> : IEquatable<PublishedTargetOutcome<T>>, IEqualityOperators<PublishedTargetOutcome<T>, PublishedTargetOutcome<T>, bool>
    where T : struct, IQuantity<T>
{
    internal PublishedTargetOutcome(QuantityTarget<T> target, PublishedFigure<T> actual)
    {
        Target = target;
        Actual = actual;
    }

    /// <summary>The target.</summary>
    public QuantityTarget<T> Target { get; }

    /// <summary>The figure published as the actual.</summary>
    public PublishedFigure<T> Actual { get; }

    /// <summary>Met (every value the figure can stand for meets the target), not met (none does) or undetermined.</summary>
    public TargetVerdict Verdict
    {
        get
        {
            (Int128? lowest, Int128? highest) = Margins();
            Int128 least = Target.IsInclusive ? 0 : 1; // margins are whole base units
            return lowest is Int128 low && low >= least ? TargetVerdict.Met
                : highest is Int128 high && high < least ? TargetVerdict.NotMet
                : TargetVerdict.Undetermined;
        }
    }

    /// <summary>
    /// The margins of the whole values the figure can stand for (see <see cref="QuantityTargetOutcome{T}"/>: ceiling −
    /// actual, actual − floor, tolerance − |actual − level|), in base units (fen for money, persons, units) as
    /// <see cref="PublishedFigure{T}.Bounds"/> is: a closed interval, with no lower or upper end where the figure has none.
    /// "约3.5万人" against "35000人以内" gives [-499, 500].
    /// </summary>
    public ValueInterval MarginBounds
    {
        get
        {
            (Int128? lowest, Int128? highest) = Margins();
            return (lowest, highest) switch
            {
                (Int128 low, Int128 high) => ValueInterval.Closed(new Ratio(low, 1), new Ratio(high, 1)),
                (Int128 low, null) => ValueInterval.AtLeast(new Ratio(low, 1), inclusive: true),
                (null, Int128 high) => ValueInterval.AtMost(new Ratio(high, 1), inclusive: true),
                _ => throw new InvalidOperationException("A published figure always bounds one end."),
            };
        }
    }

    /// <summary>Whether two outcomes are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(PublishedTargetOutcome<T> left, PublishedTargetOutcome<T> right) => left.Equals(right);

    /// <summary>Whether two outcomes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(PublishedTargetOutcome<T> left, PublishedTargetOutcome<T> right) => !left.Equals(right);

    /// <summary>
    /// How the verdict is reached: "余量 = 上限 35 000 人 − 实际 约3.5万人 ∈ [-499, 500] 人：无法判定" ("餘量 = 上限 35 000 人 −
    /// 實際 約3.5萬人 ∈ [-499, 500] 人：無法判定", "margin = ceiling 35,000 persons − actual about 3.5 × 10⁴ persons ∈
    /// [-499, 500] persons: undetermined"); the margins in the unit figures are printed in (元 for money), the figure as
    /// published.
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language)
    {
        string actual = ExplainText.Pick(language, "实际 ", "實際 ", "actual ") + PublishedArithmetic.Printed(Actual, language);
        string value = ExplainText.Quantity(Target.Value, language);
        string excluded = Target.IsInclusive ? string.Empty : ExplainText.IsChinese(language) ? "（不含）" : " (excluded)";
        string formula = Target.Kind switch
        {
            TargetKind.AtMost => ExplainText.Pick(language, "上限", "上限", "ceiling") + excluded + " " + value + " − " + actual,
            TargetKind.AtLeast => actual + " − " + ExplainText.Pick(language, "下限", "下限", "floor") + excluded + " " + value,
            _ => ExplainText.Pick(language, "容差 ", "容差 ", "tolerance ") + ExplainText.Quantity(Target.Tolerance, language)
                + " − |" + actual + " − " + ExplainText.Pick(language, "目标 ", "目標 ", "level ") + value + "|",
        };
        return ExplainText.Pick(language, "余量 = ", "餘量 = ", "margin = ") + formula + " ∈ " + MarginText(language)
            + (ExplainText.IsChinese(language) ? "：" : ": ") + QuantityTargetOutcome<T>.Verdict(Verdict, language);
    }

    /// <inheritdoc />
    public bool Equals(PublishedTargetOutcome<T> other) => Target == other.Target && Actual == other.Actual;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PublishedTargetOutcome<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, Actual);

    /// <summary>For example "约3.5万人 against 35000人以内: Undetermined, margin in [-499, 500] 人"; the margins in the unit
    /// figures are printed in.</summary>
    /// <returns>The outcome, culture-invariant.</returns>
    public override string ToString() => $"{Actual} against {Target}: {Verdict}, margin in {MarginText(ExplainLanguage.ZhHans)}";

    /// <summary>The margin's bounds in printed units with the unit's name: "[-499, 500] 人", "[-4.99, 5] 元".</summary>
    private string MarginText(ExplainLanguage language)
    {
        string unit = DerivedUnit.Of(Actual.Value).Name(language); // a target of zero may have no unit ("0以内")
        return DerivedFigure.ToUnits<T>(MarginBounds).ToString(T.BaseUnitExponent) + (unit.Length == 0 ? string.Empty : " " + unit);
    }

    /// <summary>The least and the greatest margin of the whole values in the figure's bounds (<c>null</c>: no end).</summary>
    private (Int128? Lowest, Int128? Highest) Margins()
    {
        (Int128? low, Int128? high) = WholeValues(Actual.Bounds);
        Int128 value = Target.Value.BaseUnits;
        switch (Target.Kind)
        {
            case TargetKind.AtMost:
                return (value - high, value - low);
            case TargetKind.AtLeast:
                return (low - value, high - value);
            default:
                Int128 tolerance = Target.Tolerance.BaseUnits;
                Int128? nearest = low > value ? low - value : high < value ? value - high : 0;
                Int128? farthest = low is Int128 l && high is Int128 h ? Int128.Max(Int128.Abs(l - value), Int128.Abs(h - value)) : null;
                return (tolerance - farthest, tolerance - nearest);
        }
    }

    /// <summary>The least and the greatest whole number in <paramref name="bounds"/> that a quantity can hold (a long), or
    /// <c>null</c> for a missing end.</summary>
    private static (Int128? Low, Int128? High) WholeValues(ValueInterval bounds)
    {
        Int128? low = null;
        if (bounds.Lower is Ratio lower)
        {
            Int128 ceiling = Ceiling(lower);
            low = Int128.Max(!bounds.IsLowerClosed && lower.IsInteger ? ceiling + 1 : ceiling, long.MinValue);
        }

        Int128? high = null;
        if (bounds.Upper is Ratio upper)
        {
            Int128 floor = Floor(upper);
            high = Int128.Min(!bounds.IsUpperClosed && upper.IsInteger ? floor - 1 : floor, long.MaxValue);
        }

        // A published figure's bounds hold its value, a whole number of base units within a long, so neither cut past the
        // end of a long (nor the open ends) leaves them without a whole value.
        Debug.Assert(low is not Int128 l || high is not Int128 h || l <= h, "A published figure's bounds hold its value.");

        return (low, high);
    }

    private static Int128 Floor(Ratio value)
    {
        Int128 quotient = Int128.DivRem(value.Numerator, value.Denominator).Quotient;
        return value.Numerator % value.Denominator < 0 ? quotient - 1 : quotient;
    }

    private static Int128 Ceiling(Ratio value)
    {
        Int128 quotient = Int128.DivRem(value.Numerator, value.Denominator).Quotient;
        return value.Numerator % value.Denominator > 0 ? quotient + 1 : quotient;
    }
}
