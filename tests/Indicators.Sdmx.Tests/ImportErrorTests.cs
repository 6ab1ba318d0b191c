using Indicators.Catalog;
using Indicators.Regions;
using NodaTime;
using Xunit;

namespace Indicators.Sdmx.Tests;

/// <summary>A message that cannot be imported throws <see cref="SdmxCsvException"/> naming the line and the column; no
/// dataset comes out of it, so nothing is half-imported.</summary>
public class ImportErrorTests
{
    private const string Header = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS";

    private const string Good = "dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-01-01/P10M,14.64,4,A";

    private static readonly RegionHierarchy Taizhou = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));

    private static SdmxCsvException Fails(string text) =>
        Assert.Throws<SdmxCsvException>(() => SdmxCsv.Read(text, IndicatorCatalog.BuiltIn, Taizhou));

    [Theory]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-01-01/P10M,14.6.4,4,A", 7, "OBS_VALUE", "\"14.6.4\"")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-01-01/P10M, 14.64,4,A", 7, "OBS_VALUE", "\" 14.64\"")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-01-01/P10M,1.2E3,4,A", 7, "OBS_VALUE", "expected a number")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-13,14.64,4,A", 6, "TIME_PERIOD", "\"2020-13\"")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-01-01/P0D,14.64,4,A", 6, "TIME_PERIOD", "at least one day")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-W05,14.64,4,A", 6, "TIME_PERIOD", "2020-W05")]
    [InlineData("dataflow,X:Y(1.0),I,331000,no-such-indicator,2020-10,14.64,4,A", 5, "INDICATOR", "no-such-indicator")]
    [InlineData("dataflow,X:Y(1.0),I,990000,urban-new-employment,2020-10,14.64,4,A", 4, "REF_AREA", "990000")]
    [InlineData("dataflow,X:Y(1.0),X,331000,urban-new-employment,2020-10,14.64,4,A", 3, "ACTION", "I (information)")]
    [InlineData("dataflows,X:Y(1.0),I,331000,urban-new-employment,2020-10,14.64,4,A", 1, "STRUCTURE", "dataflow, datastructure or dataprovision")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-10,14.64,5.5,A", 8, "UNIT_MULT", "CL_UNIT_MULT")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-10,14.64,16,A", 8, "UNIT_MULT", "-15 to 15")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-10,14.64,4,B", 9, "OBS_STATUS", "A (normal)")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-10,1.5,14,A", 7, "OBS_VALUE", "10^13")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-10,14.64567,4,A", 7, "OBS_VALUE", "finer than one person")]
    [InlineData("dataflow,X:Y(1.0),I,331000,five-reductions-relief,2020-10,14.6456789,4,A", 7, "OBS_VALUE", "finer than one fen")]
    [InlineData("dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-10,-3,0,A", 7, "OBS_VALUE", "\"-3\"")]
    [InlineData("dataflow,X:Y(1.0),I,331000,registered-urban-unemployment-rate,2020-10,1.38,4,A", 8, "UNIT_MULT", "percent")]
    [InlineData("dataflow,X:Y(1.0),D,,urban-new-employment,2020-10,-,,", 4, "REF_AREA", "deletion of every region")]
    public void BadCell_NamesLine3AndItsColumn(string row, int column, string header, string said)
    {
        SdmxCsvException e = Fails(Header + "\r\n" + Good + "\r\n" + row + "\r\n");
        Assert.Equal(3, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Equal(header, e.Header);
        Assert.StartsWith($"line 3, column {column} ({header}): ", e.Message, System.StringComparison.Ordinal);
        Assert.Contains(said, e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void UnitMeasureOfAnotherQuantity_IsRefused()
    {
        SdmxCsvException e = Fails("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n"
            + "dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-10,14,CNY\n");
        Assert.Equal((2, 8), (e.Line, e.Column));
        Assert.Contains("persons, whose UNIT_MEASURE is person", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TooFewFields_NamesTheLine_AfterAQuotedLineBreak()
    {
        SdmxCsvException e = Fails(Header + "\n" + "dataflow,\"X:Y\n(1.0)\",I,331000,urban-new-employment,2020-10,14,0,A\n" + "dataflow,X:Y(1.0),I,331000\n");
        Assert.Equal(4, e.Line);
        Assert.Equal(0, e.Column);
        Assert.Contains("4 fields; the header has 9", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedQuote_IsRefused()
    {
        SdmxCsvException e = Fails(Header + "\r\n" + Good + "\r\n" + "dataflow,\"X:Y(1.0),I,331000,urban-new-employment,2020-10,14.64,4,A\r\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("not closed", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SameKeyTwice_WithActionI_IsRefused_NamingTheSecondLine()
    {
        SdmxCsvException e = Fails(Header + "\r\n" + Good + "\r\n" + Good.Replace("14.64", "14.65", System.StringComparison.Ordinal) + "\r\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("an earlier row gave the observation of \"urban-new-employment\" for 331000 in 2020-01-01/P10M", e.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("DATAFLOW,STRUCTURE_ID\n", 1, "first field is STRUCTURE")]
    [InlineData("STRUCTURE\ndataflow\n", 1, "no separator")]
    [InlineData("STRUCTURE[;,STRUCTURE_ID\n", 1, "not closed by ']'")]
    [InlineData("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,OBS_VALUE\n", 1, "no TIME_PERIOD column")]
    [InlineData("STRUCTURE,STRUCTURE_ID,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,REF_AREA: Region\n", 1, "given twice")]
    public void BadHeader_IsRefused(string text, int line, string said)
    {
        SdmxCsvException e = Fails(text);
        Assert.Equal(line, e.Line);
        Assert.Contains(said, e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SemicolonMessage_IsReadWithTheSeparatorAfterStructure_EvenWhenCommasAreMoreFrequent()
    {
        // A header with more commas than semicolons (in a sub-field term and a label): frequency would pick ','.
        string text = "STRUCTURE[,];STRUCTURE_ID;ACTION;REF_AREA;INDICATOR;TIME_PERIOD;OBS_VALUE;UNIT_MULT;X_NOTE[a,b,c]\n"
            + "dataflow;X:Y(1.0);I;331000;urban-new-employment;2020-01-01/P10M;14,64;4;a,b\n";
        SdmxCsvImport read = SdmxCsv.Read(text, IndicatorCatalog.BuiltIn, Taizhou);
        Assert.Equal("14.64万人", Assert.Single(read.Dataset.Observations).FigureText());
        Assert.Equal(["X_NOTE[a,b,c]"], read.UnknownColumns);
    }
}
