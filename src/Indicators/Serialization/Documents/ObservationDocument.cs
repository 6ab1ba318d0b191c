using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Indicators.Serialization.Documents;

/// <summary>An entry of <c>observations</c>: a figure as printed and its source note.</summary>
internal sealed class ObservationDocument : KeyedDocument
{
    private static readonly string[] Names = ["indicator", "region", "period", "figure", "source"];

    /// <summary>The figure as printed ("14.64万人").</summary>
    [JsonPropertyOrder(3)]
    public string? Figure { get; set => field = Given(value, 3); }

    /// <summary>Where the figure comes from, if noted.</summary>
    [JsonPropertyOrder(4)]
    public string? Source { get; set => field = Given(value, 4); }

    /// <inheritdoc/>
    internal override IReadOnlyList<string> Fields => Names;
}
