using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Indicators.Cli.Charts;

/// <summary>What charts share: the plot's look, numbers on the axes written culture-invariantly, and the bytes of a plot
/// in a format.</summary>
internal static partial class ChartImage
{
    /// <summary>The colour of completion bars and of the parts of a roll-up.</summary>
    internal static readonly Color Primary = Color.FromHex("#4682B4");

    /// <summary>The colour of schedule-progress bars and of a published total.</summary>
    internal static readonly Color Secondary = Color.FromHex("#F28E2B");

    /// <summary>The colour of a sum of parts.</summary>
    internal static readonly Color Dark = Color.FromHex("#1F3B57");

    /// <summary>The colour of a difference that can be zero.</summary>
    internal static readonly Color Neutral = Color.FromHex("#9E9E9E");

    /// <summary>The colour of a difference that cannot be zero.</summary>
    internal static readonly Color Warning = Color.FromHex("#C0392B");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A number on an axis: invariant digits, at most two decimals, thousands grouped ("1,200,000", "83.33").</summary>
    internal static string AxisNumber(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Draws every text of <paramref name="plot"/> in <paramref name="font"/>: call once everything is added.</summary>
    internal static void UseFont(Plot plot, string font)
    {
        plot.Font.Set(font);
        plot.Legend.FontName = font;
        plot.Legend.SetBestFontOnEachRender = false;
    }

    /// <summary>The plot drawn at <paramref name="width"/> × <paramref name="height"/> pixels in <paramref name="format"/>.</summary>
    internal static byte[] Render(Plot plot, ChartFormat format, int width, int height) => format == ChartFormat.Svg
        ? Utf8.GetBytes(NumberClipPaths(plot.GetSvgXml(width, height)))
        : plot.GetImageBytes(width, height, ImageFormat.Png);

    /// <summary>
    /// The SVG with its clip paths numbered from 1 in the order they are defined. SkiaSharp's SVG canvas numbers them from a
    /// counter, in hexadecimal, that runs on across the charts a process draws ("cl_4" in the first, "cl_1c" later), so that without
    /// this the same chart drawn twice in one process would differ.
    /// </summary>
    internal static string NumberClipPaths(string svg)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, match =>
        {
            string id = match.Value;
            if (!numbers.TryGetValue(id, out int number))
            {
                number = numbers.Count + 1;
                numbers.Add(id, number);
            }

            return "cl_" + number.ToString(CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9A-Za-z]+(?=["")])", RegexOptions.CultureInvariant)]
    private static partial Regex ClipPathId();
}
