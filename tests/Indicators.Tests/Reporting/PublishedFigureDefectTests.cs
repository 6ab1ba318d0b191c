using System;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>Regressions for published figures, rates and targets: overflow, spans, equality, defaults and messages.</summary>
public class PublishedFigureDefectTests
{
    private static readonly string ManyDecimalsOne = "1." + new string('0', 38);

    [Fact]
    public void TryParse_ThirtyEightZeroDecimals_DoesNotThrow()
    {
        string persons = ManyDecimalsOne + "人";
        Assert.True(PublishedFigure.TryParse<Headcount>(persons, out PublishedFigure<Headcount> headcount));
        Assert.Equal(ValueInterval.Point(1), headcount.Bounds);
        Assert.True(PublishedFigure.TryParse<HeadcountChange>(persons, out _));
        Assert.True(PublishedFigure.TryParse<Count<Enterprises>>(ManyDecimalsOne + "家", out _));
        Assert.True(PublishedFigure.TryParse<UnitCount>(ManyDecimalsOne + "家", out _));
    }

    [Fact]
    public void RateParse_BoundsBeyondRatio_ThrowsFormatException_AndTryParseIsFalse()
    {
        string rate = "1." + new string('0', 36) + "%";
        FormatException e = Assert.Throws<FormatException>(() => PublishedRate.Parse(rate));
        Assert.Contains("36 decimals", e.Message, StringComparison.Ordinal);
        Assert.False(PublishedRate.TryParse(rate, out _));
        Assert.Throws<FormatException>(() => RateTarget.Parse("约" + rate));
        Assert.Throws<ArgumentException>(() => PublishedRate.Of(Percent.FromRatio(new Ratio(1, 100)), 36));
    }

    [Fact]
    public void ImpliedTargetFrom_TargetsBeyondRatio_ThrowsOverflowExceptionNamingTheFigures()
    {
        PublishedFigure<Headcount> actual = PublishedFigure.Parse<Headcount>("4859432565812756041人");
        PublishedRate rate = PublishedRate.Parse("2.951178348256712359%");
        OverflowException e = Assert.Throws<OverflowException>(() => ImpliedTarget.From(actual, rate));
        Assert.Contains("4859432565812756041人", e.Message, StringComparison.Ordinal);
        Assert.Contains("2.951178348256712359%", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundestCandidates_AtMostActual_ArePositive()
    {
        var implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("近200人"), PublishedRate.Parse("50%"));
        Assert.Equal([400L, 300L, 200L], implied.RoundestCandidates().Select(target => target.Persons));
    }

    [Fact]
    public void RoundestCandidates_WholeActuals_AreAchievable()
    {
        var implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("0.32万人"), PublishedRate.Parse("90.07%"));
        PublishedRate rate = PublishedRate.Parse("90.07%");
        Assert.DoesNotContain(Headcount.FromPersons(3600), implied.RoundestCandidates());
        Assert.All(implied.RoundestCandidates(10), target => Assert.Contains(
            Enumerable.Range(3150, 100),
            actual => ImpliedTarget.Check(Headcount.FromPersons(actual), target, rate) != RoundingConsistency.Neither));
    }

    [Fact]
    public void RoundestCandidates_BeyondTheQuantity_StayInRange()
    {
        var implied = ImpliedTarget.From(PublishedFigure.Parse<Money>("9999亿元"), PublishedRate.Parse("0.001%"));
        Assert.Equal([9_000_000_000_000_000_000L, 8_000_000_000_000_000_000L, 7_000_000_000_000_000_000L], implied.RoundestCandidates().Select(target => target.Fen));
    }

    [Fact]
    public void RoundestCandidates_Default_ThrowsInvalidOperationException()
    {
        Assert.Throws<InvalidOperationException>(() => default(ImpliedTarget<Headcount>).RoundestCandidates());
        Assert.Throws<InvalidOperationException>(() => default(ImpliedTarget<Headcount>).TryGetActualsFor(Headcount.FromPersons(1), out _));
        Assert.Throws<InvalidOperationException>(() => default(ImpliedTarget<Headcount>).Explain(ExplainLanguage.English));
    }

    [Theory]
    [InlineData("1100多万人", 11_000_000L, 12_000_000L)]
    [InlineData("1100余万人", 11_000_000L, 12_000_000L)]
    [InlineData("1100餘萬人", 11_000_000L, 12_000_000L)]
    [InlineData("10多万人", 100_000L, 200_000L)]
    [InlineData("3多亿人", 300_000_000L, 400_000_000L)]
    [InlineData("2万多人", 20_000L, 30_000L)]
    public void Parse_SpanBeforeTheScale_IsTheSpanOfTheScaledNumber(string text, long lower, long upper)
    {
        Assert.Equal(ValueInterval.ClosedOpen(lower, upper), PublishedFigure.Parse<Headcount>(text).Bounds);
    }

    [Fact]
    public void SpanOfZeroWithAScale_IsWrittenAfterTheScale()
    {
        // The marker goes before the scale only when the digits end in a zero (1100多万); 0 is not such a number.
        PublishedFigure<Headcount> figure = PublishedFigure.Parse<Headcount>("0万多人");
        Assert.Equal(ValueInterval.ClosedOpen(0, 10_000), figure.Bounds);
        Assert.Equal("0万多人", figure.ToString());
    }

    [Fact]
    public void Parse_SpanMarkerThenMoreNumber_IsRejected()
    {
        Assert.False(PublishedFigure.TryParse<Headcount>("3000多.5人", out _));
        Assert.False(PublishedFigure.TryParse<Headcount>("1100多1万人", out _));
    }

    [Fact]
    public void Bounds_NegativeSpan_PointsDown()
    {
        Assert.Equal(ValueInterval.OpenClosed(-4000, -3000), PublishedFigure.Parse<HeadcountChange>("-3000多人").Bounds);
        Assert.Equal(ValueInterval.OpenClosed(-4_000_000, -3_000_000), PublishedFigure.Parse<HeadcountChange>("-300多万人").Bounds);
    }

    [Fact]
    public void Equality_InclusiveWithoutAtMostOrAtLeast_MeansNothing()
    {
        var precision = new DisplayFormat(Scale.Wan, 2);
        foreach (Qualifier qualifier in new[] { Qualifier.None, Qualifier.Approximately, Qualifier.Span })
        {
            PublishedFigure<Headcount> exclusive = PublishedFigure.Of(Headcount.FromPersons(146_400), precision, qualifier, inclusive: false);
            PublishedFigure<Headcount> inclusive = PublishedFigure.Of(Headcount.FromPersons(146_400), precision, qualifier, inclusive: true);
            Assert.Equal(inclusive, exclusive);
            Assert.Equal(inclusive.GetHashCode(), exclusive.GetHashCode());
            Assert.Equal(exclusive, PublishedFigure.Parse<Headcount>(exclusive.ToString()));
        }

        Assert.NotEqual(
            PublishedFigure.Of(Headcount.FromPersons(200), new DisplayFormat(Scale.One, 0), Qualifier.AtMost, inclusive: false),
            PublishedFigure.Of(Headcount.FromPersons(200), new DisplayFormat(Scale.One, 0), Qualifier.AtMost, inclusive: true));
        Assert.Equal(PublishedRate.Parse("5.5%"), PublishedRate.Of(Percent.FromRatio(new Ratio(55, 1000)), 1, inclusive: false));
    }

    [Fact]
    public void PrintedNumberTryRead_ValueBeyondRatio_IsRejected()
    {
        Assert.False(PrintedNumber.TryRead(new string('9', 35) + "万元", out _, out _));
        Assert.False(PrintedNumber.TryRead(new string('9', 31) + "亿", out _, out _));
        Assert.True(PrintedNumber.TryRead(new string('9', 34) + "万元", out PrintedNumber fits, out _));
        Assert.Equal(new Ratio((Int128.Parse(new string('9', 34), System.Globalization.CultureInfo.InvariantCulture)) * 10_000, 1), fits.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedNumber(Int128.Parse(new string('9', 35), System.Globalization.CultureInfo.InvariantCulture), 0, Scale.Wan));
    }

    [Fact]
    public void ToString_Defaults_DoNotThrow()
    {
        Assert.Equal("0元 / 0人: no average (default)", default(Average<Headcount>).ToString());
        Assert.Throws<InvalidOperationException>(() => default(Average<Headcount>).Figure);
        Assert.Throws<InvalidOperationException>(() => default(Average<Headcount>).Rounded(RoundingMode.HalfEven));
        Assert.Equal("[0, 0]", default(ValueInterval).ToString());
        Assert.Equal("0人", default(PublishedFigure<Headcount>).ToString());
        Assert.Equal("0元", default(PublishedFigure<Money>).ToString());
        Assert.Equal("0%", default(PublishedRate).ToString());
        Assert.Equal("0%以上", default(RateTarget).ToString());
        Assert.Contains("0%", default(RateTargetOutcome).ToString(), StringComparison.Ordinal);
        Assert.Equal("no figures: default ImpliedTarget", default(ImpliedTarget<Headcount>).ToString());
        Assert.Equal("0", default(PrintedNumber).ToString());
    }

    [Fact]
    public void Parse_Defaults_ReadBackFromTheirText()
    {
        Assert.Equal(default, PublishedFigure.Parse<Headcount>(default(PublishedFigure<Headcount>).ToString()));
        Assert.Equal(default, PublishedRate.Parse(default(PublishedRate).ToString()));
    }

    [Fact]
    public void RateTargetParse_Errors_SayRateTarget()
    {
        FormatException noQualifier = Assert.Throws<FormatException>(() => RateTarget.Parse("3.5%"));
        FormatException notRate = Assert.Throws<FormatException>(() => RateTarget.Parse("三点五"));
        Assert.All(new[] { noQualifier, notRate }, e =>
        {
            Assert.Contains("rate target", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("published rate", e.Message, StringComparison.Ordinal);
        });
        Assert.True(RateTarget.TryParse("3.5%以内", out RateTarget ceiling));
        Assert.Equal(RateTarget.AtMost(Percent.Parse("3.5%", null)), ceiling);
        Assert.False(RateTarget.TryParse("3.5%", out _));
    }

    [Fact]
    public void ParseMessages_MegabyteInput_StayShort()
    {
        string huge = "约" + new string('1', 1_000_000) + "x人";
        Assert.All(
            new Action[]
            {
                () => PublishedFigure.Parse<Headcount>(huge),
                () => PublishedFigure.Parse<Money>(huge),
                () => PublishedRate.Parse(huge),
                () => RateTarget.Parse(huge),
                () => PublishedFigure.Parse<Headcount>("约" + new string('5', 1_000_000) + "人"),
            },
            parse => Assert.True(Assert.Throws<FormatException>(parse).Message.Length < 400));
    }

    [Fact]
    public void ToString_WritesTheFirstMarkerOfEachClass()
    {
        foreach (Qualifier qualifier in new[] { Qualifier.Approximately, Qualifier.AtMost, Qualifier.AtLeast, Qualifier.Span })
        {
            foreach (bool inclusive in new[] { true, false })
            {
                QualifierMarker first = Qualifiers.Markers.First(m => m.Qualifier == qualifier && (m.Inclusive == inclusive || qualifier is Qualifier.Approximately or Qualifier.Span));
                string text = PublishedFigure.Of(Headcount.FromPersons(3000), new DisplayFormat(Scale.One, 0), qualifier, inclusive).ToString();
                Assert.Contains(first.Text, text, StringComparison.Ordinal);
            }
        }

        foreach (FigureStatus status in new[] { FigureStatus.Forecast, FigureStatus.Provisional, FigureStatus.Estimated })
        {
            string first = Qualifiers.StatusMarkers.First(m => m.Status == status).Marker;
            Assert.StartsWith(first, PublishedFigure.Of(Headcount.FromPersons(3000), new DisplayFormat(Scale.One, 0), status: status).ToString(), StringComparison.Ordinal);
        }
    }
}
