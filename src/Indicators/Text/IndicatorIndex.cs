using System;
using System.Collections.Generic;

namespace Indicators.Text;

/// <summary>
/// The figures of a text by indicator, to find those of a phrase in time proportional to the phrase and the figures
/// found: each figure is filed under its indicator phrase's core (<see cref="IndicatorMatch.Core"/>) and under every
/// ending of it, so that <see cref="Matching"/> gives exactly the figures <see cref="IndicatorMatch.Same"/> would accept.
/// </summary>
internal sealed class IndicatorIndex
{
    /// <summary>The most figures <see cref="Matching"/> gives for one phrase, in the order of the text: a report names an
    /// indicator a few times; a text naming one thousands of times gets an audit of the first of them, not a quadratic one.</summary>
    internal const int MostMatches = 16;

    private readonly Dictionary<string, List<ExtractedFigure>> byCore = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ExtractedFigure>> byEnding = new(StringComparer.Ordinal);

    /// <summary>An index of the figures that <paramref name="include"/> accepts and that have an indicator phrase.</summary>
    internal IndicatorIndex(IReadOnlyList<ExtractedFigure> figures, Func<ExtractedFigure, bool> include)
    {
        foreach (ExtractedFigure figure in figures)
        {
            if (figure.Indicator is not { } phrase || !include(figure))
            {
                continue;
            }

            string core = IndicatorMatch.Core(phrase.Text).ToString();
            if (core.Length == 0)
            {
                continue;
            }

            Add(byCore, core, figure);
            for (int start = 0; start <= core.Length - IndicatorMatch.ShortestSuffix; start++)
            {
                Add(byEnding, core[start..], figure);
            }
        }
    }

    /// <summary>The figures whose indicator is the same as <paramref name="phrase"/>'s, in the order of the text, at most
    /// <see cref="MostMatches"/>.</summary>
    internal List<ExtractedFigure> Matching(Phrase phrase)
    {
        var result = new List<ExtractedFigure>();
        string core = IndicatorMatch.Core(phrase.Text).ToString();
        if (core.Length == 0)
        {
            return result;
        }

        // Figures whose core ends with this one (equal included), then those whose core is an ending of this one.
        var figures = new SortedDictionary<int, ExtractedFigure>();
        if (byEnding.TryGetValue(core, out List<ExtractedFigure>? longer))
        {
            Take(longer, figures);
        }

        if (core.Length < IndicatorMatch.ShortestSuffix && byCore.TryGetValue(core, out List<ExtractedFigure>? same))
        {
            Take(same, figures);
        }

        for (int start = 1; start <= core.Length - IndicatorMatch.ShortestSuffix; start++)
        {
            if (byCore.TryGetValue(core[start..], out List<ExtractedFigure>? shorter))
            {
                Take(shorter, figures);
            }
        }

        foreach (ExtractedFigure figure in figures.Values)
        {
            if (result.Count == MostMatches)
            {
                break;
            }

            result.Add(figure);
        }

        return result;
    }

    private static void Take(List<ExtractedFigure> figures, SortedDictionary<int, ExtractedFigure> into)
    {
        for (int k = 0; k < figures.Count && k < MostMatches; k++)
        {
            into.TryAdd(figures[k].Index, figures[k]);
        }
    }

    private static void Add(Dictionary<string, List<ExtractedFigure>> map, string key, ExtractedFigure figure)
    {
        if (!map.TryGetValue(key, out List<ExtractedFigure>? list))
        {
            map[key] = list = [];
        }

        list.Add(figure);
    }
}
