using System;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Sdmx.Tests;

/// <summary>
/// What a second reviewer's attack on the rows of content found (144 000 generated datasets, 60 000 mutated messages):
/// each case as it failed, and what it does now.
/// </summary>
public class ContentRowReviewTests
{
    private const string Header =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS,"
        + "TOLERANCE,INFERRED,DERIVATION,DERIVED_FROM,NAME,NAME_ZH_HANT,NAME_EN,TITLE,SOURCE_DETAIL,REGIONS_AS_OF\r\n";

    private const string Observation = "dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020-01-01/P10M,14.64,person,4,A,,,,,,,,,,,,\r\n";

    private static readonly RegionHierarchy Taizhou = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));

    private static SdmxCsvException Fails(string rows) =>
        Assert.Throws<SdmxCsvException>(() => SdmxCsv.Read(Header + rows, IndicatorCatalog.BuiltIn, Taizhou));

    [Fact]
    public void EmptyTitle_IsWrittenAsNone_AndSaidSo()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou) { Title = string.Empty };
        builder.Add("urban-new-employment", "331000", ReportingPeriod.Month(2020, 10), "1万人");
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(builder.Build(), writer);
        Assert.Equal(["1 empty title, written as an empty TITLE and read back as none"], export.Omissions.Select(o => o.ToString()));
        Assert.Null(SdmxCsv.Read(writer.ToString(), IndicatorCatalog.BuiltIn, Taizhou).Dataset.Title);
    }

    [Theory]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,five-reductions-relief,2020,99999999999999999999999999999999999999,CNY,0,,AT_LEAST,,,,,,,,,,,", 7)]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,five-reductions-relief,2020,5,CNY,0,,APPROX,,3402823669209384634633746074317682115,,,,,,,,,", 13)]
    [InlineData("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020,9223372036854775808,person,0,A,,,,,,,,,,,,", 7)]
    [InlineData("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,five-reductions-relief,2020,99999999999999999999999999999999999999,CNY,1,A,,,,,,,,,,,,", 7)]
    [InlineData("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,urban-new-employment,2020,5,person,0,,APPROX,,-1,,,,,,,,,", 13)]
    public void HugeOrNegativeNumber_IsAnSdmxCsvException_NamingItsColumn(string row, int column)
    {
        SdmxCsvException e = Fails(row + "\r\n");
        Assert.Equal((2, column), (e.Line, e.Column));
    }

    [Theory]
    [InlineData("9999-12-31/P1D", "9999-12-31/9999-12-31")]
    [InlineData("9999-01-01/P12M", "9999-01-01/P12M")]
    [InlineData("9999-06-01/P214D", "9999-06-01/9999-12-31")]
    [InlineData("2020-01-01", "2020-01-01/P1D")]
    [InlineData("2020-D001", "2020-01-01/P1D")]
    [InlineData("2020-01-01/2020-03-05", "2020-01-01/P65D")]
    public void TimePeriodNearTheYear9999_OrFromFirstJanuary_IsRead(string timePeriod, string period)
    {
        string row = $"dataflow,X:Y(1.0),I,331000,urban-new-employment,{timePeriod},5,person,0,A,,,,,,,,,,,,\r\n";
        Dataset d = SdmxCsv.Read(Header + row, IndicatorCatalog.BuiltIn, Taizhou).Dataset;
        Assert.Equal(period, d.Observations.Single().Period.ToString());
    }

    [Fact]
    public void YearToDateEndingIn9999_RoundTrips()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou);
        builder.Add("urban-new-employment", "331000", ReportingPeriod.YearToDate(new LocalDate(9999, 12, 31)), "1万人");
        builder.Add("urban-new-employment", "331000", ReportingPeriod.Range(new LocalDate(9999, 12, 31), new LocalDate(9999, 12, 31)), "2万人");
        Dataset original = builder.Build();
        Assert.Equal(original.Observations, SdmxCsv.Read(SdmxCsv.ToCsv(original), IndicatorCatalog.BuiltIn, Taizhou).Dataset.Observations);
    }

    [Fact]
    public void RateTargetOf39Digits_IsNamedAsNotCarried_AndTheMessageReadsBack()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou);
        builder.Add("registered-urban-unemployment-rate", "331000", ReportingPeriod.Month(2020, 10), "1.38%");
        Int128 denominator = Int128.Parse("10000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
        var rate = Percent.FromRatio(new Ratio(Int128.Parse("103112837094241521842777729034423828125", System.Globalization.CultureInfo.InvariantCulture), denominator));
        builder.AddTarget("registered-urban-unemployment-rate", "331000", ReportingPeriod.Year(2020), RateTarget.AtMost(rate, false));
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(builder.Build(), writer);
        Assert.Equal(["1 rate targets whose rate is no decimal of at most 38 digits and 36 decimals (such as 100/3%)"], export.Omissions.Select(o => o.ToString()));
        Assert.Empty(SdmxCsv.Read(writer.ToString(), IndicatorCatalog.BuiltIn, Taizhou).Dataset.Targets);
    }

    [Fact]
    public void TargetOfARangeFromFirstJanuary_IsNamedAsReadBackAsTheYearToDate()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou);
        builder.Add("urban-new-employment", "331000", ReportingPeriod.Month(2020, 10), "1万人");
        builder.AddTarget("urban-new-employment", "331000", ReportingPeriod.Range(new LocalDate(2020, 1, 1), new LocalDate(2020, 3, 5)), QuantityTarget.AtLeast(Headcount.FromPersons(100)));
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(builder.Build(), writer);
        Assert.Contains(export.Omissions, o => o.Count == 1 && o.What.StartsWith("observations, targets or derived figures of a range from 1 January", StringComparison.Ordinal));
        Assert.Equal(ReportingPeriod.YearToDate(new LocalDate(2020, 3, 5)), SdmxCsv.Read(writer.ToString(), IndicatorCatalog.BuiltIn, Taizhou).Dataset.Targets.Single().Period);
    }

    [Fact]
    public void RegionsAsOf_ThatIsNotTheListTheMessageIsReadWith_IsRefused()
    {
        string row = "dataflow,INDICATORS:DF_INDICATORS(1.0),I,,,,,,,,,,,,,,,,,,,1990-01-01\r\n";
        SdmxCsvException e = Fails(row + Observation);
        Assert.Equal((2, 22), (e.Line, e.Column));
        Assert.Contains("read with another hierarchy", e.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2020, 11, 10), SdmxCsv.Read(Header + row.Replace("1990-01-01", "2020-11-10", StringComparison.Ordinal) + Observation, IndicatorCatalog.BuiltIn, Taizhou).Dataset.RegionsAsOf);
    }

    [Fact]
    public void RegionsAsOf_OfADatasetWhoseRegionsAreNotThatList_IsNotWritten_AndSaidSo()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10))) { RegionsAsOf = new LocalDate(1990, 1, 1) };
        builder.Add("urban-new-employment", "331000", ReportingPeriod.Month(2020, 10), "1万人");
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(builder.Build(), writer);
        Assert.Contains(export.Omissions, o => o.What.StartsWith("date of the built-in list of divisions", StringComparison.Ordinal));
        Assert.Null(SdmxCsv.Read(writer.ToString(), IndicatorCatalog.BuiltIn, Taizhou).Dataset.RegionsAsOf);
    }

    [Theory]
    [InlineData("dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,d-1,2020-01-01/P10M,,CNY,,,,,,,TOTAL,urban-new-employment,合计,,,,,", 8)]
    [InlineData("dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,d-1,2020-01-01/P10M,,,8,,,,,,TOTAL,urban-new-employment,合计,,,,,", 9)]
    [InlineData("dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,d-1,2020-01-01/P10M,,,,,,note,,,TOTAL,urban-new-employment,合计,,,,,", 12)]
    [InlineData("dataflow,X,I,,,,,,,E,,,,,,,,,,T,,", 10)]
    [InlineData("dataflow,X,I,,,,,,,,APPROX,,,,,,,,,T,,", 11)]
    [InlineData("dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,d-1,2020-01-01/P10M,,,,,,,,,TOTAL,urban-new-employment  x,合计,,,,,", 16)]
    [InlineData("dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,d-1,2020-01-01/P10M,,,,,,,,,TOTAL,urban-new-employment,,,,,,", 17)]
    public void FilledColumnTheRowsStructureHasNot_OrABadText_IsRefusedWithItsColumn(string row, int column)
    {
        SdmxCsvException e = Fails(Observation + row + "\r\n");
        Assert.Equal((3, column), (e.Line, e.Column));
    }

    [Fact]
    public void LoneSurrogate_InATitleOrANote_IsRefusedWithItsColumn()
    {
        // Made at run time: a theory's data would carry a lone surrogate as U+FFFD.
        string high = char.ConvertFromUtf32(0x1F600)[..1];
        string low = char.ConvertFromUtf32(0x1F600)[1..];
        Assert.Equal((3, 20), Where(Fails(Observation + "dataflow,X,I,,,,,,,,,,,,,,,,,T" + high + ",,\r\n")));
        Assert.Equal((3, 12), Where(Fails(Observation + "dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020-01-01/P9M,14,person,4,A,,a" + low + ",,,,,,,,,,\r\n")));
        static (int, int) Where(SdmxCsvException e) => (e.Line, e.Column);
    }

    [Fact]
    public void DerivationOfAMissingFigure_IsReportedOnItsOwnLine()
    {
        SdmxCsvException e = Fails(
            "dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020,1,person,0,A,,,,,,,,,,,,\r\n"
            + "dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,rural-employment,2019,1,person,0,A,,,,,,,,,,,,\r\n"
            + "dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,rural-employment,2020,,,,,,,,,TOTAL,urban-new-employment,名,,,,,\r\n"
            + "dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,d-2,2020,,,,,,,,,TOTAL,rural-employment,名,,,,,\r\n");
        Assert.Equal(5, e.Line);
        Assert.Contains("\"d-2\" needs the figure of \"rural-employment\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetiredCodeWithoutARegionsDate_IsNamedAsNotCarried()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, AdministrativeDivisions.AsOf(new LocalDate(1990, 6, 1)));
        builder.Add("urban-new-employment", "110103", ReportingPeriod.Month(1990, 5), "1万人");
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(builder.Build(), writer);
        Assert.Contains(export.Omissions, o => o.What.StartsWith("regions that are not built-in", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelledDerivationAndAction_AreRead()
    {
        string header = Header.Replace("ACTION,", "ACTION: Action,", StringComparison.Ordinal).Replace("DERIVATION,", "DERIVATION: Derivation,", StringComparison.Ordinal);
        Dataset d = SdmxCsv.Read(
            header + Observation.Replace(",I,", ",I: Information,", StringComparison.Ordinal)
            + "dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,d-1,2020-01-01/P10M,,,,,,,,,TOTAL: Total,urban-new-employment,合计,,,,,\r\n",
            IndicatorCatalog.BuiltIn, Taizhou).Dataset;
        Assert.Equal(DerivationKind.Total, d.Derivations.Single().Kind);
    }
}
