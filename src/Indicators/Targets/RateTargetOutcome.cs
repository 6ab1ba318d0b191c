using System;
using System.Text.Json.Serialization;
using Indicators.Quantities;

namespace Indicators.Targets;

/// <summary>A rate evaluated against a <see cref="RateTarget"/>: met or not, and the margin in percentage points.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.RateTargetOutcomeJsonConverter))]
public readonly struct RateTargetOutcome : IEquatable<RateTargetOutcome>
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
    public PercentagePoints Margin => Target.Kind switch
    {
        TargetKind.AtMost => Target.Value - Actual,
        TargetKind.AtLeast => Actual - Target.Value,
        _ => Target.Tolerance - Distance,
    };

    /// <summary>Whether the target is met: the margin is not negative (positive for a strict floor or ceiling).</summary>
    public bool IsMet => Target.IsInclusive ? Margin >= PercentagePoints.Zero : Margin > PercentagePoints.Zero;

    private PercentagePoints Distance => Actual >= Target.Value ? Actual - Target.Value : Target.Value - Actual;

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

    /// <summary>For example "1.38% against at most 3.5%: met, margin 2.12个百分点".</summary>
    /// <returns>The outcome.</returns>
    public override string ToString() => $"{Actual} against {Target}: {(IsMet ? "met" : "missed")}, margin {Margin}";
}
