using System;
using System.Text.Json.Serialization;

namespace Indicators.Targets;

/// <summary>
/// Under which rounding rules an exact rate prints as a published one. 39 221 ÷ 20 000 = 196.105% prints as 196.11% half
/// away from zero (四舍五入) but as 196.10% half-even: consistent under half-up only.
/// </summary>
[Flags]
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<RoundingConsistency>))]
public enum RoundingConsistency
{
    /// <summary>Neither rule gives the published rate: the figures disagree.</summary>
    Neither = 0,

    /// <summary>Rounding half away from zero (四舍五入) gives the published rate.</summary>
    HalfAwayFromZero = 1,

    /// <summary>Rounding half to even (GB/T 8170) gives the published rate.</summary>
    HalfEven = 2,

    /// <summary>Both rules give it (the exact rate is not on a midpoint, or both round it the same way).</summary>
    Both = HalfAwayFromZero | HalfEven,
}
