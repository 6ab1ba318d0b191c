using System.Text;

namespace Indicators.Cli.Tests.Support;

/// <summary>
/// How many terminal columns a line takes, counted here independently of Spectre.Console: characters of the wide (W)
/// and fullwidth (F) blocks of Unicode's East Asian Width property that Chinese text uses take two, others one.
/// </summary>
internal static class TextColumns
{
    /// <summary>The width of <paramref name="text"/> in columns.</summary>
    internal static int Of(string text)
    {
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

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
