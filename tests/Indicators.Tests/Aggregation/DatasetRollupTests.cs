using System;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Xunit;
using static Indicators.Tests.Aggregation.DatasetArithmeticTests;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// Roll-ups in the cases a generated tree reaches only by chance: a region with its own figure and figures under it, a
/// rate whose components cover different regions, a published rate against the recomputed one, figures as published
/// kept through the dataset, and sums that leave the range. The county figures are made up for the tests.
/// </summary>
public class DatasetRollupTests
{
    /// <summary>台州市 under 浙江省, with 台州市本级 and a group 市区 (椒江、黄岩、路桥) between the city and three of its districts.</summary>
    private static readonly RegionHierarchy WithDistricts = Taizhou.With(
    [
        Region.Defined("331000-urban", "台州市区", RegionLevel.Group, "331000", "臺州市區", "Taizhou urban districts"),
        Taizhou["331002"].WithParent("331000-urban"),
        Taizhou["331003"].WithParent("331000-urban"),
        Taizhou["331004"].WithParent("331000-urban"),
        Region.CityLevelOf(Taizhou["331000"]),
    ]);

    [Fact]
    public void RollUp_TakesARegionsOwnFigure_AndDoesNotAlsoCountTheFiguresUnderIt()
    {
        Dataset dataset = new DatasetBuilder(IndicatorCatalog.BuiltIn, WithDistricts)
            .Add("urban-new-employment", "331000-urban", ToOctober, "5.00万人")
            .Add("urban-new-employment", "331002", ToOctober, "2.31万人")
            .Add("urban-new-employment", "331003", ToOctober, "1.52万人")
            .Add("urban-new-employment", "331081", ToOctober, "3.05万人")
            .Add("urban-new-employment", "331000-city-level", ToOctober, "1200人")
            .Build();

        RegionalTotal city = dataset.RollUp("urban-new-employment", "331000", ToOctober);

        // 50 000 + 30 500 + 1 200 = 81 700; 椒江 and 黄岩 are inside 市区's own figure.
        Assert.Equal(new Ratio(81_700, 1), city.Figure.Value);
        Assert.Equal(["331000-city-level", "331000-urban", "331081"], city.Parts.Select(p => p.Region.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["331022", "331023", "331024", "331082", "331083"], city.Missing.Select(r => r.Id).Order(StringComparer.Ordinal));

        // 市区 itself: 2.31万 + 1.52万 = 3.83万 against its own 5.00万, with 路桥 missing.
        RegionalTotal urban = dataset.RollUp("urban-new-employment", "331000-urban", ToOctober);
        Assert.Equal(new Ratio(38_300, 1), urban.Figure.Value);
        Assert.Equal(["331004"], urban.Missing.Select(r => r.Id));
        Assert.False(urban.Finding!.IsConsistent);
        Assert.Equal(new Ratio(11_700, 1), urban.Finding.Difference.Value);
    }

    [Fact]
    public void RollUp_OfAGroupWithNothingUnderIt_ListsTheGroupAsAWhole()
    {
        Dataset dataset = new DatasetBuilder(IndicatorCatalog.BuiltIn, WithDistricts)
            .Add("urban-new-employment", "331081", ToOctober, "3.05万人")
            .Build();
        RegionalTotal city = dataset.RollUp("urban-new-employment", "331000", ToOctober);
        Assert.Contains(city.Missing, r => r.Id == "331000-urban");
        Assert.DoesNotContain(city.Missing, r => r.Id is "331002" or "331003" or "331004");
        Assert.Equal(7, city.Missing.Count);
    }

    [Fact]
    public void RollUp_OfARate_WhoseComponentsCoverDifferentRegions_IsRefused_NamingTheRegion()
    {
        // 黄岩 has unemployed but no labour force: Σ unemployed over 椒江 and 黄岩 ÷ the labour force of 椒江 alone would be no
        // region's rate (2 100 / 80 000 = 2.625%); rule 5 asks for a ratio of sums over the same parts.
        Dataset dataset = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou)
            .Add("registered-urban-unemployed", "331002", ToOctober, "1200人")
            .Add("registered-urban-labour-force", "331002", ToOctober, "80000人")
            .Add("registered-urban-unemployed", "331003", ToOctober, "900人")
            .Build();
        var ex = Assert.Throws<ArgumentException>(() => dataset.RollUp("registered-urban-unemployment-rate", "331000", ToOctober));
        Assert.Contains("331003", ex.Message, StringComparison.Ordinal);
        Assert.Contains("registered-urban-labour-force", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RollUp_OfARate_WhoseComponentsArePublishedAtDifferentLevels_ButCoverTheSameRegions_IsRecomputed()
    {
        // The numerator of 市区 is published for 市区 itself, the denominator for its three districts: the same regions.
        Dataset dataset = new DatasetBuilder(IndicatorCatalog.BuiltIn, WithDistricts)
            .Add("registered-urban-unemployed", "331000-urban", ToOctober, "3000人")
            .Add("registered-urban-labour-force", "331002", ToOctober, "80000人")
            .Add("registered-urban-labour-force", "331003", ToOctober, "60000人")
            .Add("registered-urban-labour-force", "331004", ToOctober, "60000人")
            .Build();
        RegionalTotal rate = dataset.RollUp("registered-urban-unemployment-rate", "331000", ToOctober);
        Assert.Equal(new Ratio(3_000 * 100, 200_000), rate.Figure.Value);
        Assert.Equal(["331000-urban"], rate.Numerator!.Parts.Select(p => p.Region.Id));
        Assert.Equal(["331002", "331003", "331004"], rate.Denominator!.Parts.Select(p => p.Region.Id));
    }

    [Fact]
    public void RollUp_OfARate_SetsThePublishedRateAgainstTheRecomputedOne()
    {
        // Made up: 2 100 of 140 000 is 1.5%; a published 1.38% does not agree, a published 1.5% does.
        DatasetBuilder builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou)
            .Add("registered-urban-unemployed", "331002", ToOctober, "1200人")
            .Add("registered-urban-labour-force", "331002", ToOctober, "80000人")
            .Add("registered-urban-unemployed", "331003", ToOctober, "900人")
            .Add("registered-urban-labour-force", "331003", ToOctober, "60000人");
        RegionalTotal disagreeing = builder.Build().RollUp("registered-urban-unemployment-rate", "331000", ToOctober);
        Assert.Null(disagreeing.Finding);

        RegionalTotal published = builder.Add("registered-urban-unemployment-rate", "331000", ToOctober, "1.38%").Build()
            .RollUp("registered-urban-unemployment-rate", "331000", ToOctober);
        Assert.False(published.Finding!.IsConsistent);
        Assert.Equal(new Ratio(138, 100) - new Ratio(150, 100), published.Finding.Difference.Value);
        Assert.Equal("1.50%", published.Figure.ToString(ExplainLanguage.ZhHans));
        Assert.False(published.IsComplete);
    }

    [Fact]
    public void Observations_KeepTheFigureAsPublished_QualifierStatusAndSource()
    {
        Dataset dataset = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou)
            .Add("five-reductions-enterprises", "331000", ToOctober, "约115万家", "report 2020-11-10")
            .Add("start-up-guarantee-loans", "331000", ToOctober, "预计3.8亿元")
            .Add("urban-new-employment", "331002", ToOctober, "不到200人")
            .Add("urban-new-employment", "331003", ToOctober, "初步1.2万人")
            .Add("registered-urban-unemployment-rate", "331000", ToOctober, "约1.38%")
            .Build();

        Assert.Equal(PublishedFigure.Parse<UnitCount>("约115万家"), dataset.Find("five-reductions-enterprises", "331000", ToOctober).AsCount());
        Assert.Equal("report 2020-11-10", dataset.Find("five-reductions-enterprises", "331000", ToOctober).Source);
        Assert.Equal(PublishedFigure.Parse<Money>("预计3.8亿元"), dataset.Find("start-up-guarantee-loans", "331000", ToOctober).AsMoney());
        Assert.Equal(FigureStatus.Forecast, dataset.Find("start-up-guarantee-loans", "331000", ToOctober).Status);
        Observation under = dataset.Find("urban-new-employment", "331002", ToOctober);
        Assert.Equal(PublishedFigure.Parse<Headcount>("不到200人"), under.AsPersons());
        Assert.False(under.IsInclusive);
        Assert.Equal("不到200人", under.FigureText());
        Assert.Equal(PublishedFigure.Parse<Headcount>("初步1.2万人"), dataset.Find("urban-new-employment", "331003", ToOctober).AsPersons());
        Assert.Equal(PublishedRate.Parse("约1.38%"), dataset.Find("registered-urban-unemployment-rate", "331000", ToOctober).AsRate());
        Assert.Throws<InvalidOperationException>(() => under.AsMoney());
    }

    [Fact]
    public void RollUp_OfMoneyBeyondItsRange_Overflows()
    {
        PublishedFigure<Money> huge = PublishedFigure.Of(Money.FromFen(long.MaxValue), new DisplayFormat(Scale.One, 2));
        Dataset dataset = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou)
            .Add("social-insurance-fees-cut", "331002", ToOctober, huge)
            .Add("social-insurance-fees-cut", "331003", ToOctober, huge)
            .Build();
        Assert.Throws<OverflowException>(() => dataset.RollUp("social-insurance-fees-cut", "331000", ToOctober));
    }
}
