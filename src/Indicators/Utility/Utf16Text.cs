using System;

namespace Indicators.Utility;

/// <summary>Where a text is not valid UTF-16 (a lone surrogate), which cannot be written as UTF-8 JSON without a
/// replacement character.</summary>
internal static class Utf16Text
{
    /// <summary>The index of the first lone surrogate, or −1 when the text is valid UTF-16.</summary>
    internal static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < text.Length)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int next = text[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
                i = next < 0 ? -1 : i + 2 + next;
                continue;
            }

            return i;
        }

        return -1;
    }
}
