using System.Text.Json;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="RateTargetOutcome"/> as <c>{"target": {…}, "actual": "1.38%", "margin": "2.12个百分点", "met": true}</c>:
/// the target as <see cref="RateTargetJsonConverter"/> writes it, the rate achieved, and the derived margin and verdict,
/// which reading checks against the first two.
/// </summary>
/// <remarks>See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class RateTargetOutcomeJsonConverter : ObjectJsonConverter<RateTargetOutcome>
{
    private static readonly RateTargetJsonConverter Targets = new();

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, RateTargetOutcome value)
    {
        writer.WritePropertyName("target");
        writer.WriteStartObject();
        Targets.WriteProperties(writer, value.Target);
        writer.WriteEndObject();
        writer.WriteString("actual", value.Actual.ToString());
        writer.WriteString("margin", value.Margin.ToString());
        writer.WriteBoolean("met", value.IsMet);
    }

    /// <inheritdoc/>
    private protected override RateTargetOutcome ReadProperties(JsonFields fields)
    {
        RateTarget target = fields.Object("target", Targets, nameof(RateTarget));
        RateTargetOutcome outcome = target.Evaluate(fields.Value("actual", RateTargetJsonConverter.ReadPercent, RateTargetJsonConverter.PercentExpected));
        fields.Derived("margin", outcome.Margin, RateTargetJsonConverter.ReadPoints, RateTargetJsonConverter.PointsExpected);
        fields.DerivedBoolean("met", outcome.IsMet);
        return outcome;
    }
}
