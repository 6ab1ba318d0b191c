using System;
using System.Collections.Generic;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// Observations of indicators by region and period, immutable once built (<see cref="DatasetBuilder"/>), with the catalog
/// and the regions they refer to. Queries find a figure (<see cref="Find"/>) or select figures (<see cref="Select"/>); roll-ups
/// over regions (<see cref="RollUp"/>) and time (<see cref="YearToDate"/>, <see cref="MonthlyFlow"/>,
/// <see cref="SumOverTime"/>) and the report's own arithmetic (<see cref="Total"/>, <see cref="PerUnit"/>, <see cref="Share"/>,
/// <see cref="Product"/>) give derived figures with bounds and an <c>Explain</c> trace.
/// </summary>
/// <remarks>
/// <para>Observations are held in columns (indicator, region and period numbers, the value in base units and how it was
/// printed: 24 bytes an observation, sources aside), sorted by indicator, region and period.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Dataset
{
    private readonly int[] indicators;
    private readonly int[] regions;
    private readonly int[] periodIndices;
    private readonly long[] values;
    private readonly int[] publications;
    private readonly Dictionary<int, string> sources;
    private readonly ReportingPeriod[] periods;
    private readonly DatasetTarget[] targets;
    private readonly DatasetDerivation[] derivations;
    private readonly Dictionary<(int Indicator, int Region, ReportingPeriod Period), PublishedRate> completionRates;

    internal Dataset(
        string? title, string? source, NodaTime.LocalDate? regionsAsOf, IndicatorCatalog catalog, RegionHierarchy hierarchy, int[] indicators, int[] regions, int[] periodNumbers,
        ReportingPeriod[] periodTable, long[] values, int[] publications, Dictionary<int, string> sources, DatasetTarget[] targets,
        Dictionary<(int, int, ReportingPeriod), PublishedRate> completionRates, DatasetDerivation[] derivations)
    {
        this.derivations = derivations;
        Title = title;
        Source = source;
        RegionsAsOf = regionsAsOf;
        this.targets = targets;
        this.completionRates = completionRates;
        Catalog = catalog;
        Regions = hierarchy;

        // periodTable holds each period of the rows once (every one used by some row), numbered as periodNumbers number
        // them; the dataset numbers them in chronological order.
        int[] byTime = new int[periodTable.Length];
        for (int i = 0; i < byTime.Length; i++)
        {
            byTime[i] = i;
        }

        Array.Sort(byTime, (a, b) => ReportingPeriod.ChronologicalComparer.Compare(periodTable[a], periodTable[b]));
        this.periods = Array.ConvertAll(byTime, i => periodTable[i]);
        int[] rank = new int[byTime.Length];
        for (int i = 0; i < byTime.Length; i++)
        {
            rank[byTime[i]] = i;
        }

        int n = values.Length;
        int[] pIndex = Array.ConvertAll(periodNumbers, p => rank[p]);
        int[] order = SortOrder(indicators, regions, pIndex, catalog.Count, hierarchy.Count, this.periods.Length);

        this.indicators = new int[n];
        this.regions = new int[n];
        periodIndices = new int[n];
        this.values = new long[n];
        this.publications = new int[n];
        this.sources = new Dictionary<int, string>(sources.Count);
        for (int row = 0; row < n; row++)
        {
            int from = order[row];
            this.indicators[row] = indicators[from];
            this.regions[row] = regions[from];
            periodIndices[row] = pIndex[from];
            this.values[row] = values[from];
            this.publications[row] = publications[from];
            if (sources.TryGetValue(from, out string? note))
            {
                this.sources[row] = note;
            }
        }
    }

    /// <summary>The dataset's title, or null.</summary>
    public string? Title { get; }

    /// <summary>Where the dataset as a whole comes from, or null.</summary>
    public string? Source { get; }

    /// <summary>The date of the built-in list of administrative divisions the regions were taken from, or null.</summary>
    public NodaTime.LocalDate? RegionsAsOf { get; }

    /// <summary>The indicators the observations refer to.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The regions the observations refer to, and how they nest.</summary>
    public RegionHierarchy Regions { get; }

    /// <summary>The number of observations.</summary>
    public int Count => values.Length;

    /// <summary>Every period some observation covers, in chronological order.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => Array.AsReadOnly(periods);

    /// <summary>Every observation, sorted by indicator (in catalog order), region (in hierarchy order) and period.</summary>
    public IEnumerable<Observation> Observations
    {
        get
        {
            for (int row = 0; row < values.Length; row++)
            {
                yield return At(row);
            }
        }
    }

    /// <summary>The observation of an indicator for a region and a period, if the dataset has one; never throws.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period.</param>
    /// <param name="observation">The observation, or null.</param>
    /// <returns>Whether the dataset has it.</returns>
    public bool TryFind(string? indicator, string? region, ReportingPeriod period, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Observation? observation)
    {
        observation = null;
        int i = indicator is null ? -1 : Catalog.IndexOf(indicator);
        int r = region is null ? -1 : Regions.IndexOf(region);
        int row = i < 0 || r < 0 ? -1 : RowOf(i, r, period);
        if (row < 0)
        {
            return false;
        }

        observation = At(row);
        return true;
    }

    /// <summary>The observation of an indicator for a region and a period.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has none; the message names the three.</exception>
    public Observation Find(string indicator, string region, ReportingPeriod period) =>
        TryFind(indicator, region, period, out Observation? observation)
            ? observation
            : throw new KeyNotFoundException($"The dataset has no figure of \"{indicator}\" for \"{region}\" in {period}.");

    /// <summary>The observations that match every filter given, in the order of <see cref="Observations"/>.</summary>
    /// <param name="indicator">An indicator's code, or null for any.</param>
    /// <param name="region">A region's identifier, or null for any.</param>
    /// <param name="period">A period, or null for any.</param>
    /// <returns>The observations; none when a filter names something the dataset does not know.</returns>
    public IEnumerable<Observation> Select(string? indicator = null, string? region = null, ReportingPeriod? period = null)
    {
        int i = indicator is null ? -1 : Catalog.IndexOf(indicator);
        int r = region is null ? -1 : Regions.IndexOf(region);
        if ((indicator is not null && i < 0) || (region is not null && r < 0))
        {
            yield break;
        }

        (int start, int end) = indicator is null ? (0, values.Length) : IndicatorRows(i);
        for (int row = start; row < end; row++)
        {
            if ((r < 0 || regions[row] == r) && (period is not { } p || periods[periodIndices[row]] == p))
            {
                yield return At(row);
            }
        }
    }

    /// <summary>The rows in (indicator, region, period) order. Keys unique by construction (the builder refuses a
    /// second figure for the same three), so the sort need not be stable. When the three numbers fit one 64-bit key (up to
    /// 2¹⁹ indicators, 2²⁸ regions, 2¹⁶ periods: the key stays positive) the sort is over those keys; otherwise it compares the three in turn.</summary>
    private static int[] SortOrder(int[] indicators, int[] regions, int[] periods, int indicatorCount, int regionCount, int periodCount)
    {
        int n = indicators.Length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        if (indicatorCount <= 1 << 19 && regionCount <= 1 << 28 && periodCount <= 1 << 16)
        {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++)
            {
                keys[i] = ((long)indicators[i] << 44) | ((long)regions[i] << 16) | (long)periods[i];
            }

            Array.Sort(keys, order);
            return order;
        }

        Array.Sort(order, (a, b) =>
        {
            int c = indicators[a].CompareTo(indicators[b]);
            if (c == 0)
            {
                c = regions[a].CompareTo(regions[b]);
            }

            return c != 0 ? c : periods[a].CompareTo(periods[b]);
        });
        return order;
    }

    internal Observation At(int row)
    {
        sources.TryGetValue(row, out string? source);
        return new Observation(
            Catalog.At(indicators[row]), Regions.Regions[regions[row]], periods[periodIndices[row]], values[row],
            new PackedPublication(publications[row]), source);
    }

    /// <summary>The row of (indicator, region, period), or −1.</summary>
    internal int RowOf(int indicator, int region, ReportingPeriod period)
    {
        int p = Array.BinarySearch(periods, period, ReportingPeriod.ChronologicalComparer);
        if (p < 0 || periods[p] != period)
        {
            // The comparer orders by start and end; a different period with the same days is not the one asked for.
            p = Array.IndexOf(periods, period);
            if (p < 0)
            {
                return -1;
            }
        }

        int lo = 0;
        int hi = values.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int c = indicators[mid].CompareTo(indicator);
            if (c == 0)
            {
                c = regions[mid].CompareTo(region);
            }

            if (c == 0)
            {
                c = periodIndices[mid].CompareTo(p);
            }

            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The rows [start, end) of an indicator.</summary>
    internal (int Start, int End) IndicatorRows(int indicator) =>
        (LowerBound(indicators, 0, values.Length, indicator), LowerBound(indicators, 0, values.Length, indicator + 1));

    private static int LowerBound(int[] column, int start, int end, int value)
    {
        int lo = start;
        int hi = end;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (column[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
