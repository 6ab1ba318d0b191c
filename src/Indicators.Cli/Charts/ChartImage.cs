using System.Globalization;
using System.Text;
using ScottPlot;

namespace Indicators.Cli.Charts;

/// <summary>What charts share: the plot's look, numbers on the axes written culture-invariantly, and the bytes of a plot
/// in a format.</summary>
internal static class ChartImage
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
        ? Utf8.GetBytes(plot.GetSvgXml(width, height))
        : plot.GetImageBytes(width, height, ImageFormat.Png);
}
