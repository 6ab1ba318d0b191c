using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Aggregation;

public class ParentRateCheckTests
{
    private static readonly Indicators.Periods.ReportingPeriod October = ComparisonFixture.October;

    private static ParentRateCheck Check(string? parent, params (string Region, string Unemployed, string Rate)[] parts)
    {
        DatasetBuilder builder = ComparisonFixture.Builder();
        foreach ((string region, string unemployed, string rate) in parts)
        {
            builder.Add(ComparisonFixture.Unemployed, region, October, unemployed).Add(ComparisonFixture.Rate, region, October, rate);
        }

        if (parent is not null)
        {
            builder.Add(ComparisonFixture.Rate, "330000", October, parent);
        }

        return builder.Build().CheckParentRate(ComparisonFixture.Rate, "330000", October);
    }

    [Fact]
    public void ExactNumerators_IntervalIsNumeratorsOverExtremeDenominators()
    {
        // True: 3 000 of 200 000 (1.5%) and 2 000 of 200 000 (1%): the parent's 5 000 of 400 000 is 1.25%.
        ParentRateCheck check = Check("1.25%", ("331000", "3000人", "1.50%"), ("330200", "2000人", "1.00%"));

        // Rates in [1.495%, 1.505%) and [0.995%, 1.005%); with exact numerators the rate is 5000 ÷ Σ(n_i ÷ rate_i).
        Ratio lower = new Ratio(5000, 1) / (new Ratio(3_000_000, 1495) + new Ratio(2_000_000, 995));
        Ratio upper = new Ratio(5000, 1) / (new Ratio(3_000_000, 1505) + new Ratio(2_000_000, 1005));
        Assert.Equal(ValueInterval.ClosedOpen(lower, upper), check.Interval.Bounds);
        Assert.True(check.Interval.Bounds.Contains(new Ratio(125, 100)));
        Assert.Equal(new Ratio(5000, 1) / (new Ratio(3_000_000, 1500) + new Ratio(2_000_000, 1000)), check.Interval.Value);
        Assert.Equal(DerivedUnit.Rate, check.Interval.Unit);
        Assert.True(check.IsConsistent);
        Assert.True(check.ContainsPublishedValue);
        Assert.Equal("330300", Assert.Single(check.Missing).Id); // 温州市 has no figures
        Assert.Equal(2, check.Parts.Count);

        // 3 000 ÷ [1.495%, 1.505%) is (3 000 ÷ 1.505%, 3 000 ÷ 1.495%].
        Assert.Equal(ValueInterval.OpenClosed(new Ratio(300_000_000, 1505), new Ratio(300_000_000, 1495)), System.Linq.Enumerable.Single(check.Parts, x => x.Region.Id == "331000").DenominatorBounds);
    }

    [Fact]
    public void RoundedNumerators_ExtremesWeighTheHighAndLowRates()
    {
        // 1.50万 [14 950, 15 050) at [1.495%, 1.505%); 0.50万 [4 950, 5 050) at [2.995%, 3.005%).
        ParentRateCheck check = Check(null, ("331000", "1.50万人", "1.50%"), ("330200", "0.50万人", "3.00%"));

        // Highest: the high-rate part as large as it can be, the low-rate part as small; lowest: the other way round.
        Ratio upper = new Ratio(14_950 + 5_050, 1) / (new Ratio(14_950_000, 1505) + new Ratio(5_050_000, 3005));
        Ratio lower = new Ratio(15_050 + 4_950, 1) / (new Ratio(15_050_000, 1495) + new Ratio(4_950_000, 2995));
        Assert.Equal(ValueInterval.ClosedOpen(lower, upper), check.Interval.Bounds);

        // Both other vertices lie inside.
        Ratio bothLow = new Ratio(14_950 + 4_950, 1) / (new Ratio(14_950_000, 1505) + new Ratio(4_950_000, 3005));
        Ratio bothHigh = new Ratio(15_050 + 5_050, 1) / (new Ratio(15_050_000, 1505) + new Ratio(5_050_000, 3005));
        Assert.True(bothLow < upper && bothHigh < upper);
        Assert.Null(check.Published);
        Assert.Null(check.IsConsistent);
        Assert.Null(check.ContainsPublishedValue);
    }

    [Theory]
    [InlineData("1.25%", true, true)]
    [InlineData("1.26%", true, false)]  // [1.255%, 1.265%) meets [1.2447…%, 1.2552…%)
    [InlineData("1.30%", false, false)]
    public void Finding_SaysWhetherThePublishedRateFits(string parent, bool consistent, bool contains)
    {
        ParentRateCheck check = Check(parent, ("331000", "3000人", "1.50%"), ("330200", "2000人", "1.00%"));
        Assert.Equal(consistent, check.IsConsistent);
        Assert.Equal(contains, check.ContainsPublishedValue);
    }

    [Fact]
    public void Explain_InThreeScripts()
    {
        ParentRateCheck check = Check("1.30%", ("331000", "3000人", "1.50%"), ("330200", "2000人", "1.00%"));
        string hans = check.Explain(ExplainLanguage.ZhHans);
        Assert.StartsWith("浙江省 城镇登记失业率 2020-10\n  宁波市：2000人 ÷ 1.00% → 分母 ∈ (199004.97…人, 201005.02…人]\n", hans, StringComparison.Ordinal);
        Assert.Contains("\n  台州市：3000人 ÷ 1.50% → 分母 ∈ (199335.54…人, 200668.89…人]\n", hans, StringComparison.Ordinal);
        Assert.EndsWith("\n  公布 1.30%：在区间外，不一致", hans, StringComparison.Ordinal);
        Assert.Contains("\n  Σ分子 ÷ Σ分母 = 1.25%，区间 [1.244…%, 1.255…%)", hans, StringComparison.Ordinal);
        Assert.EndsWith("\n  公佈 1.30%：在區間外，不一致", check.Explain(ExplainLanguage.ZhHant), StringComparison.Ordinal);
        string english = check.Explain(ExplainLanguage.English);
        Assert.Contains("\n  Taizhou: 3,000 persons ÷ 1.50% → denominator in (199335.54… persons, 200668.89… persons]", english, StringComparison.Ordinal);
        Assert.EndsWith("\n  published 1.30%: outside the bounds, inconsistent", english, StringComparison.Ordinal);
    }

    [Fact]
    public void RateThatCanBeZero_ReachesDownToZero()
    {
        ParentRateCheck check = Check(null, ("331000", "3人", "0.00%"), ("330200", "2000人", "1.00%"));
        Assert.Equal(Ratio.Zero, check.Interval.Bounds.Lower);
        Assert.True(check.Interval.Bounds.IsLowerClosed);
        Assert.Null(System.Linq.Enumerable.Single(check.Parts, x => x.Region.Id == "331000").DenominatorBounds.Upper);
    }

    [Fact]
    public void MissingParts_AreListed()
    {
        ParentRateCheck check = Check(null, ("331000", "3000人", "1.50%"));
        Assert.False(check.IsComplete);
        Assert.Equal(["330200", "330300"], System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(check.Missing, r => r.Id)));
    }

    [Fact]
    public void Errors_NameTheIndicatorOrRegion()
    {
        Dataset data = ComparisonFixture.Builder()
            .Add(ComparisonFixture.Unemployed, "331000", October, "3000人")
            .Add(ComparisonFixture.Rate, "331000", October, "1.50%")
            .Build();

        var quantity = Assert.Throws<ArgumentException>(() => data.CheckParentRate(ComparisonFixture.Unemployed, "330000", October));
        Assert.Contains(ComparisonFixture.Unemployed, quantity.Message, StringComparison.Ordinal);
        var notRatio = Assert.Throws<ArgumentException>(() => data.CheckParentRate("surveyed-urban-unemployment-rate", "330000", October));
        Assert.Contains("surveyed-urban-unemployment-rate", notRatio.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ArgumentException>(() => data.CheckParentRate(ComparisonFixture.Rate, "339999", October));
        Assert.Contains("339999", unknown.Message, StringComparison.Ordinal);
        var leaf = Assert.Throws<ArgumentException>(() => data.CheckParentRate(ComparisonFixture.Rate, "331000", October));
        Assert.Contains("331000", leaf.Message, StringComparison.Ordinal);
        var none = Assert.Throws<KeyNotFoundException>(() => data.CheckParentRate(ComparisonFixture.Rate, "330000", ReportingPeriodOf(2020, 9)));
        Assert.Contains("330000", none.Message, StringComparison.Ordinal);
    }

    private static Indicators.Periods.ReportingPeriod ReportingPeriodOf(int year, int month) => Indicators.Periods.ReportingPeriod.Month(year, month);
}
