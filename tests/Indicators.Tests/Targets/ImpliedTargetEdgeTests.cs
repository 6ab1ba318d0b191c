using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>
/// The edges of <see cref="ImpliedTarget{T}"/> that mutation testing found untested: which candidates come first at each
/// power of ten, the search ceiling for an actual open at the top, money near the largest amount, bad arguments and
/// <c>default</c>. The expected candidates are worked out by hand in the comments.
/// </summary>
public class ImpliedTargetEdgeTests
{
    private static ImpliedTarget<Headcount> Implied(string actual, string rate) =>
        ImpliedTarget.From(PublishedFigure.Parse<Headcount>(actual), PublishedRate.Parse(rate));

    private static Headcount[] Persons(params long[] values) => Array.ConvertAll(values, Headcount.FromPersons);

    [Fact]
    public void Candidates_TheTopOfTheInterval_IsLookedAtAsAPowerOfTen()
    {
        // 5 ÷ [0.5%, 1.5%) = (333.33…, 1000]: 1000 is a multiple of the power 1000 (one significant digit), and of the
        // multiples of 100 the nearest to 5 ÷ 1% = 500 are 500, 400, 600, 700; 1000 is the farthest, so it comes last.
        Assert.Equal(Persons(500, 400, 600, 700, 1000), Implied("5人", "1%").RoundestCandidates(5));
    }

    [Fact]
    public void Candidates_OfAnActualOpenAtTheTop_StopAtTenTimesTheCentre()
    {
        // 超过3万人 ÷ [149.5%, 150.5%) = (19933.55…, +∞), centre 30000 ÷ 150% = 20000, searched up to 200 001: the powers of
        // 100 000 give 100 000 and 200 000, those of 10 000 the nearest three, 20 000, 30 000, 40 000.
        Assert.Equal(Persons(20_000, 30_000, 40_000, 100_000, 200_000), Implied("超过3万人", "150%").RoundestCandidates(5));
    }

    [Fact]
    public void Candidates_OfMoneyNearTheLargestAmount_FitMoney()
    {
        // 92233万亿元 ÷ [99.5%, 100.5%) reaches past the largest Money (92 233 720 368 547 758.07元); the roundest target
        // within reach is 92000万亿元 (two significant digits: 9万亿亿 is below the interval).
        ImpliedTarget<Money> implied = ImpliedTarget.From(PublishedFigure.Parse<Money>("92233万亿元"), PublishedRate.Parse("100%"));
        Assert.Equal(Money.FromYuan(92_000_000_000_000_000m), implied.RoundestCandidates(1)[0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Candidates_CountOutside1To100_Throws(int count) =>
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Implied("5人", "1%").RoundestCandidates(count)).ParamName);

    [Theory]
    [InlineData("0%")]
    [InlineData("-5%")]
    [InlineData("0.4%以内")]
    [InlineData("超过0%")]
    public void From_ARateThatReachesZero_ThrowsNamingTheRate(string rate)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Implied("3人", rate));
        Assert.Equal("rate", e.ParamName);
        Assert.StartsWith("A completion rate implies a target only when it and every rate it stands for are above zero; ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_ANegativeActual_ThrowsNamingTheActual()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => ImpliedTarget.From(PublishedFigure.Parse<HeadcountChange>("-3万人"), PublishedRate.Parse("50%")));
        Assert.Equal("actual", e.ParamName);
        Assert.Contains("below zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement_OfAZeroTarget_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Implied("5人", "1%").Agreement(Headcount.Zero));
        Assert.Equal("target", e.ParamName);
        Assert.StartsWith("A target must be greater than zero to agree with a completion rate; got 0人.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_SaysItComesFromNoFigures()
    {
        ImpliedTarget<Headcount> none = default;
        Assert.Equal("no figures: default ImpliedTarget", none.ToString());
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => none.Agreement(Headcount.FromPersons(1)));
        Assert.StartsWith("This ImpliedTarget<Headcount> is default and comes from no figures", e.Message, StringComparison.Ordinal);

        // Being default is said before the target is looked at.
        e = Assert.Throws<InvalidOperationException>(() => none.Agreement(Headcount.Zero));
        Assert.StartsWith("This ImpliedTarget<Headcount> is default and comes from no figures", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_GivesTheFiguresAndTheTargets()
    {
        // 39221 ÷ [1.96105, 1.96115) = (19998.980…, 20000]: 1.96105 × 20000 is 39221 exactly.
        Assert.Equal("39221人 at 196.11%: target in (19998.98…, 20000]", Implied("39221人", "196.11%").ToString());

        // 1.5万元 stands for [14500, 15500) 元 and 约30% for [25%, 35%): (14500 ÷ 0.35, 15500 ÷ 0.25) = (41428.571…, 62000).
        ImpliedTarget<Money> money = ImpliedTarget.From(PublishedFigure.Parse<Money>("1.5万元"), PublishedRate.Parse("约30%"));
        Assert.Equal("1.5万元 at 约30%: target in (41428.57…, 62000)", money.ToString());
    }

    [Fact]
    public void Target_ExplainsWithTheDecimalsAsked()
    {
        DerivedFigure target = Implied("39221人", "196.11%").Target;
        Assert.Equal("目标 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", target.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("target ∈ 39221 ÷ [196.105%, 196.115%) = (19998.9801…, 20000]", target.Explain(ExplainLanguage.English, new DisplayFormat(Scale.One, 4)));
    }

    [Fact]
    public void Candidates_WhereTheActualAndTheRateMeetAtAnOpenEnd_LeaveThatTargetOut()
    {
        // 超过1人 at 13%: with 8 persons as the target the actuals that print as 13% are [1, 1.08), but 超过1人 excludes 1,
        // so no whole actual is left and 8 is no candidate; every candidate agrees with the figures.
        ImpliedTarget<Headcount> implied = Implied("超过1人", "13%");
        IReadOnlyList<Headcount> candidates = implied.RoundestCandidates(100);
        Assert.DoesNotContain(Headcount.FromPersons(8), candidates);
        Assert.False(implied.Agreement(Headcount.FromPersons(8)).Agrees);
        Assert.DoesNotContain(Headcount.FromPersons(9), candidates); // 9 × [12.5%, 13.5%) = [1.125, 1.215): no whole actual
        Assert.Contains(Headcount.FromPersons(15), candidates); // 15 × [12.5%, 13.5%) = [1.875, 2.025) holds 2
        Assert.All(candidates, candidate => Assert.True(implied.Agreement(candidate).Agrees));
    }
}
