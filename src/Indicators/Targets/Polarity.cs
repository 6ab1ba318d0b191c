using System.Text.Json.Serialization;

namespace Indicators.Targets;

/// <summary>Which way is better for an indicator.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<Polarity>))]
public enum Polarity
{
    /// <summary>More is better (new urban employment).</summary>
    HigherIsBetter = 0,

    /// <summary>Less is better (an unemployment rate).</summary>
    LowerIsBetter = 1,

    /// <summary>Nearer the target is better (a level such as "CPI about 3%").</summary>
    NearerIsBetter = 2,
}
