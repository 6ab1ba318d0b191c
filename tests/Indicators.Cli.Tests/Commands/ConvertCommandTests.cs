using System;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Cli.Commands;
using Indicators.Cli.Tests.Support;
using Indicators.Serialization;
using Xunit;

namespace Indicators.Cli.Tests.Commands;

/// <summary><c>convert --to sdmx-csv</c> and <c>convert --from sdmx-csv</c>, end to end: the reference dataset goes to
/// SDMX-CSV and back to the same JSON file, byte for byte; what SDMX-CSV rows do not carry, and what an import leaves
/// out, is said on the standard error; a message that cannot be imported exits 2 with its line and column.</summary>
public class ConvertCommandTests
{
    private static readonly string Root = FindRoot();

    private static readonly string Reference = Path.Combine(Root, "docs", "data", "taizhou-2020.json");

    [Fact]
    public void Reference_ToSdmxCsvAndBack_IsTheReferenceFileByteForByte()
    {
        string csv = Temp(".csv");
        (int code, string output, string error) = Run("convert", Reference, "--to", "sdmx-csv", "-o", csv);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(string.Empty, error); // nothing left out
        Assert.StartsWith(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS,TOLERANCE,INFERRED,DERIVATION,DERIVED_FROM,NAME,NAME_ZH_HANT,NAME_EN,TITLE,SOURCE_DETAIL,REGIONS_AS_OF\r\n",
            File.ReadAllText(csv), StringComparison.Ordinal);

        string jsonFile = Temp(".json");
        (int back, string json, string backError) = Run("convert", csv, "--from", "sdmx-csv", "--to", "json", "-o", jsonFile);
        Assert.Equal(0, back);
        Assert.Equal(string.Empty, json);
        Assert.Equal(string.Empty, backError);
        Assert.Equal(File.ReadAllBytes(Reference), File.ReadAllBytes(jsonFile));
        Dataset original = DatasetJson.Read(File.ReadAllText(Reference));
        Dataset roundTripped = DatasetJson.Read(File.ReadAllText(jsonFile));
        Assert.Equal(71, roundTripped.Count);
        Assert.Equal(Rows(original), Rows(roundTripped));

        // And again: the second SDMX-CSV is the first, byte for byte.
        string again = Temp(".csv");
        Assert.Equal(0, Run("convert", jsonFile, "--to", "sdmx-csv", "-o", again).Code);
        Assert.Equal(File.ReadAllBytes(csv), File.ReadAllBytes(again));
        File.Delete(csv);
        File.Delete(again);
        File.Delete(jsonFile);
    }

    [Fact]
    public void ToSdmxCsv_WithoutAFile_WritesTheStandardOutput()
    {
        (int code, string output, _) = Run("convert", Reference, "--to", "sdmx-csv");
        Assert.Equal(0, code);
        Assert.Contains("\r\ndataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020-01-01/P10M,14.64,person,4,A,,", output, StringComparison.Ordinal);
        Assert.Equal(1 + 1 + 71 + 6 + 5 + 5, output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void FromSdmxCsv_SaysWhatItDidNotImport()
    {
        string csv = Temp(".csv");
        File.WriteAllText(csv, "STRUCTURE;STRUCTURE_ID;ACTION;REF_AREA;INDICATOR;TIME_PERIOD;OBS_VALUE;UNIT_MULT;UPDATED\n"
            + "dataflow;X:Y(1.0);I;331000;urban-new-employment;2020-01-01/P10M;14,64;4;2020-11-10\n"
            + "dataflow;X:Y(1.0);I;331002;urban-new-employment;2020-01-01/P10M;NaN;;2020-11-10\n"
            + "dataflow;X:Y(1.0);D;331003;urban-new-employment;2020-01-01/P10M;-;;\n");
        (int code, string output, string error) = Run("convert", csv, "--from", "sdmx-csv", "--to", "json");
        Assert.Equal(0, code);
        Assert.Contains("\"figure\": \"14.64万人\"", output, StringComparison.Ordinal);
        Assert.Equal(
            [
                $"indicators: {csv}: 1 rows without a value (not imported), on lines 3.",
                $"indicators: {csv}: 1 rows of action D, 0 of which removed an observation of an earlier row.",
                $"indicators: {csv}: columns not imported: UPDATED.",
            ],
            error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        File.Delete(csv);
    }

    [Fact]
    public void FromSdmxCsv_MalformedRow_Exits2_NamingLineAndColumn()
    {
        string csv = Temp(".csv");
        File.WriteAllText(csv, "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-01-01/P10M,146400\n"
            + "dataflow,X:Y(1.0),I,331000,urban-new-employment,2020-10,14..6\n");
        (int code, string output, string error) = Run("convert", csv, "--from", "sdmx-csv", "--to", "json");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"indicators: {csv}: line 3, column 7 (OBS_VALUE): \"14..6\"", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        File.Delete(csv);
    }

    [Theory]
    [InlineData("--to", "csv")]
    [InlineData("--to", "xml")]
    [InlineData("--from", "xml")]
    public void UnknownFormat_Exits2(string option, string value)
    {
        string[] args = option == "--to" ? ["convert", Reference, "--to", value] : ["convert", Reference, "--from", value, "--to", "json"];
        (int code, _, string error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void RegionsAsOf_ReadsARetiredCode_AndIsRefusedWithoutSdmx()
    {
        // 331021 (玉环县) became 331083 (玉环市) in 2017: only a list of an earlier date has it.
        string csv = Temp(".csv");
        File.WriteAllText(csv, "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n"
            + "dataflow,X:Y(1.0),I,331021,urban-new-employment,2015-01-01/P10M,1.2,4\n");
        (int newest, _, string newestError) = Run("convert", csv, "--from", "sdmx-csv", "--to", "json");
        Assert.Equal(2, newest);
        Assert.Contains("line 2, column 4 (REF_AREA): \"331021\"", newestError, StringComparison.Ordinal);

        (int code, string output, string error) = Run("convert", csv, "--from", "sdmx-csv", "--to", "json", "--regions-as-of", "2015-10-31");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("\"region\": \"331021\"", output, StringComparison.Ordinal);

        Assert.Equal(2, Run("convert", csv, "--from", "sdmx-csv", "--to", "json", "--regions-as-of", "2015-13-01").Code);
        Assert.Equal(2, Run("convert", Reference, "--to", "json", "--regions-as-of", "2015-10-31").Code);
        File.Delete(csv);
    }

    [Fact]
    public void MissingFile_Exits2()
    {
        Assert.Equal(2, Run("convert", Path.Combine(Root, "no-such-file.csv"), "--from", "sdmx-csv", "--to", "json").Code);
        Assert.Equal(2, Run("convert", Reference, "--to", "sdmx-csv", "-o", Path.Combine(Root, "no-such-dir", "x.csv")).Code);
    }

    private static string[] Rows(Dataset data) =>
        data.Observations.Select(o => string.Join("|", o.Indicator.Code, o.Region.Id, o.Period, o.FigureText(), o.Status, o.IsInclusive, o.Precision, o.Source)).ToArray();

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"indicators-{Guid.NewGuid():N}{extension}");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indicators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Indicators.sln not found above " + AppContext.BaseDirectory);
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Reference_ToParquet_File_IsWhatThePackageWrites()
    {
        string file = Temp(".parquet");
        (int code, string output, string error) = Run("convert", Reference, "--to", "parquet", "-o", file);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(string.Empty, error);
        byte[] bytes = File.ReadAllBytes(file);
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
        using var expected = new MemoryStream();
        Indicators.Parquet.DatasetParquet.Write(DatasetJson.Read(File.ReadAllText(Reference)), expected);
        Assert.Equal(expected.ToArray(), bytes);
        File.Delete(file);
    }

    [Fact]
    public void Reference_ToParquet_WithoutOutputFile_GoesToTheStandardOutputStream()
    {
        var stdout = new MemoryStream();
        (int code, string output, string error) = CliRun.RunCommand(new ConvertCommand(() => stdout).Create(), "convert", Reference, "--to", "parquet");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(string.Empty, error);
        string file = Temp(".parquet");
        Assert.Equal(0, Run("convert", Reference, "--to", "parquet", "-o", file).Code);
        Assert.Equal(File.ReadAllBytes(file), stdout.ToArray());
        File.Delete(file);
    }

    [Fact]
    public void ToParquet_IntoAMissingFolder_Exits2()
    {
        (int code, _, string error) = Run("convert", Reference, "--to", "parquet", "-o", Path.Combine(Root, "no-such-dir", "x.parquet"));
        Assert.Equal(2, code);
        Assert.Contains("no-such-dir", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
