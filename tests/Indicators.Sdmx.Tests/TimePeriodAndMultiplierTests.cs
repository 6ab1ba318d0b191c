using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using NodaTime;
using Xunit;

namespace Indicators.Sdmx.Tests;

/// <summary>TIME_PERIOD in its SDMX forms, and UNIT_MULT codes other than 0, 4 and 8, read as a printing with the same last digit.</summary>
public class TimePeriodAndMultiplierTests
{
    private static readonly RegionHierarchy Taizhou = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));

    public static TheoryData<string, ReportingPeriod> Periods() => new()
    {
        { "2020-10", ReportingPeriod.Month(2020, 10) },
        { "2020-M10", ReportingPeriod.Month(2020, 10) },
        { "2020-Q3", ReportingPeriod.Quarter(2020, 3) },
        { "2020-S1", ReportingPeriod.HalfYear(2020, 1) },
        { "2020", ReportingPeriod.Year(2020) },
        { "2020-A1", ReportingPeriod.Year(2020) },
        { "2020-01-01/P10M", ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)) },
        { "2020-01-01T00:00:00/P10M", ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)) },
        { "2020-01-01/P315D", ReportingPeriod.YearToDate(new LocalDate(2020, 11, 10)) },
        { "2020-01-01/P1Y", ReportingPeriod.YearToDate(new LocalDate(2020, 12, 31)) },
        { "2020-03-05/P37D", ReportingPeriod.Range(new LocalDate(2020, 3, 5), new LocalDate(2020, 4, 10)) },
        { "2020-03-01/P1M", ReportingPeriod.Range(new LocalDate(2020, 3, 1), new LocalDate(2020, 3, 31)) },
        { "2020-07-01/P1Y2D", ReportingPeriod.Range(new LocalDate(2020, 7, 1), new LocalDate(2021, 7, 2)) },
        { "2020-10-31", ReportingPeriod.Range(new LocalDate(2020, 10, 31), new LocalDate(2020, 10, 31)) },
        { "2020-D305", ReportingPeriod.Range(new LocalDate(2020, 10, 31), new LocalDate(2020, 10, 31)) },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void TimePeriod_IsReadAs(string text, ReportingPeriod expected)
    {
        Assert.True(SdmxTimePeriod.TryParse(text, out ReportingPeriod period, out _));
        Assert.Equal(expected, period);
    }

    [Theory]
    [InlineData("2020-13")]
    [InlineData("2020-Q5")]
    [InlineData("2020-01-01/P")]
    [InlineData("2020-01-01/PT1H")]
    [InlineData("2020-01-01/P1D1M")]
    [InlineData("2020-02-30/P1M")]
    [InlineData("2020-W05")]
    [InlineData("2020-T1")]
    [InlineData("")]
    public void TimePeriod_IsRefused(string text) => Assert.False(SdmxTimePeriod.TryParse(text, out _, out _));

    [Fact]
    public void TimePeriod_Written_ForEachKind()
    {
        Assert.Equal("2020-10", SdmxTimePeriod.Format(ReportingPeriod.Month(2020, 10)));
        Assert.Equal("2020-Q3", SdmxTimePeriod.Format(ReportingPeriod.Quarter(2020, 3)));
        Assert.Equal("2020-S1", SdmxTimePeriod.Format(ReportingPeriod.HalfYear(2020, 1)));
        Assert.Equal("2020", SdmxTimePeriod.Format(ReportingPeriod.Year(2020)));
        Assert.Equal("2020-01-01/P10M", SdmxTimePeriod.Format(ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31))));
        Assert.Equal("2020-01-01/P315D", SdmxTimePeriod.Format(ReportingPeriod.YearToDate(new LocalDate(2020, 11, 10))));
        Assert.Equal("2020-03-05/P37D", SdmxTimePeriod.Format(ReportingPeriod.Range(new LocalDate(2020, 3, 5), new LocalDate(2020, 4, 10))));
    }

    [Theory]
    [InlineData(0, 2, Scale.One, 2)]
    [InlineData(4, 2, Scale.Wan, 2)]
    [InlineData(8, 0, Scale.Yi, 0)]
    [InlineData(3, 1, Scale.Wan, 2)]   // 146.4 thousands = 14.64万
    [InlineData(6, 1, Scale.Yi, 3)]    // 12.4 millions = 0.124亿
    [InlineData(12, 5, Scale.WanYi, 5)] // 1.23456万亿, as it is
    [InlineData(12, 1, Scale.WanYi, 1)] // 2.5万亿: its last digit worth 0.1万亿
    [InlineData(12, 0, Scale.WanYi, 0)] // 3万亿
    [InlineData(13, 1, Scale.WanYi, 0)] // 1.5 × 10¹³ = 15万亿
    [InlineData(10, 2, Scale.Yi, 0)]   // 1.23 × 10¹⁰ = 123亿
    [InlineData(10, 1, Scale.WanYi, 3)] // 1.5 × 10¹⁰, its last digit worth 10⁹ = 0.015万亿
    [InlineData(-2, 0, Scale.One, 2)]  // 1234 hundredths = 12.34
    public void UnitMultiplier_GivesThePrintingWithTheSameLastDigit(int multiplier, int decimals, Scale scale, int scaleDecimals)
    {
        Assert.True(SdmxNumber.TryPrinting(multiplier, decimals, out Scale s, out int d));
        Assert.Equal((scale, scaleDecimals), (s, d));
    }

    [Theory]
    [InlineData(13, 0)] // last digit worth 10¹³
    [InlineData(15, 2)]
    public void UnitMultiplier_CoarserThanWhole万亿_IsNotAPrinting(int multiplier, int decimals) =>
        Assert.False(SdmxNumber.TryPrinting(multiplier, decimals, out _, out _));

    [Fact]
    public void RangeFromFirstJanuary_AndEmptyNote_AreNamedAsNotCarried()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou);
        var range = ReportingPeriod.Range(new LocalDate(2020, 1, 1), new LocalDate(2020, 10, 31));
        builder.Add("urban-new-employment", "331000", range, "14.64万人", string.Empty);
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(builder.Build(), writer);
        Assert.Equal(
            ["1 observations, targets or derived figures of a range from 1 January, written as the same TIME_PERIOD as a year to date and read back as one", "1 empty source notes, written as an empty COMMENT_OBS and read back as none"],
            export.Omissions.Select(o => o.ToString()));

        Observation back = Assert.Single(SdmxCsv.Read(writer.ToString(), IndicatorCatalog.BuiltIn, Taizhou).Dataset.Observations);
        Assert.Equal(ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)), back.Period);
        Assert.Null(back.Source);
        Assert.Equal(FigureStatus.Normal, back.Status);
    }
}
