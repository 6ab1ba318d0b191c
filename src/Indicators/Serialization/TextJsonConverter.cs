using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Indicators.Serialization;

/// <summary>
/// The base of the converters that write a value as one exact, culture-invariant JSON string, its own
/// <c>ToString()</c>, and read it back with its own <c>Parse</c>: <c>"14716000000元"</c> for a <see cref="Quantities.Money"/>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// <para>Reading anything but a string (a number, an object, <c>null</c>), or a string that does not parse as
/// <typeparamref name="T"/>, throws a <see cref="JsonValueException"/> naming the JSON path and what was expected.
/// The value is also accepted as a property name, so it can key a dictionary.</para>
/// <para>Only this assembly derives from this type. Instances are stateless and thread-safe.</para>
/// </remarks>
public abstract class TextJsonConverter<T> : JsonConverter<T>
{
    private protected TextJsonConverter()
    {
    }

    /// <summary>What a valid string holds, for messages: "an amount of money (Money), for example \"14716000000元\"".</summary>
    private protected abstract string Expected { get; }

    /// <summary>Reads a JSON string.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON value is not a string holding a <typeparamref name="T"/>.</exception>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.Parse(JsonText.ReadString(ref reader, Expected), Parse, Expected);

    /// <summary>Writes the value's exact text as a JSON string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="JsonException">The value has no text that reads back to it (a <c>default</c> region code).</exception>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <summary>Reads the value from a property name.</summary>
    /// <param name="reader">The reader, at the property name.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The property name is not a <typeparamref name="T"/>.</exception>
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <summary>Writes the value's exact text as a property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="JsonException">The value has no text that reads back to it.</exception>
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    /// <summary>Reads the text; throws <see cref="FormatException"/> when it is not a value (for fields of objects).</summary>
    internal T ParseText(string text) => Parse(text);

    /// <summary>The value's exact text (for fields of objects).</summary>
    internal string FormatText(T value) => Format(value);

    /// <summary>The value's exact text.</summary>
    private protected virtual string Format(T value) => value?.ToString() ?? string.Empty;

    /// <summary>Reads the text; throws <see cref="FormatException"/> when it is not a value.</summary>
    private protected abstract T Parse(string text);
}
