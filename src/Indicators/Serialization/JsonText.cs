using System;
using System.Text.Json;
using Indicators.Utility;

namespace Indicators.Serialization;

/// <summary>The shared reading of a JSON string into a value, with the messages every converter gives.</summary>
internal static class JsonText
{
    /// <summary>The string at the reader, or an error naming <paramref name="expected"/> and the token found.</summary>
    internal static string ReadString(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw NotAString(Describe(reader.TokenType), expected);
        }

        return reader.GetString()!;
    }

    /// <summary>Reads <paramref name="text"/> with <paramref name="parse"/>, turning its <see cref="FormatException"/> into a JSON error.</summary>
    internal static T Parse<T>(string text, Func<string, T> parse, string expected)
    {
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new JsonValueException($"Expected {expected}; got {TextExcerpt.Quote(text)}: {e.Message}", e);
        }
    }

    internal static JsonValueException NotAString(string found, string expected) =>
        new($"Expected a JSON string holding {expected}; got {found}.");

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a JSON number (numbers are written as exact strings)",
        JsonTokenType.StartObject => "a JSON object",
        JsonTokenType.StartArray => "a JSON array",
        JsonTokenType.True or JsonTokenType.False => "a JSON boolean",
        JsonTokenType.Null => "null",
        _ => "a JSON " + token,
    };

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a JSON number (numbers are written as exact strings)",
        JsonValueKind.Object => "a JSON object",
        JsonValueKind.Array => "a JSON array",
        JsonValueKind.True or JsonValueKind.False => "a JSON boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.String => "a JSON string",
        _ => "nothing",
    };
}
