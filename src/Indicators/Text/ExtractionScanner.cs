using System;
using System.Collections.Generic;

namespace Indicators.Text;

/// <summary>
/// The single pass behind <see cref="Extraction"/>: walks the text once, passes over what is not a figure
/// (<see cref="NonFigureRules"/>), reads each figure with a <see cref="FigureScanner"/> limited to a small window around
/// its number, and links roles, phrases and completion statements as it goes. Never throws on a string; every step is
/// bounded, so the work is linear in the text (<see cref="Steps"/> counts it).
/// </summary>
internal sealed class ExtractionScanner
{
    /// <summary>The longest number run read as a figure; a longer run of digits or numerals is no figure.</summary>
    internal const int LongestNumber = 40;

    /// <summary>How far before its number a figure's markers may start (超过人民币, 控制在).</summary>
    private const int MarkersBefore = 16;

    /// <summary>How far after its number a figure's unit and markers may end (个百分点以上, 的目标以内).</summary>
    private const int MarkersAfter = 24;

    /// <summary>The longest indicator phrase kept, counted back from its figure.</summary>
    private const int LongestPhrase = 24;

    /// <summary>Every character the loop of <see cref="Run"/> stops at: those that end a sentence or a clause, start a
    /// period phrase, or start a number.</summary>
    private static readonly CharBitmap Stops = CharBitmap.Of("。！!？?\n\r；;" + ContextVocabulary.ClauseBreaks + ContextVocabulary.NumeralStarts + "-−－+＋负負")
        .AddRange('0', '9').AddRange('０', '９').Add(PeriodPhraseBounds.Starts);

    private readonly string text;
    private readonly List<ExtractedFigure> figures = [];
    private readonly List<(int Start, int Length, ExtractedFigure Rate, ExtractedFigure? Actual)> completions = [];

    // The period phrase that governs what follows (length 0: none), made a Phrase only when a figure takes it.
    private int periodStart;
    private int periodLength;
    private Phrase? period;
    private int clauseStart;
    private int groupStart;
    private int boundary;

    internal ExtractionScanner(string text) => this.text = text;

    /// <summary>The steps taken: one for each character visited, plus the window each figure read may look at.</summary>
    internal long Steps { get; private set; }

    internal ExtractionResult Run()
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            // Characters that end no clause and start no period phrase and no number are passed over in one go.
            int next = Stops.IndexFrom(text, i);
            Steps += next - i;
            i = next;
            if (i == n)
            {
                break;
            }

            Steps++;
            char c = text[i];
            if (c is '。' or '！' or '!' or '？' or '?' or '\n' or '\r')
            {
                periodLength = 0;
                period = null;
                i++;
                clauseStart = groupStart = boundary = i;
                continue;
            }

            if (c is '；' or ';')
            {
                i++;
                clauseStart = groupStart = boundary = i;
                continue;
            }

            if (ContextVocabulary.ClauseBreakSet.Contains(c) && !(c is ',' && i > 0 && IsDigit(text[i - 1]) && i + 1 < n && IsDigit(text[i + 1])))
            {
                i++;
                clauseStart = boundary = i;
                continue;
            }

            int periodEnd = PeriodPhraseBounds.End(text, i);
            Steps += PeriodPhraseBounds.LongestPhrase;
            if (periodEnd > i)
            {
                (periodStart, periodLength, period) = (i, periodEnd - i, null);
                i = boundary = periodEnd;
                continue;
            }

            if (!NonFigureRules.IsNumberStart(text, i))
            {
                i++;
                continue;
            }

            int runEnd = NonFigureRules.RunEnd(text, i);
            Steps += runEnd - i;
            int skip = NonFigureRules.End(text, i, runEnd, out bool isBoundary);
            Steps += NonFigureRules.LongestLook;
            if (skip > i)
            {
                i = skip;
                if (isBoundary)
                {
                    boundary = skip;
                }

                continue;
            }

            if (runEnd - i <= LongestNumber)
            {
                int lo = Math.Max(0, i - MarkersBefore);
                int hi = Math.Min(n, runEnd + MarkersAfter);
                Steps += hi - lo + (2 * ContextVocabulary.MaxLookBack);
                if (new FigureScanner(text, lo, hi).TryRead(i, out FigureInContext? figure, out _) && Accepts(figure, runEnd))
                {
                    Add(figure);
                    i = boundary = figure.Start + figure.Length;
                    continue;
                }
            }

            i = runEnd;
        }

        return new ExtractionResult(text, figures.ToArray(), LinkCompletions());
    }

    private static bool IsDigit(char c) => Utility.Digits.IsDigit(c, out _);

    /// <summary>Whether a figure read stands on its own: after the last one, its number not cut inside its run, and an
    /// inferred unit not followed straight by other words ("三支一扶", "2020智汇台州").</summary>
    private bool Accepts(FigureInContext figure, int runEnd)
    {
        int end = figure.Start + figure.Length;
        if (figure.Start < boundary || end < runEnd)
        {
            return false;
        }

        return !figure.IsUnitInferred || end >= text.Length || !char.IsLetterOrDigit(text[end]);
    }

    private void Add(FigureInContext figure)
    {
        int from = Math.Max(boundary, figure.Start - LongestPhrase);
        ReadOnlySpan<char> raw = text.AsSpan(from, figure.Start - from);
        (FigureRole role, bool decrease) = ExtractionRoles.Of(raw, figure, text);
        Steps += raw.Length * ExtractionRoles.WordsChecked;
        Phrase? indicator = IndicatorPhrases.Of(text, from, figure.Start);
        ExtractedFigure? previousInClause = figures.Count > 0 && figures[^1].Start >= clauseStart ? figures[^1] : null;
        if (indicator is null && previousInClause is not null && role is FigureRole.Actual or FigureRole.Target)
        {
            indicator = previousInClause.Indicator;
        }

        if (period is null && periodLength > 0)
        {
            period = new Phrase(text, periodStart, periodLength);
        }

        var extracted = new ExtractedFigure(figures.Count, text, figure, role, decrease, indicator, period);
        if (role is FigureRole.YearOnYearGrowth or FigureRole.PercentagePointChange)
        {
            extracted.Modifies = LastInGroup(
                static (f, role) => f.Role is FigureRole.Actual or FigureRole.Target && (role != FigureRole.PercentagePointChange || f.Kind == FigureKind.Percent),
                role);
            extracted.Indicator = extracted.Modifies?.Indicator ?? extracted.Indicator;
        }
        else if (role == FigureRole.CompletionRate)
        {
            ExtractedFigure? actual = LastInGroup(static (f, _) => f.Role == FigureRole.Actual && f.Kind != FigureKind.Percent, role);
            extracted.Indicator = actual?.Indicator;
            int done = Math.Max(raw.LastIndexOf("完成"), 0);
            completions.Add((from + done, figure.Start + figure.Length - from - done, extracted, actual));
        }

        figures.Add(extracted);
    }

    /// <summary>The last figure in the current sentence (up to 。；！？ or a line break) that matches (given the role of the
    /// figure that looks, so that the test captures nothing); at most a few looked at.</summary>
    private ExtractedFigure? LastInGroup(Func<ExtractedFigure, FigureRole, bool> matches, FigureRole role)
    {
        for (int k = figures.Count - 1, seen = 0; k >= 0 && seen < 8 && figures[k].Start >= groupStart; k--, seen++)
        {
            Steps++;
            if (matches(figures[k], role))
            {
                return figures[k];
            }
        }

        return null;
    }

    private CompletionStatement[] LinkCompletions()
    {
        // Targets by their indicator (IndicatorMatch: 全年目标新增就业 and 城镇新增就业 are one), through an index, so that
        // linking stays linear however many figures there are.
        IndicatorIndex? targets = null;
        var result = new CompletionStatement[completions.Count];
        for (int k = 0; k < completions.Count; k++)
        {
            Steps++;
            (int start, int length, ExtractedFigure rate, ExtractedFigure? actual) = completions[k];
            ExtractedFigure? target = null;
            if (actual?.Indicator is Phrase phrase)
            {
                targets ??= new IndicatorIndex(figures, f => f.Role == FigureRole.Target);
                foreach (ExtractedFigure candidate in targets.Matching(phrase))
                {
                    Steps++;
                    if (candidate.Kind == actual.Kind)
                    {
                        target = candidate;
                        break;
                    }
                }
            }

            result[k] = new CompletionStatement(start, length, rate, actual, target);
        }

        return result;
    }
}
