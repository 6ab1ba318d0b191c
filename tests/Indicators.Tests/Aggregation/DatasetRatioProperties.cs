using System.Linq;
using System.Numerics;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;
using static Indicators.Tests.Aggregation.DatasetPropertySupport;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// A rate rolled up over a generated hierarchy (DESIGN rule 5) is the ratio of the summed components, worked out here in
/// whole persons, never an average of the parts' rates: so it lies between the smallest and the largest of the leaves'
/// own ratios, and its bounds hold the ratio of the summed true values.
/// </summary>
[Properties(Arbitrary = [typeof(DatasetGenerators)], MaxTest = 250)]
public class DatasetRatioProperties
{
    [Property]
    public void RolledUpRate_IsTheRatioOfTheSummedComponents_BetweenTheLeavesOwnRatios(RatioCase c)
    {
        var builder = new DatasetBuilder(TestCatalog, c.Tree.Hierarchy);
        foreach (string leaf in c.Tree.Leaves)
        {
            builder.Add("unemployed", leaf, Period, c.Numerators[leaf]);
            builder.Add("labour-force", leaf, Period, c.Denominators[leaf]);
        }

        RegionalTotal total = builder.Build().RollUp("unemployment-rate", c.Tree.Root, Period);
        BigInteger numerator = c.Tree.Leaves.Aggregate(BigInteger.Zero, (s, l) => s + c.Numerators[l].BaseUnits);
        BigInteger denominator = c.Tree.Leaves.Aggregate(BigInteger.Zero, (s, l) => s + c.Denominators[l].BaseUnits);
        var expected = new Ratio((System.Int128)(numerator * 100), (System.Int128)denominator);
        Assert.Equal(expected, total.Figure.Value);

        Ratio[] own = [.. c.Tree.Leaves.Select(l => new Ratio(c.Numerators[l].BaseUnits * 100L, c.Denominators[l].BaseUnits))];
        Ratio min = own.Aggregate(Ratio.Min);
        Ratio max = own.Aggregate(Ratio.Max);
        Assert.True(min <= total.Figure.Value && total.Figure.Value <= max, $"{total.Figure.Value} is not within [{min}, {max}]");

        BigInteger trueNumerator = c.Tree.Leaves.Aggregate(BigInteger.Zero, (s, l) => s + c.Numerators[l].TrueValue);
        BigInteger trueDenominator = c.Tree.Leaves.Aggregate(BigInteger.Zero, (s, l) => s + c.Denominators[l].TrueValue);
        var truth = new Ratio((System.Int128)(trueNumerator * 100), (System.Int128)trueDenominator);
        Assert.True(total.Figure.Bounds.Contains(truth), $"{total.Figure.Bounds} does not hold the true rate {truth}");
        Assert.True(total.Figure.Bounds.Contains(total.Figure.Value));

        Assert.Equal(new Ratio((System.Int128)numerator, 1), total.Numerator!.Figure.Value);
        Assert.Equal(new Ratio((System.Int128)denominator, 1), total.Denominator!.Figure.Value);
        Assert.Empty(total.Parts);
        Assert.True(total.IsComplete);
    }
}
