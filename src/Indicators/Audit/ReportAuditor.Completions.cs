using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>The audit of completion statements.</summary>
internal sealed partial class ReportAuditor
{
    private CompletionAudit Audit(CompletionStatement statement)
    {
        ExtractedFigure? actual = statement.Actual;
        if (actual is null)
        {
            Add(AuditSeverity.Warning, AuditFindingKind.CompletionWithoutActual, statement.Start, statement.Length,
                $"The completion rate \"{statement.Rate.Text}\" has no actual before it in its sentence to be the rate of.");
            return NotAudited(statement);
        }

        ExtractedFigure? stated = statement.StatedTarget;
        FigureInContext a = actual.Figure;
        FigureInContext? t = stated?.Figure;
        if (!statement.Rate.Figure.TryGetRate(out PublishedRate rate))
        {
            return NotAudited(statement, "its rate is not a percentage");
        }

        try
        {
            return actual.Kind switch
            {
                FigureKind.Money when a.TryGetMoney(out PublishedFigure<Money> money) =>
                    Audit(statement, money, rate, t is not null && t.TryGetMoney(out PublishedFigure<Money> tm) ? tm : null),
                FigureKind.Headcount when a.TryGetHeadcount(out PublishedFigure<Headcount> persons) =>
                    Audit(statement, persons, rate, t is not null && t.TryGetHeadcount(out PublishedFigure<Headcount> tp) ? tp : null),
                FigureKind.Count when a.TryGetCount(out PublishedFigure<UnitCount> count) =>
                    Audit(statement, count, rate, t is not null && t.TryGetCount(out PublishedFigure<UnitCount> tc) && tc.Value.Unit == count.Value.Unit ? tc : null),
                _ => NotAudited(statement, "its actual " + Quote(actual) + " is not an amount of money, persons or counted things"),
            };
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            return NotAudited(statement, e.Message.TrimEnd('.'));
        }
    }

    private CompletionAudit NotAudited(CompletionStatement statement, string why)
    {
        Add(AuditSeverity.Warning, AuditFindingKind.CompletionNotAudited, statement.Start, statement.Length,
            $"The completion rate \"{statement.Rate.Text}\" is not audited: {why}.");
        return NotAudited(statement);
    }

    private static CompletionAudit NotAudited(CompletionStatement statement) =>
        new(statement, null, [], null, null, isConsistent: true);

    private CompletionAudit Audit<T>(CompletionStatement statement, PublishedFigure<T> actual, PublishedRate rate, PublishedFigure<T>? statedTarget)
        where T : struct, IQuantity<T>
    {
        if (rate.Bounds.Lower is not Ratio lowest || lowest.Sign <= 0)
        {
            return NotAudited(statement, "its bounds reach zero or have no lower end (a qualified rate such as 近150% or 150%以下), so every target above some value gives it");
        }

        ImpliedTarget<T> implied = Targets.ImpliedTarget.From(actual, rate);
        ValueInterval rates = EitherRule(rate);
        DerivedUnit unit = DerivedUnit.Of(actual.Value);
        DerivedFigure impliedFigure = ImpliedFigure<T>(actual, rate, rates, unit);
        IReadOnlyList<long> roundest = implied.RoundestBaseUnits(RoundestCount, rates);
        var roundestFigures = new DerivedFigure[roundest.Count];
        for (int k = 0; k < roundest.Count; k++)
        {
            roundestFigures[k] = DerivedFigure.InUnitsOf<T>(roundest[k], unit);
        }

        string what = $"\"{statement.Rate.Text}\" of {Quote(statement.Actual!)}";
        if (roundest.Count == 0 && impliedFigure.Bounds.Upper is Ratio highest && highest < Ratio.One)
        {
            // Every target is below one 元 (or person, or unit): targets are searched in whole units, so say so rather than
            // call the figures inconsistent.
            return NotAudited(statement, $"the targets it implies, {impliedFigure.BoundsToString(ExplainLanguage.English)}, are below one whole unit");
        }

        // The target the text states is the one the report used: where there is one it decides, and the rounding verdict
        // is its own (neither when it does not give the rate); else the roundest achievable target does.
        long? stated = statedTarget?.Value.BaseUnits;
        bool? agrees = stated is long given ? given > 0 && WholeActuals(actual, given, rates, out _, out _) : null;
        RoundingConsistency? rounding = agrees switch
        {
            true => RoundingOf(actual, stated!.Value, rate, rates),
            false => RoundingConsistency.Neither,
            null => roundest.Count > 0 ? RoundingOf(actual, roundest[0], rate, rates) : null,
        };
        bool consistent = agrees != false;
        if (agrees == false)
        {
            Add(AuditSeverity.Inconsistency, AuditFindingKind.StatedTargetDisagrees, statement.Start, statement.Length,
                $"The completion rate {what} does not follow from the stated target \"{statement.StatedTarget!.Text}\": the targets it implies are {impliedFigure.BoundsToString(ExplainLanguage.English)}.");
        }

        if (roundest.Count == 0)
        {
            consistent = false;
            Add(AuditSeverity.Inconsistency, AuditFindingKind.NoAchievableTarget, statement.Start, statement.Length,
                $"No whole-unit target gives the completion rate {what}: the targets it implies, {impliedFigure.BoundsToString(ExplainLanguage.English)}, hold none that an actual the printed one allows achieves.");
        }
        else if (agrees != true && Utility.Digits.Significant(roundest[0] / (long)PublishedFigure<T>.Unit.Numerator) is int digits
            && digits > options.RoundTargetDigits)
        {
            consistent = false;
            Add(AuditSeverity.Inconsistency, AuditFindingKind.NoRoundTarget, statement.Start, statement.Length,
                $"The completion rate {what} fits no round target: the roundest target that gives it is {roundestFigures[0].ToString(ExplainLanguage.English)}, "
                + $"with {digits} significant digits (a round target has at most {options.RoundTargetDigits}); the targets it implies are {impliedFigure.BoundsToString(ExplainLanguage.English)}.");
        }

        return new CompletionAudit(statement, impliedFigure, roundestFigures, rounding, agrees, consistent);
    }

    /// <summary>Printed actual ÷ printed rate, with every target <paramref name="rates"/> allows as its bounds.</summary>
    private static DerivedFigure ImpliedFigure<T>(PublishedFigure<T> actual, PublishedRate rate, ValueInterval rates, DerivedUnit unit)
        where T : struct, IQuantity<T>
    {
        ValueInterval targets = DerivedFigure.ToUnits<T>(actual.Bounds / rates);
        Ratio centre = DerivedFigure.InUnits<T>(actual.Value.BaseUnits) / rate.Value.Ratio;
        ValueInterval actualUnits = DerivedFigure.ToUnits<T>(actual.Bounds);
        var format = new DisplayFormat(Scale.One, 2);
        return new DerivedFigure(unit, centre, targets, format, format, (f, language, shown) =>
            ExplainText.Pick(language, "目标 ∈ ", "目標 ∈ ", "target ∈ ")
            + (actualUnits.IsPoint ? actualUnits.Lower!.Value.ToString() : actualUnits.ToString(shown.Decimals ?? 2))
            + " ÷ " + (rates * 100).ToString(Math.Min(rate.Decimals + 1, DisplayFormat.MaxDecimals), "%")
            + " = " + f.Bounds.ToString(shown.Decimals ?? 2));
    }

    /// <summary>The whole base units (persons, fen, units) in the actual's bounds that, over <paramref name="target"/>, lie
    /// in <paramref name="rates"/>.</summary>
    private static bool WholeActuals<T>(PublishedFigure<T> actual, long target, ValueInterval rates, out long min, out long max)
        where T : struct, IQuantity<T>
    {
        min = max = 0;
        return (rates * new Ratio(target, 1)).TryIntersect(actual.Bounds, out ValueInterval actuals)
            && actuals.TryGetWholeNumbers(out min, out max);
    }

    /// <summary>Under which rules some whole actual the printed one allows, over <paramref name="target"/>, prints as the
    /// rate. The rules part only at the ends of the interval of exact rates, so the lowest, the next and the highest whole
    /// actual decide.</summary>
    private static RoundingConsistency RoundingOf<T>(PublishedFigure<T> actual, long target, PublishedRate rate, ValueInterval rates)
        where T : struct, IQuantity<T>
    {
        if (!WholeActuals(actual, target, rates, out long min, out long max))
        {
            return RoundingConsistency.Neither;
        }

        RoundingConsistency found = RoundingConsistency.Neither;
        foreach (long candidate in (ReadOnlySpan<long>)[min, Math.Min(min + 1, max), max])
        {
            found |= Targets.ImpliedTarget.RulesGiving(Percent.FromRatio(new Ratio(candidate, target)), rate);
        }

        return found;
    }
}
