using System.Text.Json.Serialization;
using Indicators.Periods;

namespace Indicators.Serialization.Documents;

/// <summary>An entry keyed by indicator, region and period: an observation, a target or a completion rate.</summary>
internal abstract class KeyedDocument : DocumentObject
{
    /// <summary>The indicator's code.</summary>
    [JsonPropertyOrder(0)]
    public string? Indicator { get; set => field = Given(value, 0); }

    /// <summary>The region's identifier.</summary>
    [JsonPropertyOrder(1)]
    public string? Region { get; set => field = Given(value, 1); }

    /// <summary>The period; read by <see cref="ReportingPeriodJsonConverter"/>.</summary>
    [JsonPropertyOrder(2)]
    public ReportingPeriod Period { get; set => field = Given(value, 2); }
}
