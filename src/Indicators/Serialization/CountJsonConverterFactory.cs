using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="CountJsonConverter{TUnit}"/> for <see cref="Count{TUnit}"/> of each predefined unit (<see cref="Enterprises"/>,
/// <see cref="Positions"/>, … <see cref="PersonTimes"/>), without reflection, so it works under trimming and native AOT.
/// </summary>
/// <remarks>A count of a unit of your own needs its converter registered (see <see cref="CountJsonConverter{TUnit}"/>);
/// without one, <see cref="CreateConverter"/> throws <see cref="NotSupportedException"/> saying so. Converters in
/// <see cref="JsonSerializerOptions.Converters"/> take precedence over this attribute-attached factory.</remarks>
public sealed class CountJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) =>
        KnownQuantities.ArgumentOf(typeToConvert ?? throw new ArgumentNullException(nameof(typeToConvert)), typeof(Count<>)) is not null;

    /// <summary>The converter for <paramref name="typeToConvert"/>, a <see cref="Count{TUnit}"/> of a predefined unit.</summary>
    /// <param name="typeToConvert">The closed <see cref="Count{TUnit}"/> type.</param>
    /// <param name="options">The options.</param>
    /// <returns>Its converter.</returns>
    /// <exception cref="NotSupportedException">The unit is not predefined: register <see cref="CountJsonConverter{TUnit}"/> for it.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        Type? unit = KnownQuantities.ArgumentOf(typeToConvert, typeof(Count<>));
        return unit is not null && KnownQuantities.TryVisitUnit(unit, Create.Instance, out JsonConverter converter)
            ? converter
            : throw KnownQuantities.Unknown(typeToConvert, $"new CountJsonConverter<{unit?.Name ?? "TUnit"}>()");
    }

    private sealed class Create : IUnitVisitor<JsonConverter>
    {
        internal static readonly Create Instance = new();

        public JsonConverter Visit<TUnit>()
            where TUnit : ICountUnit => new CountJsonConverter<TUnit>();
    }
}
