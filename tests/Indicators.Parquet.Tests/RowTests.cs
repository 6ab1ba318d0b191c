using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Parquet.Tests.Support;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Serialization;
using Xunit;

namespace Indicators.Parquet.Tests;

/// <summary>Each observation's row, read back with DuckDB: what every column holds, and the file's schema.</summary>
public class RowTests
{
    private const string Columns = """
        SELECT indicator, region, region_level, province, prefecture, county, path, finest, period, period_start, period_end,
               value_base, CAST(value AS VARCHAR), decimals, unit_mult, unit, base_unit, qualifier, inclusive, status, rollup, nature, source
        FROM read_parquet($path)
        """;

    private static readonly Lazy<Dataset> Taizhou = new(() => DatasetJson.Read(File.ReadAllText(Path.Combine(Repository.Root, "docs", "data", "taizhou-2020.json"))));

    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 60)]
    public void GeneratedDataset_EveryRowReadsBack(GeneratedDataset generated)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(generated.Culture);
        try
        {
            using var file = new TempFile();
            using (FileStream stream = File.Create(file.Path))
            {
                // Row groups of 7 rows: most files have several.
                DatasetParquet.WriteAsync(generated.Dataset, stream, 7, default).GetAwaiter().GetResult();
            }

            RegionHierarchy hierarchy = generated.Dataset.Regions;
            List<string> expected = generated.Observations.Select(o => Expected(o, generated.Observations, hierarchy)).Order(StringComparer.Ordinal).ToList();
            List<string> actual = Duck.Query(Columns, file.Path).Select(r => string.Join('|', r.Select(v => v ?? "null"))).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void ReferenceDataset_RowsHoldTheFiguresAsPrinted()
    {
        using var file = new TempFile();
        DatasetParquet.Write(Taizhou.Value, file.Path);
        string Row(string indicator, string period) => string.Join('|', Duck.Query(
            Columns + $" WHERE indicator = '{indicator}' AND period = '{period}'", file.Path).Single().Select(v => v ?? "null"));

        // 14.64万人 of new urban employment to the end of October: 146 400 persons, printed 14.64 in 万 (10⁴).
        Assert.Equal(
            "urban-new-employment|331000|Prefecture|330000|331000|null|[330000,331000]|true|2020-01-01/P10M|2020-01-01|2020-10-31|146400|14.640000000000000000|2|4|persons|persons|None|true|Normal|Sum|Cumulative|Taizhou HRSS press release 2020-11-10, closing summary",
            Row("urban-new-employment", "2020-01-01/P10M"));

        // 147.16亿元: 14 716 000 000 元 = 1 471 600 000 000 fen, printed 147.16 in 亿 (10⁸).
        Assert.StartsWith(
            "five-reductions-relief|331000|Prefecture|330000|331000|null|[330000,331000]|true|2020-01-01/P9M|2020-01-01|2020-09-30|1471600000000|147.160000000000000000|2|8|yuan|fen|None|true|Normal|",
            Row("five-reductions-relief", "2020-01-01/P9M"));

        // 约115万家: 1 150 000 enterprises, approximately.
        Assert.StartsWith(
            "five-reductions-enterprises|331000|Prefecture|330000|331000|null|[330000,331000]|true|2020-01-01/P9M|2020-01-01|2020-09-30|1150000|115.000000000000000000|0|4|enterprise|enterprise|Approximately|true|Normal|",
            Row("five-reductions-enterprises", "2020-01-01/P9M"));

        // 1.38%: a rate has no base units, so value_base is null; the printed number is 1.38 (percent).
        Assert.StartsWith(
            "registered-urban-unemployment-rate|331000|Prefecture|330000|331000|null|[330000,331000]|true|2020-10|2020-10-01|2020-10-31|null|1.380000000000000000|2|0|percent|null|None|true|Normal|",
            Row("registered-urban-unemployment-rate", "2020-10"));
    }

    [Fact]
    public void Schema_HasTheDocumentedColumnsAndTypes()
    {
        using var file = new TempFile();
        DatasetParquet.Write(Taizhou.Value, file.Path);
        string schema = string.Join(", ", Duck.Query("DESCRIBE SELECT * FROM read_parquet($path)", file.Path).Select(r => r[0] + " " + r[1]));
        Assert.Equal(
            "indicator VARCHAR, region VARCHAR, region_level VARCHAR, province VARCHAR, prefecture VARCHAR, county VARCHAR, path VARCHAR[], "
            + "finest BOOLEAN, period VARCHAR, period_start DATE, period_end DATE, value_base BIGINT, value DECIMAL(38,18), decimals INTEGER, "
            + "unit_mult INTEGER, unit VARCHAR, base_unit VARCHAR, qualifier VARCHAR, inclusive BOOLEAN, status VARCHAR, rollup VARCHAR, "
            + "nature VARCHAR, source VARCHAR",
            schema);
    }

    [Fact]
    public void Metadata_HoldsTheDatasetsTitleAndSource()
    {
        using var file = new TempFile();
        DatasetParquet.Write(Taizhou.Value, file.Path);
        var metadata = Duck.Query("SELECT decode(key), decode(value) FROM parquet_kv_metadata($path)", file.Path).ToDictionary(r => r[0]!, r => r[1]);
        Assert.Equal("indicators-observations", metadata["indicators.format"]);
        Assert.Equal("1", metadata["indicators.version"]);
        Assert.Equal("台州市稳就业工作新闻发布会（2020-11-10）", metadata["indicators.title"]);
        Assert.Equal("2020-11-10", metadata["indicators.regions-as-of"]);
    }

    [Fact]
    public async Task RowGroups_HoldAtMostTheirSize()
    {
        Dataset dataset = BenchmarkShape.Build(2_500, ownFigures: false); // 21 towns: 2 520 observations
        using var file = new TempFile();
        await using (FileStream stream = File.Create(file.Path))
        {
            await DatasetParquet.WriteAsync(dataset, stream, 1_000, default);
        }

        List<string?[]> groups = Duck.Query("SELECT row_group_id, row_group_num_rows FROM parquet_metadata($path) GROUP BY ALL ORDER BY 1", file.Path);
        Assert.Equal(["0 1000", "1 1000", "2 520"], groups.Select(g => g[0] + " " + g[1]));
    }

    [Fact]
    public void EmptyDataset_WritesAFileOfNoRows()
    {
        Dataset empty = new DatasetBuilder(IndicatorCatalog.Empty, RegionHierarchy.Empty).Build();
        using var file = new TempFile();
        DatasetParquet.Write(empty, file.Path);
        Assert.Equal("0", Duck.Query("SELECT COUNT(*) FROM read_parquet($path)", file.Path).Single()[0]);
    }

    [Fact]
    public void RateWithMoreDecimalsThanTheColumn_IsRefusedAndTheFileDeleted()
    {
        // 0.0000000000000000001% has 19 decimals: DECIMAL(38, 18) cannot hold it, and it is not rounded.
        var rate = PublishedRate.Of(Percent.FromRatio(new Ratio(1, Int128.Parse("1" + new string('0', 21), CultureInfo.InvariantCulture))), 19);
        Dataset dataset = new DatasetBuilder(
                IndicatorCatalog.Create([IndicatorDefinition.Rate("tiny-rate", RegionalRollup.NotAdditive, "比率")]),
                RegionHierarchy.Create([Region.Division(RegionCode.Parse("330000"), "浙江省", RegionLevel.Province)]))
            .Add("tiny-rate", "330000", ReportingPeriod.Year(2020), rate)
            .Build();
        using var file = new TempFile();
        ArgumentException error = Assert.Throws<ArgumentException>(() => DatasetParquet.Write(dataset, file.Path));
        Assert.Contains("tiny-rate 330000 2020", error.Message, StringComparison.Ordinal);
        Assert.Contains("19 decimals", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public void Stream_IsLeftOpen()
    {
        using var stream = new MemoryStream();
        DatasetParquet.Write(Taizhou.Value, stream);
        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 0);
        stream.Position = 0;
        Span<byte> magic = stackalloc byte[4];
        stream.ReadExactly(magic);
        Assert.Equal("PAR1"u8.ToArray(), magic.ToArray());
    }

    [Fact]
    public void ForwardOnlyStream_GetsTheSameFile()
    {
        // Standard output, a pipe or a network stream cannot tell its position: the file written to it is the same.
        using var seekable = new MemoryStream();
        DatasetParquet.Write(Taizhou.Value, seekable);
        using var forward = new ForwardOnlyStream();
        DatasetParquet.Write(Taizhou.Value, forward);
        Assert.Equal(seekable.ToArray(), forward.Written.ToArray());
    }

    [Fact]
    public void ReadOnlyStream_IsRefused()
    {
        using var stream = new MemoryStream([], writable: false);
        ArgumentException error = Assert.Throws<ArgumentException>(() => DatasetParquet.Write(Taizhou.Value, stream));
        Assert.Equal("stream", error.ParamName);
    }

    [Fact]
    public async Task CancelledToken_StopsTheWriting()
    {
        using var stream = new MemoryStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatasetParquet.WriteAsync(Taizhou.Value, stream, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetParquet.Write(null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => DatasetParquet.Write(Taizhou.Value, (Stream)null!));
        Assert.Throws<ArgumentNullException>(() => DatasetParquet.Write(Taizhou.Value, (string)null!));
    }

    /// <summary>The row an observation must have, worked out from the generated numbers and the hierarchy's own answers.</summary>
    private static string Expected(GeneratedObservation o, IReadOnlyList<GeneratedObservation> all, RegionHierarchy hierarchy)
    {
        Region region = hierarchy[o.Region];
        List<Region> line = [region, .. hierarchy.Ancestors(o.Region)];
        string Level(RegionLevel level) => line.FirstOrDefault(r => r.Level == level)?.Id ?? "null";
        bool finest = !all.Any(other => other.Indicator == o.Indicator && other.Period == o.Period && hierarchy.IsUnder(other.Region, o.Region));
        (string unit, string baseUnit, string rollup, string nature) = o.Indicator switch
        {
            "money-flow" => ("yuan", "fen", "Sum", "Flow"),
            "money-stock" => ("yuan", "fen", "NotAdditive", "Stock"),
            "persons-flow" => ("persons", "persons", "Sum", "Flow"),
            "persons-cumulative" => ("persons", "persons", "Sum", "Cumulative"),
            "enterprises" => ("enterprise", "enterprise", "Sum", "Stock"),
            _ => ("percent", "null", "NotAdditive", "Stock"),
        };
        return string.Join('|',
            o.Indicator, o.Region, region.Level.ToString(), Level(RegionLevel.Province), Level(RegionLevel.Prefecture), Level(RegionLevel.County),
            "[" + string.Join(",", Enumerable.Reverse(line).Select(r => r.Id)) + "]", finest ? "true" : "false",
            o.Period.ToString(), Day(o.Period.Start), Day(o.Period.End),
            o.BaseUnits?.ToString(CultureInfo.InvariantCulture) ?? "null", Scaled(o.Digits, o.Decimals),
            o.Decimals.ToString(CultureInfo.InvariantCulture), o.UnitMult.ToString(CultureInfo.InvariantCulture), unit, baseUnit,
            o.Qualifier.ToString(), o.Inclusive ? "true" : "false", o.Status.ToString(), rollup, nature, o.Source ?? "null");
    }

    /// <summary>digits / 10^decimals written with 18 decimals, as DuckDB writes a DECIMAL(38, 18).</summary>
    private static string Scaled(BigInteger digits, int decimals)
    {
        string magnitude = BigInteger.Abs(digits * BigInteger.Pow(10, 18 - decimals)).ToString(CultureInfo.InvariantCulture).PadLeft(19, '0');
        return (digits.Sign < 0 ? "-" : string.Empty) + magnitude[..^18] + "." + magnitude[^18..];
    }

    private static string Day(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
