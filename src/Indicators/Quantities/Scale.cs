using System.Text.Json.Serialization;

namespace Indicators.Quantities;

/// <summary>
/// The power of ten a figure is printed in: 1, 万 (10⁴), 亿 (10⁸) or 万亿 (10¹²).
/// </summary>
/// <remarks>
/// A scale is presentation only: quantities are always stored in base units (fen, persons, units).
/// The numeric value of each member is its power of ten, which is also the SDMX <c>UNIT_MULT</c> code.
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<Scale>))]
public enum Scale
{
    /// <summary>Printed in base units (元, 人, 家 …); multiplier 10⁰.</summary>
    One = 0,

    /// <summary>Printed in 万 (traditional 萬, ten thousand); multiplier 10⁴.</summary>
    Wan = 4,

    /// <summary>Printed in 亿 (traditional 億, hundred million); multiplier 10⁸.</summary>
    Yi = 8,

    /// <summary>Printed in 万亿 (traditional 萬億, a trillion); multiplier 10¹².</summary>
    WanYi = 12,
}
