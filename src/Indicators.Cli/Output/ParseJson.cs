using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Indicators.Text;

namespace Indicators.Cli.Output;

/// <summary>Writes a <see cref="ParsedInput"/> as one line of JSON: <c>{input, ok, value, kind, unit, scale, qualifier,
/// status, error}</c>, each absent field <c>null</c>, with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class ParseJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON object, on one line, without a line break.</summary>
    internal static string Line(ParsedInput parsed)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("input", parsed.Input);
            writer.WriteBoolean("ok", parsed.IsOk);
            writer.WriteString("value", parsed.Value);
            writer.WriteString("kind", parsed.Kind);
            writer.WriteString("unit", parsed.Unit);
            writer.WriteString("scale", parsed.Scale);
            writer.WriteString("qualifier", parsed.Qualifier);
            writer.WriteString("status", parsed.Status);
            writer.WriteString("error", parsed.Error);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
