using System;
using System.Linq;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Serialization;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>Cases a reviewer found: each input below once gave a wrong answer or an undocumented exception.</summary>
public class DatasetEdgeCaseTests
{
    private static readonly RegionHierarchy Taizhou = AdministrativeDivisions.AsOf(new LocalDate(2020, 10, 31)).Subtree("331000");

    private static readonly ReportingPeriod ToJune = ReportingPeriod.YearToDate(new LocalDate(2020, 6, 30));

    private static DatasetBuilder Builder() => new(IndicatorCatalog.BuiltIn, Taizhou);

    [Fact]
    public void Assess_UsesTheShortestContainingTarget_WhateverOrderTheyWereAdded()
    {
        foreach (bool halfFirst in new[] { false, true })
        {
            DatasetBuilder builder = Builder().Add("rural-employment", "331000", ToJune, "39221人");
            QuantityTarget<Headcount> year = QuantityTarget.AtLeast(Headcount.FromPersons(100_000));
            QuantityTarget<Headcount> half = QuantityTarget.AtLeast(Headcount.FromPersons(20_000));
            if (halfFirst)
            {
                builder.AddTarget("rural-employment", "331000", ReportingPeriod.HalfYear(2020, 1), half).AddTarget("rural-employment", "331000", ReportingPeriod.Year(2020), year);
            }
            else
            {
                builder.AddTarget("rural-employment", "331000", ReportingPeriod.Year(2020), year).AddTarget("rural-employment", "331000", ReportingPeriod.HalfYear(2020, 1), half);
            }

            TargetAssessment a = builder.Build().Assess("rural-employment", "331000", ToJune);
            Assert.Equal(Percent.FromRatio(new Ratio(39_221, 20_000)), a.ExactCompletion);
        }
    }

    [Fact]
    public void Assess_TargetPeriodNotOfWholeMonths_HasNoScheduleByMonths_ButACompletion()
    {
        Dataset d = Builder()
            .Add("rural-employment", "331000", ToJune, "39221人")
            .AddTarget("rural-employment", "331000", ReportingPeriod.Range(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 15)), QuantityTarget.AtLeast(Headcount.FromPersons(20_000)))
            .Build();
        TargetAssessment a = Assert.Single(d.AssessAll());
        Assert.Null(a.Schedule);
        Assert.Equal(Percent.FromRatio(new Ratio(39_221, 20_000)), a.ExactCompletion);
        Assert.NotNull(Assert.Single(d.AssessAll(ScheduleConvention.Days)).Schedule);
    }

    [Fact]
    public void Total_ARepeatedIndicator_IsRefused_AndSoIsADerivationNamingOneTwice()
    {
        Dataset d = Builder().Add("social-insurance-fees-cut", "331000", ToJune, "45.76亿元").Build();
        ArgumentException e = Assert.Throws<ArgumentException>(() => d.Total("331000", ToJune, "social-insurance-fees-cut", "social-insurance-fees-cut"));
        Assert.Equal("indicators", e.ParamName);
        Assert.Throws<ArgumentException>(() => new DatasetDerivation("twice", DerivationKind.Total, ["social-insurance-fees-cut", "social-insurance-fees-cut"], "331000", ToJune, "两次", null, null));
    }

    [Fact]
    public void Build_ACompletionRateWithoutItsActual_OrADerivationWithoutItsFigures_IsRefused()
    {
        DatasetBuilder orphan = Builder().AddCompletionRate("urban-new-employment", "331000", ToJune, PublishedRate.Parse("146.43%"));
        Assert.Contains("qualifies no figure", Assert.Throws<InvalidOperationException>(orphan.Build).Message, StringComparison.Ordinal);

        DatasetBuilder derivation = Builder()
            .Add("start-up-guarantee-loans", "331000", ToJune, "1.78亿元")
            .AddDerivation(new DatasetDerivation("share", DerivationKind.Share, ["start-up-loan-interest-subsidies", "start-up-guarantee-loans"], "331000", ToJune, "贴息占比", null, null));
        Assert.Contains("\"start-up-loan-interest-subsidies\"", Assert.ThrowsAny<InvalidOperationException>(derivation.Build).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ACompletionRateWithoutItsActual_IsAJsonExceptionWithItsPath()
    {
        const string json = """
            { "format": "indicators-dataset", "version": 1, "regions": { "asOf": "2020-10-31" },
              "observations": [ { "indicator": "rural-employment", "region": "331000", "period": "2020-01-01/P6M", "figure": "39221人" } ],
              "completionRates": [ { "indicator": "urban-new-employment", "region": "331000", "period": "2020-01-01/P10M", "rate": "146.43%" } ] }
            """;
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(json));
        Assert.StartsWith("$.completionRates[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_TextWithANullIndicator_IsArgumentNull_AndAnUnknownRegionWinsOverBadText()
    {
        Assert.Throws<ArgumentNullException>(() => Builder().Add(null!, "331000", ToJune, "1人"));
        ArgumentException e = Assert.Throws<ArgumentException>(() => Builder().Add("rural-employment", "999999", ToJune, "not a figure"));
        Assert.Equal("region", e.ParamName);
    }

    [Fact]
    public void RollUps_ARateWhoseComponentsCoverDifferentRegions_IsLeftOut_NotAnException()
    {
        ReportingPeriod october = ReportingPeriod.Month(2020, 10);
        Dataset d = Builder()
            .Add("registered-urban-unemployed", "331002", october, "100人")
            .Add("registered-urban-unemployed", "331003", october, "200人")
            .Add("registered-urban-labour-force", "331002", october, "10000人")
            .Build();
        RegionalTotal[] totals = [.. d.RollUps()];
        Assert.Equal(["registered-urban-unemployed", "registered-urban-labour-force"], totals.Select(t => t.Indicator.Code).Distinct());
        Assert.Throws<ArgumentException>(() => d.RollUp("registered-urban-unemployment-rate", "331000", october));
    }

    [Fact]
    public void Catalog_ARateOfUnlikeQuantities_IsRefused()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Create(
        [
            IndicatorDefinition.Rate("yuan-per-person", RegionalRollup.Ratio("money", "persons"), "人均"),
            IndicatorDefinition.Money("money", TemporalNature.Flow, "金额"),
            IndicatorDefinition.Persons("persons", TemporalNature.Flow, "人数"),
        ]));
        Assert.Contains("one quantity and unit", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExplainLanguage.ZhHans, "3.77万人", "一致")]
    [InlineData(ExplainLanguage.English, "3.77万人", "consistent")]
    [InlineData(ExplainLanguage.ZhHant, "14.64万人", "不一致")]
    public void Finding_VerdictText_IsTheWordOfItsExplanation(ExplainLanguage language, string published, string word)
    {
        ReportingPeriod toOctober = ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31));
        Dataset d = Builder()
            .Add("urban-new-employment", "331000", toOctober, published)
            .Add("urban-new-employment", "331002", toOctober, "2.15万人")
            .Add("urban-new-employment", "331003", toOctober, "1.62万人")
            .Build();
        ConsistencyFinding f = d.RollUp("urban-new-employment", "331000", toOctober).Finding!;
        Assert.Equal(word, f.VerdictText(language));
        Assert.EndsWith(word, f.Explain(language), StringComparison.Ordinal);
    }

    [Fact]
    public void RollUpAll_AFigureInAPeriodNothingBelowItHas_IsAPart_AsRollUpCountsIt()
    {
        // 2019: the counties 椒江 and 黄岩 publish; 2020: a town under 椒江 and 黄岩 publish. 椒江's 2019 figure must count.
        RegionHierarchy regions = Taizhou.With([Region.Defined("town-a", "甲镇", RegionLevel.Group, "331002")]);
        ReportingPeriod y2019 = ReportingPeriod.YearToDate(new LocalDate(2019, 10, 31));
        ReportingPeriod y2020 = ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31));
        Dataset d = new DatasetBuilder(IndicatorCatalog.BuiltIn, regions)
            .Add("urban-new-employment", "331002", y2019, "1000人")
            .Add("urban-new-employment", "331003", y2019, "2000人")
            .Add("urban-new-employment", "town-a", y2020, "500人")
            .Add("urban-new-employment", "331003", y2020, "2500人")
            .Build();
        RollupTable table = d.RollUpAll("urban-new-employment", RegionLevel.Prefecture);
        Assert.Equal(3000, table.Find("331000", y2019).BaseUnits);
        Assert.Equal(2, table.Find("331000", y2019).PartCount);
        Assert.Equal(3000, table.Find("331000", y2020).BaseUnits);
        Assert.Equal(new Ratio(3000, 1), d.RollUp("urban-new-employment", "331000", y2019).Figure.Value);
    }

    [Fact]
    public void RollUp_OfARate_GathersWhatItsComponentsLeaveOut()
    {
        ReportingPeriod october = ReportingPeriod.Month(2020, 10);
        Dataset d = Builder()
            .Add("registered-urban-unemployed", "331002", october, "100人")
            .Add("registered-urban-unemployed", "331003", october, "200人")
            .Add("registered-urban-labour-force", "331002", october, "10000人")
            .Add("registered-urban-labour-force", "331003", october, "10000人")
            .Build();
        RegionalTotal rate = d.RollUp("registered-urban-unemployment-rate", "331000", october);
        Assert.Empty(rate.Missing);
        Assert.Equal(["331004", "331022", "331023", "331024", "331081", "331082", "331083"], rate.AllMissing.Select(r => r.Id));
        Assert.False(rate.IsComplete);
        Assert.Equal(new Ratio(300 * 100, 20_000), rate.Figure.Value); // 300 of 20 000, in percent
    }

    [Fact]
    public void Build_ADerivationThatCannotBeComputed_IsRefused_AndTheReaderSaysWhere()
    {
        DatasetBuilder builder = Builder()
            .Add("start-up-guarantee-loans", "331000", ToJune, "1.78亿元")
            .Add("rural-employment", "331000", ToJune, "39221人")
            .AddDerivation(new DatasetDerivation("odd", DerivationKind.Share, ["start-up-guarantee-loans", "rural-employment"], "331000", ToJune, "钱占人", null, null));
        Assert.Contains("\"odd\" cannot be computed", Assert.ThrowsAny<InvalidOperationException>(builder.Build).Message, StringComparison.Ordinal);

        const string json = """
            { "format": "indicators-dataset", "version": 1, "regions": { "asOf": "2020-10-31" },
              "observations": [
                { "indicator": "start-up-guarantee-loans", "region": "331000", "period": "2020-01-01/P6M", "figure": "1.78亿元" },
                { "indicator": "rural-employment", "region": "331000", "period": "2020-01-01/P6M", "figure": "39221人" } ],
              "derived": [ { "id": "odd", "kind": "share", "indicators": ["start-up-guarantee-loans", "rural-employment"], "region": "331000", "period": "2020-01-01/P6M", "name": "钱占人" } ] }
            """;
        Assert.StartsWith("$.derived[0]: ", Assert.Throws<JsonException>(() => DatasetJson.Read(json)).Message, StringComparison.Ordinal);
    }
}
