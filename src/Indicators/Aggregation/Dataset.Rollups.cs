using System;
using System.Collections.Generic;
using System.Linq;
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
    /// indicator does not add up over regions (its rule is <see cref="RollupKind.NotAdditive"/>); the message names it. For a
    /// rate: its denominator may be zero, or its numerator and denominator have figures for different regions (a ratio of
    /// sums over different parts is no region's rate); the message names the regions.</exception>
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

        CheckSameCoverage(definition, region, period, numerator, denominator);
        int row = RowOf(indicator, region, period);
        int decimals = row < 0 ? 2 : new PackedPublication(publications[row]).Decimals;
        DerivedFigure rate = DerivedFigure.RateOf(numerator.Figure, denominator.Figure, decimals);
        return new RegionalTotal(definition, Regions.Regions[region], period, rate, [], [], row < 0 ? null : At(row), numerator, denominator);
    }

    /// <summary>
    /// A ratio of sums is a rate only where both sums are over the same regions (DESIGN rule 5): the leaves the numerator's
    /// parts cover must be the leaves the denominator's cover (a part may be a region with its own figure, covering the
    /// leaves under it). Where one component has figures for regions the other lacks, the rate cannot be recomputed.
    /// </summary>
    private void CheckSameCoverage(IndicatorDefinition definition, int region, ReportingPeriod period, RegionalTotal numerator, RegionalTotal denominator)
    {
        HashSet<string> numeratorLeaves = CoveredLeaves(numerator);
        HashSet<string> denominatorLeaves = CoveredLeaves(denominator);
        if (numeratorLeaves.SetEquals(denominatorLeaves))
        {
            return;
        }

        string Only(HashSet<string> these, HashSet<string> those, string component, string other)
        {
            List<string> ids = [.. these.Where(id => !those.Contains(id)).Select(id => Regions[id].ToString())];
            return ids.Count == 0
                ? string.Empty
                : $" \"{component}\" has figures for {string.Join(", ", ids.Take(5))}{(ids.Count > 5 ? $" and {ids.Count - 5} more" : string.Empty)}, where \"{other}\" has none.";
        }

        string numeratorCode = definition.Rollup.Numerator!;
        string denominatorCode = definition.Rollup.Denominator!;
        throw new ArgumentException(
            $"The rate \"{definition.Code}\" cannot be recomputed for {Regions.Regions[region]} in {period}: its numerator and denominator cover different regions."
            + Only(numeratorLeaves, denominatorLeaves, numeratorCode, denominatorCode) + Only(denominatorLeaves, numeratorLeaves, denominatorCode, numeratorCode),
            nameof(region));
    }

    private HashSet<string> CoveredLeaves(RegionalTotal total)
    {
        var leaves = new HashSet<string>(StringComparer.Ordinal);
        foreach (Observation part in total.Parts)
        {
            foreach (Region leaf in Regions.Leaves(part.Region.Id))
            {
                leaves.Add(leaf.Id);
            }
        }

        return leaves;
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
