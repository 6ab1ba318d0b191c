using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Indicators.Serialization.Documents;

/// <summary>An entry of <c>targets</c>: a target as printed and, for an inferred one, the reason.</summary>
internal sealed class TargetDocument : KeyedDocument
{
    private static readonly string[] Names = ["indicator", "region", "period", "target", "inferred"];

    /// <summary>The target as printed ("20000人以上", "3.5%以内").</summary>
    [JsonPropertyOrder(3)]
    public string? Target { get; set => field = Given(value, 3); }

    /// <summary>Why the target was inferred; absent for a printed target.</summary>
    [JsonPropertyOrder(4)]
    public string? Inferred { get; set => field = Given(value, 4); }

    /// <inheritdoc/>
    internal override IReadOnlyList<string> Fields => Names;
}
