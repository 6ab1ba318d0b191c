using System;
using System.Collections.Generic;
using Indicators.Catalog;
using Indicators.Periods;

namespace Indicators.Aggregation;

/// <content>Every roll-up a dataset allows.</content>
public sealed partial class Dataset
{
    /// <summary>
    /// Every roll-up the dataset allows (<see cref="RollUp"/>), filtered: for each indicator that rolls up (summed, or a
    /// rate whose components are in the dataset), each period it has figures for, and each region with regions under it
    /// of which at least one has a figure. Each result holds its finding where the region publishes its own figure. A rate
    /// that cannot be recomputed for a region (a component has no figure there, or its components cover different regions
    /// under it) gives no result for that region; <see cref="RollUp"/> of it says why.
    /// </summary>
    /// <param name="indicator">An indicator's code, or null for every indicator that rolls up.</param>
    /// <param name="region">A region to roll up to, or null for every region with parts.</param>
    /// <param name="period">A period, or null for every period.</param>
    /// <returns>The roll-ups, by indicator (catalog order), period (chronological) and region (hierarchy order).</returns>
    /// <exception cref="ArgumentException">The indicator or region named is unknown, the indicator named does not add up
    /// over regions (the message names it), or the region named has nothing under it.</exception>
    public IEnumerable<RegionalTotal> RollUps(string? indicator = null, string? region = null, ReportingPeriod? period = null)
    {
        int[] indicatorIndices = indicator is null ? AllIndicatorsWithRows() : [IndicatorIndex(indicator)];
        int regionIndex = region is null ? -1 : RegionIndex(region);
        if (indicator is not null && Catalog.At(indicatorIndices[0]).Rollup.Kind == RollupKind.NotAdditive)
        {
            IndicatorDefinition d = Catalog.At(indicatorIndices[0]);
            throw new ArgumentException($"The indicator \"{d.Code}\" ({d.Name}) does not add up over regions: its figures cannot be rolled up.", nameof(indicator));
        }

        if (regionIndex >= 0 && Regions.ChildIndices(regionIndex).IsEmpty)
        {
            throw new ArgumentException($"The region {Regions.Regions[regionIndex]} has no regions under it to roll up.", nameof(region));
        }

        return Enumerate(indicatorIndices, regionIndex, period);
    }

    private IEnumerable<RegionalTotal> Enumerate(int[] indicatorIndices, int regionIndex, ReportingPeriod? period)
    {
        foreach (int i in indicatorIndices)
        {
            IndicatorDefinition definition = Catalog.At(i);
            if (definition.Rollup.Kind == RollupKind.NotAdditive)
            {
                continue;
            }

            // The indicator whose figures say which regions and periods have parts: a rate's numerator.
            int source = definition.Rollup.Kind == RollupKind.Ratio ? Catalog.IndexOf(definition.Rollup.Numerator!) : i;
            (int start, int end) = IndicatorRows(source);
            if (start == end || (definition.Rollup.Kind == RollupKind.Ratio && IndicatorRows(Catalog.IndexOf(definition.Rollup.Denominator!)) is var (s, e) && s == e))
            {
                continue;
            }

            var periodsWithRows = new SortedSet<int>();
            for (int row = start; row < end; row++)
            {
                periodsWithRows.Add(periodIndices[row]);
            }

            foreach (int p in periodsWithRows)
            {
                ReportingPeriod current = periods[p];
                if (period is { } wanted && wanted != current)
                {
                    continue;
                }

                bool[] hasParts = RegionsWithPartsUnder(start, end, p);
                for (int r = 0; r < Regions.Count; r++)
                {
                    if ((regionIndex >= 0 && r != regionIndex) || !hasParts[r])
                    {
                        continue;
                    }

                    RegionalTotal? total = TryRollUp(definition.Code, Regions.Regions[r].Id, current);
                    if (total is not null)
                    {
                        yield return total;
                    }
                }
            }
        }
    }

    /// <summary>For each region, whether a region under it has a figure in rows [start, end) for period <paramref name="p"/>.</summary>
    private bool[] RegionsWithPartsUnder(int start, int end, int p)
    {
        var result = new bool[Regions.Count];
        for (int row = start; row < end; row++)
        {
            if (periodIndices[row] != p)
            {
                continue;
            }

            for (int parent = Regions.ParentIndex(regions[row]); parent >= 0 && !result[parent]; parent = Regions.ParentIndex(parent))
            {
                result[parent] = true;
            }
        }

        return result;
    }

    private RegionalTotal? TryRollUp(string indicator, string region, ReportingPeriod period)
    {
        try
        {
            return RollUp(indicator, region, period);
        }
        catch (KeyNotFoundException)
        {
            return null; // a rate whose denominator has no figure here: nothing to roll up
        }
        catch (ArgumentException) when (Catalog[indicator].Rollup.Kind == RollupKind.Ratio)
        {
            return null; // a rate whose components cover different regions: RollUp of it says which
        }
    }

    private int[] AllIndicatorsWithRows()
    {
        var list = new List<int>();
        for (int i = 0; i < Catalog.Count; i++)
        {
            IndicatorDefinition d = Catalog.At(i);
            int source = d.Rollup.Kind == RollupKind.Ratio ? Catalog.IndexOf(d.Rollup.Numerator!) : i;
            (int start, int end) = IndicatorRows(source);
            if (start < end)
            {
                list.Add(i);
            }
        }

        return [.. list];
    }
}
