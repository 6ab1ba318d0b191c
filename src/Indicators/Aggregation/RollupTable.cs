using System;
using System.Collections;
using System.Collections.Generic;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// An indicator rolled up to every region of a level for every period at once (<see cref="Dataset.RollUpAll(string, RegionLevel)"/>,
/// <see cref="Dataset.YearToDateAll"/>): one <see cref="RollupRow"/> per region and period that has at least one part, in the
/// order of <see cref="Regions"/> and then of <see cref="Periods"/>.
/// </summary>
/// <remarks>
/// <para>The totals, bounds and part counts are held in arrays, one entry per region and period; a row is a view of one
/// entry, and its <see cref="DerivedFigure"/> is built only when asked for.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RollupTable : IReadOnlyList<RollupRow>
{
    private readonly Region[] regions;
    private readonly ReportingPeriod[] periods;
    private readonly long[] totals;
    private readonly int[] partCounts;
    private readonly long[]? lowerOffsets;
    private readonly long[]? upperOffsets;
    private readonly byte[]? openEnds;
    private readonly ValueInterval[]? bounds;
    private readonly int[] cells;
    private readonly bool[] present;
    private readonly Dictionary<string, int> regionIndex;

    internal RollupTable(
        IndicatorDefinition indicator, Region[] regions, ReportingPeriod[] periods, long[] totals, int[] partCounts,
        long[]? lowerOffsets, long[]? upperOffsets, byte[]? openEnds, ValueInterval[]? bounds, bool[] present, DisplayFormat precision)
    {
        Indicator = indicator;
        this.regions = regions;
        this.periods = periods;
        this.totals = totals;
        this.partCounts = partCounts;
        this.lowerOffsets = lowerOffsets;
        this.upperOffsets = upperOffsets;
        this.openEnds = openEnds;
        this.bounds = bounds;
        Precision = precision;
        this.present = present;
        int count = 0;
        foreach (bool p in present)
        {
            count += p ? 1 : 0;
        }

        cells = new int[count];
        int next = 0;
        for (int cell = 0; cell < present.Length; cell++)
        {
            if (present[cell])
            {
                cells[next++] = cell;
            }
        }

        regionIndex = new Dictionary<string, int>(regions.Length, StringComparer.Ordinal);
        for (int g = 0; g < regions.Length; g++)
        {
            regionIndex[regions[g].Id] = g;
        }
    }

    /// <summary>A flag of <c>openEnds</c>: some rounded part leaves the lower end out.</summary>
    internal const byte LowerOpen = 1;

    /// <summary>A flag of <c>openEnds</c>: some rounded part leaves the upper end out.</summary>
    internal const byte UpperOpen = 2;

    /// <summary>A flag of <c>openEnds</c>: some part is rounded.</summary>
    internal const byte Rounded = 4;

    /// <summary>The indicator rolled up.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The regions rolled up to, in hierarchy order, whether or not any of their rows has a part.</summary>
    public IReadOnlyList<Region> Regions => Array.AsReadOnly(regions);

    /// <summary>The periods of the table's columns, in chronological order: every period of the dataset for a roll-up, the
    /// year to the end of each month (January to December) for a year to date.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => Array.AsReadOnly(periods);

    /// <summary>The number of rows: the (region, period) pairs with at least one part.</summary>
    public int Count => cells.Length;

    /// <summary>Whether every total is exact: every part was printed to its last base unit (the bounds are points).</summary>
    public bool IsExact => bounds is null && upperOffsets is null;

    /// <summary>The precision the rows' figures are written with by default: the scale of the indicator's first figure.</summary>
    internal DisplayFormat Precision { get; }

    /// <summary>The row at an index, in the order of <see cref="Regions"/> and then <see cref="Periods"/>.</summary>
    /// <param name="index">The index, from 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the table.</exception>
    public RollupRow this[int index]
    {
        get
        {
            if ((uint)index >= (uint)cells.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The table has {cells.Length} rows.");
            }

            return new RollupRow(this, cells[index]);
        }
    }

    /// <summary>The row of a region and a period, if the table has one (some part was found for that period); never throws.</summary>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period: one of <see cref="Periods"/>.</param>
    /// <param name="row">The row, or null.</param>
    /// <returns>Whether the table has it.</returns>
    public bool TryGet(string? region, ReportingPeriod period, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RollupRow? row)
    {
        row = null;
        if (region is null || !regionIndex.TryGetValue(region, out int g))
        {
            return false;
        }

        int p = Array.IndexOf(periods, period);
        if (p < 0 || !present[(g * periods.Length) + p])
        {
            return false;
        }

        row = new RollupRow(this, (g * periods.Length) + p);
        return true;
    }

    /// <summary>The row of a region and a period.</summary>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">The table has no row for them (no part under the region for the period, or
    /// the region or period is not one of the table's); the message names them.</exception>
    public RollupRow Find(string region, ReportingPeriod period) =>
        TryGet(region, period, out RollupRow? row)
            ? row
            : throw new KeyNotFoundException($"The roll-up of \"{Indicator.Code}\" has no row for \"{region}\" in {period}.");

    /// <inheritdoc />
    public IEnumerator<RollupRow> GetEnumerator()
    {
        foreach (int cell in cells)
        {
            yield return new RollupRow(this, cell);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal Region RegionOf(int cell) => regions[cell / periods.Length];

    internal ReportingPeriod PeriodOf(int cell) => periods[cell % periods.Length];

    internal long TotalOf(int cell) => totals[cell];

    internal int PartCountOf(int cell) => partCounts[cell];

    internal ValueInterval BoundsOf(int cell)
    {
        if (bounds is not null)
        {
            return bounds[cell];
        }

        Int128 total = totals[cell];
        if (openEnds is null || openEnds[cell] == 0)
        {
            return ValueInterval.Point(new Ratio(total, 1));
        }

        // Rounded parts printed without a qualifier: each is v − h to v + h (0 to h for a quantity that cannot be negative),
        // each end open or closed as its sign says, so the sum runs from Σ v − Σ lower offsets to Σ v + Σ upper offsets.
        byte flags = openEnds[cell];
        return ValueInterval.Of(
            new Ratio(total - lowerOffsets![cell], 1), (flags & LowerOpen) == 0, new Ratio(total + upperOffsets![cell], 1), (flags & UpperOpen) == 0);
    }
}
