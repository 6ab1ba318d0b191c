using System;
using System.Collections.Generic;

namespace Indicators.Quantities.Figures;

/// <summary>
/// The written names of one unit in each language, and the other markers that mean the same unit when parsing
/// (名 and 位 for persons, for example).
/// </summary>
internal sealed class UnitText
{
    internal UnitText(string hans, string hant, string englishSingular, string englishPlural, params string[] aliases)
    {
        Hans = hans;
        Hant = hant;
        EnglishSingular = englishSingular;
        EnglishPlural = englishPlural;
        Aliases = aliases;
    }

    internal string Hans { get; }

    internal string Hant { get; }

    internal string EnglishSingular { get; }

    internal string EnglishPlural { get; }

    internal IReadOnlyList<string> Aliases { get; }

    /// <summary>Whether the English name is a word, written after a space ("5 persons"), rather than a symbol ("5%").</summary>
    internal bool EnglishIsWord => EnglishPlural.Length > 0 && char.IsLetter(EnglishPlural[0]);

    internal string For(FigureLanguage language, bool singular) => language switch
    {
        FigureLanguage.Hant => Hant,
        FigureLanguage.English => singular ? EnglishSingular : EnglishPlural,
        _ => Hans,
    };

    /// <summary>Every marker that parses as this unit, in no particular order.</summary>
    internal IEnumerable<string> Markers()
    {
        yield return Hans;
        yield return Hant;
        yield return EnglishSingular;
        yield return EnglishPlural;
        foreach (string alias in Aliases)
        {
            yield return alias;
        }
    }

    internal static string[] Distinct(IEnumerable<string> markers)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string marker in markers)
        {
            set.Add(marker);
        }

        var array = new string[set.Count];
        set.CopyTo(array);
        Array.Sort(array, (a, b) => b.Length.CompareTo(a.Length)); // longest first
        return array;
    }
}
