using System.Text.Json.Serialization;

namespace Indicators.Quantities;

/// <summary>
/// How a value that falls between two representable values is rounded. Every rounding in this library
/// names its mode: nothing is rounded silently.
/// </summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<RoundingMode>))]
public enum RoundingMode
{
    /// <summary>
    /// 四舍五入: to the nearest value, a midpoint away from zero (2.345 → 2.35, −2.345 → −2.35).
    /// This is how Chinese reports print figures, and the default for display.
    /// </summary>
    HalfAwayFromZero = 0,

    /// <summary>
    /// GB/T 8170 修约 (四舍六入五成双, banker's rounding): to the nearest value, a midpoint to the even
    /// neighbour (2.345 → 2.34, 2.355 → 2.36).
    /// </summary>
    HalfEven = 1,

    /// <summary>Drops the excess (truncation): 2.349 → 2.34, −2.349 → −2.34.</summary>
    TowardZero = 2,

    /// <summary>Toward negative infinity: 2.349 → 2.34, −2.341 → −2.35.</summary>
    Floor = 3,

    /// <summary>Toward positive infinity: 2.341 → 2.35, −2.349 → −2.34.</summary>
    Ceiling = 4,
}
