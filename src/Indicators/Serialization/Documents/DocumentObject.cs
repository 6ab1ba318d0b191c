using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Indicators.Serialization.Documents;

/// <summary>
/// The base of the plain objects a dataset document is read into by <see cref="DatasetDocumentContext"/>: each object
/// knows its fields' JSON names, which of them were given (a field given twice is an error the moment it is read, on
/// every target framework), and keeps fields it does not know, so the reader can name them.
/// </summary>
/// <remarks>Each settable property calls <see cref="Given{T}"/> with its bit, the index of its name in <see cref="Fields"/>.
/// A JSON <c>null</c> is set like any value; the reader refuses it where a field cannot be null (its converter, for strings).</remarks>
internal abstract class DocumentObject
{
    private int given;

    /// <summary>Fields of the JSON object that no property maps (the reader refuses them, naming the first).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }

    /// <summary>The JSON names of the fields, in the order of their bits.</summary>
    internal abstract IReadOnlyList<string> Fields { get; }

    /// <summary>Whether the field at <paramref name="bit"/> was given.</summary>
    internal bool Has(int bit) => (given & (1 << bit)) != 0;

    /// <summary>Records that the field at <paramref name="bit"/> was given; a second time is an error.</summary>
    private protected T Given<T>(T value, int bit)
    {
        int mask = 1 << bit;
        if ((given & mask) != 0)
        {
            throw new JsonValueException("the field is given twice.");
        }

        given |= mask;
        return value;
    }
}
