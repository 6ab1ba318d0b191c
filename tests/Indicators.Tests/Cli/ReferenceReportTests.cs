using System.Linq;
using System.Text.Json;
using Indicators.Cli.Reference;
using Xunit;

namespace Indicators.Tests.Cli;

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
        Assert.Equal(39_221L, rural.Actual);
        Assert.Equal(20_000L, rural.Target);
        Assert.Equal("196.105%", rural.ComputedRate.ToString());
        Assert.Equal("196.11%", rural.RoundedRate);
        Assert.False(rural.IsActualRounded);
        Assert.Equal(new ActualRange(39_221, 39_221), rural.ConsistentActuals);
    }

    [Theory]
    [InlineData("returning-geese-start-ups", 2_677L, 2_000L, "133.85%")]
    [InlineData("vocational-training-subsidised", 28_914L, 20_000L, "144.57%")]
    public void Reproduce_ExactActual_RateIsExactlyThePublishedOne(string id, long actual, long target, string rate)
    {
        FigureCheck figure = Figure(id);
        Assert.Equal(actual, figure.Actual);
        Assert.Equal(target, figure.Target);
        Assert.Equal(rate, figure.ComputedRate.ToString());
        Assert.Equal(rate, figure.RoundedRate);
    }

    [Fact]
    public void Reproduce_NewUrbanEmployment_ConsistentActualsAre146425To146434()
    {
        FigureCheck figure = Figure("new-urban-employment");
        Assert.Equal(146_400L, figure.Actual);
        Assert.Equal(100_000L, figure.Target);
        Assert.Equal("146.4%", figure.ComputedRate.ToString());
        Assert.True(figure.IsActualRounded);
        Assert.Equal(new ActualRange(146_350, 146_449), figure.PrintedActuals);
        Assert.Equal(new ActualRange(146_425, 146_434), figure.ConsistentActuals);
    }

    [Fact]
    public void Reproduce_ReEmployment_ConsistentActualIs17711Only()
    {
        FigureCheck figure = Figure("urban-unemployed-re-employed");
        Assert.Equal(17_700L, figure.Actual);
        Assert.Equal(12_000L, figure.Target);
        Assert.Equal("147.5%", figure.ComputedRate.ToString());
        Assert.Equal(new ActualRange(17_650, 17_749), figure.PrintedActuals);
        Assert.Equal(new ActualRange(17_711, 17_711), figure.ConsistentActuals);
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
