using System.Text.Json.Serialization;

namespace Indicators.Text;

/// <summary>What an extracted figure says about its indicator: the value reached, a value aimed at, how much of a target
/// was reached, a growth, a change in percentage points or a share.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<FigureRole>))]
public enum FigureRole
{
    /// <summary>No role: the enum's default, never the role of an extracted figure.</summary>
    None = 0,

    /// <summary>The value reached ("城镇新增就业14.64万人"), also "下降至1.38%" (fell to: the new value).</summary>
    Actual = 1,

    /// <summary>A value aimed at ("全年目标60万人以上", "计划培训5000人"), and a ceiling ("控制在3.5%以内").</summary>
    Target = 2,

    /// <summary>How much of a target was reached ("完成全年预期目标的146.43%", "完成率为196.11%"); see <see cref="CompletionStatement"/>.</summary>
    CompletionRate = 3,

    /// <summary>A growth or fall of the figure it modifies ("同比增长8.3%", "下降5%"), as a rate or an amount.</summary>
    YearOnYearGrowth = 4,

    /// <summary>A change of a rate in percentage points ("降低0.09个百分点").</summary>
    PercentagePointChange = 5,

    /// <summary>A part of a whole ("占全市的35%", "占比为12.5%").</summary>
    Share = 6,
}
