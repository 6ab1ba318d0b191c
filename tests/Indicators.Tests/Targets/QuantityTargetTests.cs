using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>Targets for quantities (<see cref="QuantityTarget{T}"/>) and their outcomes, with values worked by hand.</summary>
public class QuantityTargetTests
{
    private static Headcount P(long persons) => Headcount.FromPersons(persons);

    [Fact]
    public void Floor_MetByTheReportsNewJobs_WithItsCompletion()
    {
        // 39 221 new jobs against a floor of 20 000: 19 221 over it, completion 39 221 / 20 000 = 1.96105.
        QuantityTargetOutcome<Headcount> outcome = QuantityTarget.AtLeast(P(20_000)).Evaluate(P(39_221));
        Assert.True(outcome.IsMet);
        Assert.Equal(P(19_221), outcome.Headroom);
        Assert.Equal(P(0), outcome.Shortfall);
        Assert.True(outcome.TryGetCompletion(out TargetCompletion<Headcount> completion));
        Assert.Equal(Percent.FromRatio(new Ratio(196_105, 100_000)), completion.Rate);
        Assert.Equal(completion, outcome.Completion);
        Assert.Equal(Polarity.HigherIsBetter, outcome.Target.Polarity);
        Assert.Equal(TargetKind.AtLeast, outcome.Target.Kind);
    }

    [Fact]
    public void Floor_Missed_HasAShortfallAndACompletionBelowOneHundred()
    {
        QuantityTargetOutcome<Headcount> outcome = QuantityTarget.AtLeast(P(20_000)).Evaluate(P(15_000));
        Assert.False(outcome.IsMet);
        Assert.Equal(P(0), outcome.Headroom);
        Assert.Equal(P(5_000), outcome.Shortfall);
        Assert.Equal(Percent.FromRatio(new Ratio(3, 4)), outcome.Completion.Rate);
    }

    [Fact]
    public void Ceiling_MetWithHeadroom_AndHasNoCompletion()
    {
        // A ceiling of 35 000 persons, 28 000 reached: 7 000 persons of headroom.
        QuantityTargetOutcome<Headcount> outcome = QuantityTarget.AtMost(P(35_000)).Evaluate(P(28_000));
        Assert.True(outcome.IsMet);
        Assert.Equal(P(7_000), outcome.Headroom);
        Assert.Equal(P(0), outcome.Shortfall);
        Assert.Equal(Polarity.LowerIsBetter, outcome.Target.Polarity);
        Assert.False(outcome.TryGetCompletion(out TargetCompletion<Headcount> none));
        Assert.Equal(default, none);
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => outcome.Completion);
        Assert.Contains("AtMost", e.Message, StringComparison.Ordinal);
        Assert.Contains("35000人以内", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ceiling_Missed_HasAShortfall()
    {
        QuantityTargetOutcome<Headcount> outcome = QuantityTarget.AtMost(P(35_000)).Evaluate(P(36_000));
        Assert.False(outcome.IsMet);
        Assert.Equal(P(0), outcome.Headroom);
        Assert.Equal(P(1_000), outcome.Shortfall);
    }

    [Fact]
    public void Level_WithinAndOutsideItsTolerance_BothEndsIncluded()
    {
        QuantityTarget<Headcount> level = QuantityTarget.About(P(20_000), P(500));
        Assert.Equal(Polarity.NearerIsBetter, level.Polarity);
        Assert.True(level.IsInclusive);

        QuantityTargetOutcome<Headcount> near = level.Evaluate(P(20_300)); // 500 − 300 = 200 left
        Assert.True(near.IsMet);
        Assert.Equal(P(200), near.Headroom);

        QuantityTargetOutcome<Headcount> below = level.Evaluate(P(19_800)); // 500 − 200 = 300 left
        Assert.True(below.IsMet);
        Assert.Equal(P(300), below.Headroom);

        QuantityTargetOutcome<Headcount> far = level.Evaluate(P(20_600)); // 600 − 500 = 100 over
        Assert.False(far.IsMet);
        Assert.Equal(P(100), far.Shortfall);
        Assert.Equal(P(0), far.Headroom);

        Assert.True(level.Evaluate(P(19_500)).IsMet);
        Assert.True(level.Evaluate(P(20_500)).IsMet);
        Assert.False(level.Evaluate(P(19_499)).IsMet);
        Assert.False(level.Evaluate(P(20_501)).IsMet);
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => near.Completion);
        Assert.Contains("About", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroTolerance_IsMetOnlyAtTheLevel()
    {
        QuantityTarget<Money> exact = QuantityTarget.About(Money.FromYuan(100m), Money.Zero);
        Assert.True(exact.Evaluate(Money.FromYuan(100m)).IsMet);
        Assert.False(exact.Evaluate(Money.FromFen(10_001)).IsMet);
        Assert.Equal(Money.FromFen(1), exact.Evaluate(Money.FromFen(9_999)).Shortfall);
    }

    [Fact]
    public void StrictAndInclusive_DifferOnlyAtTheBoundary()
    {
        Assert.True(QuantityTarget.AtMost(P(35_000)).Evaluate(P(35_000)).IsMet);
        QuantityTargetOutcome<Headcount> strictCeiling = QuantityTarget.AtMost(P(35_000), inclusive: false).Evaluate(P(35_000));
        Assert.False(strictCeiling.IsMet);
        Assert.Equal(P(0), strictCeiling.Headroom);
        Assert.Equal(P(0), strictCeiling.Shortfall);
        Assert.True(QuantityTarget.AtMost(P(35_000), inclusive: false).Evaluate(P(34_999)).IsMet);

        Assert.True(QuantityTarget.AtLeast(P(20_000)).Evaluate(P(20_000)).IsMet);
        QuantityTargetOutcome<Headcount> strictFloor = QuantityTarget.AtLeast(P(20_000), inclusive: false).Evaluate(P(20_000));
        Assert.False(strictFloor.IsMet);
        Assert.Equal(Percent.OneHundred, strictFloor.Completion.Rate); // the completion reads the floor as inclusive
        Assert.True(strictFloor.Completion.IsMet);
        Assert.True(QuantityTarget.AtLeast(P(20_000), inclusive: false).Evaluate(P(20_001)).IsMet);
    }

    [Fact]
    public void Money_AndCounts_AreTargetsToo()
    {
        QuantityTargetOutcome<Money> budget = QuantityTarget.AtMost(Money.FromYuan(100m)).Evaluate(Money.FromYuan(120.5m));
        Assert.False(budget.IsMet);
        Assert.Equal(Money.FromYuan(20.5m), budget.Shortfall);

        QuantityTargetOutcome<Count<Enterprises>> firms = QuantityTarget.AtLeast(Count<Enterprises>.Of(2_000)).Evaluate(Count<Enterprises>.Of(2_677));
        Assert.True(firms.IsMet);
        Assert.Equal(Count<Enterprises>.Of(677), firms.Headroom);
        Assert.Equal(Percent.FromRatio(new Ratio(13_385, 10_000)), firms.Completion.Rate);

        QuantityTargetOutcome<UnitCount> projects = QuantityTarget.About(new UnitCount(10, CountUnit.Projects), new UnitCount(2, CountUnit.Projects))
            .Evaluate(new UnitCount(11, CountUnit.Projects));
        Assert.True(projects.IsMet);
        Assert.Equal(new UnitCount(1, CountUnit.Projects), projects.Headroom);
        Assert.Equal(new UnitCount(0, CountUnit.Projects), projects.Shortfall);
    }

    [Fact]
    public void Factories_RefuseBadArguments_NamingTheParameter()
    {
        Assert.Equal("floor", Assert.Throws<ArgumentOutOfRangeException>(() => QuantityTarget.AtLeast(P(0))).ParamName);
        Assert.Equal("floor", Assert.Throws<ArgumentOutOfRangeException>(() => QuantityTarget.AtLeast(Money.FromFen(-1))).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => QuantityTarget.About(Money.FromYuan(5m), Money.FromFen(-1))).ParamName);
        ArgumentException units = Assert.Throws<ArgumentException>(() => QuantityTarget.About(new UnitCount(10, CountUnit.Projects), new UnitCount(1, CountUnit.Enterprises)));
        Assert.Equal("tolerance", units.ParamName);
        ArgumentException actual = Assert.Throws<ArgumentException>(() => QuantityTarget.AtMost(new UnitCount(10, CountUnit.Projects)).Evaluate(new UnitCount(3, CountUnit.Enterprises)));
        Assert.Equal("actual", actual.ParamName);
        Assert.Contains("project", actual.Message, StringComparison.Ordinal);
        Assert.Equal("actual", Assert.Throws<ArgumentException>(() => QuantityTarget.AtLeast(new UnitCount(10, CountUnit.Projects))
            .Evaluate(PublishedFigure.Of(new UnitCount(3, CountUnit.Enterprises), new DisplayFormat(Scale.One, 0)))).ParamName);

        // Zero is a ceiling ("零事故") and a level; a signed quantity may have a negative ceiling.
        Assert.True(QuantityTarget.AtMost(Count<Events>.Of(0)).Evaluate(Count<Events>.Of(0)).IsMet);
        Assert.True(QuantityTarget.AtMost(Money.FromYuan(-5m)).Evaluate(Money.FromYuan(-6m)).IsMet);
    }

    [Fact]
    public void Default_IsTheCeilingZero()
    {
        QuantityTarget<Headcount> target = default;
        Assert.Equal(TargetKind.AtMost, target.Kind);
        Assert.True(target.IsInclusive);
        Assert.Equal("0人以内", target.ToString());
        Assert.Equal(QuantityTarget.AtMost(P(0)), target);
        Assert.True(target.Evaluate(P(0)).IsMet);
        Assert.Equal("0人 against 0人以内: met, headroom 0人", default(QuantityTargetOutcome<Headcount>).ToString());
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void ToString_WritesTheChineseForms_AndParseReadsThemBack(string culture) => Cultures.With(culture, () =>
    {
        (QuantityTarget<Headcount> Target, string Text)[] cases =
        [
            (QuantityTarget.AtLeast(P(20_000)), "20000人以上"),
            (QuantityTarget.AtLeast(P(20_000), inclusive: false), "超过20000人"),
            (QuantityTarget.AtMost(P(35_000)), "35000人以内"),
            (QuantityTarget.AtMost(P(35_000), inclusive: false), "低于35000人"),
            (QuantityTarget.About(P(20_000), P(500)), "20000人±500人"),
        ];
        foreach ((QuantityTarget<Headcount> target, string text) in cases)
        {
            Assert.Equal(text, target.ToString());
            Assert.Equal(target, QuantityTarget<Headcount>.Parse(text));
            Assert.True(QuantityTarget<Headcount>.TryParse(text, out QuantityTarget<Headcount> read));
            Assert.Equal(target, read);
        }

        Assert.Equal("14716000000元以内", QuantityTarget.AtMost(Money.FromYuan(147.16e8m)).ToString());
        Assert.Equal("6051.56元±0.5元", QuantityTarget.About(Money.FromYuan(6051.56m), Money.FromYuan(0.5m)).ToString());
        Assert.Equal("2000家以上", QuantityTarget.AtLeast(Count<Enterprises>.Of(2_000)).ToString());
    });

    [Fact]
    public void Parse_ReadsTargetsAsReportsWriteThem()
    {
        Assert.Equal(QuantityTarget.AtMost(P(35_000)), QuantityTarget<Headcount>.Parse("3.5万人以内"));
        Assert.Equal(QuantityTarget.AtMost(P(35_000)), QuantityTarget<Headcount>.Parse("不超过3.5万人"));
        Assert.Equal(QuantityTarget.AtMost(P(35_000), inclusive: false), QuantityTarget<Headcount>.Parse("不到3.5万人"));
        Assert.Equal(QuantityTarget.AtLeast(P(600_000)), QuantityTarget<Headcount>.Parse("60万人以上"));
        Assert.Equal(QuantityTarget.AtLeast(P(600_000)), QuantityTarget<Headcount>.Parse("至少60万人"));
        Assert.Equal(QuantityTarget.AtLeast(P(600_000), inclusive: false), QuantityTarget<Headcount>.Parse("逾60万人"));
        Assert.Equal(QuantityTarget.AtMost(Money.FromYuan(1.5e8m)), QuantityTarget<Money>.Parse("1.5亿元以内"));
    }

    [Theory]
    [InlineData("约3.5万人", "tolerance")]
    [InlineData("0人以上", "greater than zero")]
    [InlineData("20000人", "qualifier")]
    [InlineData("20000人±-5人", "after ±")]
    [InlineData("20000家以上", "qualifier")]
    [InlineData("预计20万人以上", "status")]
    [InlineData("", "qualifier")]
    public void Parse_RefusesWhatIsNoTarget_SayingWhy(string text, string reason)
    {
        FormatException e = Assert.Throws<FormatException>(() => QuantityTarget<Headcount>.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(QuantityTarget<Headcount>.TryParse(text, out QuantityTarget<Headcount> result));
        Assert.Equal(default, result);
        Assert.False(QuantityTarget<Headcount>.TryParse(text.AsSpan(), null, out _));
    }

    [Fact]
    public void Parse_NullThrows_TryParseNullIsFalse()
    {
        Assert.Throws<ArgumentNullException>(() => QuantityTarget<Headcount>.Parse(null!));
        Assert.False(QuantityTarget<Headcount>.TryParse(null, out _));
    }

    [Fact]
    public void Explain_WritesTheMarginInThreeLanguages()
    {
        QuantityTargetOutcome<Headcount> ceiling = QuantityTarget.AtMost(P(35_000)).Evaluate(P(28_000));
        Assert.Equal("余量 = 上限 35 000 人 − 实际 28 000 人 = 7 000 人：达成", ceiling.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("餘量 = 上限 35 000 人 − 實際 28 000 人 = 7 000 人：達成", ceiling.Explain(ExplainLanguage.ZhHant));
        Assert.Equal("margin = ceiling 35,000 persons − actual 28,000 persons = 7,000 persons: met", ceiling.Explain(ExplainLanguage.English));

        QuantityTargetOutcome<Headcount> floor = QuantityTarget.AtLeast(P(20_000)).Evaluate(P(15_000));
        Assert.Equal("余量 = 实际 15 000 人 − 下限 20 000 人 = -5 000 人：未达成", floor.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("margin = actual 15,000 persons − floor 20,000 persons = -5,000 persons: missed", floor.Explain(ExplainLanguage.English));

        QuantityTargetOutcome<Headcount> level = QuantityTarget.About(P(20_000), P(500)).Evaluate(P(20_300));
        Assert.Equal("余量 = 容差 500 人 − |实际 20 300 人 − 目标 20 000 人| = 200 人：达成", level.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("餘量 = 容差 500 人 − |實際 20 300 人 − 目標 20 000 人| = 200 人：達成", level.Explain(ExplainLanguage.ZhHant));

        QuantityTargetOutcome<Headcount> strict = QuantityTarget.AtMost(P(35_000), inclusive: false).Evaluate(P(35_000));
        Assert.Equal("余量 = 上限（不含） 35 000 人 − 实际 35 000 人 = 0 人：未达成", strict.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("margin = ceiling (excluded) 35,000 persons − actual 35,000 persons = 0 persons: missed", strict.Explain(ExplainLanguage.English));
    }

    [Fact]
    public void ToString_SaysMetOrMissed_AndByHowMuch()
    {
        Assert.Equal("28000人 against 35000人以内: met, headroom 7000人", QuantityTarget.AtMost(P(35_000)).Evaluate(P(28_000)).ToString());
        Assert.Equal("36000人 against 35000人以内: missed, shortfall 1000人", QuantityTarget.AtMost(P(35_000)).Evaluate(P(36_000)).ToString());
    }

    [Fact]
    public void MarginBeyondMoney_ThrowsOverflow_ButIsMetAndToStringAreExact()
    {
        // 9 223 372 036 854 775 807 fen as a ceiling against −1 fen: the headroom is 2⁶³ fen, one past Money's range.
        QuantityTargetOutcome<Money> outcome = QuantityTarget.AtMost(Money.FromFen(long.MaxValue)).Evaluate(Money.FromFen(-1));
        Assert.True(outcome.IsMet);
        Assert.Throws<OverflowException>(() => outcome.Headroom);
        Assert.Equal(Money.Zero, outcome.Shortfall);
        Assert.EndsWith("met, margin 9223372036854775808 base units", outcome.ToString(), StringComparison.Ordinal);

        QuantityTargetOutcome<Money> missed = QuantityTarget.About(Money.FromFen(long.MaxValue), Money.Zero).Evaluate(Money.FromFen(long.MinValue));
        Assert.False(missed.IsMet);
        Assert.Throws<OverflowException>(() => missed.Shortfall);
    }

    [Fact]
    public void Equality_ComparesKindValueToleranceAndInclusiveness()
    {
        Contract.AssertEquality(QuantityTarget.AtMost(P(5)), QuantityTarget.AtMost(P(5)), QuantityTarget.AtMost(P(5), inclusive: false));
        Contract.AssertEquality(QuantityTarget.AtMost(P(5)), QuantityTarget.AtMost(P(5)), QuantityTarget.AtLeast(P(5)));
        Contract.AssertEquality(QuantityTarget.About(P(5), P(1)), QuantityTarget.About(P(5), P(1)), QuantityTarget.About(P(5), P(2)));
        Contract.AssertEquality(QuantityTarget.AtMost(P(5)).Evaluate(P(3)), QuantityTarget.AtMost(P(5)).Evaluate(P(3)), QuantityTarget.AtMost(P(5)).Evaluate(P(4)));
    }
}
