using System;
using System.Collections.Generic;
using Spectre.Console.Rendering;

namespace Indicators.Cli.Output;

/// <summary>What the plain-text renderables do to the lines Spectre.Console renders: drop the spaces that only pad them.</summary>
internal static class SegmentLines
{
    /// <summary><paramref name="line"/> without the spaces at its end.</summary>
    internal static IEnumerable<Segment> TrimEnd(SegmentLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int end = line.Count;
        while (end > 0 && IsBlank(line[end - 1]))
        {
            end--;
        }

        for (int i = 0; i < end; i++)
        {
            Segment segment = line[i];
            yield return i == end - 1 ? new Segment(segment.Text.TrimEnd(' '), segment.Style) : segment;
        }
    }

    /// <summary>Whether <paramref name="line"/> holds nothing but spaces.</summary>
    internal static bool IsBlank(SegmentLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.TrueForAll(IsBlank);
    }

    private static bool IsBlank(Segment segment) => segment.Text.TrimEnd(' ').Length == 0;
}
