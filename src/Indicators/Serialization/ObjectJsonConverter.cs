using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Indicators.Serialization;

/// <summary>
/// The base of the converters that write a value as a JSON object of exact fields, where one string does not hold it:
/// every number is an exact string in the form of its own type (<c>"rate": "1.38%"</c>), every flag a JSON boolean, every
/// kind the name of its enum member. Property names are fixed camelCase and do not follow a naming policy.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// <para>Reading checks everything: a missing, unknown or repeated property, a number where a string is expected, a field
/// that does not parse, a derived field (a rate, a difference) that is not what the other fields give, or values that do
/// not make a <typeparamref name="T"/> throw a <see cref="JsonValueException"/> naming the JSON path and the property.</para>
/// <para>Only this assembly derives from this type. Instances are stateless and thread-safe.</para>
/// </remarks>
public abstract class ObjectJsonConverter<T> : JsonConverter<T>
{
    private protected ObjectJsonConverter()
    {
    }

    /// <summary>The type's name in messages.</summary>
    private protected virtual string TypeName => typeof(T).Name;

    /// <summary>Reads a JSON object.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON value is not an object describing a <typeparamref name="T"/>.</exception>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonValueException($"Expected a JSON object describing a {TypeName}; got {JsonText.Describe(reader.TokenType)}.");
        }

        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return ReadFrom(new JsonFields(document.RootElement, TypeName, string.Empty));
    }

    /// <summary>Writes the value as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="JsonException">The value is a <c>default</c> that describes nothing and would not read back.</exception>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteProperties(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>Reads the value from the fields of its object, then checks that no other field is there.</summary>
    internal T ReadFrom(JsonFields fields)
    {
        T value = fields.Build(ReadProperties);
        fields.CheckAllRead();
        return value;
    }

    /// <summary>Writes the value's fields (between the braces).</summary>
    internal abstract void WriteProperties(Utf8JsonWriter writer, T value);

    /// <summary>Reads the value from its fields.</summary>
    private protected abstract T ReadProperties(JsonFields fields);
}
