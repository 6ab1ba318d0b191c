using System;
using System.Globalization;

namespace Indicators.Utility;

/// <summary>
/// Quotes input text in exception messages: short text whole, long text as a short window around the position
/// of the problem, so that a message about an 8 MB input does not carry the 8 MB.
/// </summary>
internal static class TextExcerpt
{
    /// <summary>Texts up to this many characters are quoted whole.</summary>
    internal const int MaxWhole = 64;

    private const int Side = 24;

    /// <summary>
    /// The text in quotation marks; when longer than <see cref="MaxWhole"/>, the characters within 24 of
    /// <paramref name="position"/> with "…" where it was cut, followed by the text's length.
    /// </summary>
    internal static string Quote(ReadOnlySpan<char> text, int position = 0)
    {
        if (text.Length <= MaxWhole)
        {
            return string.Concat("\"", text, "\"");
        }

        int at = Math.Clamp(position, 0, text.Length);
        int start = Math.Max(0, at - Side);
        int end = Math.Min(text.Length, at + Side);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"\"{(start > 0 ? "…" : string.Empty)}{text[start..end]}{(end < text.Length ? "…" : string.Empty)}\" ({text.Length} characters)");
    }
}
