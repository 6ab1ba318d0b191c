using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Xunit;

namespace Indicators.Tests.Labour;

public class UnemploymentComparisonTests
{
    [Fact]
    public void Compare_WithTheProvincialAverage_GivesPointsAndVerdict()
    {
        ReportingPeriod october = ReportingPeriod.Month(2020, 10);
        var city = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("331000"), october, Percent.FromPercentage(1.38m));
        var province = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("330000"), october, Percent.FromPercentage(1.58m));
        UnemploymentComparison comparison = city.CompareWith(province);
        Assert.Equal(PercentagePoints.FromPoints(-0.2m), comparison.Difference);
        Assert.Equal(-1, comparison.Direction);
        Assert.True(comparison.IsBetter);
        Assert.False(comparison.IsWorse);
        Assert.Equal("1.38% vs 1.58%: -0.2个百分点 (better)", comparison.ToString());
        Assert.True(comparison.Reversed().IsWorse);
    }
}
