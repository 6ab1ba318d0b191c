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

    /// <summary>How far past its run a range of numerals may go (几 and the numerals after it: 二十几万).</summary>
    private const int RangeReach = 8;

    /// <summary>The longest indicator phrase kept, counted back from its figure.</summary>
    private const int LongestPhrase = 24;

    /// <summary>Every character the loop of <see cref="Run"/> stops at: those that end a sentence or a clause, start a
    /// period phrase, or start a number.</summary>
    private static readonly CharBitmap Stops = CharBitmap.Of("。！!？?\n\r；;" + ContextVocabulary.ClauseBreaks + ContextVocabulary.NumeralStarts + "-−－+＋负負")
        .AddRange('0', '9').AddRange('０', '９').Add(PeriodPhraseBounds.Starts);

    private readonly string text;
    private readonly List<ExtractedFigure> figures = [];
    private readonly List<(int Start, int Length, ExtractedFigure Rate, ExtractedFigure? Actual, ExtractedFigure? StatedHere)> completions = [];
    private readonly List<FigureFinding> findings = [];

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

            int windowLo = Math.Max(0, i - MarkersBefore);
            int windowHi = Math.Min(n, runEnd + MarkersAfter);
            var reader = new FigureScanner(text, windowLo, windowHi);
            if (runEnd - i <= LongestNumber)
            {
                Steps += windowHi - windowLo + (2 * ContextVocabulary.MaxLookBack);
                if (reader.TryRead(i, out FigureInContext? figure, out string? problem, out FigureScanner.Failure failure))
                {
                    if (Accepts(figure, runEnd))
                    {
                        Add(figure);
                        i = boundary = figure.Start + figure.Length;
                        continue;
                    }
                }
                else if (failure.Kind != 0 && failure.Start >= boundary && failure.End >= runEnd)
                {
                    // A number with its unit that cannot be a figure: said, not dropped.
                    AddFinding(failure.Kind, failure.Start, failure.End, problem);
                    i = boundary = failure.End;
                    continue;
                }

                int rangeEnd = RangeEnd(reader, i, runEnd, out string? range);
                Steps += RangeReach + ContextVocabulary.MaxLookBack;
                if (range is not null && i >= boundary)
                {
                    AddFinding(FigureFindingKind.NumeralRange, i, rangeEnd, range);
                    i = boundary = rangeEnd;
                    continue;
                }
            }
            else
            {
                // A run longer than any figure: a finding when a unit follows it, and nothing read of it (its length is
                // counted, never copied).
                Steps += MarkersAfter + ContextVocabulary.MaxLookBack;
                if (i >= boundary && reader.HasUnit(i, runEnd, allowInferred: true, out int unitEnd))
                {
                    string message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"a number of {runEnd - i} digits or numerals is longer than any figure ({LongestNumber} at most)");
                    findings.Add(new FigureFinding(FigureFindingKind.NumberOutOfRange, i, unitEnd - i, message));
                    i = boundary = unitEnd;
                    continue;
                }
            }

            i = runEnd;
        }

        return new ExtractionResult(text, figures.ToArray(), LinkCompletions(), findings.ToArray());
    }

    /// <summary>A finding about the number in [<paramref name="start"/>, <paramref name="end"/>) (a bounded span: the number
    /// read is at most <see cref="LongestNumber"/> characters, its markers and unit within the window).</summary>
    private void AddFinding(FigureFindingKind kind, int start, int end, string? problem)
    {
        string quoted = text.Substring(start, end - start);
        string why = kind switch
        {
            FigureFindingKind.NegativeCount => "a number of persons or things cannot be negative",
            FigureFindingKind.NumeralRange => problem ?? "a range of numerals",
            _ => problem ?? "it cannot be held exactly",
        };
        findings.Add(new FigureFinding(kind, start, end - start, $"\"{quoted}\" is no figure: {why}"));
    }

    /// <summary>Where a range of numerals that starts at <paramref name="i"/> ends with its unit ("两三个", "十几家",
    /// "三四十万元", or two digits side by side, "三五家"), with the reason in <paramref name="range"/>; null when there is
    /// none (a unit word must follow: a range's unit is never inferred).</summary>
    private int RangeEnd(FigureScanner reader, int i, int runEnd, out string? range)
    {
        range = null;
        if (!ContextVocabulary.NumeralStartSet.Contains(text[i]))
        {
            return runEnd;
        }

        // 几 (幾) is no numeral character; the range may go on after it (二十几万).
        int end = runEnd;
        if (end < text.Length && text[end] is '几' or '幾')
        {
            end++;
            while (end < text.Length && end - runEnd < RangeReach && ContextVocabulary.NumeralCharacterSet.Contains(text[end]) && text[end] is not ('点' or '點'))
            {
                end++;
            }
        }

        // Checked before the numeral is copied: most runs of numeral characters are no range, and have no unit after them.
        if (end - runEnd >= RangeReach || end - i < 2 || !reader.HasUnit(i, end, allowInferred: false, out int unitEnd))
        {
            return runEnd;
        }

        string numeral = text.Substring(i, end - i);
        if (ChineseNumeralReading.TryRead(numeral, ChineseNumeralZhao.Refused, out ChineseNumeralReading reading, out _, out _) && reading.IsRange)
        {
            range = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{numeral} is a range of numerals ({reading.Low} to {reading.High}), not one number");
        }
        else if (IsDigitPair(numeral))
        {
            range = $"{numeral} is two digits side by side (colloquially from the one to the other), not one number";
        }

        return range is null ? runEnd : unitEnd;
    }

    /// <summary>Two Chinese digits 1–9, the second above the next of the first (三五, 三六; neighbours such as 两三 are a
    /// range of <see cref="ChineseNumeralReading"/>), optionally with one unit or scale after them (三五百).</summary>
    private static bool IsDigitPair(string numeral)
    {
        int first = numeral.Length >= 2 ? DigitOf(numeral[0]) : 0;
        int second = numeral.Length >= 2 ? DigitOf(numeral[1]) : 0;
        bool tail = numeral.Length == 2 || (numeral.Length == 3 && numeral[2] is '十' or '百' or '千' or '万' or '萬' or '亿' or '億');
        return first > 0 && second > first + 1 && tail;
    }

    private static int DigitOf(char c) => "一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) + 1 is int d and > 0 ? d
        : c is '两' or '兩' ? 2 : 0;

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
        Phrase? indicator = IndicatorPhrases.Of(text, from, figure.Start, role is FigureRole.YearOnYearGrowth or FigureRole.PercentagePointChange);
        ExtractedFigure? previousInClause = figures.Count > 0 && figures[^1].Start >= clauseStart ? figures[^1] : null;
        ExtractedFigure? statedHere = StatedInStatement(figure, raw, from, previousInClause, out int statementStart);
        if (statedHere is not null)
        {
            // "完成全年目标2万人的100%": a completion rate whose statement states its target.
            (role, decrease, indicator) = (FigureRole.CompletionRate, false, null);
        }

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
            // The actual it modifies ("失业率为2.24%，控制在3.5%以内，比上年下降0.12个百分点" changes 2.24%, not the ceiling);
            // a target only where the group has no actual ("全年目标增长5%").
            extracted.Modifies = LastInGroup(
                static (f, role) => f.Role == FigureRole.Actual && (role != FigureRole.PercentagePointChange || f.Kind == FigureKind.Percent),
                role)
                ?? LastInGroup(
                    static (f, role) => f.Role == FigureRole.Target && (role != FigureRole.PercentagePointChange || f.Kind == FigureKind.Percent),
                    role);
            extracted.Indicator = extracted.Modifies?.Indicator ?? extracted.Indicator;
        }
        else if (role == FigureRole.CompletionRate)
        {
            ExtractedFigure? actual = LastInGroup(static (f, _) => f.Role == FigureRole.Actual && f.Kind != FigureKind.Percent, role);
            extracted.Indicator = actual?.Indicator;
            int start = statedHere is not null ? statementStart : from + Math.Max(raw.LastIndexOf("完成"), 0);
            if (statedHere is not null)
            {
                // The target's own phrase is 完成全年目标: it is the target of the actual's indicator.
                statedHere.Indicator = actual?.Indicator;
            }

            completions.Add((start, figure.Start + figure.Length - start, extracted, actual, statedHere));
        }

        figures.Add(extracted);
    }

    /// <summary>For a percent right after 的 that follows a target whose phrase is 完成…目标/任务/计划 ("完成全年目标2万人的100%"):
    /// that target, with the start of the statement at its 完成; else null. Looks at a bounded phrase.</summary>
    private ExtractedFigure? StatedInStatement(FigureInContext figure, ReadOnlySpan<char> raw, int from, ExtractedFigure? previous, out int statementStart)
    {
        statementStart = -1;
        if (figure.Kind != FigureKind.Percent || previous is not { Role: FigureRole.Target } target || target.Kind == FigureKind.Percent
            || target.Start + target.Length != from || !raw.Trim().SequenceEqual("的"))
        {
            return null;
        }

        int lo = Math.Max(clauseStart, target.Start - LongestPhrase);
        ReadOnlySpan<char> before = text.AsSpan(lo, target.Start - lo);
        Steps += before.Length;
        int done = before.LastIndexOf("完成");
        ReadOnlySpan<char> words = done < 0 ? default : before[done..];
        if (done < 0 || !(words.Contains("目标", StringComparison.Ordinal) || words.Contains("目標", StringComparison.Ordinal)
            || words.Contains("任务", StringComparison.Ordinal) || words.Contains("任務", StringComparison.Ordinal)
            || words.Contains("计划", StringComparison.Ordinal) || words.Contains("計劃", StringComparison.Ordinal)))
        {
            return null;
        }

        statementStart = lo + done;
        return target;
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
            (int start, int length, ExtractedFigure rate, ExtractedFigure? actual, ExtractedFigure? statedHere) = completions[k];
            ExtractedFigure? target = statedHere is not null && (actual is null || actual.Kind == statedHere.Kind) ? statedHere : null;
            if (target is null && actual?.Indicator is Phrase phrase)
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
