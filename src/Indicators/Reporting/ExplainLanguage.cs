using System.Text.Json.Serialization;

namespace Indicators.Reporting;

/// <summary>The language of an <c>Explain</c> trace.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<ExplainLanguage>))]
public enum ExplainLanguage
{
    /// <summary>Simplified Chinese: "完成率 = 39 221 人 ÷ 20 000 人 = 196.105% ≈ 196.11%（四舍五入）".</summary>
    ZhHans = 0,

    /// <summary>English: "completion rate = 39,221 persons ÷ 20,000 persons = 196.105% ≈ 196.11% (rounded half away from zero)".</summary>
    English = 1,
}
