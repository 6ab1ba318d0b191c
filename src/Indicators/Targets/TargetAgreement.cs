using System;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Targets;

/// <summary>
/// Whether a target agrees with a published actual and a published completion rate (<see cref="ImpliedTarget{T}.Agreement"/>):
/// some whole actual the printed actual stands for, over the target, prints as the published rate.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks><c>default</c> is a zero target that does not agree. This type is an immutable value type and is thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.TargetAgreementJsonConverterFactory))]
public readonly struct TargetAgreement<T> : IEquatable<TargetAgreement<T>>, IEqualityOperators<TargetAgreement<T>, TargetAgreement<T>, bool>
    where T : struct, IQuantity<T>
{
    private readonly ValueInterval consistentActuals;
    private readonly (T Min, T Max) wholeActuals;

    internal TargetAgreement(T target, ValueInterval? consistentActuals, (T Min, T Max)? wholeActuals, RoundingConsistency? rounding)
    {
        Target = target;
        Agrees = wholeActuals is not null;
        this.consistentActuals = consistentActuals ?? default;
        this.wholeActuals = wholeActuals ?? default;
        Rounding = rounding;
    }

    /// <summary>The target checked.</summary>
    public T Target { get; }

    /// <summary>Whether the target agrees: it implies at least one whole actual (<see cref="WholeActuals"/>).</summary>
    public bool Agrees { get; }

    /// <summary>The actuals the target implies, in the unit figures are printed in: [146 425, 146 435) for 14.64万人 at
    /// 146.43% of 10万; <c>null</c> when the target does not agree.</summary>
    public ValueInterval? ConsistentActuals => Agrees ? consistentActuals : null;

    /// <summary>The least and the greatest whole actual the target implies (146 425 and 146 434 persons); <c>null</c> when
    /// the target does not agree.</summary>
    public (T Min, T Max)? WholeActuals => Agrees ? wholeActuals : null;

    /// <summary>For an actual printed exactly, under which rounding rules its rate over the target prints as the published
    /// rate (<see cref="ImpliedTarget.Check{T}"/>); <c>null</c> for an actual printed rounded, where that depends on the
    /// unknown true actual.</summary>
    public RoundingConsistency? Rounding { get; }

    /// <summary>Whether two verdicts are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(TargetAgreement<T> left, TargetAgreement<T> right) => left.Equals(right);

    /// <summary>Whether two verdicts differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(TargetAgreement<T> left, TargetAgreement<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TargetAgreement<T> other) =>
        Target.Equals(other.Target) && Agrees == other.Agrees && consistentActuals == other.consistentActuals
        && wholeActuals.Min.Equals(other.wholeActuals.Min) && wholeActuals.Max.Equals(other.wholeActuals.Max) && Rounding == other.Rounding;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TargetAgreement<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, Agrees, consistentActuals, Rounding);

    /// <summary>For example "100000人 agrees: actuals 146425人–146434人", or "100001人 does not agree".</summary>
    /// <returns>The verdict, culture-invariant.</returns>
    public override string ToString() =>
        Agrees ? $"{Target} agrees: actuals {wholeActuals.Min}–{wholeActuals.Max}" : $"{Target} does not agree";
}
