using System;
using System.Collections.Generic;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Regions;
using Indicators.Targets;

namespace Indicators.Aggregation;

/// <content>Comparisons between regions and rankings among siblings.</content>
public sealed partial class Dataset
{
    /// <summary>
    /// A region's published figure against its parent's (台州市 1.38% against 浙江省 1.85%): the difference with its bounds
    /// (percentage points for a rate) and better or worse by the indicator's polarity. Any indicator can be compared,
    /// <see cref="RollupKind.NotAdditive"/> ones too; only published figures are compared, the parent's is never rolled up.
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier; it must have a parent in the dataset's regions.</param>
    /// <param name="period">The period of both figures.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, or the region has no parent; the message
    /// names it.</exception>
    /// <exception cref="KeyNotFoundException">One of the two figures is not in the dataset; the message names it.</exception>
    public RegionComparison Compare(string indicator, string region, ReportingPeriod period)
    {
        IndicatorIndex(indicator);
        int r = RegionIndex(region);
        int parent = Regions.ParentIndex(r);
        if (parent < 0)
        {
            throw new ArgumentException(
                $"The region {Regions.Regions[r]} has no parent in the dataset's regions to compare \"{indicator}\" with; name the region to compare with.",
                nameof(region));
        }

        return Compare(indicator, region, Regions.Regions[parent].Id, period);
    }

    /// <summary>
    /// A region's published figure against another region's: a sibling, an ancestor, or a named average defined as a region
    /// of the dataset (<see cref="Region.Defined"/> "zhejiang-average" carrying the average's published figure).
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region compared.</param>
    /// <param name="otherRegion">The region compared against; not <paramref name="region"/> itself.</param>
    /// <param name="period">The period of both figures.</param>
    /// <returns>The comparison: region − other region.</returns>
    /// <exception cref="ArgumentException">The indicator or a region is unknown, or the two regions are the same; the
    /// message names it.</exception>
    /// <exception cref="KeyNotFoundException">One of the two figures is not in the dataset; the message names it.</exception>
    public RegionComparison Compare(string indicator, string region, string otherRegion, ReportingPeriod period)
    {
        IndicatorIndex(indicator);
        RegionIndex(region);
        RegionIndex(otherRegion);
        if (region == otherRegion)
        {
            throw new ArgumentException($"The region \"{region}\" cannot be compared with itself.", nameof(otherRegion));
        }

        return new RegionComparison(Find(indicator, region, period), Find(indicator, otherRegion, period));
    }

    /// <summary>
    /// The regions directly under a parent ranked by an indicator's published figures, best first by its polarity, with
    /// the range of ranks each could truly have (see <see cref="RegionRanking"/>); children without a figure are listed
    /// apart. Any indicator that has a better side can be ranked, <see cref="RollupKind.NotAdditive"/> ones too.
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="parent">The identifier of the region whose children are ranked.</param>
    /// <param name="period">The period.</param>
    /// <returns>The ranking; its entries may be empty when no child has a figure.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, the region has no regions under it, or the
    /// indicator is <see cref="Polarity.NearerIsBetter"/> (without a target, no order says which is better); the message
    /// names it.</exception>
    public RegionRanking Rank(string indicator, string parent, ReportingPeriod period)
    {
        int i = IndicatorIndex(indicator);
        int p = RegionIndex(parent);
        IndicatorDefinition definition = Catalog.At(i);
        if (definition.Polarity == Polarity.NearerIsBetter)
        {
            throw new ArgumentException(
                $"The indicator \"{definition.Code}\" ({definition.Name}) is better nearer a target: without one its figures have no order to rank by.",
                nameof(indicator));
        }

        ReadOnlySpan<int> children = Regions.ChildIndices(p);
        if (children.IsEmpty)
        {
            throw new ArgumentException($"The region {Regions.Regions[p]} has no regions under it to rank.", nameof(parent));
        }

        var ranked = new List<Observation>(children.Length);
        var unranked = new List<Region>();
        foreach (int child in children)
        {
            int row = RowOf(i, child, period);
            if (row >= 0)
            {
                ranked.Add(At(row));
            }
            else
            {
                unranked.Add(Regions.Regions[child]);
            }
        }

        return new RegionRanking(definition, Regions.Regions[p], period, ranked, unranked);
    }
}
