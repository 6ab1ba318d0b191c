using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Contracts;

/// <summary>
/// The snippets of the hardening issue, each as its reporter wrote it, with what must hold now. Each failed before
/// the fix (threw, looped, gave a wrong value or did not compile); the detailed tests live beside the types.
/// </summary>
public class HardeningIssueSnippetTests
{
    private static readonly string ThirtyEightZeros = new('0', 38);
    private static readonly string ThirtySixZeros = new('0', 36);

    [Fact]
    public void TryParse_LongZeroDecimals_DoesNotThrow()
    {
        // One person printed to 38 decimals: a figure whose bounds are now computed exactly, and contain 1.
        Assert.True(PublishedFigure.TryParse<Headcount>("1." + ThirtyEightZeros + "人", out PublishedFigure<Headcount> persons));
        Assert.True(persons.Bounds.Contains(Ratio.One));
        Assert.True(PublishedFigure.TryParse<Count<Enterprises>>("1." + ThirtyEightZeros + "家", out _));
        Assert.True(PublishedFigure.TryParse<UnitCount>("1." + ThirtyEightZeros + "家", out _));
        Assert.True(PublishedFigure.TryParse<HeadcountChange>("1." + ThirtyEightZeros + "人", out _));
    }

    [Fact]
    public void Periods_Year9999_ReadBack()
    {
        Assert.True(ReportingPeriod.TryParse("9999-01-01/P12M", null, out _));
        ReportingPeriod last = ReportingPeriod.YearToDate(new LocalDate(9999, 12, 31));
        Assert.Equal(last, ReportingPeriod.Parse(last.ToString(), null));
    }

    [Fact]
    public void LongRates_AreFormatErrorsOrRightAnswers_NeverUndocumentedOverflow()
    {
        Assert.Throws<FormatException>(() => RateTarget.Parse("约1." + ThirtySixZeros + "%"));
        Assert.False(PublishedRate.TryParse("1." + ThirtySixZeros + "%", out _));
        // The exact targets, 4859432565812756041 ÷ 0.02951178348256712359…, need a 129-bit numerator: the documented
        // OverflowException names both figures (it was an unexplained overflow inside the arithmetic).
        OverflowException e = Assert.Throws<OverflowException>(
            () => ImpliedTarget.From(PublishedFigure.Parse<Headcount>("4859432565812756041人"), PublishedRate.Parse("2.951178348256712359%")));
        Assert.Contains("4859432565812756041", e.Message, StringComparison.Ordinal);
        Assert.Contains("2.951178348256712359%", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextTheLibraryWrites_ReadsBack()
    {
        Percent rate = TargetCompletion.Of(Money.FromYuan(12345.67m), Money.FromFen(549_755_813_888)).Rate;
        Assert.Equal(rate, Percent.Parse(rate.ToString()));
        Percent tiny = Percent.FromRatio(new Ratio(1, Int128.One << 126));
        Assert.Equal(tiny, Percent.Parse(tiny.ToString()));
        Percent huge = Percent.FromRatio(new Ratio(Int128.MaxValue, 1));
        Assert.Equal(huge, Percent.Parse(huge.ToString()));
        Assert.Equal(Money.MaxValue, Money.Parse(Money.MaxValue.ToString("F22", null)));
        var third = new Ratio(1, 3);
        Assert.Equal(third.ToString("W4", null), Ratio.Parse(third.ToString("W4", null)).ToString("W4", null));
    }

    [Fact]
    public void RoundestCandidates_ArePositiveAndAchievable()
    {
        IReadOnlyList<Headcount> near = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("近200人"), PublishedRate.Parse("50%")).RoundestCandidates();
        Assert.All(near, t => Assert.True(t.Persons > 0));
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("0.32万人"), PublishedRate.Parse("90.07%"));
        Assert.DoesNotContain(Headcount.FromPersons(3600), implied.RoundestCandidates());
        Assert.All(implied.RoundestCandidates(), t => Assert.True(implied.Agreement(t).Agrees));
        Assert.NotEmpty(ImpliedTarget.From(PublishedFigure.Parse<Money>("9999亿元"), PublishedRate.Parse("0.001%")).RoundestCandidates());
    }

    [Fact]
    public void Readings_SpanBeforeTheScale_NegativeSpans_AndTraditionalYuan()
    {
        Assert.Equal(ValueInterval.ClosedOpen(11_000_000, 12_000_000), PublishedFigure.Parse<Headcount>("1100多万人").Bounds);
        Assert.Equal(ValueInterval.OpenClosed(-4000, -3000), PublishedFigure.Parse<HeadcountChange>("-3000多人").Bounds);
        Assert.Equal(Money.FromYuan(5), Money.Parse("5圓"));
    }

    [Fact]
    public void CountUnits_CannotBeMutatedOrImpersonated()
    {
        Assert.Throws<InvalidCastException>(() => ((List<CountUnit>)CountUnit.All).Reverse());
        Assert.Equal(CountUnit.Enterprises, UnitCount.Parse("5家").Unit);
        Assert.Throws<ArgumentException>(() => new CountUnit("enterprise", "户", "戶", "household", "households"));
    }

    [Fact]
    public void RatioSums_ThatFit_DoNotOverflow()
    {
        Assert.Equal(new Ratio(Int128.MaxValue, 1), new Ratio(Int128.MaxValue, 2) + new Ratio(Int128.MaxValue, 2));
        Assert.Equal(PercentagePoints.FromRatio(new Ratio(Int128.MaxValue, 1)), Percent.FromRatio(new Ratio(Int128.MaxValue, 2)) - Percent.FromRatio(new Ratio(-Int128.MaxValue, 2)));
    }

    [Fact]
    public void Equality_InclusiveWhereItMeansNothing()
    {
        PublishedFigure<Headcount> b = PublishedFigure.Of(Headcount.FromPersons(3000), new DisplayFormat(Scale.One, 0), Qualifier.Approximately, inclusive: false);
        Assert.Equal(b, PublishedFigure.Parse<Headcount>(b.ToString()));
    }

    [Fact]
    public void Rounding_IsExact_AndDocumented()
    {
        // 28 decimals of 万 are steps of 10⁻²⁴ base units: 2.5 × 10⁻²⁴ rounds half away to 3 × 10⁻²⁴ (it gave 2 × 10⁻²⁴).
        Assert.Equal(0.000000000000000000000003m, Rounding.Round(0.0000000000000000000000025m, Scale.Wan, 28, RoundingMode.HalfAwayFromZero));
        // 24 decimals of 万 are steps of 10⁻²⁰: the ceiling of 1.5 × 10⁻²⁷ is 10⁻²⁰ (it gave 0).
        Assert.Equal(0.00000000000000000001m, Rounding.Round(1.5E-27m, Scale.Wan, 24, RoundingMode.Ceiling));
        // The ceiling of decimal.MaxValue in whole 亿 is 79228162514264337593600000000, past decimal.MaxValue: the
        // documented OverflowException.
        Assert.Throws<OverflowException>(() => Rounding.Round(decimal.MaxValue, Scale.Yi, 0, RoundingMode.Ceiling));
        Assert.Equal(79_228_162_514_264_337_593_500_000_000m, Rounding.Round(decimal.MaxValue, Scale.Yi, 0, RoundingMode.Floor));
    }

    [Fact]
    public void Defaults_AndHostileCultures_DoNotThrowOrHang()
    {
        Assert.NotNull(default(ScheduleProgress).ToString());
        Assert.NotNull(default(ScheduleComparison).ToString());
        Assert.NotNull(default(Average<Headcount>).ToString());
        Assert.Throws<InvalidOperationException>(() => default(ImpliedTarget<Headcount>).RoundestCandidates());
        Assert.NotNull(Percent.FromRatio(new Ratio(Int128.MaxValue, 1)).ToString());
        Assert.Equal(RegionCode.None, RegionCode.Parse(default(RegionCode).ToString()));
        string message = Assert.Throws<FormatException>(() => Money.Parse(new string('9', 8_000_000) + "x元")).Message;
        Assert.True(message.Length < 1_000);
    }

    [Fact]
    public void ApiShape_ReadsAlikeOnEveryType()
    {
        Assert.Equal(Percent.FromPercentage(1.38m), Percent.Parse("1.38%"));
        Assert.Equal(Count<Enterprises>.Of(5), Count<Enterprises>.Parse("5家"));
        Assert.Equal("196.11%", TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000)).Rate.ToString("F2"));
        Assert.Equal(Money.FromYuan(1), Money.Max(Money.FromYuan(1), Money.Zero));
        Assert.Equal(new Ratio(1, 2), Money.Divide(Money.FromYuan(1), Money.FromYuan(2)));
        Assert.Equal(Money.FromFen(33), Money.FromYuan(1).DividedBy(3, RoundingMode.HalfAwayFromZero));
        Assert.Equal(Money.FromYuan(3), new[] { Money.FromYuan(1), Money.FromYuan(2) }.ToList().Sum());
        var periods = new List<ReportingPeriod> { ReportingPeriod.Quarter(2020, 4), ReportingPeriod.Month(2020, 10) };
        periods.Sort(ReportingPeriod.ChronologicalComparer);
        Assert.Equal(ReportingPeriod.Month(2020, 10), periods[0]);
    }

    [Fact]
    public void DerivedFigures_AreInTheirOwnUnit()
    {
        DerivedFigure perEnterprise = PublishedArithmetic.PerUnit(PublishedFigure.Parse<Money>("147.16亿元"), PublishedFigure.Parse<Count<Enterprises>>("约115万家"));
        Assert.Equal("12796.52", perEnterprise.Value.ToString("F2", CultureInfo.InvariantCulture));
        Assert.Equal("(12740.69…, 12852.83…)", perEnterprise.Bounds.ToString(2));
        Assert.Equal(DerivedUnit.PerUnit(DerivedUnit.Yuan, DerivedUnit.Of(CountUnit.Enterprises)), perEnterprise.Unit);
    }

    [Fact]
    public void Json_NeverLosesMoneySilently()
    {
        Assert.Equal(Money.Parse("147.16亿元"), JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(Money.Parse("147.16亿元"))));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>("{\"fen\":1471600000000}"));
        var october = ReportingPeriod.Month(2020, 10);
        string json = JsonSerializer.Serialize(new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("331000"), october, Percent.Parse("1.38%")));
        Assert.Contains("\"region\":\"331000\"", json, StringComparison.Ordinal);
    }
}
