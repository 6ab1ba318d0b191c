using System;
using System.Text.Json;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="RateTargetOutcome"/> as <c>{"target": {…}, "actual": "1.38%", "margin": "2.12个百分点", "met": true}</c>:
/// the target as <see cref="RateTargetJsonConverter"/> writes it, the rate achieved, and the derived margin and verdict,
/// which reading checks against the first two. A margin that does not fit a <see cref="Indicators.Quantities.PercentagePoints"/>
/// (two rates with huge, unrelated denominators; see <see cref="RateTargetOutcome.Margin"/>) is written <c>null</c>, and
/// must be <c>null</c> exactly then.
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
        if (value.TryGetMargin(out PercentagePoints margin))
        {
            writer.WriteString("margin", margin.ToString());
        }
        else
        {
            writer.WriteNull("margin");
        }

        writer.WriteBoolean("met", value.IsMet);
    }

    /// <inheritdoc/>
    private protected override RateTargetOutcome ReadProperties(JsonFields fields)
    {
        RateTarget target = fields.Object("target", Targets, nameof(RateTarget));
        RateTargetOutcome outcome = target.Evaluate(fields.Value("actual", RateTargetJsonConverter.ReadPercent, RateTargetJsonConverter.PercentExpected));
        bool fits = outcome.TryGetMargin(out PercentagePoints margin);
        if (fields.IsNull("margin"))
        {
            if (fits)
            {
                throw new ArgumentException($"The margin is null, but the target and the rate give {margin}.");
            }
        }
        else if (fits)
        {
            fields.Derived("margin", margin, RateTargetJsonConverter.ReadPoints, RateTargetJsonConverter.PointsExpected);
        }
        else
        {
            throw new ArgumentException("The margin must be null: the one the target and the rate give does not fit the 128-bit terms of PercentagePoints.");
        }

        fields.DerivedBoolean("met", outcome.IsMet);
        return outcome;
    }
}
