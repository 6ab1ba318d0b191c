using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Indicators.Serialization.Documents;

/// <summary>
/// The source-generated System.Text.Json context of the dataset document: no reflection, so the format works trimmed
/// and ahead of time compiled. Values go through the library's own converters (periods, rates) and the strict converters
/// of this folder; <see cref="Instance"/> carries the options the format is read and written with.
/// </summary>
[JsonSerializable(typeof(DatasetDocument))]
internal sealed partial class DatasetDocumentContext : JsonSerializerContext
{
    /// <summary>The context with the format's options: camelCase names, absent optional fields, indented canonical text
    /// with Chinese characters unescaped, a depth of at most 16, strict strings.</summary>
    internal static DatasetDocumentContext Instance { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 16,
        Converters = { new StrictStringJsonConverter() },
    });
}
