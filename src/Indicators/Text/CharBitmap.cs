using System;
using System.Collections.Generic;

namespace Indicators.Text;

/// <summary>
/// A set of UTF-16 code units as a 65 536-bit map (8 KiB): a membership test is one shift and one mask. The scanners use
/// it to pass over characters that no word or rule of theirs starts or ends with, before they compare any word.
/// </summary>
internal sealed class CharBitmap
{
    private readonly ulong[] bits = new ulong[1024];

    private CharBitmap()
    {
    }

    /// <summary>The characters of <paramref name="characters"/>.</summary>
    internal static CharBitmap Of(string characters)
    {
        var map = new CharBitmap();
        map.Add(characters);
        return map;
    }

    /// <summary>The first characters of <paramref name="words"/>.</summary>
    internal static CharBitmap OfFirst(IEnumerable<string> words)
    {
        var map = new CharBitmap();
        foreach (string word in words)
        {
            map.Add(word[0]);
        }

        return map;
    }

    /// <summary>The last characters of <paramref name="words"/>.</summary>
    internal static CharBitmap OfLast(IEnumerable<string> words)
    {
        var map = new CharBitmap();
        foreach (string word in words)
        {
            map.Add(word[^1]);
        }

        return map;
    }

    /// <summary>Whether <paramref name="c"/> is in the set.</summary>
    internal bool Contains(char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Adds the characters of <paramref name="characters"/>.</summary>
    internal CharBitmap Add(string characters)
    {
        foreach (char c in characters)
        {
            Add(c);
        }

        return this;
    }

    /// <summary>Adds the characters of <paramref name="other"/>.</summary>
    internal CharBitmap Add(CharBitmap other)
    {
        for (int k = 0; k < bits.Length; k++)
        {
            bits[k] |= other.bits[k];
        }

        return this;
    }

    /// <summary>Adds the characters from <paramref name="first"/> to <paramref name="last"/>.</summary>
    internal CharBitmap AddRange(char first, char last)
    {
        for (int c = first; c <= last; c++)
        {
            Add((char)c);
        }

        return this;
    }

    /// <summary>Where the first character in the set stands in <paramref name="text"/> from <paramref name="from"/>, or the
    /// length of the text.</summary>
    internal int IndexFrom(string text, int from)
    {
        int i = from;
        while (i < text.Length && !Contains(text[i]))
        {
            i++;
        }

        return i;
    }

    private void Add(char c) => bits[c >> 6] |= 1UL << (c & 63);
}
