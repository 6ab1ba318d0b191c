using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>
/// The one way converters are provided for a generic value type over a quantity (<c>PublishedFigure&lt;T&gt;</c>,
/// <c>TargetCompletion&lt;T&gt;</c> …): for Money, Headcount, HeadcountChange, UnitCount and the counts of the predefined
/// units, without reflection, so it works under trimming and native AOT.
/// </summary>
/// <remarks>For any other quantity register the converter for it yourself (each derived factory names it); without it,
/// <see cref="CreateConverter"/> throws <see cref="NotSupportedException"/> saying so.</remarks>
public abstract class QuantityJsonConverterFactory : JsonConverterFactory, IQuantityVisitor<JsonConverter>
{
    private readonly Type generic;
    private readonly string registration;

    private protected QuantityJsonConverterFactory(Type generic, string registration)
    {
        this.generic = generic;
        this.registration = registration;
    }

    /// <inheritdoc/>
    public sealed override bool CanConvert(Type typeToConvert) =>
        KnownQuantities.ArgumentOf(typeToConvert ?? throw new ArgumentNullException(nameof(typeToConvert)), generic) is not null;

    /// <summary>The converter for <paramref name="typeToConvert"/>, the generic type of this factory closed over a known quantity.</summary>
    /// <param name="typeToConvert">The closed type.</param>
    /// <param name="options">The options.</param>
    /// <returns>Its converter.</returns>
    /// <exception cref="NotSupportedException">The quantity is not one this factory knows.</exception>
    public sealed override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        Type? quantity = KnownQuantities.ArgumentOf(typeToConvert, generic);
        return quantity is not null && KnownQuantities.TryVisitQuantity(quantity, this, out JsonConverter converter)
            ? converter
            : throw KnownQuantities.Unknown(typeToConvert, registration);
    }

    /// <inheritdoc/>
    JsonConverter IQuantityVisitor<JsonConverter>.Visit<T>() => Create<T>();

    /// <summary>The converter for the generic type closed over <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A known quantity.</typeparam>
    /// <returns>The converter.</returns>
    private protected abstract JsonConverter Create<T>()
        where T : struct, IQuantity<T>;
}
