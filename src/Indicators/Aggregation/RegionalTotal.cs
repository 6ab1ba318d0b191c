using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// An indicator rolled up to a region for a period (<see cref="Dataset.RollUp"/>): the figure computed from the parts by the
/// indicator's rule (a sum, or a ratio recomputed from summed components), the parts used, the parts missing, and, where the
/// dataset also publishes the region's own figure, the finding of the two set side by side.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RegionalTotal
{
    internal RegionalTotal(
        IndicatorDefinition indicator, Region region, ReportingPeriod period, DerivedFigure figure, IReadOnlyList<Observation> parts,
        IReadOnlyList<Region> missing, Observation? published, RegionalTotal? numerator, RegionalTotal? denominator)
    {
        Indicator = indicator;
        Region = region;
        Period = period;
        Figure = figure;
        Parts = parts;
        Missing = missing;
        Published = published;
        Numerator = numerator;
        Denominator = denominator;
        Finding = published is { } p ? new ConsistencyFinding(p.ToDerivedFigure(), figure) : null;
    }

    /// <summary>The indicator rolled up.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The region rolled up to.</summary>
    public Region Region { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The figure computed from the parts, with the bounds their printing gives it.</summary>
    public DerivedFigure Figure { get; }

    /// <summary>The observations summed: for each region directly under <see cref="Region"/> its own figure, or where it has
    /// none, the figures of the regions under it, and so on down. For a ratio, the numerator's and the denominator's parts
    /// are in <see cref="Numerator"/> and <see cref="Denominator"/>, and this list is empty.</summary>
    public IReadOnlyList<Observation> Parts { get; }

    /// <summary>The regions that have no figure and nothing under them with one: what the computed figure leaves out.</summary>
    public IReadOnlyList<Region> Missing { get; }

    /// <summary>Every region the computed figure leaves out: <see cref="Missing"/>, or for a ratio the regions its
    /// numerator or its denominator leaves out, each once, in the order found.</summary>
    public IReadOnlyList<Region> AllMissing =>
        Numerator is null && Denominator is null
            ? Missing
            : [.. Missing.Concat(Numerator?.AllMissing ?? []).Concat(Denominator?.AllMissing ?? []).Distinct()];

    /// <summary>Whether every part had a figure (<see cref="Missing"/> is empty, for a ratio in both components).</summary>
    public bool IsComplete => Missing.Count == 0 && (Numerator?.IsComplete ?? true) && (Denominator?.IsComplete ?? true);

    /// <summary>The region's own figure for the indicator and period, where the dataset has one.</summary>
    public Observation? Published { get; }

    /// <summary>The published figure set against the computed one, where the dataset publishes one; null otherwise.</summary>
    public ConsistencyFinding? Finding { get; }

    /// <summary>For an indicator recomputed as a ratio: the numerator rolled up; null otherwise.</summary>
    public RegionalTotal? Numerator { get; }

    /// <summary>For an indicator recomputed as a ratio: the denominator rolled up; null otherwise.</summary>
    public RegionalTotal? Denominator { get; }

    /// <summary>
    /// How the figure was computed, one line each: the region, indicator and period; each part with its region; the sum (or
    /// the ratio); the regions missing; the finding.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language)
    {
        var text = new StringBuilder();
        text.Append(Region.NameIn(language)).Append(' ').Append(Indicator.NameIn(language)).Append(' ').Append(Period).Append('\n');
        if (Numerator is not null && Denominator is not null)
        {
            AppendIndented(text, Numerator.Explain(language));
            AppendIndented(text, Denominator.Explain(language));
        }

        foreach (Observation part in Parts)
        {
            text.Append("  ").Append(part.Region.NameIn(language)).Append(": ").Append(part.ToDerivedFigure().ToString(language)).Append('\n');
        }

        text.Append("  = ").Append(Figure.Explain(language)).Append('\n');
        if (Missing.Count > 0)
        {
            text.Append("  ").Append(ExplainText.Pick(language, "缺：", "缺：", "missing: "));
            text.Append(string.Join(language == ExplainLanguage.English ? ", " : "、", Missing.Select(r => r.NameIn(language)))).Append('\n');
        }

        if (Finding is not null)
        {
            text.Append("  ").Append(Finding.Explain(language)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>For example "331000 台州市 urban-new-employment 2020-01-01/P10M: 146400人".</summary>
    /// <returns>The region, the indicator, the period and the figure.</returns>
    public override string ToString() => $"{Region} {Indicator.Code} {Period}: {Figure}";

    private static void AppendIndented(StringBuilder text, string block)
    {
        foreach (string line in block.Split('\n'))
        {
            text.Append("  ").Append(line).Append('\n');
        }
    }
}
