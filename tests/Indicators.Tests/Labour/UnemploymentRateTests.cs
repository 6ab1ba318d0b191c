using System;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Xunit;

namespace Indicators.Tests.Labour;

public class UnemploymentRateTests
{
    private static readonly RegionCode Taizhou = RegionCode.Parse("331000");
    private static readonly RegionCode Zhejiang = RegionCode.Parse("330000");
    private static readonly ReportingPeriod October = ReportingPeriod.Month(2020, 10);

    [Fact]
    public void Registered_FromCounts_IsUnemployedOverEmployedPlusUnemployed()
    {
        UnemploymentRate rate = UnemploymentRate.FromRegisteredCounts(Taizhou, October, Headcount.FromPersons(138), Headcount.FromPersons(9_862));
        Assert.Equal(Percent.FromPercentage(1.38m), rate.Rate);
        Assert.Equal(UnemploymentMeasure.RegisteredUrban, rate.Measure);
        Assert.Throws<ArgumentException>(() => UnemploymentRate.FromRegisteredCounts(Taizhou, October, Headcount.Zero, Headcount.Zero));
    }

    [Fact]
    public void Compare_DifferentMeasures_ThrowsSayingWhy()
    {
        var registered = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, Taizhou, October, Percent.FromPercentage(1.38m));
        var surveyed = new UnemploymentRate(UnemploymentMeasure.SurveyedUrban, Zhejiang, October, Percent.FromPercentage(5.3m));
        ArgumentException e = Assert.Throws<ArgumentException>(() => registered.CompareWith(surveyed));
        Assert.Contains("administrative count", e.Message, StringComparison.Ordinal);
        Assert.Contains("ILO", e.Message, StringComparison.Ordinal);
        Assert.Contains("城镇调查失业率", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnemploymentRate(UnemploymentMeasure.SurveyedUrban, Taizhou, October, Percent.FromPercentage(101m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnemploymentRate(UnemploymentMeasure.SurveyedUrban, Taizhou, October, Percent.FromPercentage(-1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnemploymentRate((UnemploymentMeasure)9, Taizhou, October, Percent.Zero));
    }
}
