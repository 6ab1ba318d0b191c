using System.Text.Json;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="TargetCompletion{TQuantity}"/> as <c>{"actual": "39221人", "target": "20000人", "rate": "196.105%"}</c>:
/// the two quantities in their exact text (a <see cref="UnitCount"/> as its object) and the exact derived rate, which
/// reading checks after recomputing the completion with <see cref="TargetCompletion.Of"/>.
/// </summary>
/// <typeparam name="TQuantity">The quantity.</typeparam>
/// <remarks><see cref="TargetCompletionJsonConverterFactory"/> provides this converter for the known quantities; register
/// it yourself for a count of your own unit. A <c>default</c> completion has no target: writing it throws a
/// <see cref="JsonValueException"/>. See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class TargetCompletionJsonConverter<TQuantity> : ObjectJsonConverter<TargetCompletion<TQuantity>>
    where TQuantity : struct, IQuantity<TQuantity>
{
    /// <inheritdoc/>
    private protected override string TypeName => $"TargetCompletion<{QuantityJson.Name<TQuantity>()}>";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, TargetCompletion<TQuantity> value)
    {
        if (value.Target.BaseUnits <= 0)
        {
            throw new JsonValueException($"Cannot write default({TypeName}): it has no target and would not read back.");
        }

        QuantityJson.Write(writer, "actual", value.Actual);
        QuantityJson.Write(writer, "target", value.Target);
        writer.WriteString("rate", value.Rate.ToString());
    }

    /// <inheritdoc/>
    private protected override TargetCompletion<TQuantity> ReadProperties(JsonFields fields)
    {
        TargetCompletion<TQuantity> completion = TargetCompletion.Of(QuantityJson.Read<TQuantity>(fields, "actual"), QuantityJson.Read<TQuantity>(fields, "target"));
        fields.Derived("rate", completion.Rate, RateTargetJsonConverter.ReadPercent, RateTargetJsonConverter.PercentExpected);
        return completion;
    }
}
