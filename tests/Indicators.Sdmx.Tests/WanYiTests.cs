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

/// <summary>A figure printed in 万亿 is written with UNIT_MULT 12, and UNIT_MULT 12 is read back as 万亿.</summary>
public class WanYiTests
{
    private const string Header = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n";

    private static readonly RegionHierarchy Taizhou = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));

    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2020);

    [Theory]
    [InlineData("2.5万亿元", "2.5")]
    [InlineData("约3万亿元", "3")]
    [InlineData("1.2万亿元以上", "1.2")]
    [InlineData("0.0045762万亿元", "0.0045762")]
    public void Write_In万亿_IsUnitMult12_AndReadsBackEqual(string printed, string value)
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou);
        builder.Add("five-reductions-relief", "331000", Year, printed);
        Dataset dataset = builder.Build();
        using var writer = new System.IO.StringWriter();
        SdmxCsv.Write(dataset, writer);
        string[] row = writer.ToString().Split("\r\n")[1].Split(',');
        Assert.Equal(value, row[6]);
        Assert.Equal("12", row[8]);

        Observation back = Assert.Single(SdmxCsv.Read(writer.ToString(), IndicatorCatalog.BuiltIn, Taizhou).Dataset.Observations);
        Assert.Equal(dataset.Observations.Single().AsMoney(), back.AsMoney());
        Assert.Equal(Scale.WanYi, back.AsMoney().Printed.Scale);
    }

    [Fact]
    public void Read_UnitMult12_Is万亿_WithTheFilesDecimals()
    {
        string text = Header + "dataflow,X:Y(1.0),I,331000,five-reductions-relief,2020,2.5,12\n";
        Observation read = Assert.Single(SdmxCsv.Read(text, IndicatorCatalog.BuiltIn, Taizhou).Dataset.Observations);
        PublishedFigure<Money> money = read.AsMoney();
        Assert.Equal("2.5万亿元", read.FigureText());
        Assert.Equal(new PrintedNumber(25, 1, Scale.WanYi), money.Printed);
        Assert.Equal(250_000_000_000_000, money.Value.Fen);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(245_000_000_000_000, 1), new Ratio(255_000_000_000_000, 1)), money.Bounds);
    }

    [Fact]
    public void Read_UnitMult13_Is万亿_WithTheSameLastDigit()
    {
        string text = Header + "dataflow,X:Y(1.0),I,331000,five-reductions-relief,2020,1.5,13\n";
        Observation read = Assert.Single(SdmxCsv.Read(text, IndicatorCatalog.BuiltIn, Taizhou).Dataset.Observations);
        Assert.Equal("15万亿元", read.FigureText());
    }

    [Theory]
    [InlineData("1.5", "14", "10^13")]
    [InlineData("3", "13", "10^13")]
    public void Read_LastDigitCoarserThan万亿_IsRefused(string value, string multiplier, string worth)
    {
        string text = Header + $"dataflow,X:Y(1.0),I,331000,five-reductions-relief,2020,{value},{multiplier}\n";
        SdmxCsvException e = Assert.Throws<SdmxCsvException>(() => SdmxCsv.Read(text, IndicatorCatalog.BuiltIn, Taizhou));
        Assert.Contains(worth, e.Message, System.StringComparison.Ordinal);
        Assert.Contains("万亿", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BeyondTheRangeOfMoney_In万亿_IsRefused_NeverWrapped()
    {
        // 92234万亿元 is 9.2234 × 10¹⁸ fen, past a long.
        string text = Header + "dataflow,X:Y(1.0),I,331000,five-reductions-relief,2020,92234,12\n";
        SdmxCsvException e = Assert.Throws<SdmxCsvException>(() => SdmxCsv.Read(text, IndicatorCatalog.BuiltIn, Taizhou));
        Assert.Contains("64-bit", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_WithUnitMult12_IsRefused()
    {
        string text = Header + "dataflow,X:Y(1.0),I,331000,registered-urban-unemployment-rate,2020,1.38,12\n";
        SdmxCsvException e = Assert.Throws<SdmxCsvException>(() => SdmxCsv.Read(text, IndicatorCatalog.BuiltIn, Taizhou));
        Assert.Contains("UNIT_MULT 0", e.Message, System.StringComparison.Ordinal);
    }
}
