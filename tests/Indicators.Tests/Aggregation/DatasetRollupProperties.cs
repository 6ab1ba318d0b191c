using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Tests.Support;
using Xunit;
using static Indicators.Tests.Aggregation.DatasetPropertySupport;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// Roll-ups over generated hierarchies (DESIGN rules 5 and 12): the sum of an additive indicator is the sum of its leaves,
/// worked out here in whole base units; its bounds hold the sum of the true values; the order observations are added in
/// changes nothing; leaves without a figure are listed as missing and never counted; and a published total agrees with
/// its parts exactly when the two intervals, worked out here from the printings, meet.
/// </summary>
[Properties(Arbitrary = [typeof(DatasetGenerators)], MaxTest = 250)]
public class DatasetRollupProperties
{
    [Property]
    public void RollUp_OfAnAdditiveIndicator_IsTheSumOfItsLeaves_AndItsBoundsHoldTheTrueSum(RollupCase c)
    {
        Dataset dataset = Build(c, withRoot: false, shuffled: false);
        string indicator = CumulativeOf(c.Quantity);
        if (c.Figures.Count == 0)
        {
            Assert.Throws<KeyNotFoundException>(() => dataset.RollUp(indicator, c.Tree.Root, Period));
            return;
        }

        RegionalTotal total = dataset.RollUp(indicator, c.Tree.Root, Period);
        BigInteger printed = c.Figures.Values.Aggregate(BigInteger.Zero, (s, f) => s + f.BaseUnits);
        BigInteger truth = c.Figures.Values.Aggregate(BigInteger.Zero, (s, f) => s + f.TrueValue);
        Assert.Equal(InUnits(printed, c.Quantity), total.Figure.Value);
        // "超过 788160人" excludes 788 160 itself: a sum with such a part excludes the printed sum.
        Assert.True(!c.Figures.Values.All(f => f.Inclusive) || total.Figure.Bounds.Contains(total.Figure.Value), $"{total.Figure.Bounds} does not hold the value {total.Figure.Value}");
        Assert.True(total.Figure.Bounds.Contains(InUnits(truth, c.Quantity)), $"{total.Figure.Bounds} does not hold the true sum {truth}");
        Assert.Equal(c.Figures.Keys.Order(StringComparer.Ordinal), total.Parts.Select(p => p.Region.Id).Order(StringComparer.Ordinal));
        Assert.Null(total.Published);
        Assert.Null(total.Finding);
    }

    [Property]
    public void RollUp_DoesNotDependOnTheOrderObservationsWereAddedIn(RollupCase c)
    {
        if (c.Figures.Count == 0)
        {
            return;
        }

        string indicator = CumulativeOf(c.Quantity);
        RegionalTotal inOrder = Build(c, withRoot: true, shuffled: false).RollUp(indicator, c.Tree.Root, Period);
        RegionalTotal shuffled = Build(c, withRoot: true, shuffled: true).RollUp(indicator, c.Tree.Root, Period);
        Assert.Equal(inOrder.Figure, shuffled.Figure);
        Assert.Equal(inOrder.Figure.Bounds, shuffled.Figure.Bounds);
        Assert.Equal(inOrder.Parts.ToHashSet(), shuffled.Parts.ToHashSet());
        Assert.Equal(inOrder.Missing.Select(r => r.Id), shuffled.Missing.Select(r => r.Id));
        Assert.Equal(inOrder.Finding?.IsConsistent, shuffled.Finding?.IsConsistent);
        Assert.Equal(inOrder.Explain(ExplainLanguage.English), shuffled.Explain(ExplainLanguage.English));
    }

    [Property]
    public void RollUp_ListsLeavesWithoutAFigureAsMissing_AndNeverCountsThem(RollupCase c)
    {
        if (c.Figures.Count == 0)
        {
            return;
        }

        RegionalTotal total = Build(c, withRoot: false, shuffled: false).RollUp(CumulativeOf(c.Quantity), c.Tree.Root, Period);
        HashSet<string> expected = ExpectedMissing(c, c.Tree.Root).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), total.Missing.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count == 0, total.IsComplete);

        // Every leaf without a figure lies in exactly one missing region, and no missing region holds a figure.
        foreach (string leaf in c.Tree.Leaves.Where(l => !c.Figures.ContainsKey(l)))
        {
            Assert.Single(total.Missing, m => m.Id == leaf || c.Tree.LeavesUnder(m.Id).Contains(leaf));
        }

        Assert.DoesNotContain(total.Missing, m => c.Tree.LeavesUnder(m.Id).Any(c.Figures.ContainsKey));
        Assert.DoesNotContain(total.Parts, p => expected.Contains(p.Region.Id));
    }

    [Property]
    public void Finding_IsConsistent_ExactlyWhenThePublishedAndTheSummedIntervalsMeet(RollupCase c)
    {
        if (c.Figures.Count == 0)
        {
            return;
        }

        RegionalTotal total = Build(c, withRoot: true, shuffled: false).RollUp(CumulativeOf(c.Quantity), c.Tree.Root, Period);
        Assert.NotNull(total.Finding);
        HandInterval published = Interval(c.RootFigure);
        HandInterval summed = SumOf(c.Figures.Values.Select(Interval));
        bool meet = published.Intersects(summed);
        Assert.True(meet == total.Finding!.IsConsistent, $"published {published}, summed {summed}: meet {meet}, finding {total.Finding}");
        Assert.Equal(InUnits(c.RootFigure.BaseUnits, c.Quantity) - InUnits(c.Figures.Values.Aggregate(BigInteger.Zero, (s, f) => s + f.BaseUnits), c.Quantity), total.Finding.Difference.Value);
        Assert.Equal(meet, total.Finding.Explain(ExplainLanguage.English).EndsWith(": consistent", StringComparison.Ordinal));
    }

    internal static Dataset Build(RollupCase c, bool withRoot, bool shuffled)
    {
        var builder = new DatasetBuilder(TestCatalog, c.Tree.Hierarchy);
        var entries = c.Figures.Select(f => (Region: f.Key, Figure: f.Value)).ToList();
        if (withRoot)
        {
            entries.Add((c.Tree.Root, c.RootFigure));
        }

        (string Region, GeneratedFigure Figure)[] order = [.. entries];
        if (shuffled)
        {
            new Random(c.Shuffle).Shuffle(order);
        }

        foreach ((string region, GeneratedFigure figure) in order)
        {
            builder.Add(CumulativeOf(c.Quantity), region, Period, figure);
        }

        return builder.Build();
    }

    /// <summary>Each region under <paramref name="id"/> without a figure: a leaf, or a region with nothing under it that has one
    /// (listed as a whole); regions with some figures under them are looked into.</summary>
    private static IEnumerable<string> ExpectedMissing(RollupCase c, string id)
    {
        foreach (string child in c.Tree.Children[id])
        {
            if (c.Figures.ContainsKey(child))
            {
                continue;
            }

            if (c.Tree.Children[child].Count == 0 || !c.Tree.LeavesUnder(child).Any(c.Figures.ContainsKey))
            {
                yield return child;
            }
            else
            {
                foreach (string below in ExpectedMissing(c, child))
                {
                    yield return below;
                }
            }
        }
    }
}
