using System;
using System.Globalization;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>Cases a review found wrong; each fails against the code before its fix.</summary>
public class ReviewRegressionTests
{
    [Theory]
    [InlineData("100/3%", "fraction")]
    [InlineData("1.38%多", "is not a rate")]
    public void PublishedRate_FractionOrStrayMarker_IsRejected(string text, string problem) =>
        Assert.Contains(problem, Assert.Throws<FormatException>(() => PublishedRate.Parse(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("3余9人")]
    [InlineData("1多2万人")]
    public void PublishedFigure_SpanMarkerInsideTheNumber_IsRejected(string text) =>
        Assert.Contains("inside the number", Assert.Throws<FormatException>(() => PublishedFigure.Parse<Headcount>(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void PublishedFigure_StandingForNothing_IsRejected()
    {
        Assert.Throws<FormatException>(() => PublishedFigure.Parse<Headcount>("不到0人"));
        Assert.False(PublishedFigure.TryParse<Headcount>("不到0人", out _));
        Assert.Throws<ArgumentException>(() => PublishedFigure.Of(Headcount.Zero, new DisplayFormat(Scale.One, 0), Qualifier.AtMost, inclusive: false));
    }

    [Fact]
    public void RateTarget_StrictMarkers_StayStrict()
    {
        RateTarget below = RateTarget.Parse("低于3.5%");
        Assert.False(below.IsInclusive);
        Assert.False(below.Evaluate(Percent.FromPercentage(3.5m)).IsMet);
        Assert.True(below.Evaluate(Percent.FromPercentage(3.49m)).IsMet);
        Assert.False(RateTarget.Parse("超过3%").Evaluate(Percent.FromPercentage(3m)).IsMet);
        Assert.True(RateTarget.Parse("3%以上").Evaluate(Percent.FromPercentage(3m)).IsMet);
        Assert.NotEqual(RateTarget.AtMost(Percent.FromPercentage(3.5m)), below);
        Assert.Equal("below 3.5%", below.ToString());
    }

    [Fact]
    public void Division_DividendTouchingZero_KeepsZero()
    {
        Assert.Equal(ValueInterval.Closed(0, 10), ValueInterval.Closed(0, 10) / ValueInterval.ClosedOpen(1, 2));
        Assert.Equal(ValueInterval.Point(0), ValueInterval.Point(0) / ValueInterval.Open(1, 2));
        BoundedValue none = PublishedArithmetic.Quotient(PublishedFigure.Parse<Headcount>("0人"), PublishedFigure.Parse<Count<Enterprises>>("约115万家"));
        Assert.Equal(ValueInterval.Point(0), none.Bounds);
    }

    [Fact]
    public void English_Singular_OnlyForOneUnit()
    {
        CultureInfo english = CultureInfo.GetCultureInfo("en-US");
        Assert.Equal("1 × 10⁴ persons", Headcount.FromPersons(10_000).ToString("W", english));
        Assert.Equal("1 × 10⁴ enterprises", Count<Enterprises>.Of(10_000).ToString("W", english));
        Assert.Equal("1 person", Headcount.FromPersons(1).ToString("G", english));
    }

    [Fact]
    public void ManyDecimals_RoundTrip()
    {
        PublishedRate rate = PublishedRate.Parse("1.0000000000000000000%");
        Assert.Equal("1.0000000000000000000%", rate.ToString());
        Assert.True(rate.IsRoundingOf(Percent.FromPercentage(1m), RoundingMode.HalfEven));
        Assert.Equal("1.00000000000000000000元", PublishedFigure.Parse<Money>("1.00000000000000000000元").ToString());
        Assert.Equal(DisplayFormat.Exact, DisplayFormat.Parse("g"));
    }

    [Fact]
    public void Approximately_OnAWholeFigure_IsStillAnInterval()
    {
        Assert.Equal(ValueInterval.ClosedOpen(2_500, 3_500), PublishedFigure.Parse<Headcount>("约3000人").Bounds);
        Assert.Equal(ValueInterval.ClosedOpen(2_500, 3_500), PublishedFigure.Parse<Headcount>("3000人左右").Bounds);
        Assert.Equal(ValueInterval.Point(3_000), PublishedFigure.Parse<Headcount>("3000人").Bounds);
        Assert.Equal(ValueInterval.ClosedOpen(1_145_000, 1_155_000), PublishedFigure.Parse<Count<Enterprises>>("约115万家").Bounds);
    }

    [Fact]
    public void UnitCount_DefaultIsNotAZeroOfAUnit()
    {
        Assert.NotEqual(default, Count<Enterprises>.Zero.ToUnitCount());
        Assert.True(UnitCount.UnitThenValueComparer.Compare(default, Count<Enterprises>.Zero) < 0);
        Assert.Equal(0, UnitCount.UnitThenValueComparer.Compare(default, default));
    }

    [Fact]
    public void Overflows_SayWhatOverflowed()
    {
        Assert.Contains("HeadcountChange negation overflowed", Assert.Throws<OverflowException>(() => -HeadcountChange.FromPersons(long.MinValue)).Message, StringComparison.Ordinal);
        Assert.Contains("Headcount overflowed", Assert.Throws<OverflowException>(() => Headcount.FromPersons(long.MaxValue).Plus(HeadcountChange.FromPersons(1))).Message, StringComparison.Ordinal);
        Assert.Equal("0.00万", new Ratio(1, Int128.MaxValue / 10).ToString("W2", null)); // ToString never throws: the scaled denominator is taken in BigInteger
        Assert.StartsWith("平均 = ", Average.PerUnit(Money.MaxValue, Headcount.FromPersons(2)).Explain(ExplainLanguage.ZhHans), StringComparison.Ordinal);
    }

    [Fact]
    public void Average_OfSomethingSigned_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Average.PerUnit(Money.FromYuan(100m), Money.FromYuan(3m)));
        Assert.Throws<ArgumentException>(() => Average.PerUnit(Money.FromYuan(100m), HeadcountChange.FromPersons(-3)));
    }

    [Fact]
    public void Edges()
    {
        ReportingPeriod first = ReportingPeriod.YearToDate(new LocalDate(1, 1, 1));
        Assert.Equal(first, ReportingPeriod.Parse(first.ToString(), null));
        Assert.Equal(Percent.Zero, default(ScheduleProgress).Rate);
        // A printed number whose value does not fit a Ratio is not read at all (its members could not represent it).
        Assert.False(PrintedNumber.TryRead("1000000000000000000000000000000000000万", out _, out _));
    }

    [Fact]
    public void UnitCount_TryParse_AllocatesNothing()
    {
        Assert.True(UnitCount.TryParse("2677家".AsSpan(), null, out _)); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            UnitCount.TryParse("2677家".AsSpan(), null, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
