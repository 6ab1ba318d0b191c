using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Serialization;
using Indicators.Targets;

namespace Indicators.Cli.Reference;

/// <summary>
/// Gathers what the library computes from a dataset into the records the output writes: every actual with a target and
/// a printed completion rate (<see cref="Dataset.AssessAll"/>), every declared derived figure (<see cref="Dataset.Evaluate"/>),
/// and every rate set against its target. It picks and labels results; it computes nothing.
/// </summary>
internal static class DatasetReport
{
    /// <summary>The name of the embedded reference dataset (<c>docs/data/taizhou-2020.json</c>).</summary>
    internal const string ResourceName = "Indicators.Cli.Data.taizhou-2020.json";

    /// <summary>Decimals the implied-target interval is shown with.</summary>
    internal const int IntervalDecimals = 2;

    /// <summary>Reads the embedded reference dataset.</summary>
    /// <exception cref="InvalidDataException">The resource is missing.</exception>
    internal static Dataset LoadReference()
    {
        using Stream stream = typeof(DatasetReport).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded resource {ResourceName} is missing.");
        return DatasetJson.Read(stream);
    }

    /// <summary>Reads a dataset file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="System.Text.Json.JsonException">The file is not a valid dataset; the message gives the JSON path.</exception>
    internal static Dataset Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return DatasetJson.Read(stream);
    }

    /// <summary>Everything <c>reproduce</c> shows of <paramref name="dataset"/>.</summary>
    internal static ReportCheck Reproduce(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var figures = new List<FigureCheck>();
        var statements = new List<DerivedCheck>();
        foreach (TargetAssessment assessment in dataset.AssessAll())
        {
            if (assessment.Completion is not null && assessment.PublishedCompletion is { } rate && assessment.ImpliedTarget is { } implied
                && assessment.Schedule is { } schedule)
            {
                figures.Add(Figure(assessment, rate, implied, schedule));
            }
            else if (assessment.Target is not null || assessment.ImpliedTarget is not null)
            {
                // Every other actual with a target (a rate or a ceiling, met or not) or with only a printed rate.
                statements.Add(TargetStatement(assessment));
            }
        }

        List<DerivedCheck> derived = [.. dataset.Derivations.Select(d => Derived(dataset, d))];
        return new ReportCheck(new ReportInfo(dataset.Title ?? string.Empty, dataset.Source), figures, derived, statements);
    }

    private static FigureCheck Figure(TargetAssessment a, PublishedRate rate, DerivedFigure implied, ScheduleComparison schedule)
    {
        Observation actual = a.Actual;
        DatasetTarget target = a.Target!;
        DerivedFigure actualFigure = actual.ToDerivedFigure();
        DerivedFigure targetFigure = target.ToDerivedFigure();
        var targetFormat = new DisplayFormat(actualFigure.Precision.Scale);
        var record = new FigureRecord(
            actual.Indicator.Code,
            new LocalizedText(actual.Indicator.NameIn(ExplainLanguage.ZhHans), actual.Indicator.NameIn(ExplainLanguage.English)),
            actual.Indicator,
            actual.Period.End.ToDateOnly(),
            actual.FigureText(),
            targetFigure.ToString(targetFormat, ExplainLanguage.ZhHans),
            target.InferredBecause ?? "printed in the report",
            rate.ToString());
        (long Min, long Max)? consistent = a.ConsistentActuals is ValueInterval actuals && actuals.TryGetWholeNumbers(out long min, out long max)
            ? (min, max)
            : null;
        var impliedCheck = new ImpliedTargetCheck(
            implied.Bounds,
            implied.Bounds.ToString(IntervalDecimals),
            [.. a.ImpliedTargetCandidates.Select(c => c.Value)],
            a.TargetAgrees ?? false,
            consistent,
            a.PublishedRateConsistency);
        var traces = new FigureTraces(
            Both(a.ExplainOutcome),
            Both(a.ExplainImpliedTarget),
            Both(language => schedule.Progress.Explain(language)),
            Both(schedule.Explain));
        return new FigureCheck(record, actualFigure, targetFigure, targetFormat, a.ExactCompletion!.Value, rate, impliedCheck, schedule, traces);
    }

    private static DerivedCheck Derived(Dataset dataset, DatasetDerivation derivation)
    {
        DerivedFigure figure = dataset.Evaluate(derivation);
        var record = new DerivedRecord(
            derivation.Id,
            new LocalizedText(derivation.NameIn(ExplainLanguage.ZhHans), derivation.NameIn(ExplainLanguage.English)),
            derivation.Kind.ToString(),
            [.. derivation.Indicators.Select(code => dataset.Find(code, derivation.Region, derivation.Period).FigureText())]);
        return new DerivedCheck(record, Both(figure.ToString), figure.IsExact ? null : Both(figure.BoundsToString), Both(figure.Explain));
    }

    // An actual shown with its bounds and, as its note, its target and the outcome (met or not, with the margin), or the
    // targets its printed completion rate implies.
    private static DerivedCheck TargetStatement(TargetAssessment a)
    {
        DerivedFigure actual = a.Actual.ToDerivedFigure();
        IndicatorDefinition indicator = a.Actual.Indicator;
        LocalizedText explain = a.Target is null ? Both(a.ExplainImpliedTarget) : Both(a.ExplainOutcome);
        var record = new DerivedRecord(
            indicator.Code,
            new LocalizedText(indicator.NameIn(ExplainLanguage.ZhHans), indicator.NameIn(ExplainLanguage.English)),
            a.Target is null ? "impliedTarget" : "target",
            [a.Actual.FigureText()],
            explain);
        return new DerivedCheck(record, Both(actual.ToString), actual.IsExact ? null : Both(actual.BoundsToString), explain);
    }

    private static LocalizedText Both(Func<ExplainLanguage, string> text) =>
        new(text(ExplainLanguage.ZhHans), text(ExplainLanguage.English));
}
