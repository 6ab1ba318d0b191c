using System.Globalization;
using System.Text.Json;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="BoundedValue"/> as <c>{"value": "12797.39…", "bounds": "[…, …)"}</c>: the exact <see cref="Ratio"/>
/// and the exact <see cref="ValueInterval"/> text (see <see cref="ValueIntervalJsonConverter"/>).
/// </summary>
/// <remarks>See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class BoundedValueJsonConverter : ObjectJsonConverter<BoundedValue>
{
    private static readonly ValueIntervalJsonConverter Intervals = new();

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, BoundedValue value)
    {
        writer.WriteString("value", value.Value.ToString());
        writer.WriteString("bounds", value.Bounds.ToString());
    }

    /// <inheritdoc/>
    private protected override BoundedValue ReadProperties(JsonFields fields) => new(
        fields.Value("value", s => Ratio.Parse(s, CultureInfo.InvariantCulture), "an exact ratio, for example \"1.96105\" or \"1/3\""),
        fields.Value("bounds", Intervals.ParseText, "an exact interval, for example \"[146350, 146450)\""));
}
