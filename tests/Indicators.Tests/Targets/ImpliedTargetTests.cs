using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>The worked facts of DESIGN.md, reproduced exactly.</summary>
public class ImpliedTargetTests
{
    [Fact]
    public void RuralEmployment_TargetIsClosedAbove_And20000IsRoundest()
    {
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("39221人"), PublishedRate.Parse("196.11%"));
        Assert.Equal("(19998.98…, 20000]", implied.Targets.ToString(2));
        Assert.Equal(ValueInterval.OpenClosed(new Ratio(3_922_100_000, 196_115), 20_000), implied.Targets);
        Assert.Equal([Headcount.FromPersons(20_000), Headcount.FromPersons(19_999)], implied.RoundestCandidates(5));
        Assert.Equal(RoundingConsistency.HalfAwayFromZero, ImpliedTarget.Check(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000), PublishedRate.Parse("196.11%")));
    }

    [Fact]
    public void NewUrbanEmployment_TargetIsOpenAtBothEnds_AndTenWanImplies146425To146434()
    {
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%"));
        Assert.Equal("(99941.95…, 100017.07…)", implied.Targets.ToString(2));
        Assert.False(implied.Targets.IsLowerClosed);
        Assert.False(implied.Targets.IsUpperClosed);
        Assert.Equal(Headcount.FromWan(10m), implied.RoundestCandidates(1)[0]);
        Assert.True(implied.TryGetActualsFor(Headcount.FromWan(10m), out ValueInterval actuals));
        Assert.Equal(ValueInterval.ClosedOpen(146_425, 146_435), actuals);
        Assert.True(actuals.TryGetWholeNumbers(out long min, out long max));
        Assert.Equal((146_425L, 146_434L), (min, max));
    }

    [Fact]
    public void ReEmployment_TwelveThousandImplies17711()
    {
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("1.77万人"), PublishedRate.Parse("147.59%"));
        Assert.Equal("(11958.39…, 12026.96…)", implied.Targets.ToString(2));
        Assert.True(implied.TryGetActualsFor(Headcount.FromWan(1.2m), out ValueInterval actuals));
        Assert.True(actuals.TryGetWholeNumbers(out long min, out long max));
        Assert.Equal((17_711L, 17_711L), (min, max));
    }

    [Fact]
    public void StartUpsAndTraining_TargetsAreExact()
    {
        Assert.Equal(Count<Enterprises>.Of(2_000), ImpliedTarget.From(PublishedFigure.Parse<Count<Enterprises>>("2677家"), PublishedRate.Parse("133.85%")).RoundestCandidates(1)[0]);
        Assert.Equal(Headcount.FromPersons(20_000), ImpliedTarget.From(PublishedFigure.Parse<Headcount>("28914人"), PublishedRate.Parse("144.57%")).RoundestCandidates(1)[0]);
        Assert.Equal(RoundingConsistency.Both, ImpliedTarget.Check(Count<Enterprises>.Of(2677), Count<Enterprises>.Of(2000), PublishedRate.Parse("133.85%")));
    }

    [Fact]
    public void Check_InconsistentFigures_AreNeither_AndHalfEvenOnlyExists()
    {
        Assert.Equal(RoundingConsistency.Neither, ImpliedTarget.Check(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000), PublishedRate.Parse("196.12%")));
        Assert.Equal(RoundingConsistency.HalfEven, ImpliedTarget.Check(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000), PublishedRate.Parse("196.10%")));
    }

    [Fact]
    public void TargetNotConsistent_HasNoActuals()
    {
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%"));
        Assert.False(implied.TryGetActualsFor(Headcount.FromWan(12m), out _));
    }

    [Fact]
    public void Money_CandidatesAreWholeYuan_TargetsInYuan()
    {
        ImpliedTarget<Money> implied = ImpliedTarget.From(PublishedFigure.Parse<Money>("1.5亿元"), PublishedRate.Parse("150%"));
        Assert.Equal(Money.FromYi(1m), implied.RoundestCandidates(1)[0]);

        // Targets in 元, as the figures are printed, not in fen: 1.5亿元 stands for [1.45亿, 1.55亿), 150% for [149.5%, 150.5%).
        Assert.Equal(ValueInterval.Open(new Ratio(145_000_000, 1) / new Ratio(301, 200), new Ratio(155_000_000, 1) / new Ratio(299, 200)), implied.Targets);
        Assert.Equal(DerivedUnit.Yuan, implied.Target.Unit);
        Assert.Equal(new Ratio(100_000_000, 1), implied.Target.Value);
        Assert.Equal(implied.Targets, implied.Target.Bounds);
    }
}
