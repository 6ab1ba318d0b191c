using System;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Regions;
using Indicators.Reporting;
using NodaTime;
using Xunit;

namespace Indicators.Sdmx.Tests;

/// <summary>
/// SDMX-CSV files written the way other tools write them (after the examples of the SDMX-CSV 2.0 field guide: another
/// column order, a custom column, the semicolon with a decimal comma, labels=both and labels=name, every field quoted with
/// a byte order mark, actions A/M/R/D, NaN and #N/A), each read with the values and statuses below, worked out by hand.
/// </summary>
public class FixtureTests
{
    private static readonly RegionHierarchy Taizhou = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));

    private static readonly ReportingPeriod ToOctober = ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31));

    private static SdmxCsvImport Read(string name)
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
        return SdmxCsv.Read(reader, IndicatorCatalog.BuiltIn, Taizhou);
    }

    [Fact]
    public void OtherOrder_QuotedFields_CustomColumn_NaN()
    {
        SdmxCsvImport read = Read("other-order-quoted-custom-column.csv");
        Dataset data = read.Dataset;
        Assert.Equal(3, data.Count);

        Observation jobs = data.Find("urban-new-employment", "331000", ToOctober);
        Assert.Equal("14.64万人", jobs.FigureText());
        Assert.Equal(146_400, jobs.AsPersons().Value.Persons);
        Assert.Equal(FigureStatus.Normal, jobs.Status);
        Assert.Equal("Closing summary, table 1", jobs.Source);

        Observation rate = data.Find("registered-urban-unemployment-rate", "331000", ReportingPeriod.Month(2020, 10));
        Assert.Equal("初步1.38%", rate.FigureText());
        Assert.Equal(FigureStatus.Provisional, rate.Status);
        Assert.Equal("The bureau said \"below the provincial average\"", rate.Source);

        Observation relief = data.Find("five-reductions-relief", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 9, 30)));
        Assert.Equal(1_471_600_000_000, relief.AsMoney().Value.Fen);
        Assert.Equal(FigureStatus.Estimated, relief.Status);
        Assert.Null(relief.Source);

        SdmxMissingValue missing = Assert.Single(read.MissingValues);
        Assert.Equal(new SdmxMissingValue(5, "urban-new-employment", "331002", ReportingPeriod.Quarter(2020, 3), "NaN", "O"), missing);
        Assert.True(missing.IsIntentionallyMissing);
        Assert.Equal(["UPDATED"], read.UnknownColumns);
    }

    [Fact]
    public void Semicolon_SubFieldTerm_DecimalComma_LabelsBoth_KeyColumns()
    {
        SdmxCsvImport read = Read("semicolon-labels-both.csv");
        Dataset data = read.Dataset;
        Assert.Equal(3, data.Count);

        Observation jobs = data.Find("urban-new-employment", "331000", ToOctober);
        Assert.Equal(146_400, jobs.AsPersons().Value.Persons);
        Assert.Equal("14.64万人", jobs.FigureText());

        Observation enterprises = data.Find("five-reductions-enterprises", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 9, 30)));
        Assert.Equal(Qualifier.Approximately, enterprises.Qualifier);
        Assert.Equal(FigureStatus.Provisional, enterprises.Status);
        Assert.Equal(1_150_000, enterprises.AsCount().Value.Value);

        Observation fairs = data.Find("job-fairs", "331000", ReportingPeriod.Month(2020, 10));
        Assert.Equal("165场", fairs.FigureText());

        // SERIES_KEY and OBS_KEY are SDMX-CSV's own columns (keys made of the dimensions): nothing unknown.
        Assert.Empty(read.UnknownColumns);
    }

    [Fact]
    public void Actions_MergeReplaceDelete_MissingValues_MoreAndFewerDecimals()
    {
        SdmxCsvImport read = Read("actions-and-missing-values.csv");
        Dataset data = read.Dataset;
        Assert.Equal(2, data.Count);

        // A gave 14.6万 (provisional); M on the same key replaced it with 14.640万, printed to three decimals.
        Observation city = data.Find("urban-new-employment", "331000", ToOctober);
        Assert.Equal("14.640万人", city.FigureText());
        Assert.Equal(3, city.Precision.Decimals);
        Assert.Equal(FigureStatus.Normal, city.Status);
        Assert.Equal(1, read.Replaced);

        Assert.Equal("2.15万人", data.Find("urban-new-employment", "331002", ToOctober).FigureText());

        // R gave 331003, D removed it; D of 331004 had nothing to remove in this message.
        Assert.False(data.TryFind("urban-new-employment", "331003", ToOctober, out _));
        Assert.Equal(
            [new SdmxDeletion(6, "urban-new-employment", "331003", ToOctober, true), new SdmxDeletion(7, "urban-new-employment", "331004", ToOctober, false)],
            read.Deletions);

        Assert.Equal(
            [new SdmxMissingValue(8, "urban-new-employment", "331022", ToOctober, "#N/A", "M"), new SdmxMissingValue(9, "urban-new-employment", "331023", ToOctober, string.Empty, string.Empty)],
            read.MissingValues);
        Assert.False(read.MissingValues[1].IsIntentionallyMissing);
    }

    [Fact]
    public void IntentionallyMissing_InAMerge_TakesTheEarlierObservationsPlace_NotProvidedLeavesIt()
    {
        string text = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n"
            + "dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-01-01/P10M,14.64,4\n"
            + "dataflow,X:Y(1.0),I,331002,urban-new-employment,2020-01-01/P10M,2.15,4\n"
            + "dataflow,X:Y(1.0),M,331000,urban-new-employment,2020-01-01/P10M,NaN,\n"
            + "dataflow,X:Y(1.0),M,331002,urban-new-employment,2020-01-01/P10M,,\n";
        SdmxCsvImport read = SdmxCsv.Read(text, IndicatorCatalog.BuiltIn, Taizhou);
        Observation left = Assert.Single(read.Dataset.Observations);
        Assert.Equal("331002", left.Region.Id);
        Assert.Equal("2.15万人", left.FigureText());
        Assert.Equal([4, 5], read.MissingValues.Select(m => m.Line));
    }

    [Fact]
    public void LabelsName_NameColumnsReported_OtherPeriodForms_OtherMultipliers()
    {
        SdmxCsvImport read = Read("labels-name-multipliers.csv");
        Dataset data = read.Dataset;
        Assert.Equal(4, data.Count);

        Assert.Equal("14.64万人", data.Find("urban-new-employment", "331000", ReportingPeriod.Year(2020)).FigureText());

        // 14716 millions = 147.16亿, last digit worth a million either way.
        Observation day = data.Find("five-reductions-relief", "331000", ReportingPeriod.Range(new LocalDate(2020, 10, 31), new LocalDate(2020, 10, 31)));
        Assert.Equal("147.16亿元", day.FigureText());
        Assert.Equal(1_471_600_000_000, day.AsMoney().Value.Fen);

        // 0.0045762 trillions (UNIT_MULT 12) is held in 万亿 as printed: 45.762亿, last digit worth 10⁵ 元.
        Observation trillions = data.Find("five-reductions-relief", "331002", ToOctober);
        Assert.Equal("0.0045762万亿元", trillions.FigureText());
        Assert.Equal(457_620_000_000, trillions.AsMoney().Value.Fen);

        // 146.4 thousands = 14.64万.
        Observation thousands = data.Find("urban-new-employment", "331002", ReportingPeriod.Range(new LocalDate(2020, 10, 1), new LocalDate(2020, 10, 1)));
        Assert.Equal("14.64万人", thousands.FigureText());

        Assert.Equal(["Reference area", "Indicator", "Time period", "Observation value", "Unit multiplier"], read.UnknownColumns);
    }

    [Fact]
    public void EveryFieldQuoted_ByteOrderMark_LineBreakInAField()
    {
        SdmxCsvImport read = Read("all-fields-quoted-bom.csv");
        Dataset data = read.Dataset;
        Assert.Equal(2, data.Count);

        Observation agreements = data.Find("labour-cooperation-agreements", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 11, 10)));
        Assert.Equal("不到200份", agreements.FigureText());
        Assert.False(agreements.IsInclusive);
        Assert.Equal("<p>Section 2,\r\nno date printed</p>", agreements.Source);

        Observation forecast = data.Find("five-reductions-relief", "331000", ReportingPeriod.Year(2020));
        Assert.Equal("预计3.8亿元", forecast.FigureText());
        Assert.Equal(FigureStatus.Forecast, forecast.Status);
        Assert.Empty(read.UnknownColumns.Concat(read.MissingValues.Select(m => m.Value)));
    }
}
