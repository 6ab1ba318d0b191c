using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Parquet;

/// <summary>
/// Turns the observations of one dataset into rows: the texts of each indicator, region and period computed once, and
/// which rows are the finest of their indicator and period (nothing under their region has a figure for both).
/// </summary>
internal sealed class ObservationRows
{
    private readonly Dictionary<string, int> indicatorIndex;
    private readonly IndicatorTexts[] indicators;
    private readonly RegionColumns regions;
    private readonly Dictionary<ReportingPeriod, int> periodIndex;
    private readonly string[] periodTexts;
    private readonly DateOnly[] periodStarts;
    private readonly DateOnly[] periodEnds;
    private readonly int regionCount;
    private readonly int periodCount;

    /// <summary>(indicator, region, period) keys of regions some region under which has a figure of the indicator for the period.</summary>
    private readonly HashSet<long> covered = [];

    // The last indicator, region and period seen: observations come sorted by them, so most rows repeat the row before.
    private IndicatorDefinition? lastIndicator;
    private int lastIndicatorIndex;
    private Region? lastRegion;
    private int lastRegionIndex;
    private ReportingPeriod lastPeriod;
    private int lastPeriodIndex = -1;

    internal ObservationRows(Dataset dataset)
    {
        IReadOnlyList<IndicatorDefinition> definitions = dataset.Catalog.Definitions;
        indicatorIndex = new Dictionary<string, int>(definitions.Count, StringComparer.Ordinal);
        indicators = new IndicatorTexts[definitions.Count];
        for (int i = 0; i < definitions.Count; i++)
        {
            indicatorIndex.Add(definitions[i].Code, i);
            indicators[i] = new IndicatorTexts(definitions[i]);
        }

        regions = new RegionColumns(dataset.Regions);
        IReadOnlyList<ReportingPeriod> periods = dataset.Periods;
        periodIndex = new Dictionary<ReportingPeriod, int>(periods.Count);
        periodTexts = new string[periods.Count];
        periodStarts = new DateOnly[periods.Count];
        periodEnds = new DateOnly[periods.Count];
        for (int p = 0; p < periods.Count; p++)
        {
            periodIndex.Add(periods[p], p);
            periodTexts[p] = periods[p].ToString();
            periodStarts[p] = periods[p].Start.ToDateOnly();
            periodEnds[p] = periods[p].End.ToDateOnly();
        }

        regionCount = Math.Max(1, dataset.Regions.Count);
        periodCount = Math.Max(1, periods.Count);

        // Every ancestor of a row's region is covered for the row's indicator and period. Ancestors are added from the
        // nearest up, and an ancestor already there has all of its own above it: the walk stops at the first one.
        foreach (Observation observation in dataset.Observations)
        {
            (int i, int r, int p) = Indices(observation);
            for (int a = regions.Parents[r]; a >= 0 && covered.Add(Key(i, a, p)); a = regions.Parents[a])
            {
            }
        }
    }

    /// <summary>Appends an observation's row to the buffer.</summary>
    /// <exception cref="ArgumentException">Its printed number does not fit the <c>value</c> column.</exception>
    internal void Add(Observation observation, RowGroupBuffer buffer)
    {
        (int i, int r, int p) = Indices(observation);
        IndicatorTexts texts = indicators[i];
        (long? baseUnits, PrintedNumber printed) = observation.Indicator.Quantity switch
        {
            IndicatorQuantity.Money => Money(observation.AsMoney()),
            IndicatorQuantity.Persons => Persons(observation.AsPersons()),
            IndicatorQuantity.Count => Count(observation.AsCount()),
            _ => ((long?)null, observation.AsRate().Printed),
        };
        decimal value = PrintedValue.Of(printed) ?? throw new ArgumentException(
            $"The observation {observation} was printed with {printed.Decimals} decimals; the Parquet column \"value\", DECIMAL({ObservationSchema.ValuePrecision}, {ObservationSchema.ValueScale}), holds at most {ObservationSchema.ValueScale} decimals and 20 digits before the point.",
            nameof(observation));

        int row = buffer.Count++;
        buffer.Indicators[row] = texts.Code;
        buffer.Regions[row] = observation.Region.Id;
        buffer.RegionLevels[row] = regions.Levels[r];
        buffer.Provinces[row] = regions.Provinces[r];
        buffer.Prefectures[row] = regions.Prefectures[r];
        buffer.Counties[row] = regions.Counties[r];
        buffer.AddPath(regions.Paths[r]);
        buffer.Finest[row] = !covered.Contains(Key(i, r, p));
        buffer.Periods[row] = periodTexts[p];
        buffer.PeriodStarts[row] = periodStarts[p];
        buffer.PeriodEnds[row] = periodEnds[p];
        buffer.ValueBases[row] = baseUnits;
        buffer.Values[row] = value;
        buffer.Decimals[row] = printed.Decimals;
        buffer.UnitMults[row] = (int)printed.Scale;
        buffer.Units[row] = texts.Unit;
        buffer.BaseUnits[row] = texts.BaseUnit;
        buffer.Qualifiers[row] = QualifierName(observation.Qualifier);
        buffer.Inclusive[row] = observation.IsInclusive;
        buffer.Statuses[row] = StatusName(observation.Status);
        buffer.Rollups[row] = texts.Rollup;
        buffer.Natures[row] = texts.Nature;
        buffer.Sources[row] = observation.Source;
    }

    private static (long?, PrintedNumber) Money(PublishedFigure<Money> figure) => (figure.Value.Fen, figure.Printed);

    private static (long?, PrintedNumber) Persons(PublishedFigure<Headcount> figure) => (figure.Value.Persons, figure.Printed);

    private static (long?, PrintedNumber) Count(PublishedFigure<UnitCount> figure) => (figure.Value.Value, figure.Printed);

    private static string QualifierName(Qualifier qualifier) => qualifier switch
    {
        Qualifier.None => nameof(Qualifier.None),
        Qualifier.Approximately => nameof(Qualifier.Approximately),
        Qualifier.AtMost => nameof(Qualifier.AtMost),
        Qualifier.AtLeast => nameof(Qualifier.AtLeast),
        Qualifier.Span => nameof(Qualifier.Span),
        _ => qualifier.ToString(),
    };

    private static string StatusName(FigureStatus status) => status switch
    {
        FigureStatus.Normal => nameof(FigureStatus.Normal),
        FigureStatus.Estimated => nameof(FigureStatus.Estimated),
        FigureStatus.Forecast => nameof(FigureStatus.Forecast),
        FigureStatus.Provisional => nameof(FigureStatus.Provisional),
        _ => status.ToString(),
    };

    private long Key(int indicator, int region, int period) => ((((long)indicator * regionCount) + region) * periodCount) + period;

    private (int Indicator, int Region, int Period) Indices(Observation observation)
    {
        if (!ReferenceEquals(observation.Indicator, lastIndicator))
        {
            lastIndicator = observation.Indicator;
            lastIndicatorIndex = indicatorIndex[lastIndicator.Code];
        }

        if (!ReferenceEquals(observation.Region, lastRegion))
        {
            lastRegion = observation.Region;
            lastRegionIndex = regions.IndexOf(lastRegion.Id);
        }

        if (lastPeriodIndex < 0 || observation.Period != lastPeriod)
        {
            lastPeriod = observation.Period;
            lastPeriodIndex = periodIndex[lastPeriod];
        }

        return (lastIndicatorIndex, lastRegionIndex, lastPeriodIndex);
    }

    /// <summary>The texts written for every row of an indicator.</summary>
    private sealed class IndicatorTexts(IndicatorDefinition definition)
    {
        internal string Code { get; } = definition.Code;

        /// <summary>The unit of <c>value</c> times 10^<c>unit_mult</c>.</summary>
        internal string Unit { get; } = definition.Quantity switch
        {
            IndicatorQuantity.Money => "yuan",
            IndicatorQuantity.Persons => "persons",
            IndicatorQuantity.Count => definition.Unit!.Code,
            _ => "percent",
        };

        /// <summary>The unit of <c>value_base</c>; null for a rate, which has no base unit.</summary>
        internal string? BaseUnit { get; } = definition.Quantity switch
        {
            IndicatorQuantity.Money => "fen",
            IndicatorQuantity.Persons => "persons",
            IndicatorQuantity.Count => definition.Unit!.Code,
            _ => null,
        };

        internal string Rollup { get; } = definition.Rollup.Kind.ToString();

        internal string Nature { get; } = definition.Nature.ToString();
    }
}
