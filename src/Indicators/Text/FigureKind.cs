using System.Text.Json.Serialization;

namespace Indicators.Text;

/// <summary>What a figure read in context measures, which decides the typed figure it gives.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<FigureKind>))]
public enum FigureKind
{
    /// <summary>No figure: the enum's default, never the kind of a figure read.</summary>
    None = 0,

    /// <summary>An amount of CNY (元, 万元, 亿元, 人民币…元): a <c>PublishedFigure&lt;Money&gt;</c>.</summary>
    Money = 1,

    /// <summary>An amount in a foreign currency (美元, 欧元, 港元, 日元 …): not CNY, so never a <c>Money</c>.</summary>
    ForeignCurrency = 2,

    /// <summary>Persons (人, 名, 位): a <c>PublishedFigure&lt;Headcount&gt;</c>.</summary>
    Headcount = 3,

    /// <summary>Things of a count unit (家, 个, 场, 人次 …): a <c>PublishedFigure&lt;UnitCount&gt;</c>.</summary>
    Count = 4,

    /// <summary>A rate (%): a <c>PublishedRate</c>.</summary>
    Percent = 5,

    /// <summary>A difference of rates (个百分点): a <c>PercentagePoints</c> with its publication.</summary>
    PercentagePoints = 6,
}
