using System;

namespace Indicators.Text;

/// <summary>
/// A list of words matched in its order at a place of a text, forward (a word starting there) or backward (a word ending
/// there). The first and last characters of the words are kept as bitmaps, so that a place no word can start or end at
/// costs one lookup, not a comparison per word.
/// </summary>
internal sealed class WordTable
{
    private readonly string[] words;
    private readonly CharBitmap firsts;
    private readonly CharBitmap lasts;

    /// <summary>The words, matched in this order (the first that matches wins).</summary>
    internal WordTable(string[] words)
    {
        this.words = words;
        firsts = CharBitmap.OfFirst(words);
        lasts = CharBitmap.OfLast(words);
    }

    /// <summary>The words, in the order they are matched.</summary>
    internal ReadOnlySpan<string> Words => words;

    /// <summary>The index of the first word that starts at <paramref name="at"/> and lies in [<paramref name="lo"/>,
    /// <paramref name="hi"/>), or -1.</summary>
    internal int StartingAt(string text, int at, int lo, int hi)
    {
        if (at < lo || at >= hi || !firsts.Contains(text[at]))
        {
            return -1;
        }

        for (int k = 0; k < words.Length; k++)
        {
            string word = words[k];
            if (at + word.Length <= hi && text.AsSpan(at, word.Length).SequenceEqual(word))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The index of the first word that ends at <paramref name="end"/> and starts at or after
    /// <paramref name="floor"/>, or -1.</summary>
    internal int EndingAt(string text, int end, int floor)
    {
        if (end - 1 < floor || end > text.Length || end < 1 || !lasts.Contains(text[end - 1]))
        {
            return -1;
        }

        for (int k = 0; k < words.Length; k++)
        {
            string word = words[k];
            if (end - word.Length >= floor && text.AsSpan(end - word.Length, word.Length).SequenceEqual(word))
            {
                return k;
            }
        }

        return -1;
    }
}
