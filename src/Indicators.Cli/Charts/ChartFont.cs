using System;

namespace Indicators.Cli.Charts;

/// <summary>
/// The typeface charts are drawn in: a CJK font, since ScottPlot (through SkiaSharp) silently draws Chinese text in a font
/// without those glyphs as empty boxes when the family asked for is not installed.
/// </summary>
internal static class ChartFont
{
    /// <summary>The family charts are drawn in.</summary>
    internal const string Family = "WenQuanYi Micro Hei";

    /// <summary>The Debian package that installs <see cref="Family"/>.</summary>
    internal const string DebianPackage = "fonts-wqy-microhei";

    /// <summary>Whether <paramref name="family"/> resolves to an installed typeface of that family (an unknown family
    /// resolves to a fallback of another name).</summary>
    internal static bool IsInstalled(string family)
    {
        ArgumentNullException.ThrowIfNull(family);
        SkiaSharp.SKTypeface? typeface = ScottPlot.Fonts.GetTypeface(family, bold: false, italic: false);
        return typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The one line said when <paramref name="family"/> is not installed.</summary>
    internal static string Missing(string family) =>
        $"{CommandLine.ToolName}: the font \"{family}\" is not installed, and Chinese labels would be drawn as empty boxes: "
        + $"install it (Debian, Ubuntu: apt-get install {DebianPackage}).";
}
