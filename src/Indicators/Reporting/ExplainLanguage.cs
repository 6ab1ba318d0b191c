using System.Text.Json.Serialization;

namespace Indicators.Reporting;

/// <summary>The language of an <c>Explain</c> trace, and of a derived figure's text.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<ExplainLanguage>))]
public enum ExplainLanguage
{
    /// <summary>Simplified Chinese: "完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四舍五入）".</summary>
    ZhHans = 0,

    /// <summary>English: "completion rate = 39,221 persons ÷ 20,000 persons = 196.105% ≈ 196.11% (rounded half away from zero)".</summary>
    English = 1,

    /// <summary>Traditional Chinese: "完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四捨五入）", "序時進度", "個百分點", 萬 and 億.</summary>
    ZhHant = 2,
}
