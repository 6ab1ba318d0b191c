using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Indicators.Cli.Output;

/// <summary>The CLI's JSON text: written with <see cref="Utf8JsonWriter"/> (no reflection), Chinese characters as they
/// are (not \u-escaped), indented or on one line.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions IndentedOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text <paramref name="write"/> writes, without a final line break.</summary>
    /// <param name="indented">Indented, or on one line.</param>
    /// <param name="write">Writes one JSON value.</param>
    internal static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : LineOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
