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
    public void Reproduce_EmbeddedDataset_HoldsTheFiveFiguresInCatalogOrder()
    {
        ReportCheck report = Reproduce();
        Assert.Equal(
            ["urban-new-employment", "urban-unemployed-re-employed", "rural-employment", "returning-geese-start-ups", "vocational-training-subsidised"],
            report.Figures.Select(figure => figure.Figure.Id));
        Assert.Equal(["14.64万人", "1.77万人", "39221人", "2677家", "28914人"], report.Figures.Select(figure => figure.Figure.Actual));
        Assert.Equal(["146.43%", "147.59%", "196.11%", "133.85%", "144.57%"], report.Figures.Select(figure => figure.Figure.CompletionRate));
        Assert.Equal(["10万人", "1.2万人", "20000人", "2000家", "20000人"], report.Figures.Select(figure => figure.Figure.Target));
    }

    [Fact]
    public void Reproduce_ReferenceReport_AllFiveAgree()
    {
        ReportCheck check = Reproduce();
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
    [InlineData("urban-new-employment", "(99941.95…, 100017.07…)")]
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
        FigureCheck figure = Figure("urban-new-employment");
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
    [InlineData("urban-new-employment", 10, "83.33%")]
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
        Assert.Equal(5, Reproduce().AheadOfSchedule);
    }

    [Fact]
    public void Load_NotADataset_ThrowsJsonExceptionWithThePath()
    {
        string path = System.IO.Path.GetTempFileName();
        System.IO.File.WriteAllText(path, """{ "format": "indicators-dataset", "version": 2 }""");
        JsonException e = Assert.Throws<JsonException>(() => DatasetReport.Load(path));
        Assert.StartsWith("$.version", e.Message, System.StringComparison.Ordinal);
    }

    internal static ReportCheck Reproduce() => DatasetReport.Reproduce(DatasetReport.LoadReference());

    private static FigureCheck Figure(string id) => Reproduce().Figures.Single(figure => figure.Figure.Id == id);
}
