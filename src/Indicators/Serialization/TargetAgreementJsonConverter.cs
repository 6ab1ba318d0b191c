using System.Text.Json;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="TargetAgreement{T}"/> as
/// <c>{"target": "100000人", "agrees": true, "consistentActuals": "[146425, 146435)", "wholeActuals": {"min": "146425人",
/// "max": "146434人"}, "rounding": "HalfAwayFromZero"}</c>; a target that does not agree has <c>null</c> actuals, and
/// <c>rounding</c> is <c>null</c> when no rule was checked.
/// </summary>
/// <remarks>Reading checks that <c>agrees</c> is what the actuals say. See <see cref="ObjectJsonConverter{T}"/> for the
/// errors.</remarks>
/// <typeparam name="T">The quantity.</typeparam>
public sealed class TargetAgreementJsonConverter<T> : ObjectJsonConverter<TargetAgreement<T>>
    where T : struct, IQuantity<T>
{
    private static readonly ValueIntervalJsonConverter Intervals = new();
    private static readonly WholeActualsConverter Wholes = new();

    private protected override string TypeName => $"TargetAgreement<{QuantityJson.Name<T>()}>";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, TargetAgreement<T> value)
    {
        QuantityJson.Write(writer, "target", value.Target);
        writer.WriteBoolean("agrees", value.Agrees);
        if (value.ConsistentActuals is ValueInterval actuals)
        {
            writer.WriteString("consistentActuals", actuals.ToString());
        }
        else
        {
            writer.WriteNull("consistentActuals");
        }

        writer.WritePropertyName("wholeActuals");
        if (value.WholeActuals is (T min, T max))
        {
            writer.WriteStartObject();
            Wholes.WriteProperties(writer, (min, max));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        if (value.Rounding is RoundingConsistency rounding)
        {
            writer.WriteString("rounding", rounding.ToString());
        }
        else
        {
            writer.WriteNull("rounding");
        }
    }

    /// <inheritdoc/>
    private protected override TargetAgreement<T> ReadProperties(JsonFields fields)
    {
        T target = QuantityJson.Read<T>(fields, "target");
        ValueInterval? actuals = fields.IsNull("consistentActuals")
            ? null
            : fields.Value("consistentActuals", Intervals.ParseText, "an exact interval, for example \"[146425, 146435)\"");
        (T Min, T Max)? whole = fields.IsNull("wholeActuals") ? null : fields.Object("wholeActuals", Wholes, "whole actuals");
        RoundingConsistency? rounding = fields.IsNull("rounding") ? null : fields.Enum<RoundingConsistency>("rounding");
        if ((actuals is null) != (whole is null))
        {
            throw new JsonValueException("consistentActuals and wholeActuals are both null (the target does not agree) or both given.");
        }

        fields.DerivedBoolean("agrees", whole is not null);
        return new TargetAgreement<T>(target, actuals, whole, rounding);
    }

    private sealed class WholeActualsConverter : ObjectJsonConverter<(T Min, T Max)>
    {
        internal override void WriteProperties(Utf8JsonWriter writer, (T Min, T Max) value)
        {
            QuantityJson.Write(writer, "min", value.Min);
            QuantityJson.Write(writer, "max", value.Max);
        }

        private protected override (T Min, T Max) ReadProperties(JsonFields fields) =>
            (QuantityJson.Read<T>(fields, "min"), QuantityJson.Read<T>(fields, "max"));
    }
}
