namespace Indicators.Aggregation;

/// <summary>How a region's figure compares with another's, by the indicator's <see cref="Targets.Polarity"/>, given the
/// bounds the printing of both gives them (<see cref="RegionComparison"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<ComparisonVerdict>))]
public enum ComparisonVerdict
{
    /// <summary>The two are equal as printed; their true values may still differ within the bounds of the difference.</summary>
    Same = 0,

    /// <summary>Every true difference is on the better side of zero: higher for <see cref="Targets.Polarity.HigherIsBetter"/>,
    /// lower for <see cref="Targets.Polarity.LowerIsBetter"/>.</summary>
    Better = 1,

    /// <summary>Every true difference is on the worse side of zero.</summary>
    Worse = 2,

    /// <summary>The printed figures differ but the bounds of the difference reach zero, so either could be ahead; or the
    /// indicator is <see cref="Targets.Polarity.NearerIsBetter"/>, which needs a target to say which is better.</summary>
    Undetermined = 3,
}
