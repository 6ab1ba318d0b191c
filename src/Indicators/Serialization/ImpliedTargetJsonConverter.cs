using System.Text.Json;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes an <see cref="ImpliedTarget{T}"/> as <c>{"actual": "14.64万人", "rate": "146.43%", "targets": "(…, …)"}</c>: the
/// published actual and rate as printed (see <see cref="PublishedFigureJsonConverter{T}"/>) and the exact derived interval
/// of targets, which reading checks after recomputing it with <see cref="ImpliedTarget.From"/>.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks><see cref="ImpliedTargetJsonConverterFactory"/> provides this converter for the known quantities.
/// <c>default(ImpliedTarget&lt;T&gt;)</c> comes from no figures: writing it throws a <see cref="JsonValueException"/> (before,
/// it was written and then refused on reading). See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class ImpliedTargetJsonConverter<T> : ObjectJsonConverter<ImpliedTarget<T>>
    where T : struct, IQuantity<T>
{
    private static readonly PublishedFigureJsonConverter<T> Figures = new();
    private static readonly PublishedRateJsonConverter Rates = new();
    private static readonly ValueIntervalJsonConverter Intervals = new();

    /// <inheritdoc/>
    private protected override string TypeName => $"ImpliedTarget<{QuantityJson.Name<T>()}>";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, ImpliedTarget<T> value)
    {
        if (value.Equals(default))
        {
            // ImpliedTarget.From never gives default (a zero rate implies no target), so nothing could read it back.
            throw new JsonValueException($"Cannot write default({TypeName}): it comes from no figures and would not read back.");
        }

        writer.WritePropertyName("actual");
        writer.WriteStringValue(Figures.FormatText(value.Actual));
        writer.WriteString("rate", value.Rate.ToString());
        writer.WriteString("targets", value.Targets.ToString());
    }

    /// <inheritdoc/>
    private protected override ImpliedTarget<T> ReadProperties(JsonFields fields)
    {
        ImpliedTarget<T> implied = ImpliedTarget.From(
            fields.Value("actual", Figures.ParseText, "a published figure, for example \"14.64万人\""),
            fields.Value("rate", Rates.ParseText, "a published rate, for example \"146.43%\""));
        fields.Derived("targets", implied.Targets, Intervals.ParseText, "an exact interval, for example \"(99941.95, 100017.07)\"");
        return implied;
    }
}
