using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Indicators.Quantities;

namespace Indicators.Cli.Reference;

/// <summary>
/// How precisely a figure was printed, found as the <see cref="DisplayFormat"/> that writes the parsed value back as
/// the very same text: "14.64万人" is <c>W2</c> (a last digit worth 100 persons), "39221人" is <c>F0</c>, "196.11%" is <c>F2</c>.
/// </summary>
/// <remarks>Only the canonical simplified form is recognised (what the library writes for the invariant culture).</remarks>
internal static class PrintedPrecision
{
    private static readonly DisplayFormat[] QuantityFormats = CreateQuantityFormats();

    /// <summary>The format that prints <paramref name="value"/> as <paramref name="printed"/>.</summary>
    /// <exception cref="InvalidDataException">No format does.</exception>
    internal static DisplayFormat OfQuantity<TQuantity>(TQuantity value, string printed)
        where TQuantity : ISpanFormattable
    {
        foreach (DisplayFormat format in QuantityFormats)
        {
            if (Writes(value, format, printed))
            {
                return format;
            }
        }

        throw Unrecognised(printed);
    }

    /// <summary>The format, with the fewest decimals, that prints <paramref name="rate"/> as <paramref name="printed"/>.</summary>
    /// <exception cref="InvalidDataException">No format does.</exception>
    internal static DisplayFormat OfRate(Percent rate, string printed)
    {
        for (int decimals = 0; decimals <= DisplayFormat.MaxDecimals; decimals++)
        {
            DisplayFormat format = new(Scale.One, decimals, RoundingMode.HalfAwayFromZero);
            if (Writes(rate, format, printed))
            {
                return format;
            }
        }

        throw Unrecognised(printed);
    }

    /// <summary>How many base units the last printed digit of <paramref name="format"/> is worth: 100 for <c>W2</c>, 1 for <c>F0</c>.</summary>
    internal static long Step(DisplayFormat format)
    {
        int exponent = (int)format.Scale - (format.Decimals ?? 0);
        long step = 1;
        for (int i = 0; i < exponent; i++)
        {
            step *= 10;
        }

        return step;
    }

    private static bool Writes<T>(T value, DisplayFormat format, string printed)
        where T : ISpanFormattable =>
        string.Equals(value.ToString(format.ToString(), CultureInfo.InvariantCulture), printed, StringComparison.Ordinal);

    // Whole units, then 万 and 亿 with as many decimals as stay within whole units, coarsest first.
    private static DisplayFormat[] CreateQuantityFormats()
    {
        var formats = new List<DisplayFormat> { new(Scale.One, 0) };
        foreach (Scale scale in (ReadOnlySpan<Scale>)[Scale.Wan, Scale.Yi])
        {
            for (int decimals = 0; decimals <= (int)scale; decimals++)
            {
                formats.Add(new DisplayFormat(scale, decimals));
            }
        }

        return [.. formats];
    }

    private static InvalidDataException Unrecognised(string printed) =>
        new($"Cannot tell how precisely \"{printed}\" was printed: no display format writes it back as the same text.");
}
