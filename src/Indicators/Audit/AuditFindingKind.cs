using System.Text.Json.Serialization;

namespace Indicators.Audit;

/// <summary>What an <see cref="AuditFinding"/> says.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<AuditFindingKind>))]
public enum AuditFindingKind
{
    /// <summary>A completion rate with no actual before it in its sentence to be the rate of (a warning).</summary>
    CompletionWithoutActual = 1,

    /// <summary>A completion statement that cannot be audited: its actual is a rate or a foreign currency, or the rate is
    /// zero, or the figures carry more digits than exact arithmetic holds (a warning).</summary>
    CompletionNotAudited = 2,

    /// <summary>No whole-unit target gives the printed completion rate from the printed actual (an inconsistency).</summary>
    NoAchievableTarget = 3,

    /// <summary>Targets give the printed completion rate, but none is round: every one has more significant digits than
    /// <see cref="AuditOptions.RoundTargetDigits"/> (39 221 人 at 196.21% needs 19 989 人; an inconsistency).</summary>
    NoRoundTarget = 4,

    /// <summary>The target the text states does not give the printed completion rate from the printed actual (an
    /// inconsistency).</summary>
    StatedTargetDisagrees = 6,

    /// <summary>A rate set against a ceiling or a floor in the text misses it (an inconsistency).</summary>
    RateTargetMissed = 7,

    /// <summary>A rate set against a ceiling or a floor may meet it or miss it: its printed bounds straddle the target (a
    /// warning).</summary>
    RateTargetUndetermined = 8,

    /// <summary>The parts listed after 其中 add up to more than their total can be (an inconsistency).</summary>
    PartsExceedTotal = 9,

    /// <summary>The parts listed after 其中 add up to less than their total (information: a list after 其中 need not be
    /// complete).</summary>
    PartsBelowTotal = 10,

    /// <summary>Qualifiers on one figure contradict each other ("近200多名"; a warning, from
    /// <see cref="Indicators.Text.FigureFindingKind.ConflictingQualifiers"/>).</summary>
    ConflictingQualifiers = 11,

    /// <summary>A qualifier is repeated on one figure (information, from
    /// <see cref="Indicators.Text.FigureFindingKind.RepeatedQualifier"/>).</summary>
    RepeatedQualifier = 12,

    /// <summary>An amount in a foreign currency, which is not money in CNY and is not audited (information, from
    /// <see cref="Indicators.Text.FigureFindingKind.ForeignCurrency"/>).</summary>
    ForeignCurrency = 13,

    /// <summary>A negative number of persons or things ("失业人数-3万人"), which is no figure (a warning, from
    /// <see cref="Indicators.Text.FigureFindingKind.NegativeCount"/>).</summary>
    NegativeCount = 14,

    /// <summary>A number with its unit too long or too large for any figure ("99999999999999亿元"; a warning, from
    /// <see cref="Indicators.Text.FigureFindingKind.NumberOutOfRange"/>).</summary>
    NumberOutOfRange = 15,

    /// <summary>An amount finer than a fen or a count that is not whole ("0.001元", "3.5人"; a warning, from
    /// <see cref="Indicators.Text.FigureFindingKind.NotWholeUnits"/>).</summary>
    NotWholeUnits = 16,

    /// <summary>A range of numerals before a unit ("两三个", "十几家"), not one number and not audited (information, from
    /// <see cref="Indicators.Text.FigureFindingKind.NumeralRange"/>).</summary>
    NumeralRange = 17,
}
