using System.Text.Json.Serialization;

namespace Indicators.Targets;

/// <summary>Whether a published figure, an interval of true values, meets a target.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<TargetVerdict>))]
public enum TargetVerdict
{
    /// <summary>Every value the figure can stand for meets the target (达成).</summary>
    Met = 0,

    /// <summary>No value the figure can stand for meets the target (未达成).</summary>
    NotMet = 1,

    /// <summary>Some values the figure can stand for meet the target and some do not (无法判定): "约3.5万人", which is
    /// 34 500 to 35 499 persons, against a ceiling of 35 000.</summary>
    Undetermined = 2,
}
