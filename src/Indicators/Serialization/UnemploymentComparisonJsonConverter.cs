using System.Text.Json;
using Indicators.Labour;

namespace Indicators.Serialization;

/// <summary>
/// Writes an <see cref="UnemploymentComparison"/> as <c>{"subject": {…}, "reference": {…}, "difference": "-0.2个百分点"}</c>:
/// the two rates as <see cref="UnemploymentRateJsonConverter"/> writes them and the derived difference, which reading checks.
/// </summary>
/// <remarks>Reading compares the two rates with <see cref="UnemploymentRate.CompareWith"/>, so rates of different measures
/// are rejected. <c>default(UnemploymentComparison)</c> compares two default rates (no region) and is written and
/// read like any other. See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class UnemploymentComparisonJsonConverter : ObjectJsonConverter<UnemploymentComparison>
{
    private static readonly UnemploymentRateJsonConverter Rates = new();

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, UnemploymentComparison value)
    {
        writer.WritePropertyName("subject");
        writer.WriteStartObject();
        Rates.WriteProperties(writer, value.Subject);
        writer.WriteEndObject();
        writer.WritePropertyName("reference");
        writer.WriteStartObject();
        Rates.WriteProperties(writer, value.Reference);
        writer.WriteEndObject();
        writer.WriteString("difference", value.Difference.ToString());
    }

    /// <inheritdoc/>
    private protected override UnemploymentComparison ReadProperties(JsonFields fields)
    {
        UnemploymentRate subject = fields.Object("subject", Rates, nameof(UnemploymentRate));
        UnemploymentRate reference = fields.Object("reference", Rates, nameof(UnemploymentRate));
        UnemploymentComparison comparison = subject.CompareWith(reference);
        fields.Derived("difference", comparison.Difference, RateTargetJsonConverter.ReadPoints, RateTargetJsonConverter.PointsExpected);
        return comparison;
    }
}
