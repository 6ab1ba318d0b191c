using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>Published figures (intervals of true values) against quantity targets, with bounds worked by hand.</summary>
public class QuantityPublishedTargetTests
{
    private static Headcount P(long persons) => Headcount.FromPersons(persons);

    private static PublishedTargetOutcome<Headcount> Evaluate(QuantityTarget<Headcount> target, string figure) =>
        target.Evaluate(PublishedFigure.Parse<Headcount>(figure));

    [Theory]
    // 约3.5万人 is [34 500, 35 500): the whole persons 34 500 to 35 499, margins 35 000 − 35 499 to 35 000 − 34 500.
    [InlineData("约3.5万人", -499, 500, TargetVerdict.Undetermined)]
    // 3.2万人 is [31 500, 32 500): 31 500 to 32 499 persons.
    [InlineData("3.2万人", 2_501, 3_500, TargetVerdict.Met)]
    // 3.6万人 is [35 500, 36 500): 35 500 to 36 499 persons.
    [InlineData("3.6万人", -1_499, -500, TargetVerdict.NotMet)]
    // 35000人 exactly: margin 0, and the ceiling is inclusive.
    [InlineData("35000人", 0, 0, TargetVerdict.Met)]
    // 不到3.5万人 is [0, 35 000): 0 to 34 999 persons.
    [InlineData("不到3.5万人", 1, 35_000, TargetVerdict.Met)]
    public void Ceiling_BoundedFigures(string figure, long lowest, long highest, TargetVerdict verdict)
    {
        PublishedTargetOutcome<Headcount> outcome = Evaluate(QuantityTarget.AtMost(P(35_000)), figure);
        Assert.Equal(verdict, outcome.Verdict);
        Assert.Equal(ValueInterval.Closed(new Ratio(lowest, 1), new Ratio(highest, 1)), outcome.MarginBounds);
    }

    [Fact]
    public void Ceiling_AgainstAFloorFigure_IsUndeterminedOrNotMet()
    {
        // 3.5万人以上 is [35 000, +∞): margins (−∞, 0].
        PublishedTargetOutcome<Headcount> inclusive = Evaluate(QuantityTarget.AtMost(P(35_000)), "3.5万人以上");
        Assert.Equal(TargetVerdict.Undetermined, inclusive.Verdict);
        Assert.Equal(ValueInterval.AtMost(Ratio.Zero, inclusive: true), inclusive.MarginBounds);
        Assert.Equal(TargetVerdict.NotMet, Evaluate(QuantityTarget.AtMost(P(35_000), inclusive: false), "3.5万人以上").Verdict);
    }

    [Fact]
    public void Floor_FiguresAreTightenedToWholePersons()
    {
        // 超过34999人 is (34 999, +∞): at least 35 000 whole persons, so it meets 35000人以上 (margins [0, +∞)).
        PublishedTargetOutcome<Headcount> over = Evaluate(QuantityTarget.AtLeast(P(35_000)), "超过34999人");
        Assert.Equal(TargetVerdict.Met, over.Verdict);
        Assert.Equal(ValueInterval.AtLeast(Ratio.Zero, inclusive: true), over.MarginBounds);
        Assert.Equal(TargetVerdict.Undetermined, Evaluate(QuantityTarget.AtLeast(P(35_000), inclusive: false), "超过34999人").Verdict);

        // 14.64万人 is 146 350 to 146 449 persons against a floor of 10万.
        PublishedTargetOutcome<Headcount> report = Evaluate(QuantityTarget.AtLeast(P(100_000)), "14.64万人");
        Assert.Equal(TargetVerdict.Met, report.Verdict);
        Assert.Equal(ValueInterval.Closed(new Ratio(46_350, 1), new Ratio(46_449, 1)), report.MarginBounds);

        // 3万多人 is [30 000, 40 000): it meets a floor of 2万, and not one of 4万.
        Assert.Equal(TargetVerdict.Met, Evaluate(QuantityTarget.AtLeast(P(20_000)), "3万多人").Verdict);
        Assert.Equal(TargetVerdict.NotMet, Evaluate(QuantityTarget.AtLeast(P(40_000)), "3万多人").Verdict);
    }

    [Fact]
    public void Level_MarginsFromTheNearestAndFarthestValues()
    {
        QuantityTarget<Headcount> level = QuantityTarget.About(P(20_000), P(500));

        // 约2万人 is [15 000, 25 000): farthest 5 000 away (15 000), nearest 0 away: margins [500 − 5 000, 500].
        PublishedTargetOutcome<Headcount> rough = Evaluate(level, "约2万人");
        Assert.Equal(TargetVerdict.Undetermined, rough.Verdict);
        Assert.Equal(ValueInterval.Closed(new Ratio(-4_500, 1), new Ratio(500, 1)), rough.MarginBounds);

        // 2.00万人 is [19 950, 20 050): 19 950 to 20 049, farthest 50 away.
        PublishedTargetOutcome<Headcount> fine = Evaluate(level, "2.00万人");
        Assert.Equal(TargetVerdict.Met, fine.Verdict);
        Assert.Equal(ValueInterval.Closed(new Ratio(450, 1), new Ratio(500, 1)), fine.MarginBounds);

        // 2.1万人 is [20 500, 21 500): nearest 500 away (margin 0), farthest 1 499 away.
        PublishedTargetOutcome<Headcount> above = Evaluate(level, "2.1万人");
        Assert.Equal(TargetVerdict.Undetermined, above.Verdict);
        Assert.Equal(ValueInterval.Closed(new Ratio(-999, 1), Ratio.Zero), above.MarginBounds);

        // 不到1万人 is 0 to 9 999 persons: at least 10 001 away.
        PublishedTargetOutcome<Headcount> low = Evaluate(level, "不到1万人");
        Assert.Equal(TargetVerdict.NotMet, low.Verdict);
        Assert.Equal(ValueInterval.Closed(new Ratio(-19_500, 1), new Ratio(-9_501, 1)), low.MarginBounds);

        // 2万人以上 is [20 000, +∞): margins (−∞, 500].
        PublishedTargetOutcome<Headcount> open = Evaluate(level, "2万人以上");
        Assert.Equal(TargetVerdict.Undetermined, open.Verdict);
        Assert.Equal(ValueInterval.AtMost(new Ratio(500, 1), inclusive: true), open.MarginBounds);
    }

    [Fact]
    public void Money_MarginsAreInFen()
    {
        // 约1.5亿元 is [1.45亿, 1.55亿) 元; against a ceiling of 1.6亿元 the margins are 0.05亿元 + 1 fen to 0.15亿元.
        PublishedTargetOutcome<Money> outcome = QuantityTarget.AtMost(Money.FromYuan(1.6e8m)).Evaluate(PublishedFigure.Parse<Money>("约1.5亿元"));
        Assert.Equal(TargetVerdict.Met, outcome.Verdict);
        Assert.Equal(ValueInterval.Closed(new Ratio(500_000_001, 1), new Ratio(1_500_000_000, 1)), outcome.MarginBounds);
        Assert.Equal("余量 = 上限 160 000 000 元 − 实际 约1.5亿元 ∈ [5000000.01, 15000000] 元：达成", outcome.Explain(ExplainLanguage.ZhHans));

        // 不超过100元, a signed quantity with no lower end, against a floor: margins (−∞, 0].
        PublishedTargetOutcome<Money> open = QuantityTarget.AtLeast(Money.FromYuan(100m)).Evaluate(PublishedFigure.Parse<Money>("不超过100元"));
        Assert.Equal(TargetVerdict.Undetermined, open.Verdict);
        Assert.Equal(ValueInterval.AtMost(Ratio.Zero, inclusive: true), open.MarginBounds);
    }

    [Fact]
    public void Explain_AndToString()
    {
        PublishedTargetOutcome<Headcount> outcome = Evaluate(QuantityTarget.AtMost(P(35_000)), "约3.5万人");
        Assert.Equal("余量 = 上限 35 000 人 − 实际 约3.5万人 ∈ [-499, 500] 人：无法判定", outcome.Explain(ExplainLanguage.ZhHans));
        Assert.Equal("餘量 = 上限 35 000 人 − 實際 約3.5萬人 ∈ [-499, 500] 人：無法判定", outcome.Explain(ExplainLanguage.ZhHant));
        Assert.Equal("margin = ceiling 35,000 persons − actual about 3.5 × 10⁴ persons ∈ [-499, 500] persons: undetermined", outcome.Explain(ExplainLanguage.English));
        Assert.Equal("约3.5万人 against 35000人以内: Undetermined, margin in [-499, 500] 人", outcome.ToString());

        PublishedTargetOutcome<Headcount> floor = Evaluate(QuantityTarget.AtLeast(P(35_000)), "超过34999人");
        Assert.Equal("余量 = 实际 超过34999人 − 下限 35 000 人 ∈ [0, +∞) 人：达成", floor.Explain(ExplainLanguage.ZhHans));
    }

    [Fact]
    public void Margin_OfAZeroTargetWithNoUnit_IsInTheFiguresUnit()
    {
        // A zero count has no unit (default(UnitCount)); the margin is then named in the unit the figure is printed in.
        PublishedTargetOutcome<UnitCount> outcome = QuantityTarget.AtMost(default(UnitCount)).Evaluate(PublishedFigure.Parse<UnitCount>("3家"));
        Assert.Equal("3家 against 0以内: NotMet, margin in [-3, -3] 家", outcome.ToString());
        Assert.Equal("margin = ceiling 0 − actual 3 enterprises ∈ [-3, -3] enterprises: missed", outcome.Explain(ExplainLanguage.English));
    }

    [Fact]
    public void Margin_OfAQuantityPrintedWithNoUnit_HasNoUnit()
    {
        // 约30 stands for [25, 35): the whole values 25 … 34, so the margin under a ceiling of 5 is 5 − [25, 34].
        PublishedTargetOutcome<PlainUnits> outcome = QuantityTarget.AtMost(new PlainUnits(5)).Evaluate(PublishedFigure.Parse<PlainUnits>("约30"));
        Assert.Equal("约30 against 5以内: NotMet, margin in [-29, -20]", outcome.ToString());
    }

    [Fact]
    public void Equality()
    {
        PublishedFigure<Headcount> figure = PublishedFigure.Parse<Headcount>("约3.5万人");
        Support.Contract.AssertEquality(
            QuantityTarget.AtMost(P(35_000)).Evaluate(figure),
            QuantityTarget.AtMost(P(35_000)).Evaluate(figure),
            QuantityTarget.AtMost(P(35_000)).Evaluate(PublishedFigure.Parse<Headcount>("3.5万人")));
    }
}
