namespace Indicators.Aggregation;

/// <summary>Which of the report's own calculations a <see cref="DatasetDerivation"/> is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<DerivationKind>))]
public enum DerivationKind
{
    /// <summary>The total of several indicators of one quantity (<see cref="Dataset.Total"/>).</summary>
    Total = 0,

    /// <summary>Money per person or counted unit (<see cref="Dataset.PerUnit"/>): two indicators, the amount and the count.</summary>
    PerUnit = 1,

    /// <summary>The share of one indicator in another of the same quantity (<see cref="Dataset.Share"/>): the part, then the whole.</summary>
    Share = 2,

    /// <summary>An amount for each of a number of persons or units (<see cref="Dataset.Product"/>): the amount, then the count.</summary>
    Product = 3,
}
