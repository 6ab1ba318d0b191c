using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Indicators.Quantities;
using Indicators.Quantities.Figures;
using Indicators.Reporting;

namespace Indicators.Text;

/// <summary>
/// The reading behind <see cref="FigureReader"/>: forward from the number (scale, span marker, unit, marker after), backward
/// from it (人民币, qualifier, 控制在, an adjacent status marker), then the clause before it (a status marker further away,
/// the phrase a left-out unit is inferred from). Markers and units must lie in [lo, hi); the context is the whole text.
/// </summary>
internal readonly struct FigureScanner
{
    /// <summary>The longest run of numeral characters tried as one numeral (see <see cref="TryReadNumber"/>).</summary>
    private const int MaxNumeralLength = 160;

    private static readonly Ratio Hundredth = new(1, 100);

    private static readonly QualifierMarker[] BeforeMarkers = SortedMarkers(MarkerPosition.Before);
    private static readonly QualifierMarker[] AfterMarkers = SortedMarkers(MarkerPosition.After);

    private static readonly WordTable UnitTable = new(Array.ConvertAll(ContextVocabulary.Units, u => u.Text));
    private static readonly WordTable AfterTable = new(Array.ConvertAll(AfterMarkers, m => m.Text));
    private static readonly WordTable BeforeTable = new(Array.ConvertAll(BeforeMarkers, m => m.Text));
    private static readonly WordTable ExtraBeforeTable = new(Array.ConvertAll(ContextVocabulary.ExtraBefore, m => m.Text));
    private static readonly WordTable WithVerbTable = new(Array.ConvertAll(ContextVocabulary.WithVerb, m => m.Text));
    private static readonly WordTable StatusTable = new(Array.ConvertAll(ContextVocabulary.StatusWords, m => m.Text));
    private static readonly WordTable RenminbiTable = new(ContextVocabulary.Renminbi);
    private static readonly WordTable TargetTable = new(ContextVocabulary.TargetWords);
    private static readonly WordTable CeilingTable = new(ContextVocabulary.CeilingFrame);

    /// <summary>The phrases a left-out unit is inferred from, in the order of <see cref="ContextVocabulary.Inferences"/>
    /// (the first that ends at a place wins).</summary>
    private static readonly WordTable InferenceTable = new(Array.ConvertAll(ContextVocabulary.Inferences, i => i.Phrase));

    private readonly string text;
    private readonly int lo;
    private readonly int hi;

    internal FigureScanner(string text, int lo, int hi)
    {
        this.text = text;
        this.lo = lo;
        this.hi = hi;
    }

    /// <summary>Reads the figure of the first number in a span. Never throws.</summary>
    internal static bool TryReadSpan(string text, int start, int length, [NotNullWhen(true)] out FigureInContext? figure, [NotNullWhen(false)] out string? problem)
    {
        var scanner = new FigureScanner(text, start, start + length);
        for (int i = start; i < start + length; i++)
        {
            if (scanner.IsNumberStart(i))
            {
                return scanner.TryRead(i, out figure, out problem);
            }
        }

        figure = null;
        problem = "the span holds no number";
        return false;
    }

    /// <summary>Reads the figure whose number starts at <paramref name="index"/>. Never throws.</summary>
    internal bool TryRead(int index, [NotNullWhen(true)] out FigureInContext? figure, [NotNullWhen(false)] out string? problem) =>
        TryRead(index, out figure, out problem, out _);

    /// <summary>Reads the figure whose number starts at <paramref name="index"/>; when a number with its unit was found but
    /// cannot be a figure (a negative count, a value out of range, a count that is not whole), <paramref name="failure"/>
    /// says which and where. Never throws.</summary>
    internal bool TryRead(int index, [NotNullWhen(true)] out FigureInContext? figure, [NotNullWhen(false)] out string? problem, out Failure failure)
    {
        figure = null;
        failure = default;
        if (index < lo || index >= hi)
        {
            problem = "the position is outside the text";
            return false;
        }

        try
        {
            return Read(index, out figure, out problem, out failure);
        }
        catch (Exception e) when (e is OverflowException or ArgumentException)
        {
            // A number too large for the types it would become; every other problem is caught before this.
            figure = null;
            problem = "the number is outside the range of its quantity (" + e.Message + ")";
            return false;
        }
    }

    private static QualifierMarker[] SortedMarkers(MarkerPosition position)
    {
        var list = new List<QualifierMarker>();
        foreach (QualifierMarker marker in Qualifiers.Markers)
        {
            if (marker.Position == position)
            {
                list.Add(marker);
            }
        }

        list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
        return list.ToArray();
    }

    private static bool IsArabicDigit(char c) => Utility.Digits.IsDigit(c, out _);

    private static bool IsScaleCharacter(char c) => c is '万' or '萬' or '亿' or '億';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F' or '\u3000';

    private bool IsNumberStart(int i)
    {
        char c = text[i];
        if (IsArabicDigit(c))
        {
            return true;
        }

        if (c is '-' or '−' or '－' or '+' or '＋')
        {
            return i + 1 < hi && IsArabicDigit(text[i + 1]);
        }

        if (c is '负' or '負')
        {
            return i + 1 < hi && (IsArabicDigit(text[i + 1]) || ContextVocabulary.NumeralStartSet.Contains(text[i + 1]))
                && ContextVocabulary.MaySignFu(text, i);
        }

        return ContextVocabulary.NumeralStartSet.Contains(c);
    }

    /// <summary>Where <paramref name="index"/> is a number's first digit or numeral with its sign right before it ("-5元",
    /// "负3万人" read from the 5 or the 3): the sign's position, so that the number is read with it; else
    /// <paramref name="index"/>. A dash after a digit ("1-5") is no sign.</summary>
    internal static int WithSignBefore(string text, int index)
    {
        if (index < 1 || index >= text.Length)
        {
            return index;
        }

        char sign = text[index - 1];
        char c = text[index];
        bool digitBefore = index >= 2 && IsArabicDigit(text[index - 2]);
        return sign switch
        {
            '-' or '−' or '－' or '+' or '＋' when IsArabicDigit(c) && !digitBefore => index - 1,
            '负' or '負' when (IsArabicDigit(c) || ContextVocabulary.NumeralStartSet.Contains(c)) && ContextVocabulary.MaySignFu(text, index - 1) => index - 1,
            _ => index,
        };
    }

    /// <summary>Whether a number that ends at <paramref name="end"/> (and starts at <paramref name="start"/>) would be a
    /// figure by its unit: a unit word after it (after spaces and a span marker 多/余), or a phrase before it in its clause
    /// that a unit is inferred from (when <paramref name="allowInferred"/>). <paramref name="unitEnd"/> is where that unit ends (<paramref name="end"/> when
    /// inferred). Looks at a bounded number of characters.</summary>
    internal bool HasUnit(int start, int end, bool allowInferred, out int unitEnd)
    {
        int u = end;
        if (u < hi && text[u] is '多' or '余' or '餘')
        {
            u++;
        }

        u = SkipSpaces(u);
        if (MatchUnit(u) is ContextVocabulary.UnitWord word)
        {
            unitEnd = u + word.Text.Length;
            return true;
        }

        unitEnd = end;
        return allowInferred && InferInClause(start) is not null;
    }

    private bool Read(int index, [NotNullWhen(true)] out FigureInContext? figure, [NotNullWhen(false)] out string? problem, out Failure failure)
    {
        figure = null;
        failure = default;
        if (!IsNumberStart(index))
        {
            problem = "no number starts there (expected a digit or a Chinese numeral)";
            return false;
        }

        if (!TryReadNumber(index, out Int128 digits, out int decimals, out int scale, out int end, out problem))
        {
            return false;
        }

        // Made only when a figure has a marker or a finding: a number read and dropped allocates nothing.
        List<FigureFinding>? findings = null;
        // The markers: at most a span marker, a marker after and one a step back (six), kept on the stack.
        var markerBuffer = default(MarkerBuffer);
        Span<(string Text, int Start, Qualifier Qualifier, bool Inclusive, int Rank)> markers = markerBuffer;
        int markerCount = 0;

        // A compound scale (万亿 = 10¹², held as Scale.WanYi: "2.5万亿元" keeps its last digit, 0.1万亿) and a span marker
        // after the number or before its scale ("1100多万").
        scale = CompoundScale(scale, ref end);
        if (end < hi && text[end] is '多' or '余' or '餘' && !(end + 1 < hi && IsArabicDigit(text[end + 1])))
        {
            markers[markerCount++] = (text[end] switch { '多' => "多", '余' => "余", _ => "餘" }, end, Qualifier.Span, true, 3);
            end++;
            if (scale == 0 && end < hi && IsScaleCharacter(text[end]))
            {
                scale = text[end] is '万' or '萬' ? 4 : 8;
                end++;
                scale = CompoundScale(scale, ref end);
            }
        }

        // The unit, and 人民币 after 元.
        int u = SkipSpaces(end);
        ContextVocabulary.UnitWord? unitWord = MatchUnit(u);
        int figureEnd = end;
        if (unitWord is not null)
        {
            figureEnd = u + unitWord.Text.Length;
            if (unitWord.Kind == FigureKind.Money && MatchAny(RenminbiTable, figureEnd) is string rmb)
            {
                figureEnd += rmb.Length;
            }
        }

        // A marker after the figure, possibly after 的目标 (控制在3.5%的目标以内).
        int after = figureEnd;
        if (MatchAny(TargetTable, after) is string target && MatchAfter(after + target.Length) is not null)
        {
            after += target.Length;
        }

        if (MatchAfter(after) is QualifierMarker afterMarker)
        {
            markers[markerCount++] = (afterMarker.Text, after, afterMarker.Qualifier, afterMarker.Inclusive, 2);
            figureEnd = after + afterMarker.Text.Length;
        }

        // Backward: 人民币, qualifiers, 控制在, an adjacent status marker.
        int start = index;
        bool renminbi = false;
        bool ceilingFrame = false;
        FigureStatus? status = null;
        int statusAt = -1;
        for (int step = 0; step < 6; step++)
        {
            int b = start;
            while (b > lo && IsSpace(text[b - 1]))
            {
                b--;
            }

            if (EndingAt(RenminbiTable, b) is string rmbBefore)
            {
                renminbi = true;
                start = b - rmbBefore.Length;
            }
            else if (StatusEndingAt(b) is (string statusText, FigureStatus found))
            {
                status ??= found;
                statusAt = b - statusText.Length;
                start = statusAt;
            }
            else if (EndingAt(CeilingTable, b) is string frame)
            {
                ceilingFrame = true;
                start = b - frame.Length;
            }
            else if (QualifierEndingAt(b) is (string markerText, Qualifier qualifier, bool inclusive))
            {
                start = b - markerText.Length;
                markers[markerCount++] = (markerText, start, qualifier, inclusive, 1);
            }
            else
            {
                break;
            }
        }

        // The qualifier: the marker nearest the number; two of them are a finding.
        Qualifier chosen = Qualifier.None;
        bool chosenInclusive = true;
        if (markerCount > 0)
        {
            markers = markers[..markerCount];
            markers.Sort(static (a, b) => b.Rank != a.Rank ? b.Rank.CompareTo(a.Rank) : b.Start.CompareTo(a.Start));
            (string keptText, _, chosen, chosenInclusive, _) = markers[0];
            for (int m = 1; m < markers.Length; m++)
            {
                bool sameClass = markers[m].Qualifier == chosen;
                (findings ??= []).Add(new FigureFinding(
                    sameClass ? FigureFindingKind.RepeatedQualifier : FigureFindingKind.ConflictingQualifiers,
                    Math.Min(markers[m].Start, start),
                    figureEnd - Math.Min(markers[m].Start, start),
                    sameClass
                        ? $"{markers[m].Text} and {keptText} say the same ({chosen}); the figure keeps {keptText}"
                        : $"{markers[m].Text} ({markers[m].Qualifier}) and {keptText} ({chosen}) contradict each other; the figure keeps {keptText}, the marker nearest the number"));
            }
        }
        else if (ceilingFrame)
        {
            chosen = Qualifier.AtMost;
        }

        // The unit, inferred when it was left out.
        bool inferred = false;
        FigureKind kind;
        string unitText;
        CountUnit? countUnit = null;
        if (unitWord is not null)
        {
            kind = unitWord.Kind;
            unitText = unitWord.Text;
            countUnit = unitWord.CountUnit;
        }
        else if (renminbi)
        {
            (kind, unitText, inferred) = (FigureKind.Money, "元", true);
        }
        else if (InferInClause(start) is (FigureKind inferredKind, string inferredUnit, var inferredCount))
        {
            (kind, unitText, countUnit, inferred) = (inferredKind, inferredUnit, inferredCount, true);
        }
        else
        {
            problem = "the number has no unit, and the phrase before it does not say what it counts";
            return false;
        }

        // A status marker further back in the clause (looked for once the number is known to be a figure).
        status ??= StatusInClause(start);

        if (kind == FigureKind.ForeignCurrency)
        {
            (findings ??= []).Add(new FigureFinding(FigureFindingKind.ForeignCurrency, start, figureEnd - start, $"{unitText} is not CNY; the amount is not read as Money"));
        }

        if (!PrintedNumber.TryCreate(digits, decimals, (Scale)scale, out PrintedNumber printed))
        {
            problem = "the number has more digits than a printed number holds exactly";
            failure = new Failure(FigureFindingKind.NumberOutOfRange, start, figureEnd);
            return false;
        }

        if (!TryPublish(kind, printed, chosen, chosenInclusive, status ?? FigureStatus.Normal, out Publication publication, out long baseUnits, out problem, out FigureFindingKind failed))
        {
            failure = new Failure(failed, start, figureEnd);
            return false;
        }

        figure = new FigureInContext(kind, start, figureEnd - start, unitText, inferred, countUnit, publication, baseUnits, findings?.ToArray() ?? []);
        return true;
    }

    private static bool TryPublish(
        FigureKind kind, PrintedNumber printed, Qualifier qualifier, bool inclusive, FigureStatus status, out Publication publication, out long baseUnits,
        [NotNullWhen(false)] out string? problem, out FigureFindingKind failure)
    {
        baseUnits = 0;
        publication = default;
        failure = default;
        switch (kind)
        {
            case FigureKind.Money:
            case FigureKind.Headcount:
            case FigureKind.Count:
                int exponent = kind == FigureKind.Money ? 2 : 0;
                if (!TryBaseUnits(printed, exponent, out baseUnits, out bool whole))
                {
                    (problem, failure) = (kind, whole) switch
                    {
                        (FigureKind.Money, true) => ("the amount is outside the range of Money", FigureFindingKind.NumberOutOfRange),
                        (FigureKind.Money, false) => ("the amount is finer than a fen (0.01 元)", FigureFindingKind.NotWholeUnits),
                        (_, true) => ("the number is outside the range of a 64-bit count", FigureFindingKind.NumberOutOfRange),
                        _ => ("the number is not a whole number of units", FigureFindingKind.NotWholeUnits),
                    };
                    return false;
                }

                if (kind != FigureKind.Money && baseUnits < 0)
                {
                    problem = "a number of persons or things cannot be negative";
                    failure = FigureFindingKind.NegativeCount;
                    return false;
                }

                return Publication.TryCreateWhole(printed, baseUnits, exponent, qualifier, inclusive, status, kind != FigureKind.Money, out publication, out problem);
            case FigureKind.Percent:
            case FigureKind.PercentagePoints:
                if (printed.Scale != Scale.One)
                {
                    problem = "a rate or a number of percentage points is printed without a scale";
                    return false;
                }

                // A rate of a report (few digits and decimals): the rate's check in 64-bit arithmetic, which falls back to the
                // exact one with the same arguments; larger numbers go to the exact check straight away.
                if (printed.Decimals <= 12 && printed.Digits <= 1_000_000_000_000_000 && printed.Digits >= -1_000_000_000_000_000)
                {
                    return Publication.TryCreateRate(printed, printed.Value * Hundredth, qualifier, inclusive, status, out publication, out problem);
                }

                return Publication.TryCreate(printed, (ExactFraction)printed.Value * Hundredth, Hundredth, qualifier, inclusive, status, nonNegative: false, wholeBaseUnits: false, out publication, out problem);
            default:
                return Publication.TryCreate(printed, printed.Value, Ratio.One, qualifier, inclusive, status, nonNegative: false, wholeBaseUnits: false, out publication, out problem);
        }
    }

    /// <summary>The printed number in base units (10^<paramref name="exponent"/> a printed unit), when it is whole and fits;
    /// <paramref name="whole"/> says, on failure, whether it was whole (and so out of range).</summary>
    private static bool TryBaseUnits(PrintedNumber printed, int exponent, out long value, out bool whole)
    {
        // 128-bit arithmetic: the digits are below 10³⁸, and a product that could leave 128 bits is out of range anyway.
        value = 0;
        whole = true;
        Int128 digits = printed.Digits;
        int shift = (int)printed.Scale + exponent - printed.Decimals;
        if (digits == 0)
        {
            return true;
        }

        if (shift >= 0)
        {
            if (shift > 19 || digits < long.MinValue || digits > long.MaxValue)
            {
                return false;
            }

            digits *= Pow10.Of(shift);
        }
        else
        {
            if (-shift > Pow10.Max)
            {
                whole = false;
                return false;
            }

            (digits, Int128 remainder) = Int128.DivRem(digits, Pow10.Of(-shift));
            if (remainder != 0)
            {
                whole = false;
                return false;
            }
        }

        if (digits < long.MinValue || digits > long.MaxValue)
        {
            return false;
        }

        value = (long)digits;
        return true;
    }

    private bool TryReadNumber(int index, out Int128 digits, out int decimals, out int scale, out int end, [NotNullWhen(false)] out string? problem)
    {
        digits = 0;
        decimals = 0;
        scale = 0;
        end = index;
        if (text[index] is '负' or '負')
        {
            // 负 is a minus sign: the number after it, negated ("负3万人" is −3万人, "负三点八" −3.8).
            if (!TryReadNumber(index + 1, out digits, out decimals, out scale, out end, out problem))
            {
                return false;
            }

            digits = -digits;
            return true;
        }

        int run = NumeralRunEnd(index);
        if (IsArabicDigit(text[index]) || !ContextVocabulary.NumeralStartSet.Contains(text[index]))
        {
            if (!IsMixed(index, run))
            {
                if (!PublishedText.TryReadPrinted(text.AsSpan(index, hi - index), out PublishedText.Printing figure, out int length))
                {
                    problem = "the digits do not make a number";
                    return false;
                }

                digits = figure.Numerator;
                decimals = figure.Decimals;
                scale = (int)figure.Scale;
                end = index + length;
                problem = null;
                return true;
            }
        }

        // A Chinese numeral, or Arabic digits mixed with numeral units ("2万3千"): the longest prefix of the run that reads.
        // No numeral within decimal's 28 significant digits is longer than MaxNumeralLength characters (every digit with
        // its unit and every 零, the scales, 29 decimals), so longer runs are cut there: each read is bounded, the
        // scan of a text linear.
        for (int k = Math.Min(run, index + MaxNumeralLength); k > index; k--)
        {
            string candidate = text[index..k];
            if (candidate[^1] is '点' or '點' or '.' or '．')
            {
                continue;
            }

            if (ChineseNumeral.TryParse(candidate, out decimal value))
            {
                scale = candidate.EndsWith("万亿", StringComparison.Ordinal) || candidate.EndsWith("萬億", StringComparison.Ordinal) ? 12
                    : candidate[^1] is '亿' or '億' ? 8
                    : candidate[^1] is '万' or '萬' ? 4
                    : 0;
                decimal printedValue = value / Pow10Decimal(scale);
                ToDigits(printedValue, out digits, out decimals);
                end = k;
                problem = null;
                return true;
            }
        }

        problem = "the characters there do not make a number";
        return false;
    }

    /// <summary>Whether Arabic digits are mixed with numeral units: a unit 十百千 in the run, or a digit after its scale.</summary>
    private bool IsMixed(int index, int run)
    {
        bool scaleSeen = false;
        for (int i = index; i < run; i++)
        {
            char c = text[i];
            if (c is '十' or '百' or '千' or '拾' or '佰' or '仟')
            {
                return true;
            }

            if (IsScaleCharacter(c))
            {
                scaleSeen = true;
            }
            else if (scaleSeen && IsArabicDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private int NumeralRunEnd(int index)
    {
        int i = index;
        if (i < hi && text[i] is '-' or '−' or '－' or '+' or '＋' or '负' or '負')
        {
            i++;
        }

        while (i < hi && (IsArabicDigit(text[i]) || text[i] is '.' or '．' || ContextVocabulary.NumeralCharacterSet.Contains(text[i])))
        {
            i++;
        }

        return i;
    }

    private static decimal Pow10Decimal(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>The digits and decimals of an exact decimal, without trailing zeros after the point.</summary>
    private static void ToDigits(decimal value, out Int128 digits, out int decimals)
    {
        decimals = value.Scale;
        Int128 mantissa = (Int128)(value * Pow10Decimal(decimals));
        while (decimals > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            decimals--;
        }

        digits = mantissa;
    }

    private int CompoundScale(int scale, ref int end)
    {
        if (scale == 4 && end < hi && text[end] is '亿' or '億')
        {
            end++;
            return 12;
        }

        return scale;
    }

    private int SkipSpaces(int i)
    {
        while (i < hi && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private ContextVocabulary.UnitWord? MatchUnit(int at)
    {
        int k = UnitTable.StartingAt(text, at, lo, hi);
        return k < 0 ? null : ContextVocabulary.Units[k];
    }

    private QualifierMarker? MatchAfter(int at)
    {
        int k = AfterTable.StartingAt(text, at, lo, hi);
        return k < 0 ? null : AfterMarkers[k];
    }

    private string? MatchAny(WordTable words, int at)
    {
        int k = words.StartingAt(text, at, lo, hi);
        return k < 0 ? null : words.Words[k];
    }

    private string? EndingAt(WordTable words, int end)
    {
        int k = words.EndingAt(text, end, lo);
        return k < 0 ? null : words.Words[k];
    }

    private (string, FigureStatus)? StatusEndingAt(int end)
    {
        int k = StatusTable.EndingAt(text, end, lo);
        return k < 0 ? null : ContextVocabulary.StatusWords[k];
    }

    private (string, Qualifier, bool)? QualifierEndingAt(int end)
    {
        int extra = ExtraBeforeTable.EndingAt(text, end, lo);
        if (extra >= 0)
        {
            return ContextVocabulary.ExtraBefore[extra];
        }

        int verb = WithVerbTable.EndingAt(text, end, lo);
        if (verb >= 0)
        {
            (string verbText, Qualifier verbQualifier, bool verbInclusive) = ContextVocabulary.WithVerb[verb];
            int at = end - verbText.Length - 1;
            if (!(verbText[0] is '约' or '約' && at >= 0 && ContextVocabulary.NotBeforeYue.Contains(text[at])))
            {
                return (verbText, verbQualifier, verbInclusive);
            }
        }

        int k = BeforeTable.EndingAt(text, end, lo);
        if (k < 0)
        {
            return null;
        }

        QualifierMarker marker = BeforeMarkers[k];
        int before = end - marker.Text.Length - 1;
        char previous = before >= 0 ? text[before] : '\0';
        if ((marker.Text is "近" && ContextVocabulary.NotBeforeJin.Contains(previous))
            || (marker.Text is "约" or "約" && ContextVocabulary.NotBeforeYue.Contains(previous)))
        {
            return null;
        }

        return (marker.Text, marker.Qualifier, marker.Inclusive);
    }

    /// <summary>The status marker nearest before <paramref name="start"/> in its clause, at most
    /// <see cref="ContextVocabulary.MaxLookBack"/> characters back.</summary>
    private FigureStatus? StatusInClause(int start)
    {
        int k = InClause(StatusTable, start);
        return k < 0 ? null : ContextVocabulary.StatusWords[k].Status;
    }

    /// <summary>The kind a left-out unit has, from the phrase nearest before <paramref name="start"/> in its clause.</summary>
    private (FigureKind, string, CountUnit?)? InferInClause(int start)
    {
        int k = InClause(InferenceTable, start);
        if (k < 0)
        {
            return null;
        }

        ContextVocabulary.Inference inference = ContextVocabulary.Inferences[k];
        return (inference.Kind, inference.Unit, inference.CountUnit);
    }

    /// <summary>The index of the first word of <paramref name="words"/> that ends nearest before <paramref name="start"/>
    /// in its clause, at most <see cref="ContextVocabulary.MaxLookBack"/> characters back, or -1.</summary>
    private int InClause(WordTable words, int start)
    {
        int floor = Math.Max(0, start - ContextVocabulary.MaxLookBack);
        for (int end = start; end > floor; end--)
        {
            if (ContextVocabulary.ClauseBreakSet.Contains(text[end - 1]))
            {
                return -1;
            }

            int k = words.EndingAt(text, end, 0);
            if (k >= 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A number with its unit that cannot be a figure: what is wrong (<see cref="Kind"/>, 0 when nothing was found)
    /// and the span from its first marker to the end of its unit.</summary>
    internal readonly record struct Failure(FigureFindingKind Kind, int Start, int End);

    /// <summary>Room for the markers of one figure (see <see cref="Read"/>).</summary>
    [InlineArray(8)]
    private struct MarkerBuffer
    {
        private (string Text, int Start, Qualifier Qualifier, bool Inclusive, int Rank) first;
    }
}
