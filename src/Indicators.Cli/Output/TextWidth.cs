using System.Collections.Generic;
using System.Text;

namespace Indicators.Cli.Output;

/// <summary>How many terminal columns a text takes (East Asian wide characters, 汉字 and 全角, take two), and wrapping to a width.</summary>
internal static class TextWidth
{
    // Wide punctuation a line must not start with, and wide opening brackets a line must not end with.
    private const string NoLineStart = "，。；：、）》」』！？";
    private const string NoLineEnd = "（《「『";

    /// <summary>The width of <paramref name="text"/> in columns.</summary>
    internal static int Of(string text)
    {
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += Columns(rune);
        }

        return width;
    }

    /// <summary><paramref name="text"/> followed by spaces up to <paramref name="width"/> columns.</summary>
    internal static string PadRight(string text, int width) => text + new string(' ', System.Math.Max(0, width - Of(text)));

    /// <summary>Spaces up to <paramref name="width"/> columns followed by <paramref name="text"/>.</summary>
    internal static string PadLeft(string text, int width) => new string(' ', System.Math.Max(0, width - Of(text))) + text;

    /// <summary>
    /// <paramref name="text"/> cut into lines of at most <paramref name="width"/> columns, at spaces (dropped) or between
    /// wide characters (not before closing Chinese punctuation). A word longer than the width stays whole on its own line.
    /// </summary>
    internal static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        string rest = text;
        while (Of(rest) > width)
        {
            int cut = LastBreak(rest, width);
            if (cut <= 0)
            {
                break;
            }

            lines.Add(rest[..cut].TrimEnd(' '));
            rest = rest[cut..].TrimStart(' ');
        }

        lines.Add(rest);
        return lines;
    }

    // The last index at which text may be cut so that the line before it fits in width columns; -1 if there is none.
    private static int LastBreak(string text, int width)
    {
        int best = -1;
        int columns = 0;
        int index = 0;
        Rune previous = default;
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (index > 0 && CanBreakBetween(previous, rune))
            {
                best = index;
            }

            columns += Columns(rune);
            if (columns > width)
            {
                break;
            }

            index += rune.Utf16SequenceLength;
            previous = rune;
        }

        return best;
    }

    private static bool CanBreakBetween(Rune previous, Rune next)
    {
        if (next.Value == ' ' || previous.Value == ' ')
        {
            return true;
        }

        bool wide = IsWide(previous.Value) || IsWide(next.Value);
        return wide && !Contains(NoLineStart, next) && !Contains(NoLineEnd, previous);
    }

    private static bool Contains(string set, Rune rune) => rune.IsBmp && set.Contains((char)rune.Value, System.StringComparison.Ordinal);

    private static int Columns(Rune rune) => IsWide(rune.Value) ? 2 : 1;

    // The wide (W) and fullwidth (F) blocks of Unicode's East Asian Width property that Chinese text uses.
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F)
            or (>= 0x2E80 and <= 0x303E)
            or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD);
}
