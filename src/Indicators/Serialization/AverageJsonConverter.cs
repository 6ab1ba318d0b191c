using System.Globalization;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Serialization;

/// <summary>
/// Writes an <see cref="Average{T}"/> as <c>{"total": "23697900元", "count": "3916人", "exactYuan": "…"}</c>: the total and the
/// count in their exact text (a <see cref="UnitCount"/> as its object) and the exact derived average in 元 as a
/// <see cref="Ratio"/>, which reading checks after recomputing it with <see cref="Average.PerUnit"/>.
/// </summary>
/// <typeparam name="T">What the money is shared among.</typeparam>
/// <remarks><see cref="AverageJsonConverterFactory"/> provides this converter for the known quantities. A <c>default</c>
/// average shares among nothing: writing it throws a <see cref="JsonValueException"/>. See
/// <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class AverageJsonConverter<T> : ObjectJsonConverter<Average<T>>
    where T : struct, IQuantity<T>
{
    /// <inheritdoc/>
    private protected override string TypeName => $"Average<{QuantityJson.Name<T>()}>";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, Average<T> value)
    {
        if (value.Count.BaseUnits == 0)
        {
            throw new JsonValueException($"Cannot write default({TypeName}): it shares among nothing and would not read back.");
        }

        writer.WriteString("total", value.Total.ToString());
        QuantityJson.Write(writer, "count", value.Count);
        writer.WriteString("exactYuan", value.Figure.Value.ToString());
    }

    /// <inheritdoc/>
    private protected override Average<T> ReadProperties(JsonFields fields)
    {
        Average<T> average = Average.PerUnit(
            fields.Value("total", s => Money.Parse(s, CultureInfo.InvariantCulture), "an amount of money, for example \"14716000000元\""),
            QuantityJson.Read<T>(fields, "count"));
        fields.Derived("exactYuan", average.Figure.Value, s => Ratio.Parse(s, CultureInfo.InvariantCulture), "an exact ratio, for example \"6051.56\"");
        return average;
    }
}
