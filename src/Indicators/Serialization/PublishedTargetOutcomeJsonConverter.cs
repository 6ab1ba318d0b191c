using System;
using System.Text.Json;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="PublishedTargetOutcome{T}"/> as <c>{"target": {…}, "actual": "约3.5万人", "verdict": "Undetermined",
/// "marginBounds": "[-499, 500]"}</c>: the target as <see cref="QuantityTargetJsonConverter{T}"/> writes it, the published
/// actual as printed (see <see cref="PublishedFigureJsonConverter{T}"/>), and the derived verdict and margin bounds (in base
/// units, as <see cref="PublishedTargetOutcome{T}.MarginBounds"/>), which reading checks against the first two.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks><see cref="PublishedTargetOutcomeJsonConverterFactory"/> provides this converter for the known quantities.
/// See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class PublishedTargetOutcomeJsonConverter<T> : ObjectJsonConverter<PublishedTargetOutcome<T>>
    where T : struct, IQuantity<T>
{
    private static readonly QuantityTargetJsonConverter<T> Targets = new();
    private static readonly PublishedFigureJsonConverter<T> Figures = new();
    private static readonly ValueIntervalJsonConverter Intervals = new();

    /// <inheritdoc/>
    private protected override string TypeName => $"PublishedTargetOutcome<{QuantityJson.Name<T>()}>";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, PublishedTargetOutcome<T> value)
    {
        writer.WritePropertyName("target");
        writer.WriteStartObject();
        Targets.WriteProperties(writer, value.Target);
        writer.WriteEndObject();
        writer.WriteString("actual", Figures.FormatText(value.Actual));
        writer.WriteString("verdict", value.Verdict.ToString());
        writer.WriteString("marginBounds", value.MarginBounds.ToString());
    }

    /// <inheritdoc/>
    private protected override PublishedTargetOutcome<T> ReadProperties(JsonFields fields)
    {
        QuantityTarget<T> target = fields.Object("target", Targets, $"QuantityTarget<{QuantityJson.Name<T>()}>");
        PublishedTargetOutcome<T> outcome = target.Evaluate(fields.Value("actual", Figures.ParseText, "a published figure, for example \"约3.5万人\""));
        TargetVerdict verdict = fields.Enum<TargetVerdict>("verdict");
        if (verdict != outcome.Verdict)
        {
            throw new ArgumentException($"The verdict is {verdict}, but the target and the actual give {outcome.Verdict}.");
        }

        fields.Derived("marginBounds", outcome.MarginBounds, Intervals.ParseText, "an exact interval, for example \"[-499, 500]\"");
        return outcome;
    }
}
