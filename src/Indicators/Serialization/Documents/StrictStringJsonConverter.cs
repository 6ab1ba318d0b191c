using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Indicators.Serialization.Documents;

/// <summary>
/// Reads the text fields of a dataset document: a JSON string only. A number, a boolean, an object, an array or
/// <c>null</c> is an error saying what was found (the serializer's own string converter would give "could not be converted").
/// </summary>
internal sealed class StrictStringJsonConverter : JsonConverter<string>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonValueException($"expected a JSON string; got {JsonText.Describe(reader.TokenType)}.");

    /// <inheritdoc/>
    /// <exception cref="JsonValueException">The text holds a lone surrogate, which UTF-8 cannot hold (the writer would put
    /// U+FFFD in its place).</exception>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        int lone = Utility.Utf16Text.IndexOfLoneSurrogate(value);
        if (lone >= 0)
        {
            throw new JsonValueException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the text {Utility.TextExcerpt.Quote(value)} is not valid UTF-16: a lone surrogate (U+{(int)value[lone]:X4}) at index {lone}."));
        }

        writer.WriteStringValue(value);
    }

    /// <inheritdoc/>
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}
