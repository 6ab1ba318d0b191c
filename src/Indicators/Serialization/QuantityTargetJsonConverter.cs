using System.Text.Json;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="QuantityTarget{T}"/> as <c>{"kind": "AtMost", "value": "35000人", "inclusive": true}</c> (a floor or a
/// ceiling) or <c>{"kind": "About", "value": "20000人", "tolerance": "500人"}</c> (a level): the quantities in their exact
/// text (a <see cref="UnitCount"/> as its object). Its text "35000人以内" is not used, so that a reader need not parse
/// Chinese qualifiers.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>The polarity follows from the kind and is not written. <see cref="QuantityTargetJsonConverterFactory"/>
/// provides this converter for the known quantities; register it yourself for a count of your own unit. See
/// <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class QuantityTargetJsonConverter<T> : ObjectJsonConverter<QuantityTarget<T>>
    where T : struct, IQuantity<T>
{
    /// <inheritdoc/>
    private protected override string TypeName => $"QuantityTarget<{QuantityJson.Name<T>()}>";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, QuantityTarget<T> value)
    {
        writer.WriteString("kind", value.Kind.ToString());
        QuantityJson.Write(writer, "value", value.Value);
        if (value.Kind == TargetKind.About)
        {
            QuantityJson.Write(writer, "tolerance", value.Tolerance);
        }
        else
        {
            writer.WriteBoolean("inclusive", value.IsInclusive);
        }
    }

    /// <inheritdoc/>
    private protected override QuantityTarget<T> ReadProperties(JsonFields fields)
    {
        TargetKind kind = fields.Enum<TargetKind>("kind");
        T value = QuantityJson.Read<T>(fields, "value");
        return kind switch
        {
            TargetKind.AtLeast => QuantityTarget.AtLeast(value, fields.Boolean("inclusive")),
            TargetKind.AtMost => QuantityTarget.AtMost(value, fields.Boolean("inclusive")),
            _ => QuantityTarget.About(value, QuantityJson.Read<T>(fields, "tolerance")),
        };
    }
}
