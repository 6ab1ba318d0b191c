using System;
using System.Diagnostics.CodeAnalysis;

namespace Indicators.Catalog;

/// <summary>
/// How an indicator rolls up over regions (DESIGN rule 5): summed, recomputed as the ratio of two other indicators, or not
/// at all. Rates are never summed or averaged.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RegionalRollup : IEquatable<RegionalRollup>
{
    private RegionalRollup(RollupKind kind, string? numerator, string? denominator)
    {
        Kind = kind;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The parent's figure is the sum of its parts'.</summary>
    public static RegionalRollup Sum { get; } = new(RollupKind.Sum, null, null);

    /// <summary>The figures do not combine over regions.</summary>
    public static RegionalRollup NotAdditive { get; } = new(RollupKind.NotAdditive, null, null);

    /// <summary>How the figures combine.</summary>
    public RollupKind Kind { get; }

    /// <summary>For a ratio: the code of the indicator summed as the numerator; otherwise null.</summary>
    public string? Numerator { get; }

    /// <summary>For a ratio: the code of the indicator summed as the denominator; otherwise null.</summary>
    public string? Denominator { get; }

    /// <summary>The parent's rate is Σ numerator ÷ Σ denominator over its parts.</summary>
    /// <param name="numerator">The code of the numerator's indicator ("registered-urban-unemployed").</param>
    /// <param name="denominator">The code of the denominator's indicator ("registered-urban-labour-force").</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A code is not an indicator code (see <see cref="IndicatorDefinition.IsValidCode"/>),
    /// or the two are the same.</exception>
    public static RegionalRollup Ratio(string numerator, string denominator)
    {
        IndicatorDefinition.CheckCode(numerator, nameof(numerator));
        IndicatorDefinition.CheckCode(denominator, nameof(denominator));
        if (numerator == denominator)
        {
            throw new ArgumentException($"A ratio needs two indicators; got \"{numerator}\" twice.", nameof(denominator));
        }

        return new RegionalRollup(RollupKind.Ratio, numerator, denominator);
    }

    /// <summary>Whether two rules are the same.</summary>
    /// <param name="other">The other rule.</param>
    /// <returns>The comparison.</returns>
    public bool Equals([NotNullWhen(true)] RegionalRollup? other) =>
        other is not null && Kind == other.Kind && Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionalRollup other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Numerator, Denominator);

    /// <summary>"sum", "not additive", or "ratio of registered-urban-unemployed to registered-urban-labour-force".</summary>
    /// <returns>The rule in words.</returns>
    public override string ToString() => Kind switch
    {
        RollupKind.Sum => "sum",
        RollupKind.Ratio => $"ratio of {Numerator} to {Denominator}",
        _ => "not additive",
    };
}
