using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Indicators.Serialization.Documents;

/// <summary>Reads the <c>version</c> field: the number <see cref="DatasetJson.Version"/> and nothing else, refused as
/// soon as it is read so that a document of another version is not reported for a field it may have added.</summary>
internal sealed class VersionJsonConverter : JsonConverter<int>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int version) && version == DatasetJson.Version)
        {
            return version;
        }

        string found = reader.TokenType switch
        {
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
            JsonTokenType.String => Utility.TextExcerpt.Quote(reader.GetString()!),
            _ => JsonText.Describe(reader.TokenType),
        };
        throw new JsonValueException(string.Create(CultureInfo.InvariantCulture, $"this library reads version {DatasetJson.Version} of the dataset format; got {found}."));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
