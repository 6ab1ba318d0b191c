using System.Collections.Generic;
using System.Text.Json.Serialization;
using Indicators.Reporting;

namespace Indicators.Serialization.Documents;

/// <summary>An entry of <c>completionRates</c>: the completion rate a report prints for an actual.</summary>
internal sealed class CompletionRateDocument : KeyedDocument
{
    private static readonly string[] Names = ["indicator", "region", "period", "rate"];

    /// <summary>The rate as printed ("196.11%"); read by <see cref="PublishedRateJsonConverter"/>.</summary>
    [JsonPropertyOrder(3)]
    public PublishedRate Rate { get; set => field = Given(value, 3); }

    /// <inheritdoc/>
    internal override IReadOnlyList<string> Fields => Names;
}
