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
    internal static FigureLanguage From(IFormatProvider? provider) =>
        Nearest<FigureLanguage>(provider, static name =>
            name.Equals("zh-Hant", StringComparison.OrdinalIgnoreCase)
            || name.Equals("zh-TW", StringComparison.OrdinalIgnoreCase)
            || name.Equals("zh-HK", StringComparison.OrdinalIgnoreCase)
            || name.Equals("zh-MO", StringComparison.OrdinalIgnoreCase)
                ? FigureLanguage.Hant
                : name.Equals("zh", StringComparison.OrdinalIgnoreCase) ? FigureLanguage.Hans
                : name.Equals("en", StringComparison.OrdinalIgnoreCase) ? FigureLanguage.English
                : null) ?? FigureLanguage.Hans;

    /// <summary>Whether the provider is a Chinese culture: zh or a culture named zh-…, itself or one of its first
    /// <see cref="MaxParents"/> parents.</summary>
    internal static bool IsChinese(IFormatProvider? provider) =>
        Nearest<bool>(provider, static name =>
            name.Equals("zh", StringComparison.OrdinalIgnoreCase) || name.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
                ? true
                : null) ?? false;

    /// <summary>What <paramref name="decide"/> says of the culture's name, or else of the nearest of its first
    /// <see cref="MaxParents"/> parents of which it says something; <c>null</c> for a provider that is no culture, or when
    /// the chain ends (at the invariant culture or a null parent) first.</summary>
    private static T? Nearest<T>(IFormatProvider? provider, Func<string, T?> decide)
        where T : struct
    {
        CultureInfo? c = provider as CultureInfo;
        for (int depth = 0; depth <= MaxParents && c is not null && !string.IsNullOrEmpty(c.Name); depth++)
        {
            T? answer = decide(c.Name);
            if (answer is not null)
            {
                return answer;
            }

            c = c.Parent;
        }

        return null;
    }
}
