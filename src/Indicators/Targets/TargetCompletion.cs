using System;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Targets;

/// <summary>Creates <see cref="TargetCompletion{TQuantity}"/> values with the quantity type inferred.</summary>
public static class TargetCompletion
{
    /// <summary>
    /// How far <paramref name="actual"/> has gone toward an at-least target (完成率):
    /// <c>TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000)).Rate</c> is exactly 196.105%.
    /// </summary>
    /// <typeparam name="TQuantity">The quantity: <see cref="Money"/>, <see cref="Headcount"/>, a <see cref="Count{TUnit}"/> or a <see cref="UnitCount"/>.</typeparam>
    /// <param name="actual">What was achieved.</param>
    /// <param name="target">The target; greater than zero, and of the same unit as <paramref name="actual"/>.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is zero or negative, or (for <see cref="UnitCount"/>)
    /// the two are counted in different units.</exception>
    public static TargetCompletion<TQuantity> Of<TQuantity>(TQuantity actual, TQuantity target)
        where TQuantity : struct, IQuantity<TQuantity> => new(actual, target);
}

/// <summary>
/// The completion of an at-least target (预期目标, "1100万人以上"): actual ÷ target as an exact <see cref="Percent"/>, whether it
/// was met, by how much it was passed, and what remains when it was not.
/// </summary>
/// <typeparam name="TQuantity">The quantity compared.</typeparam>
/// <remarks>
/// <para>Nothing is rounded: <see cref="Rate"/> × target is exactly the actual. Round only for display,
/// for example <c>completion.Rate.ToString("F2")</c> ("196.11%", 四舍五入).</para>
/// <para>Completion percentages exist only for at-least targets; a ceiling (控制目标) is met or not, and has no completion rate.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.TargetCompletionJsonConverterFactory))]
public readonly struct TargetCompletion<TQuantity> : IEquatable<TargetCompletion<TQuantity>>, IEqualityOperators<TargetCompletion<TQuantity>, TargetCompletion<TQuantity>, bool>
    where TQuantity : struct, IQuantity<TQuantity>
{
    internal TargetCompletion(TQuantity actual, TQuantity target)
    {
        if (target.BaseUnits <= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A target must be greater than zero to measure completion against; got {target}."),
                nameof(target));
        }

        if (typeof(TQuantity) == typeof(UnitCount))
        {
            // Counts whose units are known only at run time must count the same thing.
            _ = UnitCount.CommonUnit((UnitCount)(object)actual, (UnitCount)(object)target, "measure completion of");
        }

        IsMet = actual.BaseUnits >= target.BaseUnits;
        Actual = actual;
        Target = target;
        Rate = Percent.FromRatio(new Ratio(actual.BaseUnits, target.BaseUnits));
    }

    /// <summary>What was achieved.</summary>
    public TQuantity Actual { get; }

    /// <summary>The target.</summary>
    public TQuantity Target { get; }

    /// <summary>The exact completion rate, actual ÷ target (完成率); above 100% when the target was passed (超额完成).</summary>
    public Percent Rate { get; }

    /// <summary>The kind of target measured: always <see cref="TargetKind.AtLeast"/>, the only kind with a completion rate.</summary>
    public TargetKind Kind => TargetKind.AtLeast;

    /// <summary>Which way is better: <see cref="Polarity.HigherIsBetter"/>, as for every at-least target.</summary>
    public Polarity Polarity => Polarity.HigherIsBetter;

    /// <summary>Whether the actual reached the target (rate ≥ 100%).</summary>
    public bool IsMet { get; }

    /// <summary>The rate minus 100%, in percentage points: +96.105 for 196.105%, negative when the target was not met.</summary>
    public PercentagePoints PointsOverTarget => Rate - Percent.OneHundred;

    /// <summary>How much the actual passed the target by (actual − target), or zero when the target was not met.</summary>
    public TQuantity Surplus => IsMet ? Actual - Target : TQuantity.AdditiveIdentity;

    /// <summary>What is still to do (target − actual) when the target was not met, or zero when it was.</summary>
    public TQuantity Remaining => IsMet ? TQuantity.AdditiveIdentity : Target - Actual;

    /// <summary>
    /// How the rate is computed, as a short trace: "完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四舍五入）" (in traditional
    /// characters "…（四捨五入）"), or in English
    /// "completion rate = 39,221 persons ÷ 20,000 persons = 196.105% ≈ 196.11% (rounded half away from zero)".
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <param name="decimals">The decimals the rate is shown with; 2 as reports print it.</param>
    /// <param name="mode">How it is rounded; 四舍五入 as reports do.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language, int decimals = 2, RoundingMode mode = RoundingMode.HalfAwayFromZero) =>
        ExplainText.Pick(language, "完成率 = ", "完成率 = ", "completion rate = ")
        + ExplainText.Quantity(Actual, language) + " ÷ " + ExplainText.Quantity(Target, language) + " "
        + ExplainText.EqualsRate(Rate, decimals, mode, language);

    /// <summary>This completion set against the schedule progress at its as-of date: ahead when the rate is at least the
    /// progress (196.105% at 2020-06-30 against 50%).</summary>
    /// <param name="progress">The schedule progress, from <see cref="ScheduleProgress.Of"/>.</param>
    /// <returns>The comparison, with the gap in percentage points.</returns>
    public ScheduleComparison AgainstSchedule(ScheduleProgress progress) => new(Rate, progress);

    /// <summary>Whether two completions have the same actual and target.</summary>
    /// <param name="left">The first completion.</param>
    /// <param name="right">The second completion.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(TargetCompletion<TQuantity> left, TargetCompletion<TQuantity> right) => left.Equals(right);

    /// <summary>Whether two completions differ in actual or target.</summary>
    /// <param name="left">The first completion.</param>
    /// <param name="right">The second completion.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(TargetCompletion<TQuantity> left, TargetCompletion<TQuantity> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TargetCompletion<TQuantity> other) => Actual.Equals(other.Actual) && Target.Equals(other.Target);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TargetCompletion<TQuantity> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actual, Target);

    /// <summary>For example "39221人 / 20000人 = 196.105%".</summary>
    /// <returns>The actual, the target and the exact rate, culture-invariant.</returns>
    public override string ToString() => $"{Actual} / {Target} = {Rate}";
}
