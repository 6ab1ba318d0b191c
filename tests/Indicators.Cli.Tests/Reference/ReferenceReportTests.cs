using System.Linq;
using System.Text.Json;
using Indicators.Cli.Output;
using Indicators.Cli.Reference;
using Indicators.Quantities;
using Indicators.Targets;
using Xunit;

namespace Indicators.Cli.Tests.Reference;

// Expected values are DESIGN.md's worked facts, typed in by hand.
public class ReferenceReportTests
{
    [Fact]
    public void Load_EmbeddedData_HoldsTheFiveFiguresInOrder()
    {
        ReportFile report = ReferenceReport.Load();
        Assert.Equal(
            ["rural-employment", "returning-geese-start-ups", "vocational-training-subsidised", "new-urban-employment", "urban-unemployed-re-employed"],
            report.Figures.Select(figure => figure.Id));
        Assert.Equal(["39221人", "2677家", "28914人", "14.64万人", "1.77万人"], report.Figures.Select(figure => figure.Actual));
        Assert.Equal(["196.11%", "133.85%", "144.57%", "146.43%", "147.59%"], report.Figures.Select(figure => figure.CompletionRate));
    }

    [Fact]
    public void Reproduce_ReferenceReport_AllFiveAgree()
    {
        ReportCheck check = ReferenceReport.Reproduce();
        Assert.Equal(5, check.Figures.Count);
        Assert.All(check.Figures, figure => Assert.True(figure.Agrees, figure.Figure.Id));
        Assert.True(check.AllAgree);
    }

    [Fact]
    public void Reproduce_RuralEmployment_Shows196Point11ForTheExact196Point105()
    {
        FigureCheck rural = Figure("rural-employment");
        Assert.Equal((Ratio)39_221L, rural.Actual.Value);
        Assert.Equal((Ratio)20_000L, rural.Target.Value);
        Assert.Equal("196.105%", rural.ComputedRate.ToString());
        Assert.Equal("196.11%", rural.RoundedRate);
        Assert.False(rural.IsActualRounded);
        Assert.Equal((39_221L, 39_221L), rural.Implied.ConsistentActuals);
    }

    [Fact]
    public void Reproduce_RuralEmployment_ConsistentUnderHalfUpOnly()
    {
        Assert.Equal(RoundingConsistency.HalfAwayFromZero, Figure("rural-employment").Implied.Rounding);
    }

    [Theory]
    [InlineData("returning-geese-start-ups", 2_677L, 2_000L, "133.85%")]
    [InlineData("vocational-training-subsidised", 28_914L, 20_000L, "144.57%")]
    public void Reproduce_ExactActual_RateIsExactlyThePublishedOneUnderBothRules(string id, long actual, long target, string rate)
    {
        FigureCheck figure = Figure(id);
        Assert.Equal((Ratio)actual, figure.Actual.Value);
        Assert.Equal((Ratio)target, figure.Target.Value);
        Assert.Equal(rate, figure.ComputedRate.ToString());
        Assert.Equal(rate, figure.RoundedRate);
        Assert.Equal(RoundingConsistency.Both, figure.Implied.Rounding);
    }

    [Theory]
    [InlineData("rural-employment", "(19998.98…, 20000]")]
    [InlineData("new-urban-employment", "(99941.95…, 100017.07…)")]
    [InlineData("urban-unemployed-re-employed", "(11958.39…, 12026.96…)")]
    public void Reproduce_ImpliedTarget_IsTheWorkedInterval(string id, string interval)
    {
        Assert.Equal(interval, Figure(id).Implied.Display);
    }

    [Fact]
    public void Reproduce_RuralEmployment_RoundestTargetIs20000()
    {
        Assert.Equal((Ratio)20_000L, Figure("rural-employment").Implied.RoundestTargets[0]);
    }

    [Fact]
    public void Reproduce_NewUrbanEmployment_ConsistentActualsAre146425To146434()
    {
        FigureCheck figure = Figure("new-urban-employment");
        Assert.Equal((Ratio)146_400L, figure.Actual.Value);
        Assert.Equal((Ratio)100_000L, figure.Target.Value);
        Assert.Equal("146.4%", figure.ComputedRate.ToString());
        Assert.True(figure.IsActualRounded);
        Assert.Equal((146_350L, 146_449L), figure.PrintedActuals);
        Assert.Equal((146_425L, 146_434L), figure.Implied.ConsistentActuals);
        Assert.Null(figure.Implied.Rounding);
    }

    [Fact]
    public void Reproduce_ReEmployment_ConsistentActualIs17711Only()
    {
        FigureCheck figure = Figure("urban-unemployed-re-employed");
        Assert.Equal((Ratio)17_700L, figure.Actual.Value);
        Assert.Equal((Ratio)12_000L, figure.Target.Value);
        Assert.Equal("147.5%", figure.ComputedRate.ToString());
        Assert.Equal((17_650L, 17_749L), figure.PrintedActuals);
        Assert.Equal((17_711L, 17_711L), figure.Implied.ConsistentActuals);
    }

    [Theory]
    [InlineData("rural-employment", 6, "50%")]
    [InlineData("returning-geese-start-ups", 6, "50%")]
    [InlineData("vocational-training-subsidised", 6, "50%")]
    [InlineData("new-urban-employment", 10, "83.33%")]
    [InlineData("urban-unemployed-re-employed", 10, "83.33%")]
    public void Reproduce_Schedule_ByMonthsOf2020AndAhead(string id, int months, string progress)
    {
        ScheduleComparison schedule = Figure(id).Schedule;
        Assert.Equal(months, schedule.Progress.Elapsed);
        Assert.Equal(12, schedule.Progress.Total);
        Assert.Equal(progress, FigureDetails.Short(schedule.Progress.Rate, OutputLanguage.ZhHans));
        Assert.True(schedule.IsAheadOfSchedule);
    }

    [Fact]
    public void Reproduce_ReferenceReport_AllFiveAheadOfSchedule()
    {
        Assert.Equal(5, ReferenceReport.Reproduce().AheadOfSchedule);
    }

    [Theory]
    [InlineData("""{ "report": { "publisher": { "zhHans": "甲", "en": "A" }, "title": { "zhHans": "乙", "en": "B" }, "published": "2020-11-10" } }""")]
    [InlineData("""{ "report": null, "figures": [] }""")]
    [InlineData("""{ "report": { "publisher": { "zhHans": "甲", "en": "A" }, "title": { "zhHans": "乙", "en": "B" }, "published": "2020-11-10" }, "figures": [], "extra": 1 }""")]
    public void Deserialize_MissingNullOrUnknownMember_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ReportJsonContext.Default.ReportFile));
    }

    private static FigureCheck Figure(string id) => ReferenceReport.Reproduce().Figures.Single(figure => figure.Figure.Id == id);
}
