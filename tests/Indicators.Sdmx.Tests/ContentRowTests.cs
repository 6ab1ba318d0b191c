using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Regions;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Sdmx.Tests;

/// <summary>
/// The rows that are not observations: the dataset's own row (title, source, regions' date), and the rows of the
/// dataflows of targets, completion rates and derived figures — written by hand here, read, and refused with the line
/// and column when they are not what docs/sdmx.md says.
/// </summary>
public class ContentRowTests
{
    private const string Header =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS,"
        + "TOLERANCE,INFERRED,DERIVATION,DERIVED_FROM,NAME,NAME_ZH_HANT,NAME_EN,TITLE,SOURCE_DETAIL,REGIONS_AS_OF\r\n";

    private const string Observation = "dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020-01-01/P10M,14.64,person,4,A,,,,,,,,,,,,\r\n";

    private static readonly RegionHierarchy Taizhou = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));

    private static Dataset Read(string rows) => SdmxCsv.Read(Header + rows, IndicatorCatalog.BuiltIn, Taizhou).Dataset;

    private static SdmxCsvException Fails(string rows) =>
        Assert.Throws<SdmxCsvException>(() => SdmxCsv.Read(Header + rows, IndicatorCatalog.BuiltIn, Taizhou));

    [Fact]
    public void TargetsOfEveryKind_AreRead()
    {
        Dataset d = Read(Observation
            + "dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000,person,0,,AT_LEAST,,,,,,,,,,,\r\n"
            + "dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2021,100000,person,,,OVER,,,why,,,,,,,,\r\n"
            + "dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,five-reductions-relief,2020,1234.5,CNY,0,,AT_MOST,,,,,,,,,,,\r\n"
            + "dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,registered-urban-unemployment-rate,2020,5.5,percent,0,,APPROX,,0.05,,,,,,,,,\r\n"
            + "dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,registered-urban-unemployment-rate,2021,3.5,percent,0,,BELOW,,,,,,,,,,,\r\n");
        Assert.Equal(
            ["100000人以上", "超过100000人", "1234.5元以内", "5.5%左右", "低于3.5%"],
            d.Targets.Select(t => t.TargetText()));
        Assert.Equal("why", d.Targets[1].InferredBecause);
        Assert.Null(d.Targets[0].InferredBecause);
        Assert.Equal(QuantityTarget.AtMost(Quantities.Money.FromFen(123_450)), d.Targets[2].AsMoney());
    }

    [Fact]
    public void DatasetRow_CompletionRate_AndDerivation_AreRead()
    {
        Dataset d = SdmxCsv.Read(
            Header
            + "dataflow,INDICATORS:DF_INDICATORS(1.0),I,,,,,,,,,,,,,,,,,\"A title, with a comma\",Somewhere,2020-11-10\r\n"
            + Observation
            + "dataflow,INDICATORS:DF_COMPLETION_RATES(1.0),I,331000,urban-new-employment,2020-01-01/P10M,146.43,percent,0,A,APPROX,,,,,,,,,,,\r\n"
            + "dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,all-new,2020-01-01/P10M,,,,,,,,,TOTAL,urban-new-employment,新增合计,,New in all,,,\r\n",
            IndicatorCatalog.BuiltIn).Dataset;
        Assert.Equal(("A title, with a comma", "Somewhere", new LocalDate(2020, 11, 10)), (d.Title, d.Source, d.RegionsAsOf));
        Assert.True(d.TryFindCompletionRate("urban-new-employment", "331000", d.Observations.Single().Period, out Reporting.PublishedRate rate));
        Assert.Equal("约146.43%", rate.ToString());
        DatasetDerivation derivation = Assert.Single(d.Derivations);
        Assert.Equal(("all-new", DerivationKind.Total, "新增合计", (string?)null, (string?)"New in all"), (derivation.Id, derivation.Kind, derivation.Name, derivation.TraditionalName, derivation.EnglishName));
        Assert.Equal(["urban-new-employment"], derivation.Indicators);
        Assert.Equal("146400人 in [146350人, 146450人)", d.Evaluate(derivation).ToString());
    }

    [Theory]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000,person,0,,SPAN,,,,,,,,,,,", 11, "OBS_QUALIFIER", "kind of a target")]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000,person,0,,,,,,,,,,,,,", 11, "OBS_QUALIFIER", "kind of a target")]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000,person,0,,APPROX,,,,,,,,,,,", 11, "OBS_QUALIFIER", "with its TOLERANCE")]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000,person,0,,AT_LEAST,,5,,,,,,,,,", 11, "OBS_QUALIFIER", "only a level has one")]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,10,person,4,,AT_LEAST,,,,,,,,,,,", 9, "UNIT_MULT", "UNIT_MULT 0")]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000.5,person,0,,AT_LEAST,,,,,,,,,,,", 7, "OBS_VALUE", "finer than one person")]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000,person,0,A,AT_LEAST,,,,,,,,,,,", 10, "OBS_STATUS", "no status")]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),M,331000,urban-new-employment,2020,100000,person,0,,AT_LEAST,,,,,,,,,,,", 3, "ACTION", "with the action I")]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000,person,0,,AT_LEAST,,,,TOTAL,,,,,,,", 15, "DERIVATION", "has no DERIVATION")]
    [InlineData("dataflow,INDICATORS:DF_COMPLETION_RATES(1.0),I,331000,registered-urban-unemployment-rate,2020-10,100,percent,0,A,,,,,,,,,,,,", 5, "INDICATOR", "a rate has no completion rate")]
    [InlineData("dataflow,INDICATORS:DF_COMPLETION_RATES(1.0),I,331000,urban-new-employment,2020-01-01/P10M,146.43,person,0,A,,,,,,,,,,,,", 8, "UNIT_MEASURE", "in percent")]
    [InlineData("dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,x,2020-01-01/P10M,,,,,,,,,MEAN,urban-new-employment,名,,,,,", 15, "DERIVATION", "TOTAL, PER_UNIT")]
    [InlineData("dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,x,2020-01-01/P10M,5,,,,,,,,TOTAL,urban-new-employment,名,,,,,", 7, "OBS_VALUE", "computed from its indicators")]
    [InlineData("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020-01-01/P9M,14,person,4,A,,,,,,,,,,A title,,", 20, "TITLE", "the dataset's own row")]
    [InlineData("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020-01-01/P9M,14,person,4,A,,,,why,,,,,,,,", 14, "INFERRED", "not to observations")]
    [InlineData("dataflow,INDICATORS:DF_INDICATORS(1.0),I,,,,,,,,,,,,,,,,,,,1999-13-01", 22, "REGIONS_AS_OF", "yyyy-MM-dd")]
    public void BadRowOfContent_NamesLine3AndItsColumn(string row, int column, string header, string said)
    {
        SdmxCsvException e = Fails(Observation + row + "\r\n");
        Assert.Equal((3, column, header), (e.Line, e.Column, e.Header));
        Assert.Contains(said, e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void CompletionRateOfNoObservation_NamesItsLine()
    {
        SdmxCsvException e = Fails(Observation + "dataflow,INDICATORS:DF_COMPLETION_RATES(1.0),I,331000,urban-new-employment,2020-01-01/P9M,146.43,percent,0,A,,,,,,,,,,,,\r\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("qualifies no observation", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SecondTargetOfAKey_NamesItsLine()
    {
        const string target = "dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,100000,person,0,,AT_LEAST,,,,,,,,,,,\r\n";
        Assert.Equal(4, Fails(Observation + target + target).Line);
    }

    [Fact]
    public void DerivationOfAMissingFigure_NamesItsLine()
    {
        SdmxCsvException e = Fails(Observation + "dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,all-relief,2020-01-01/P10M,,,,,,,,,TOTAL,five-reductions-relief,名,,,,,\r\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("all-relief", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SecondDatasetRow_IsRefused()
    {
        const string row = "dataflow,INDICATORS:DF_INDICATORS(1.0),I,,,,,,,,,,,,,,,,,Title,,\r\n";
        SdmxCsvException e = Fails(row + Observation + row);
        Assert.Equal(4, e.Line);
        Assert.Contains("line 2 gave the dataset's own attributes", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RegionsAsOf_TakenFromTheMessage_ComesBeforeTheRowsThatNameRegions()
    {
        SdmxCsvException e = Assert.Throws<SdmxCsvException>(() => SdmxCsv.Read(
            Header + Observation + "dataflow,INDICATORS:DF_INDICATORS(1.0),I,,,,,,,,,,,,,,,,,,,2020-11-10\r\n", IndicatorCatalog.BuiltIn));
        Assert.Equal((3, 22), (e.Line, e.Column));
        Assert.Contains("comes before the rows that name regions", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RegionsAsOf_TakenFromTheMessage_ReadsRetiredCodes()
    {
        // 331021 (玉环县) became 331083 (玉环市) in 2017: only the lists before then have it.
        const string row = "dataflow,INDICATORS:DF_INDICATORS(1.0),I,331021,urban-new-employment,2016,1.2,person,4,A,,,,,,,,,,,,\r\n";
        Assert.Throws<SdmxCsvException>(() => SdmxCsv.Read(Header + row, IndicatorCatalog.BuiltIn));
        Dataset d = SdmxCsv.Read(Header + "dataflow,INDICATORS:DF_INDICATORS(1.0),I,,,,,,,,,,,,,,,,,,,2016-06-30\r\n" + row, IndicatorCatalog.BuiltIn).Dataset;
        Assert.Equal("331021", d.Observations.Single().Region.Id);
        Assert.Equal(new LocalDate(2016, 6, 30), d.RegionsAsOf);
    }
    [Fact]
    public void RateTargetWithNoFiniteDecimal_IsNamedAsNotCarried()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou);
        builder.Add("registered-urban-unemployment-rate", "331000", Periods.ReportingPeriod.Month(2020, 10), "1.38%");
        builder.AddTarget("registered-urban-unemployment-rate", "331000", Periods.ReportingPeriod.Year(2020), RateTarget.AtMost(Quantities.Percent.FromRatio(new Quantities.Ratio(1, 30))));
        builder.AddTarget("registered-urban-unemployment-rate", "331000", Periods.ReportingPeriod.Year(2021), RateTarget.AtMost(Quantities.Percent.FromPercentage(3.5m)));
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(builder.Build(), writer);
        Assert.Equal(["1 rate targets whose rate is no decimal of at most 38 digits and 36 decimals (such as 100/3%)"], export.Omissions.Select(o => o.ToString()));
        Assert.Equal(["3.5%以内"], SdmxCsv.Read(writer.ToString(), IndicatorCatalog.BuiltIn, Taizhou).Dataset.Targets.Select(t => t.TargetText()));
    }
}
