using System;
using System.Globalization;

namespace Indicators.Quantities.Figures;

/// <summary>The written forms a figure is printed in; chosen from the format provider.</summary>
internal enum FigureLanguage
{
    /// <summary>Simplified Chinese: 万, 亿, 个 (also the invariant, canonical form).</summary>
    Hans,

    /// <summary>Traditional Chinese: 萬, 億, 個.</summary>
    Hant,

    /// <summary>English: "14.64 × 10⁴ persons", "2,677 enterprises".</summary>
    English,
}

/// <summary>Resolves a format provider to the written form of figures.</summary>
internal static class FigureLanguages
{
    /// <summary>How many parents of a culture are looked at; .NET's own cultures are at most three deep.</summary>
    internal const int MaxParents = 8;

    /// <summary>
    /// zh-Hant, zh-TW, zh-HK and zh-MO (and their sub-cultures) print traditional characters; any other zh culture
    /// prints simplified ones; en cultures print English; every other culture, the invariant culture and
    /// <c>null</c> print the canonical simplified form. At most <see cref="MaxParents"/> parents are followed, so a
    /// culture of the caller's own whose <see cref="CultureInfo.Parent"/> is itself (or never reaches the invariant
    /// culture, or is null) cannot make formatting loop.
    /// </summary>
    internal static FigureLanguage From(IFormatProvider? provider)
    {
        if (provider is not CultureInfo culture)
        {
            return FigureLanguage.Hans;
        }

        CultureInfo? c = culture;
        for (int depth = 0; depth <= MaxParents && c is not null && !string.IsNullOrEmpty(c.Name); depth++)
        {
            string name = c.Name;
            if (name.Equals("zh-Hant", StringComparison.OrdinalIgnoreCase)
                || name.Equals("zh-TW", StringComparison.OrdinalIgnoreCase)
                || name.Equals("zh-HK", StringComparison.OrdinalIgnoreCase)
                || name.Equals("zh-MO", StringComparison.OrdinalIgnoreCase))
            {
                return FigureLanguage.Hant;
            }

            if (name.Equals("zh", StringComparison.OrdinalIgnoreCase))
            {
                return FigureLanguage.Hans;
            }

            if (name.Equals("en", StringComparison.OrdinalIgnoreCase))
            {
                return FigureLanguage.English;
            }

            c = c.Parent;
        }

        return FigureLanguage.Hans;
    }
}
