using System;
using System.Collections.Generic;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <content>A parent's published rate against its parts' published rates and numerators.</content>
public sealed partial class Dataset
{
    /// <summary>
    /// A parent's published rate set against its parts' published rates and numerators (DESIGN rule 5: a rate is the ratio
    /// of summed components). Each part's denominator is bounded by its numerator and its rounded rate, so the parent's
    /// rate lies in an interval (<see cref="ParentRateCheck.Interval"/>); the check says whether the published parent rate
    /// can lie in it. The parts are taken as <see cref="RollUp"/> takes them: each region directly under the parent that
    /// has both a rate and a numerator, or where it has not, the regions under it; those with neither are
    /// <see cref="ParentRateCheck.Missing"/>.
    /// </summary>
    /// <param name="rateIndicator">The code of a rate whose rule is <see cref="RegionalRollup.Ratio"/>.</param>
    /// <param name="region">The parent's identifier; it must have regions under it.</param>
    /// <param name="period">The period.</param>
    /// <returns>The check; without a published parent rate it gives the interval alone.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, the indicator is not a rate recomputed as a
    /// ratio, the region has nothing under it, or a part's figures are negative; the message names it.</exception>
    /// <exception cref="KeyNotFoundException">No region under the parent has both a rate and a numerator for the period.</exception>
    public ParentRateCheck CheckParentRate(string rateIndicator, string region, ReportingPeriod period)
    {
        int i = IndicatorIndex(rateIndicator);
        int r = RegionIndex(region);
        IndicatorDefinition definition = Catalog.At(i);
        if (definition.Quantity != IndicatorQuantity.Rate || definition.Rollup.Kind != RollupKind.Ratio)
        {
            throw new ArgumentException(
                $"The indicator \"{definition.Code}\" ({definition.Name}) is not a rate recomputed as a ratio over regions (its rule is {definition.Rollup}); only such a rate can be checked against its parts.",
                nameof(rateIndicator));
        }

        if (Regions.ChildIndices(r).IsEmpty)
        {
            throw new ArgumentException($"The region {Regions.Regions[r]} has no regions under it to check its rate against.", nameof(region));
        }

        int numerator = IndicatorIndex(definition.Rollup.Numerator!);
        var parts = new List<(Observation Rate, Observation Numerator)>();
        var missing = new List<Region>();
        CollectRateParts(i, numerator, r, period, parts, missing);
        if (parts.Count == 0)
        {
            throw new KeyNotFoundException(
                $"No region under {Regions.Regions[r]} has both a figure of \"{definition.Code}\" and of \"{definition.Rollup.Numerator}\" for {period}.");
        }

        int row = RowOf(i, r, period);
        return new ParentRateCheck(definition, Regions.Regions[r], period, parts, missing, row < 0 ? null : At(row));
    }

    /// <summary>For each region under <paramref name="region"/>: its rate and numerator, or those of the regions under it.</summary>
    private void CollectRateParts(int rate, int numerator, int region, ReportingPeriod period, List<(Observation, Observation)> parts, List<Region> missing)
    {
        foreach (int child in Regions.ChildIndices(region))
        {
            int rateRow = RowOf(rate, child, period);
            int numeratorRow = RowOf(numerator, child, period);
            if (rateRow >= 0 && numeratorRow >= 0)
            {
                parts.Add((At(rateRow), At(numeratorRow)));
            }
            else if (!Regions.ChildIndices(child).IsEmpty)
            {
                int before = parts.Count;
                int missingBefore = missing.Count;
                CollectRateParts(rate, numerator, child, period, parts, missing);
                if (parts.Count == before)
                {
                    missing.RemoveRange(missingBefore, missing.Count - missingBefore);
                    missing.Add(Regions.Regions[child]);
                }
            }
            else
            {
                missing.Add(Regions.Regions[child]);
            }
        }
    }
}
