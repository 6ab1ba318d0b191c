using System.IO;
using Indicators.Aggregation;
using Indicators.Periods;
using Indicators.Reporting;
using Indicators.Serialization;
using Indicators.Tests.Serialization;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>The lookups of targets and printed completion rates by (indicator, region, period), on the reference dataset.</summary>
public class DatasetLookupTests
{
    private static readonly Dataset Taizhou = DatasetJson.Read(File.ReadAllText(Path.Combine(DatasetJsonTests.RepositoryRoot(), "docs", "data", "taizhou-2020.json")));

    private static readonly ReportingPeriod ToOctober = ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31));

    [Fact]
    public void TryFindTarget_TheInferredYearTarget()
    {
        Assert.True(Taizhou.TryFindTarget("urban-new-employment", "331000", ReportingPeriod.Year(2020), out DatasetTarget? target));
        Assert.Equal("100000人以上", target.TargetText());
        Assert.NotNull(target.InferredBecause);
    }

    [Theory]
    [InlineData("urban-new-employment", "331000", 2019)]
    [InlineData("urban-new-employment", "331002", 2020)]
    [InlineData("no-such-indicator", "331000", 2020)]
    [InlineData(null, "331000", 2020)]
    [InlineData("urban-new-employment", null, 2020)]
    public void TryFindTarget_NoneForAnotherKey(string? indicator, string? region, int year)
    {
        Assert.False(Taizhou.TryFindTarget(indicator, region, ReportingPeriod.Year(year), out DatasetTarget? target));
        Assert.Null(target);
    }

    [Fact]
    public void TryFindCompletionRate_ThePrintedRate()
    {
        Assert.True(Taizhou.TryFindCompletionRate("urban-new-employment", "331000", ToOctober, out PublishedRate rate));
        Assert.Equal("146.43%", rate.ToString());
    }

    [Theory]
    [InlineData("urban-new-employment", "331000", 9)]
    [InlineData("job-fairs", "331000", 10)]
    [InlineData(null, "331000", 10)]
    [InlineData("urban-new-employment", "nowhere", 10)]
    public void TryFindCompletionRate_NoneForAnotherKey(string? indicator, string? region, int month)
    {
        Assert.False(Taizhou.TryFindCompletionRate(indicator, region, ReportingPeriod.YearToDate(new LocalDate(2020, month, month == 9 ? 30 : 31)), out PublishedRate rate));
        Assert.Equal(default, rate);
    }
}
