using System;
using System.IO;

namespace Indicators.Cli.Charts;

/// <summary>The image formats a chart is written in, named by the output file's extension.</summary>
internal enum ChartFormat
{
    /// <summary>Scalable vector graphics (<c>.svg</c>): text as text, in the font named, not embedded.</summary>
    Svg,

    /// <summary>A PNG image (<c>.png</c>).</summary>
    Png,
}

/// <summary>Reads a <see cref="ChartFormat"/> from a file name.</summary>
internal static class ChartFormats
{
    /// <summary>The format <paramref name="path"/>'s extension names (.svg or .png, in any case), or null for any other.</summary>
    internal static ChartFormat? FromPath(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) ? ChartFormat.Svg
            : extension.Equals(".png", StringComparison.OrdinalIgnoreCase) ? ChartFormat.Png
            : null;
    }
}
