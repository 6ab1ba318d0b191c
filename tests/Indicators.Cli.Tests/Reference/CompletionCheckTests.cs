using System;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Cli.Reference;
using Indicators.Periods;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Quantities;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Cli.Tests.Reference;

public class CompletionCheckTests
{
    [Fact]
    public void Run_RateRoundedHalfEven_DisagreesAndIsHalfEvenOnly()
    {
        // 196.105% printed half-even would read 196.10%; reports round half away from zero.
        FigureCheck check = Figure("rural-employment", "39221人", "20000人", "196.10%");
        Assert.False(check.Agrees);
        Assert.Null(check.Implied.ConsistentActuals);
        Assert.Equal(RoundingConsistency.HalfEven, check.Implied.Rounding);
        Assert.Equal("196.11%", check.RoundedRate);
    }

    [Fact]
    public void Run_RoundedActualThatNoWholeNumberFits_Disagrees()
    {
        // 17 650–17 749 over 12 000 is 147.08%–147.91%: nothing in it rounds to 150.00%.
        FigureCheck check = Figure("rural-employment", "1.77万人", "1.2万人", "150.00%");
        Assert.False(check.Agrees);
        Assert.True(check.IsActualRounded);
        Assert.Null(check.Implied.ConsistentActuals);
        Assert.Null(check.Implied.Rounding);
    }

    [Fact]
    public void Run_RateWithOneDecimal_UsesThePublishedPrecision()
    {
        // 39 221 / 20 000 = 196.105%, which is 196.1% at one decimal.
        FigureCheck check = Figure("rural-employment", "39221人", "20000人", "196.1%");
        Assert.True(check.Agrees);
        Assert.Equal("196.1%", check.RoundedRate);
        Assert.Equal(RoundingConsistency.Both, check.Implied.Rounding);
    }

    [Fact]
    public void Run_Enterprises_ParsesCountsOfEnterprises()
    {
        FigureCheck check = Figure("returning-geese-start-ups", "2677家", "2000家", "133.85%");
        Assert.True(check.Agrees);
        Assert.Equal((Ratio)2_677L, check.Actual.Value);
        Assert.Equal((2_677L, 2_677L), check.Implied.ConsistentActuals);
    }

    [Fact]
    public void Run_PersonsPrintedAsEnterprises_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => Figure("rural-employment", "2677家", "2000家", "133.85%"));
    }

    [Fact]
    public void Run_TraditionalScale_ReadsLikeSimplified()
    {
        // 萬 is 万: 14.64萬人 stands for 146 350–146 449 persons, of which 146 425–146 434 fit 146.43% of 10万.
        FigureCheck check = Figure("rural-employment", "14.64萬人", "10万人", "146.43%");
        Assert.True(check.Agrees);
        Assert.Equal((146_350L, 146_449L), check.PrintedActuals);
        Assert.Equal((146_425L, 146_434L), check.Implied.ConsistentActuals);
    }

    [Fact]
    public void Run_AsOfTheDayBeforeMonthEnd_CountsOnlyEndedMonths()
    {
        // On 2020-10-30 October has not ended: 9 of 12 months have passed.
        FigureCheck check = Figure("rural-employment", "39221人", "20000人", "196.11%", new DateOnly(2020, 10, 30));
        Assert.Equal(9, check.Schedule.Progress.Elapsed);
        Assert.Equal(12, check.Schedule.Progress.Total);
        Assert.Equal("75%", check.Schedule.Progress.Rate.ToString());
    }

    [Fact]
    public void Run_CompletionBelowProgress_IsBehindSchedule()
    {
        // 20 of 100 is 20%; at 2020-10-31, 83.33…% of the year has passed: 63.33… points behind.
        FigureCheck check = Figure("rural-employment", "20人", "100人", "20.00%", new DateOnly(2020, 10, 31));
        Assert.True(check.Agrees);
        Assert.False(check.Schedule.IsAheadOfSchedule);
        Assert.Equal("-190/3%", Indicators.Quantities.Percent.FromRatio(check.Schedule.Gap.Ratio).ToString());
    }

    /// <summary>The one completion figure of a dataset with a single actual to <paramref name="asOf"/>, its year's target
    /// (inferred) and its printed rate, as <c>reproduce</c> shows it.</summary>
    private static FigureCheck Figure(string indicator, string actual, string target, string rate, DateOnly? asOf = null)
    {
        LocalDate date = LocalDate.FromDateOnly(asOf ?? new DateOnly(2020, 6, 30));
        ReportingPeriod period = ReportingPeriod.YearToDate(date);
        ReportingPeriod year = ReportingPeriod.Year(date.Year);
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, AdministrativeDivisions.AsOf(date).Subtree("331000"))
            .Add(indicator, "331000", period, actual)
            .AddCompletionRate(indicator, "331000", period, PublishedRate.Parse(rate));
        if (IndicatorCatalog.BuiltIn[indicator].Quantity == IndicatorQuantity.Persons)
        {
            builder.AddInferredTarget(indicator, "331000", year, QuantityTarget<Headcount>.Parse(target + "以上"), "written for this test");
        }
        else
        {
            builder.AddInferredTarget(indicator, "331000", year, QuantityTarget<UnitCount>.Parse(target + "以上"), "written for this test");
        }

        return Assert.Single(DatasetReport.Reproduce(builder.Build()).Figures);
    }
}
