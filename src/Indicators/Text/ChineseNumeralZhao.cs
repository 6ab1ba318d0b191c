namespace Indicators.Text;

/// <summary>
/// What 兆 stands for when a Chinese numeral is read. 兆 has no single value: it is 10⁶ in the SI prefix sense used in
/// mainland technical writing (兆瓦, 兆字节), 10¹² in Taiwan and Japan (一兆 = 一万亿), and 10¹⁶ in the older
/// 万万为亿、万亿为兆 reckoning; so by default it is refused and the caller chooses.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<ChineseNumeralZhao>))]
public enum ChineseNumeralZhao
{
    /// <summary>兆 is refused with an error that names its position (the default).</summary>
    Refused = 0,

    /// <summary>兆 = 10⁶ (百万), a scale between 万 and 亿: "三兆" = 3 000 000.</summary>
    TenToThe6 = 6,

    /// <summary>兆 = 10¹² (万亿), above 亿: "一兆二千亿" = 1 200 000 000 000.</summary>
    TenToThe12 = 12,

    /// <summary>兆 = 10¹⁶ (万万亿), above 万亿: "一兆" = 10 000 000 000 000 000.</summary>
    TenToThe16 = 16,
}
