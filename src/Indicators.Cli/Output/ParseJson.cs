using System.Text.Json;
using Indicators.Text;

namespace Indicators.Cli.Output;

/// <summary>Writes a <see cref="ParsedInput"/> as one line of JSON: <c>{input, ok, value, kind, unit, scale, qualifier,
/// status, error}</c>, each absent field <c>null</c>, with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class ParseJson
{
    /// <summary>The JSON object, on one line, without a line break.</summary>
    internal static string Line(ParsedInput parsed) =>
        JsonOutput.Write(indented: false, writer =>
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
        });
}
