using System.Globalization;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="DerivedFigure"/> as
/// <c>{"unit": {"kind": "PerUnit", "amount": "yuan", "per": "enterprise"}, "value": "…", "bounds": "(…, …)",
/// "precision": "F2", "boundsPrecision": "F2"}</c>: what it measures, its exact value and bounds in that unit, and the
/// precisions it is shown at.
/// </summary>
/// <remarks>The way the figure was computed (its <see cref="DerivedFigure.Explain(Reporting.ExplainLanguage)"/> trace)
/// is not data and is not written: a figure read back explains itself as its value. The value lies in the bounds or
/// on an open end of them (a figure printed "不到200人" stands for values below its printed 200); reading refuses a value
/// outside them. See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class DerivedFigureJsonConverter : ObjectJsonConverter<DerivedFigure>
{
    private static readonly DerivedUnitJsonConverter Units = new();
    private static readonly ValueIntervalJsonConverter Intervals = new();
    private static readonly DisplayFormatJsonConverter Formats = new();

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, DerivedFigure value)
    {
        writer.WritePropertyName("unit");
        writer.WriteStartObject();
        Units.WriteProperties(writer, value.Unit);
        writer.WriteEndObject();
        writer.WriteString("value", value.Value.ToString());
        writer.WriteString("bounds", value.Bounds.ToString());
        writer.WriteString("precision", Formats.FormatText(value.Precision));
        writer.WriteString("boundsPrecision", Formats.FormatText(value.BoundsPrecision));
    }

    /// <inheritdoc/>
    private protected override DerivedFigure ReadProperties(JsonFields fields)
    {
        DerivedUnit unit = fields.Object("unit", Units, nameof(DerivedUnit));
        Ratio value = fields.Value("value", s => Ratio.Parse(s, CultureInfo.InvariantCulture), "an exact ratio, for example \"12796.52\" or \"1/3\"");
        ValueInterval bounds = fields.Value("bounds", Intervals.ParseText, "an exact interval, for example \"(12740.69, 12852.83)\"");
        if ((bounds.Lower is Ratio lower && value < lower) || (bounds.Upper is Ratio upper && value > upper))
        {
            throw new JsonValueException($"The value {value} lies outside its bounds {bounds}: a derived figure's value is in its bounds or on an open end of them.");
        }

        return new DerivedFigure(
            unit,
            value,
            bounds,
            fields.Value("precision", Formats.ParseText, "a display format, for example \"F2\""),
            fields.Value("boundsPrecision", Formats.ParseText, "a display format, for example \"F2\""),
            trace: null);
    }
}
