using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="TargetAgreementJsonConverter{T}"/> for <see cref="TargetAgreement{T}"/> of Money, Headcount, HeadcountChange, UnitCount and the
/// counts of the predefined units, without reflection, so it works under trimming and native AOT.
/// </summary>
/// <remarks>For any other quantity register <see cref="TargetAgreementJsonConverter{T}"/> yourself; without it,
/// <see cref="CreateConverter"/> throws <see cref="NotSupportedException"/> saying so.</remarks>
public sealed class TargetAgreementJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) =>
        KnownQuantities.ArgumentOf(typeToConvert ?? throw new ArgumentNullException(nameof(typeToConvert)), typeof(TargetAgreement<>)) is not null;

    /// <summary>The converter for <paramref name="typeToConvert"/>, a <see cref="TargetAgreement{T}"/> of a known quantity.</summary>
    /// <param name="typeToConvert">The closed <see cref="TargetAgreement{T}"/> type.</param>
    /// <param name="options">The options.</param>
    /// <returns>Its converter.</returns>
    /// <exception cref="NotSupportedException">The quantity is not one this factory knows.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        Type? quantity = KnownQuantities.ArgumentOf(typeToConvert, typeof(TargetAgreement<>));
        return quantity is not null && KnownQuantities.TryVisitQuantity(quantity, Create.Instance, out JsonConverter converter)
            ? converter
            : throw KnownQuantities.Unknown(typeToConvert, "new TargetAgreementJsonConverter<T>()");
    }

    private sealed class Create : IQuantityVisitor<JsonConverter>
    {
        internal static readonly Create Instance = new();

        public JsonConverter Visit<T>()
            where T : struct, IQuantity<T> => new TargetAgreementJsonConverter<T>();
    }
}
