namespace Indicators.Aggregation;

/// <summary>What kind of thing a <see cref="DerivedFigure"/> measures.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<DerivedKind>))]
public enum DerivedKind
{
    /// <summary>A bare number without a unit (what <c>default</c> measures).</summary>
    Number = 0,

    /// <summary>An amount of a quantity: money in 元, persons, enterprises, any counted unit.</summary>
    Amount = 1,

    /// <summary>An amount for each counted unit: money per enterprise, money per person (an average).</summary>
    PerUnit = 2,

    /// <summary>A part of a whole of the same quantity, in percent (贴息 as a share of the loans).</summary>
    Share = 3,

    /// <summary>A rate in percent: a completion rate, a schedule progress, an unemployment rate.</summary>
    Rate = 4,

    /// <summary>A difference of rates, in percentage points (个百分点).</summary>
    Points = 5,
}
