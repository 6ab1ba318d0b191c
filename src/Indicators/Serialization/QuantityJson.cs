using System.Globalization;
using System.Text.Json;
using Indicators.Quantities;
using Indicators.Utility;

namespace Indicators.Serialization;

/// <summary>A quantity as a field of a result object: its exact text, or for a <see cref="UnitCount"/> its object.</summary>
internal static class QuantityJson
{
    private static readonly UnitCountJsonConverter UnitCounts = new();

    internal static void Write<T>(Utf8JsonWriter writer, string name, T value)
        where T : struct, IQuantity<T>
    {
        if (value is UnitCount count)
        {
            writer.WritePropertyName(name);
            writer.WriteStartObject();
            UnitCounts.WriteProperties(writer, count);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteString(name, value.ToString());
        }
    }

    internal static T Read<T>(JsonFields fields, string name)
        where T : struct, IQuantity<T> =>
        typeof(T) == typeof(UnitCount)
            ? (T)(object)fields.Object(name, UnitCounts, nameof(UnitCount))
            : fields.Value(name, s => T.Parse(s, CultureInfo.InvariantCulture), $"a {Name<T>()}, for example {Example<T>()}");

    internal static string Name<T>() => TypeNames.Of<T>();

    private static string Example<T>() =>
        typeof(T) == typeof(Money) ? "\"14716000000元\"" : typeof(T) == typeof(Headcount) || typeof(T) == typeof(HeadcountChange) ? "\"39221人\"" : "\"2677家\"";
}
