using System.Text.Json.Serialization;

namespace Indicators.Text;

/// <summary>What a <see cref="FigureFinding"/> says about a figure read in context.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<FigureFindingKind>))]
public enum FigureFindingKind
{
    /// <summary>Two qualifiers of different classes stand on one figure ("近200多名": at most and a span); the figure keeps
    /// the one nearest the number (the span marker, then a marker after the figure, then one before it).</summary>
    ConflictingQualifiers = 1,

    /// <summary>Two qualifiers of the same class stand on one figure ("约200人左右"); the figure keeps the one nearest the
    /// number, which means the same.</summary>
    RepeatedQualifier = 2,

    /// <summary>The amount is in a foreign currency (美元, 欧元 …), not CNY: it is not read as <c>Money</c>.</summary>
    ForeignCurrency = 3,

    /// <summary>A number of persons or things with a minus sign ("失业人数-3万人", "负3万人", "-200家"): a headcount or a count
    /// cannot be negative, so it is no figure; listed by <see cref="ExtractionResult.Findings"/> so that it is not dropped
    /// unsaid (money and rates may be negative and stay figures).</summary>
    NegativeCount = 4,

    /// <summary>A number with its unit too long or too large for any figure of its kind ("99999999999999亿元", beyond the
    /// range of Money; a run of more than 40 digits or numerals): no figure, listed by
    /// <see cref="ExtractionResult.Findings"/>.</summary>
    NumberOutOfRange = 5,

    /// <summary>An amount finer than a fen or a count that is not whole ("0.001元", "3.5人"): nothing is rounded, so it is no
    /// figure; listed by <see cref="ExtractionResult.Findings"/>.</summary>
    NotWholeUnits = 6,

    /// <summary>A range of numerals before a unit ("两三个项目" 2 to 3, "十几家企业" 11 to 19, "三四十万元"), or two digits side
    /// by side ("三五家", colloquially three to five): not one number, so no figure (never 23 or 35); listed by
    /// <see cref="ExtractionResult.Findings"/>.</summary>
    NumeralRange = 7,
}
