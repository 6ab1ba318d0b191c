using System;
using System.Collections.Generic;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;

namespace Indicators.Aggregation;

/// <content>Roll-ups over regions.</content>
public sealed partial class Dataset
{
    /// <summary>
    /// An indicator rolled up to a region for a period, by the indicator's rule (DESIGN rule 5): an additive indicator is
    /// summed, a rate recomputed as the ratio of its summed components (never an average of rates). Each region directly
    /// under <paramref name="region"/> gives its own figure or, where it has none, the roll-up of the regions under it;
    /// regions with neither are listed as missing, never counted as zero. Where the dataset also has the region's own
    /// figure, the result holds the finding of the two side by side (it never asserts).
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier; it must have regions under it.</param>
    /// <param name="period">The period.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, the region has nothing under it, or the
    /// indicator does not add up over regions (its rule is <see cref="RollupKind.NotAdditive"/>); the message names it.</exception>
    /// <exception cref="KeyNotFoundException">No region under <paramref name="region"/> has a figure for the period.</exception>
    /// <exception cref="OverflowException">The sum leaves the range of the indicator's quantity.</exception>
    public RegionalTotal RollUp(string indicator, string region, ReportingPeriod period)
    {
        int i = IndicatorIndex(indicator);
        int r = RegionIndex(region);
        if (Regions.ChildIndices(r).IsEmpty)
        {
            throw new ArgumentException($"The region {Regions.Regions[r]} has no regions under it to roll up.", nameof(region));
        }

        IndicatorDefinition definition = Catalog.At(i);
        return definition.Rollup.Kind switch
        {
            RollupKind.Sum => SumUp(i, r, period),
            RollupKind.Ratio => RatioUp(definition, i, r, period),
            _ => throw new ArgumentException(
                $"The indicator \"{definition.Code}\" ({definition.Name}) does not add up over regions: its figures cannot be rolled up.", nameof(indicator)),
        };
    }

    private RegionalTotal SumUp(int indicator, int region, ReportingPeriod period)
    {
        var parts = new List<Observation>();
        var missing = new List<Region>();
        Collect(indicator, region, period, parts, missing);
        IndicatorDefinition definition = Catalog.At(indicator);
        if (parts.Count == 0)
        {
            throw new KeyNotFoundException($"No region under {Regions.Regions[region]} has a figure of \"{definition.Code}\" for {period}.");
        }

        int row = RowOf(indicator, region, period);
        return new RegionalTotal(
            definition, Regions.Regions[region], period, SumOf(definition, parts), parts, missing, row < 0 ? null : At(row), null, null);
    }

    private RegionalTotal RatioUp(IndicatorDefinition definition, int indicator, int region, ReportingPeriod period)
    {
        RegionalTotal numerator = SumUp(IndicatorIndex(definition.Rollup.Numerator!), region, period);
        RegionalTotal denominator = SumUp(IndicatorIndex(definition.Rollup.Denominator!), region, period);
        if (denominator.Figure.Bounds.Lower is not Ratio low || low.Sign < 0 || (low.Sign == 0 && denominator.Figure.Bounds.IsLowerClosed))
        {
            throw new ArgumentException(
                $"The rate \"{definition.Code}\" cannot be recomputed for {Regions.Regions[region]} in {period}: its denominator \"{definition.Rollup.Denominator}\" may be zero ({denominator.Figure}).",
                nameof(region));
        }

        int row = RowOf(indicator, region, period);
        int decimals = row < 0 ? 2 : new PackedPublication(publications[row]).Decimals;
        DerivedFigure rate = DerivedFigure.RateOf(numerator.Figure, denominator.Figure, decimals);
        return new RegionalTotal(definition, Regions.Regions[region], period, rate, [], [], row < 0 ? null : At(row), numerator, denominator);
    }

    /// <summary>For each region under <paramref name="region"/>: its figure, or those of the regions under it.</summary>
    private void Collect(int indicator, int region, ReportingPeriod period, List<Observation> parts, List<Region> missing)
    {
        foreach (int child in Regions.ChildIndices(region))
        {
            int row = RowOf(indicator, child, period);
            if (row >= 0)
            {
                parts.Add(At(row));
            }
            else if (!Regions.ChildIndices(child).IsEmpty)
            {
                int before = parts.Count;
                int missingBefore = missing.Count;
                Collect(indicator, child, period, parts, missing);
                if (parts.Count == before)
                {
                    // Nothing under this region has a figure: it is missing as a whole, not its leaves one by one.
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

    private static DerivedFigure SumOf(IndicatorDefinition definition, List<Observation> parts) => definition.Quantity switch
    {
        IndicatorQuantity.Money => PublishedArithmetic.Sum(parts.ConvertAll(p => p.AsMoney()).ToArray()),
        IndicatorQuantity.Persons => PublishedArithmetic.Sum(parts.ConvertAll(p => p.AsPersons()).ToArray()),
        IndicatorQuantity.Count => PublishedArithmetic.Sum(parts.ConvertAll(p => p.AsCount()).ToArray()),
        _ => throw new ArgumentException($"The rate \"{definition.Code}\" cannot be summed.", nameof(definition)),
    };

    private int IndicatorIndex(string indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        int i = Catalog.IndexOf(indicator);
        return i >= 0 ? i : throw new ArgumentException($"The indicator \"{indicator}\" is not in the dataset's catalog.", nameof(indicator));
    }

    private int RegionIndex(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        int r = Regions.IndexOf(region);
        return r >= 0 ? r : throw new ArgumentException($"The region \"{region}\" is not in the dataset's regions.", nameof(region));
    }
}
