using System;
using System.Text.Json;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="QuantityTargetOutcome{T}"/> as <c>{"target": {…}, "actual": "28000人", "met": true, "headroom":
/// "7000人", "shortfall": "0人", "completion": null}</c>: the target as <see cref="QuantityTargetJsonConverter{T}"/> writes
/// it, the actual, and the derived verdict, headroom, shortfall and (for a floor only, else <c>null</c>) completion rate,
/// which reading checks against the first two. A headroom or shortfall that does not fit the quantity (money beyond
/// ±9.2×10¹⁶ 元) is written <c>null</c>, and must be <c>null</c> exactly then.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks><see cref="QuantityTargetOutcomeJsonConverterFactory"/> provides this converter for the known quantities.
/// See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class QuantityTargetOutcomeJsonConverter<T> : ObjectJsonConverter<QuantityTargetOutcome<T>>
    where T : struct, IQuantity<T>
{
    private static readonly QuantityTargetJsonConverter<T> Targets = new();

    /// <inheritdoc/>
    private protected override string TypeName => $"QuantityTargetOutcome<{QuantityJson.Name<T>()}>";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, QuantityTargetOutcome<T> value)
    {
        writer.WritePropertyName("target");
        writer.WriteStartObject();
        Targets.WriteProperties(writer, value.Target);
        writer.WriteEndObject();
        QuantityJson.Write(writer, "actual", value.Actual);
        writer.WriteBoolean("met", value.IsMet);
        WriteAmount(writer, "headroom", TryGet(() => value.Headroom));
        WriteAmount(writer, "shortfall", TryGet(() => value.Shortfall));
        if (value.TryGetCompletion(out TargetCompletion<T> completion))
        {
            writer.WriteString("completion", completion.Rate.ToString());
        }
        else
        {
            writer.WriteNull("completion");
        }
    }

    /// <inheritdoc/>
    private protected override QuantityTargetOutcome<T> ReadProperties(JsonFields fields)
    {
        QuantityTarget<T> target = fields.Object("target", Targets, $"QuantityTarget<{QuantityJson.Name<T>()}>");
        QuantityTargetOutcome<T> outcome = target.Evaluate(QuantityJson.Read<T>(fields, "actual"));
        fields.DerivedBoolean("met", outcome.IsMet);
        CheckAmount(fields, "headroom", TryGet(() => outcome.Headroom));
        CheckAmount(fields, "shortfall", TryGet(() => outcome.Shortfall));
        if (outcome.TryGetCompletion(out TargetCompletion<T> completion))
        {
            fields.Derived("completion", completion.Rate, RateTargetJsonConverter.ReadPercent, RateTargetJsonConverter.PercentExpected);
        }
        else if (!fields.IsNull("completion"))
        {
            throw new ArgumentException($"The completion must be null: the target {target} is not a floor, and only a floor has a completion rate.");
        }

        return outcome;
    }

    private static T? TryGet(Func<T> amount)
    {
        try
        {
            return amount();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static void WriteAmount(Utf8JsonWriter writer, string name, T? amount)
    {
        if (amount is T value)
        {
            QuantityJson.Write(writer, name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void CheckAmount(JsonFields fields, string name, T? computed)
    {
        if (fields.IsNull(name))
        {
            if (computed is T value)
            {
                throw new ArgumentException($"The {name} is null, but the target and the actual give {value}.");
            }

            return;
        }

        if (computed is not T expected)
        {
            throw new ArgumentException($"The {name} must be null: the one the target and the actual give does not fit a {QuantityJson.Name<T>()}.");
        }

        T stated = QuantityJson.Read<T>(fields, name);
        if (!stated.Equals(expected))
        {
            throw new ArgumentException($"The {name} is {stated}, but the target and the actual give {expected}.");
        }
    }
}
