using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>The audit of stated targets, changes in percentage points, rate targets and totals with their parts.</summary>
internal sealed partial class ReportAuditor
{
    /// <summary>How far after a total 其中 may come and still introduce its parts ("1000亿元，其中").</summary>
    private const int PartsMarkerReach = 4;

    /// <summary>How many figures on each side of a ceiling are looked at for the rate it is set against.</summary>
    private const int NearestLooked = 8;

    /// <summary>How many figures after a total are looked at for its parts: a list after 其中 is short, and a sentence of
    /// thousands of figures still gets an audit in linear time.</summary>
    private const int MostParts = 64;

    private IndicatorIndex? rates;

    private static bool IsRate(ExtractedFigure f) => f.Role == FigureRole.Actual && f.Kind == FigureKind.Percent;

    private static bool IsAmount(FigureKind kind) => kind is FigureKind.Money or FigureKind.Headcount or FigureKind.Count;

    private static bool SameUnit(ExtractedFigure a, ExtractedFigure b) =>
        a.Kind == b.Kind && (a.Kind != FigureKind.Count || a.Figure.CountUnit == b.Figure.CountUnit);

    private StatedTargetAudit[] StatedTargets()
    {
        var result = new List<StatedTargetAudit>();
        var completed = new HashSet<(int, int)>();
        foreach (CompletionStatement statement in extraction.Completions)
        {
            if (statement.StatedTarget is { } t && statement.Actual is { } a)
            {
                completed.Add((t.Index, a.Index));
            }
        }

        IndicatorIndex? actuals = null;
        foreach (ExtractedFigure target in figures)
        {
            if (target.Role != FigureRole.Target || !IsAmount(target.Kind) || target.Indicator is not { } phrase)
            {
                continue;
            }

            actuals ??= new IndicatorIndex(figures, f => f.Role == FigureRole.Actual && IsAmount(f.Kind));
            foreach (ExtractedFigure actual in actuals.Matching(phrase))
            {
                if (SameUnit(actual, target) && !completed.Contains((target.Index, actual.Index)) && TryStated(target, actual, out StatedTargetAudit? audit))
                {
                    result.Add(audit);
                }
            }
        }

        return result.ToArray();
    }

    private static bool TryStated(ExtractedFigure target, ExtractedFigure actual, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StatedTargetAudit? audit)
    {
        FigureInContext t = target.Figure;
        FigureInContext a = actual.Figure;
        try
        {
            audit = actual.Kind switch
            {
                FigureKind.Money when a.TryGetMoney(out PublishedFigure<Money> am) && t.TryGetMoney(out PublishedFigure<Money> tm) => Stated(target, actual, am, tm),
                FigureKind.Headcount when a.TryGetHeadcount(out PublishedFigure<Headcount> ap) && t.TryGetHeadcount(out PublishedFigure<Headcount> tp) => Stated(target, actual, ap, tp),
                FigureKind.Count when a.TryGetCount(out PublishedFigure<UnitCount> ac) && t.TryGetCount(out PublishedFigure<UnitCount> tc) => Stated(target, actual, ac, tc),
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            audit = null;
        }

        return audit is not null;
    }

    private static StatedTargetAudit Stated<T>(ExtractedFigure targetFigure, ExtractedFigure actualFigure, PublishedFigure<T> actual, PublishedFigure<T> target)
        where T : struct, IQuantity<T>
    {
        bool ceiling = target.Qualifier == Qualifier.AtMost;
        QuantityTarget<T> goal = ceiling
            ? QuantityTarget.AtMost(target.Value, target.IsInclusive)
            : QuantityTarget.AtLeast(target.Value, target.IsInclusive);
        PublishedTargetOutcome<T> outcome = goal.Evaluate(actual);
        DerivedFigure? completion = !ceiling && target.Value.BaseUnits > 0 && actual.Value.BaseUnits >= 0
            ? DerivedFigure.RateOf(DerivedFigure.Of(actual), DerivedFigure.Of(target.Value), 2)
            : null;
        return new StatedTargetAudit(targetFigure, actualFigure, outcome.Verdict, completion, outcome.Explain);
    }

    private RateChangeAudit[] RateChanges()
    {
        var result = new List<RateChangeAudit>();
        foreach (ExtractedFigure change in figures)
        {
            if (change.Role != FigureRole.PercentagePointChange || change.Modifies is not { Kind: FigureKind.Percent } rate
                || !rate.Figure.TryGetRate(out PublishedRate now) || !change.Figure.TryGetPercentagePoints(out PercentagePoints points))
            {
                continue;
            }

            // Earlier = now − rise, or now + fall; both figures in percent (points) for the derived figure.
            Ratio sign = change.IsDecrease ? Ratio.One : -Ratio.One;
            try
            {
                Ratio value = (now.Value.Ratio + (points.Ratio * sign)) * 100;
                ValueInterval bounds = (change.IsDecrease ? rate.Figure.Bounds + change.Figure.Bounds : rate.Figure.Bounds - change.Figure.Bounds) * 100;
                int decimals = Math.Max(now.Decimals, change.Figure.Printed.Decimals);
                string nowText = rate.Text;
                string changeText = change.Text;
                var earlier = new DerivedFigure(
                    DerivedUnit.Rate, value, bounds, new DisplayFormat(Scale.One, decimals),
                    new DisplayFormat(Scale.One, Math.Min(decimals + 1, DisplayFormat.MaxDecimals)),
                    (f, language, format) => nowText + (change.IsDecrease ? " + " : " − ") + changeText + " = " + f.ToString(format, language)
                        + ExplainText.Pick(language, "，区间 ", "，區間 ", ", in ") + f.BoundsToString(language));
                result.Add(new RateChangeAudit(rate, change, earlier));
            }
            catch (ArithmeticException)
            {
                // A rate or change with more digits than 128-bit ratios hold: nothing to say about the earlier rate.
            }
        }

        return result.ToArray();
    }

    private RateTargetAudit[] RateTargets()
    {
        var result = new List<RateTargetAudit>();
        foreach (ExtractedFigure target in figures)
        {
            if (target.Role != FigureRole.Target || target.Kind != FigureKind.Percent
                || target.Qualifier is not (Qualifier.AtMost or Qualifier.AtLeast) || !target.Figure.TryGetRate(out PublishedRate goal))
            {
                continue;
            }

            ExtractedFigure? actual = RateActualFor(target);
            if (actual is null || !actual.Figure.TryGetRate(out PublishedRate rate))
            {
                continue;
            }

            try
            {
                result.Add(RateTarget(target, actual, goal, rate));
            }
            catch (ArithmeticException)
            {
                // Too many digits for exact arithmetic: not checked.
            }
        }

        return result.ToArray();
    }

    /// <summary>The rate a ceiling or floor is set against: the nearest actual rate before it in its sentence, else the
    /// nearest after it, else one of the same indicator.</summary>
    private ExtractedFigure? RateActualFor(ExtractedFigure target)
    {
        (int start, int end) = SentenceOf(target.Start);
        for (int k = target.Index - 1; k >= 0 && figures[k].Start >= start && target.Index - k <= NearestLooked; k--)
        {
            if (IsRate(figures[k]))
            {
                return figures[k];
            }
        }

        for (int k = target.Index + 1; k < figures.Count && figures[k].Start < end && k - target.Index <= NearestLooked; k++)
        {
            if (IsRate(figures[k]))
            {
                return figures[k];
            }
        }

        if (target.Indicator is { } phrase)
        {
            rates ??= new IndicatorIndex(figures, IsRate);
            List<ExtractedFigure> same = rates.Matching(phrase);
            return same.Count > 0 ? same[0] : null;
        }

        return null;
    }

    private RateTargetAudit RateTarget(ExtractedFigure target, ExtractedFigure actual, PublishedRate goal, PublishedRate rate)
    {
        bool ceiling = target.Qualifier == Qualifier.AtMost;
        Ratio level = goal.Value.Ratio;
        ValueInterval rates = actual.Figure.Bounds;
        ValueInterval margins = ceiling ? ValueInterval.Point(level) - rates : rates - ValueInterval.Point(level);
        bool inclusive = goal.IsInclusive;
        bool met = margins.Lower is Ratio low && (low.Sign > 0 || (low.Sign == 0 && (inclusive || !margins.IsLowerClosed)));
        bool missed = margins.Upper is Ratio high && (high.Sign < 0 || (high.Sign == 0 && (!inclusive || !margins.IsUpperClosed)));
        TargetVerdict verdict = met ? TargetVerdict.Met : missed ? TargetVerdict.NotMet : TargetVerdict.Undetermined;
        Targets.RateTarget stated = ceiling ? Targets.RateTarget.AtMost(goal.Value, inclusive) : Targets.RateTarget.AtLeast(goal.Value, inclusive);
        RateTargetOutcome outcome = stated.Evaluate(rate.Value);
        int decimals = Math.Max(rate.Decimals, goal.Decimals);
        var margin = new DerivedFigure(
            DerivedUnit.Points, (ceiling ? level - rate.Value.Ratio : rate.Value.Ratio - level) * 100, margins * 100,
            new DisplayFormat(Scale.One, decimals), new DisplayFormat(Scale.One, Math.Min(decimals + 1, DisplayFormat.MaxDecimals)),
            (f, language, format) => outcome.Explain(language));
        string what = $"{Quote(actual)} against \"{target.Text}\"";
        (int spanStart, int spanLength) = Spanning(actual, target);
        if (verdict == TargetVerdict.NotMet)
        {
            Add(AuditSeverity.Inconsistency, AuditFindingKind.RateTargetMissed, spanStart, spanLength,
                $"The rate {what} misses it: margin {margin.ToString(ExplainLanguage.English)}, in {margin.BoundsToString(ExplainLanguage.English)}.");
        }
        else if (verdict == TargetVerdict.Undetermined)
        {
            Add(AuditSeverity.Warning, AuditFindingKind.RateTargetUndetermined, spanStart, spanLength,
                $"The rate {what} may meet it or miss it: the margin lies in {margin.BoundsToString(ExplainLanguage.English)}.");
        }

        return new RateTargetAudit(actual, target, ceiling ? TargetKind.AtMost : TargetKind.AtLeast, verdict, margin);
    }

    private SumCheck[] Sums()
    {
        var result = new List<SumCheck>();
        string text = extraction.Text;
        for (int k = 0; k + 1 < figures.Count; k++)
        {
            ExtractedFigure total = figures[k];
            int after = total.Start + total.Length;
            int reach = Math.Min(text.Length, after + PartsMarkerReach + 2);
            int marker = text.IndexOf("其中", after, reach - after, StringComparison.Ordinal);
            if (total.Role != FigureRole.Actual || !IsAmount(total.Kind) || marker < 0 || marker > figures[k + 1].Start)
            {
                continue;
            }

            (_, int end) = SentenceOf(after);
            var parts = new List<ExtractedFigure>();

            // Brackets are counted from the end of 其中: a figure inside a bracket opened in the list is a part of a part
            // ("1万人（其中硕士5000人）、农民工2万人"), and a bracket closed that the list did not open ends it (the list of
            // "1万人（其中硕士5000人、本科5000人）" ends at ）).
            int scanned = marker + 2;
            int depth = 0;
            for (int j = k + 1; j < figures.Count && figures[j].Start < end && j - k <= MostParts; j++)
            {
                ExtractedFigure part = figures[j];
                for (; scanned < part.Start && depth >= 0; scanned++)
                {
                    depth += IsOpener(text[scanned]) ? 1 : IsCloser(text[scanned]) ? -1 : 0;
                }

                if (depth < 0)
                {
                    break;
                }

                if (depth > 0)
                {
                    continue;
                }

                if (part.Role == FigureRole.Actual && part.Kind == total.Kind && !SameUnit(part, total))
                {
                    break; // another unit: another topic
                }

                if (part.Role == FigureRole.Actual && SameUnit(part, total))
                {
                    parts.Add(part);
                    if (parts.Count == 1)
                    {
                        end = ListEnd(text, part.Start + part.Length, end);
                    }
                }
            }

            if (parts.Count > 0)
            {
                result.Add(Sum(total, parts));
            }
        }

        return result.ToArray();
    }

    /// <summary>Where the list of parts that starts before <paramref name="from"/> ends: at the first clause break (，,) or
    /// the next 其中 after it, else at the end of the sentence. Parts are joined by 、 ("其中制造业600亿元、建筑业400亿元"); a
    /// clause after a comma may be about something else ("其中高校毕业生8000人，失业人员再就业5000人").</summary>
    /// <remarks>Only a comma or 其中 outside brackets opened after <paramref name="from"/> ends it (a nested list in
    /// brackets belongs to its part), and so does a closing bracket the list did not open (the end of a list that is
    /// itself in brackets).</remarks>
    private static int ListEnd(string text, int from, int sentenceEnd)
    {
        int depth = 0;
        for (int i = from; i < sentenceEnd; i++)
        {
            char c = text[i];
            if (IsOpener(c))
            {
                depth++;
            }
            else if (IsCloser(c) && --depth < 0)
            {
                return i;
            }
            else if (depth == 0 && (c is '，' or ',' || (c == '其' && i + 1 < sentenceEnd && text[i + 1] == '中')))
            {
                return i;
            }
        }

        return sentenceEnd;
    }

    private static bool IsOpener(char c) => c is '（' or '(' or '［' or '[' or '【';

    private static bool IsCloser(char c) => c is '）' or ')' or '］' or ']' or '】';

    private SumCheck Sum(ExtractedFigure total, List<ExtractedFigure> parts)
    {
        // Bounds are in base units (fen, persons, units); the derived figure is in printed units.
        Ratio perUnit = total.Kind == FigureKind.Money ? new Ratio(1, 100) : Ratio.One;
        Ratio value = Ratio.Zero;
        ValueInterval bounds = ValueInterval.Point(Ratio.Zero);
        var texts = new List<string>(parts.Count);
        foreach (ExtractedFigure part in parts)
        {
            value += part.Figure.Printed.Value;
            bounds += part.Figure.Bounds;
            texts.Add(part.Text);
        }

        SumCheckOutcome outcome = Compare(bounds, total.Figure.Bounds);
        DerivedUnit unit = total.Kind switch
        {
            FigureKind.Money => DerivedUnit.Yuan,
            FigureKind.Headcount => DerivedUnit.Persons,
            _ => total.Figure.CountUnit is CountUnit counted ? DerivedUnit.Of(counted) : DerivedUnit.None,
        };
        string sumText = string.Join(" + ", texts);
        // Shown in the total's scale, with the decimals the finest part needs there (8000人 of a total in 万: 0.8000万人).
        Scale scale = total.Figure.Printed.Scale;
        int decimals = total.Figure.Printed.Decimals;
        foreach (ExtractedFigure part in parts)
        {
            decimals = Math.Max(decimals, part.Figure.Printed.Decimals + (int)scale - (int)part.Figure.Printed.Scale);
        }

        var format = new DisplayFormat(scale, Math.Clamp(decimals, 0, DisplayFormat.MaxDecimals));
        var sum = new DerivedFigure(unit, value, bounds * perUnit, format, format,
            (f, language, format) => sumText + " = " + f.ToString(format, language) + ExplainText.Pick(language, "，区间 ", "，區間 ", ", in ") + f.BoundsToString(language));
        if (outcome == SumCheckOutcome.PartsExceedTotal)
        {
            Add(AuditSeverity.Inconsistency, AuditFindingKind.PartsExceedTotal, total.Start, parts[^1].Start + parts[^1].Length - total.Start,
                $"The parts after 其中 ({sumText}) add up to {sum.ToString(ExplainLanguage.English)}, in {sum.BoundsToString(ExplainLanguage.English)}, more than the total \"{total.Text}\" can be.");
        }
        else if (outcome == SumCheckOutcome.PartsBelowTotal)
        {
            Add(AuditSeverity.Information, AuditFindingKind.PartsBelowTotal, total.Start, parts[^1].Start + parts[^1].Length - total.Start,
                $"The parts after 其中 ({sumText}) add up to {sum.ToString(ExplainLanguage.English)}, less than the total \"{total.Text}\": the list is not complete.");
        }

        return new SumCheck(total, parts, sum, outcome);
    }

    private static SumCheckOutcome Compare(ValueInterval parts, ValueInterval total)
    {
        if (parts.TryIntersect(total, out _))
        {
            return SumCheckOutcome.Agrees;
        }

        return total.Upper is Ratio high && parts.Lower is Ratio low && low >= high ? SumCheckOutcome.PartsExceedTotal : SumCheckOutcome.PartsBelowTotal;
    }
}
