using System.Collections.Generic;

namespace Indicators.Serialization.Documents;

/// <summary>An entry of <c>indicators</c>: an indicator defined in the file.</summary>
internal sealed class IndicatorDocument : DocumentObject
{
    private static readonly string[] Names = ["code", "quantity", "unit", "nature", "rollup", "numerator", "denominator", "polarity", "name", "traditionalName", "englishName"];

    /// <summary>The stable code.</summary>
    public string? Code { get; set => field = Given(value, 0); }

    /// <summary>money, persons, count or rate.</summary>
    public string? Quantity { get; set => field = Given(value, 1); }

    /// <summary>A count's unit code.</summary>
    public string? Unit { get; set => field = Given(value, 2); }

    /// <summary>flow, stock or cumulative.</summary>
    public string? Nature { get; set => field = Given(value, 3); }

    /// <summary>sum, ratio or not-additive.</summary>
    public string? Rollup { get; set => field = Given(value, 4); }

    /// <summary>A ratio roll-up's numerator indicator.</summary>
    public string? Numerator { get; set => field = Given(value, 5); }

    /// <summary>A ratio roll-up's denominator indicator.</summary>
    public string? Denominator { get; set => field = Given(value, 6); }

    /// <summary>higher-is-better, lower-is-better or nearer-is-better.</summary>
    public string? Polarity { get; set => field = Given(value, 7); }

    /// <summary>The name in simplified characters.</summary>
    public string? Name { get; set => field = Given(value, 8); }

    /// <summary>The name in traditional characters.</summary>
    public string? TraditionalName { get; set => field = Given(value, 9); }

    /// <summary>The English name.</summary>
    public string? EnglishName { get; set => field = Given(value, 10); }

    /// <inheritdoc/>
    internal override IReadOnlyList<string> Fields => Names;
}
