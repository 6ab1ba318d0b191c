using System;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Targets;

namespace Indicators.Aggregation;

/// <summary>
/// A target of a <see cref="Dataset"/>: what an indicator should reach (at least, at most, about) for a region and a period,
/// printed by the report or inferred (a target the report does not print, with the reason it was inferred).
/// </summary>
/// <remarks>Take it typed with <see cref="AsMoney"/>, <see cref="AsPersons"/>, <see cref="AsCount"/> or
/// <see cref="AsRate"/>, as the indicator's quantity says. This type is immutable and thread-safe.</remarks>
public sealed class DatasetTarget : IEquatable<DatasetTarget>
{
    private readonly object target;

    internal DatasetTarget(IndicatorDefinition indicator, Region region, ReportingPeriod period, object target, string? inferredBecause)
    {
        Indicator = indicator;
        Region = region;
        Period = period;
        this.target = target;
        InferredBecause = inferredBecause;
    }

    /// <summary>The indicator the target is for.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The region.</summary>
    public Region Region { get; }

    /// <summary>The period the target is for (a year, usually).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>At least, at most or about.</summary>
    public TargetKind Kind => target switch
    {
        QuantityTarget<Money> t => t.Kind,
        QuantityTarget<Headcount> t => t.Kind,
        QuantityTarget<UnitCount> t => t.Kind,
        _ => ((RateTarget)target).Kind,
    };

    /// <summary>Whether the target was inferred rather than printed.</summary>
    public bool IsInferred => InferredBecause is not null;

    /// <summary>Why an inferred target was inferred ("the round target consistent with the printed actual and rate"), or
    /// null for a printed one.</summary>
    public string? InferredBecause { get; }

    /// <summary>The target of a money indicator.</summary>
    /// <returns>The target.</returns>
    /// <exception cref="InvalidOperationException">The indicator is not money.</exception>
    public QuantityTarget<Money> AsMoney() => As<QuantityTarget<Money>>();

    /// <summary>The target of an indicator of persons.</summary>
    /// <returns>The target.</returns>
    /// <exception cref="InvalidOperationException">The indicator is not one of persons.</exception>
    public QuantityTarget<Headcount> AsPersons() => As<QuantityTarget<Headcount>>();

    /// <summary>The target of a count.</summary>
    /// <returns>The target.</returns>
    /// <exception cref="InvalidOperationException">The indicator is not a count.</exception>
    public QuantityTarget<UnitCount> AsCount() => As<QuantityTarget<UnitCount>>();

    /// <summary>The target of a rate.</summary>
    /// <returns>The target.</returns>
    /// <exception cref="InvalidOperationException">The indicator is not a rate.</exception>
    public RateTarget AsRate() => As<RateTarget>();

    /// <summary>The target's floor, ceiling or level as an exact figure in its printed unit (20 000 人, 3.5%).</summary>
    /// <returns>The figure.</returns>
    public DerivedFigure ToDerivedFigure() => target switch
    {
        QuantityTarget<Money> t => DerivedFigure.Of(t.Value),
        QuantityTarget<Headcount> t => DerivedFigure.Of(t.Value),
        QuantityTarget<UnitCount> t => DerivedFigure.Of(t.Value),
        _ => DerivedFigure.Of(((RateTarget)target).Value),
    };

    /// <summary>The target as text: "20000人以上", "3.5%以内".</summary>
    /// <returns>The text, which the target type's <c>Parse</c> reads back.</returns>
    public string TargetText() => target.ToString()!;

    /// <summary>Whether two targets are the same in every field.</summary>
    /// <param name="other">The other target.</param>
    /// <returns>The comparison.</returns>
    public bool Equals(DatasetTarget? other) =>
        other is not null && Indicator.Equals(other.Indicator) && Region.Equals(other.Region) && Period == other.Period
        && target.Equals(other.target) && InferredBecause == other.InferredBecause;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatasetTarget other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator.Code, Region.Id, Period, target);

    /// <summary>For example "rural-employment 331000 2020 20000人以上 (inferred)".</summary>
    /// <returns>The indicator, region, period and target.</returns>
    public override string ToString() => $"{Indicator.Code} {Region.Id} {Period} {TargetText()}{(IsInferred ? " (inferred)" : string.Empty)}";

    internal object Value => target;

    private TTarget As<TTarget>()
        where TTarget : struct =>
        target is TTarget typed
            ? typed
            : throw new InvalidOperationException($"The target of \"{Indicator.Code}\" ({Indicator.Name}) is a target of {Observation.Describe(Indicator)}; use As{Indicator.Quantity}().");
}
