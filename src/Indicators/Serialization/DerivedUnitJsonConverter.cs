using System.Text.Json;
using Indicators.Aggregation;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="DerivedUnit"/> as <c>{"kind": "PerUnit", "amount": "yuan", "per": "enterprise"}</c>: its kind and,
/// for amounts, the codes of its units ("yuan", "person" or a predefined <see cref="Quantities.CountUnit.Code"/>).
/// </summary>
/// <remarks>A unit built on a count unit of the caller's own has no code that reading could resolve: writing it throws a
/// <see cref="JsonValueException"/>. See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class DerivedUnitJsonConverter : ObjectJsonConverter<DerivedUnit>
{
    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, DerivedUnit value)
    {
        if (!value.HasCodes)
        {
            throw new JsonValueException($"Cannot write the derived unit {value}: it counts a unit of the caller's own, which reading could not resolve.");
        }

        writer.WriteString("kind", value.Kind.ToString());
        if (value.AmountCode is string amount)
        {
            writer.WriteString("amount", amount);
        }

        if (value.PerCode is string per)
        {
            writer.WriteString("per", per);
        }
    }

    /// <inheritdoc/>
    private protected override DerivedUnit ReadProperties(JsonFields fields)
    {
        DerivedKind kind = fields.Enum<DerivedKind>("kind");
        string? amount = fields.Has("amount") ? fields.Value("amount", s => s, "a unit code such as \"yuan\", \"person\" or \"enterprise\"") : null;
        string? per = fields.Has("per") ? fields.Value("per", s => s, "a unit code such as \"enterprise\" or \"person\"") : null;
        return DerivedUnit.FromCodes(kind, amount, per)
            ?? throw new JsonValueException($"The kind {kind} with amount {amount ?? "(none)"} and per {per ?? "(none)"} is not a derived unit.");
    }
}
