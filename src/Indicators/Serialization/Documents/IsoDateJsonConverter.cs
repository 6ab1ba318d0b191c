using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Indicators.Serialization.Documents;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO date ("2020-11-10") with NodaTime's <see cref="LocalDatePattern.Iso"/>,
/// the pattern NodaTime.Serialization.SystemTextJson uses, so the core package needs no second dependency for one field.
/// </summary>
internal sealed class IsoDateJsonConverter : JsonConverter<LocalDate>
{
    /// <summary>What a valid value is, for messages.</summary>
    internal const string Expected = "an ISO date (yyyy-MM-dd)";

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, Expected);
        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
        return date.Success ? date.Value : throw new JsonValueException($"expected {Expected}; got {Utility.TextExcerpt.Quote(text)}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
