using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Globalization;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Serialization.Documents;

namespace Indicators.Serialization;

/// <summary>
/// Reads and writes a <see cref="Dataset"/> in the JSON dataset format, version 1 (docs/datasets.md, schema
/// docs/dataset.schema.json): the built-in divisions at a date and regions defined in the file, indicators beyond the
/// built-in catalog, observations with their figures as printed, targets (printed or inferred) and printed completion rates.
/// </summary>
/// <remarks>
/// <para>The document is read and written with System.Text.Json through a source-generated context (no reflection, so the
/// format works trimmed and ahead of time compiled), with the library's value converters for periods and rates. Every value
/// is a JSON string read back by the library's own parsers ("14.64万人", "2020-01-01/P10M", "20000人以上"); nothing goes
/// through a binary floating-point number.</para>
/// <para>Any defect of a document (bad JSON, a missing or mistyped field, an unknown version, unit, indicator or region,
/// a duplicate, a figure that does not parse) is a <see cref="JsonException"/> whose message starts with the JSON path
/// ("$.observations[3].figure: ..."); no partly read dataset is returned.</para>
/// </remarks>
public static partial class DatasetJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "indicators-dataset";

    /// <summary>The version of the format this library reads and writes.</summary>
    public const int Version = 1;

    /// <summary>Reads a dataset from a JSON document.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The document is not a valid dataset; the message names the JSON path.</exception>
    public static Dataset Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        int lone = Utility.Utf16Text.IndexOfLoneSurrogate(json);
        if (lone >= 0)
        {
            throw Error("$", string.Create(CultureInfo.InvariantCulture, $"the text is not valid UTF-16: a lone surrogate (U+{(int)json[lone]:X4}) at index {lone}."));
        }

        // A byte order mark is skipped, as the stream overload skips the UTF-8 one.
        string text = json.StartsWith('\uFEFF') ? json[1..] : json;
        return ReadDocument(Deserialize(() => JsonSerializer.Deserialize(text, DatasetDocumentContext.Instance.DatasetDocument)));
    }

    /// <summary>Reads a dataset from a stream holding a UTF-8 JSON document.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The document is not a valid dataset; the message names the JSON path.</exception>
    public static Dataset Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadDocument(Deserialize(() => JsonSerializer.Deserialize(utf8Json, DatasetDocumentContext.Instance.DatasetDocument)));
    }

    /// <summary>The canonical JSON document of a dataset: indented, fields and entries in a fixed order (observations in
    /// the dataset's order, targets and completion rates by indicator, region and period).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">A text of the dataset (its title or source, a region's or an indicator's name, a
    /// source note) is not valid UTF-16 and could only be written with a replacement character; the message names it.</exception>
    public static string ToJson(Dataset dataset)
    {
        using var stream = new MemoryStream();
        Write(dataset, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the canonical JSON document of a dataset (<see cref="ToJson"/>) to a stream, in UTF-8.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text of the dataset is not valid UTF-16 (<see cref="ToJson"/>).</exception>
    public static void Write(Dataset dataset, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(utf8Json);
        DatasetDocument document = ToDocument(dataset);
        var buffer = new MemoryStream();
        try
        {
            JsonSerializer.Serialize(buffer, document, DatasetDocumentContext.Instance.DatasetDocument);
        }
        catch (JsonValueException e)
        {
            throw new ArgumentException($"{e.Path}: {e.Detail}", nameof(dataset), e); // nothing is written
        }

        buffer.WriteTo(utf8Json);
        utf8Json.WriteByte((byte)'\n');
    }

    private static JsonException Error(string path, string problem, Exception? inner = null) =>
        new($"{path}: {problem}", path, null, null, inner);

    private static string Quote(string text) => Utility.TextExcerpt.Quote(text);
}
