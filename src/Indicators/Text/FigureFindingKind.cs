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
}
