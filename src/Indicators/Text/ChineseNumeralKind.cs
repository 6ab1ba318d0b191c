namespace Indicators.Text;

/// <summary>What kind of numeral <see cref="ChineseNumeralReading"/> read.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<ChineseNumeralKind>))]
public enum ChineseNumeralKind
{
    /// <summary>A number: an integer or a decimal ("三千五百万", "三点五", "1.6万").</summary>
    Number = 0,

    /// <summary>A fraction written N分之M, or a mixed number with 又 ("三分之一", "千分之三", "一又二分之一").</summary>
    Fraction = 1,

    /// <summary>A percentage: 百分之M or a number followed by % ("百分之五", "百分之三点五", "3.5%").</summary>
    Percent = 2,

    /// <summary>A range written as two neighbouring digits or with 几 for an unknown digit ("两三", "三四十", "十几").</summary>
    Range = 3,
}
