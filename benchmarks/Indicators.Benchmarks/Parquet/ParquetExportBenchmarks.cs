using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Indicators.Aggregation;
using Indicators.Benchmarks.Aggregation;
using Indicators.Parquet;
using Parquet;
using Parquet.Schema;

namespace Indicators.Benchmarks.Parquet;

/// <summary>
/// Parquet export of the roll-up benchmark's dataset (<see cref="RollupData"/>, 10 flow indicators × towns × 12 months):
/// <see cref="DatasetParquet.WriteAsync(Dataset, System.IO.Stream, CancellationToken)"/>, beside the baseline, the same
/// 23 columns held as plain arrays (made in the setup, not measured) written with Parquet.Net directly in row groups of
/// the same size. Both write to a stream that only counts the bytes, so the disk is not measured.
/// </summary>
[MemoryDiagnoser]
public class ParquetExportBenchmarks
{
    private Dataset dataset = null!;
    private PlainColumns columns = null!;

    /// <summary>Number of observations: 10 000 000 unless <see cref="RollupData.SizeVariable"/> says otherwise.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Observations { get; set; }

    public static IEnumerable<int> Sizes() => [RollupData.RequestedObservations()];

    [GlobalSetup(Target = nameof(DatasetParquetWrite))]
    public void SetupDataset() => dataset = RollupData.Create(Observations).BuildDataset();

    [GlobalSetup(Target = nameof(PlainArrays))]
    public void SetupColumns() => columns = PlainColumns.Of(RollupData.Create(Observations));

    [Benchmark]
    public long DatasetParquetWrite()
    {
        using var stream = new CountingStream();
        DatasetParquet.WriteAsync(dataset, stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    [Benchmark(Baseline = true)]
    public long PlainArrays()
    {
        using var stream = new CountingStream();
        columns.WriteAsync(stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    /// <summary>Prints the file's size per observation, the export's time and the memory it takes beyond the dataset's
    /// (<c>-- --parquet-size</c>; the size from <see cref="RollupData.SizeVariable"/>).</summary>
    internal static void Report()
    {
        RollupData data = RollupData.Create(RollupData.RequestedObservations());
        Dataset built = data.BuildDataset();
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long peak = heapBefore;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(5))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        });
        sampler.Start();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "indicators-parquet-report.parquet");
        DatasetParquet.Write(built, path);
        watch.Stop();
        done.Set();
        sampler.Join();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long bytes = new System.IO.FileInfo(path).Length;

        // DuckDB's roll-up to provinces over the file (docs/parquet.md), first run and second run (file in the page cache).
        var queries = new List<string>();
        for (int run = 0; run < 2; run++)
        {
            using var duck = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
            duck.Open();
            using DuckDB.NET.Data.DuckDBCommand command = duck.CreateCommand();
            command.CommandText = "SELECT province, indicator, period, SUM(value_base), COUNT(*) FROM read_parquet($path) WHERE finest AND rollup = 'Sum' AND region <> province GROUP BY ALL";
            command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("path", path));
            var query = Stopwatch.StartNew();
            int groups = 0;
            using (DuckDB.NET.Data.DuckDBDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    groups++;
                }
            }

            queries.Add(string.Create(CultureInfo.InvariantCulture, $"{query.Elapsed.TotalSeconds:F2} s ({groups} groups)"));
        }

        System.IO.File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"observations: {built.Count}; file: {bytes / 1e6:F1} MB, {(double)bytes / built.Count:F2} bytes per observation; write: {watch.Elapsed.TotalSeconds:F2} s, "
            + $"{bytes / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s, {built.Count / watch.Elapsed.TotalSeconds / 1e6:F2} million observations/s; "
            + $"managed heap: {heapBefore / 1e6:F0} MB with the dataset, peak {peak / 1e6:F0} MB while writing (+{(peak - heapBefore) / 1e6:F0} MB); "
            + $"allocated while writing: {allocated / 1e6:F0} MB ({(double)allocated / built.Count:F0} bytes per observation); process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB; "
            + $"DuckDB SUM GROUP BY province, indicator, period over the file: {string.Join(", then ", queries)}"));
        GC.KeepAlive(built);
    }

    /// <summary>The export's 23 columns for every observation, as plain arrays, and their writing with Parquet.Net.</summary>
    private sealed class PlainColumns
    {
        private static readonly DataField<string> Indicator = new("indicator", nullable: false);
        private static readonly DataField<string> Region = new("region", nullable: false);
        private static readonly DataField<string> RegionLevel = new("region_level", nullable: false);
        private static readonly DataField<string> Province = new("province", nullable: true);
        private static readonly DataField<string> Prefecture = new("prefecture", nullable: true);
        private static readonly DataField<string> County = new("county", nullable: true);
        private static readonly ListField Path = new("path", new DataField<string>("element", nullable: false));
        private static readonly DataField<bool> Finest = new("finest", nullable: false);
        private static readonly DataField<string> Period = new("period", nullable: false);
        private static readonly DataField<DateOnly> PeriodStart = new("period_start", nullable: false);
        private static readonly DataField<DateOnly> PeriodEnd = new("period_end", nullable: false);
        private static readonly DataField<long?> ValueBase = new("value_base", nullable: true);
        private static readonly DecimalDataField Value = new("value", 38, 18, isNullable: false);
        private static readonly DataField<int> Decimals = new("decimals", nullable: false);
        private static readonly DataField<int> UnitMult = new("unit_mult", nullable: false);
        private static readonly DataField<string> Unit = new("unit", nullable: false);
        private static readonly DataField<string> BaseUnit = new("base_unit", nullable: true);
        private static readonly DataField<string> Qualifier = new("qualifier", nullable: false);
        private static readonly DataField<bool> Inclusive = new("inclusive", nullable: false);
        private static readonly DataField<string> Status = new("status", nullable: false);
        private static readonly DataField<string> Rollup = new("rollup", nullable: false);
        private static readonly DataField<string> Nature = new("nature", nullable: false);
        private static readonly DataField<string> Source = new("source", nullable: true);

        private string[] indicators = [];
        private string[] regions = [];
        private string[] levels = [];
        private string?[] provinces = [];
        private string?[] prefectures = [];
        private string?[] counties = [];
        private string[] pathItems = [];
        private int[] pathRepetitions = [];
        private int[] pathStarts = [];
        private bool[] finest = [];
        private string[] periods = [];
        private DateOnly[] starts = [];
        private DateOnly[] ends = [];
        private long?[] valueBases = [];
        private decimal[] values = [];
        private int[] decimals = [];
        private int[] unitMults = [];
        private string[] units = [];
        private string?[] baseUnits = [];
        private string[] qualifiers = [];
        private bool[] inclusive = [];
        private string[] statuses = [];
        private string[] rollups = [];
        private string[] natures = [];
        private string?[] sources = [];

        internal static PlainColumns Of(RollupData data)
        {
            int n = data.Count;
            var c = new PlainColumns
            {
                indicators = new string[n], regions = new string[n], levels = new string[n], provinces = new string?[n], prefectures = new string?[n],
                counties = new string?[n], pathItems = new string[n * 4], pathRepetitions = new int[n * 4], pathStarts = new int[n + 1], finest = new bool[n],
                periods = new string[n], starts = new DateOnly[n], ends = new DateOnly[n], valueBases = new long?[n], values = new decimal[n],
                decimals = new int[n], unitMults = new int[n], units = new string[n], baseUnits = new string?[n], qualifiers = new string[n],
                inclusive = new bool[n], statuses = new string[n], rollups = new string[n], natures = new string[n], sources = new string?[n],
            };
            string[] codes = Array.ConvertAll(new int[RollupData.Indicators], _ => string.Empty);
            for (int i = 0; i < codes.Length; i++)
            {
                codes[i] = RollupData.IndicatorCode(i);
            }

            var monthTexts = new string[RollupData.Months];
            for (int m = 0; m < RollupData.Months; m++)
            {
                monthTexts[m] = string.Create(CultureInfo.InvariantCulture, $"2020-{m + 1:00}");
            }

            var townIds = new string[data.Towns];
            var countyIds = new string[RollupData.Counties];
            var cityIds = new string[RollupData.Cities];
            var provinceIds = new string[RollupData.Provinces];
            for (int t = 0; t < data.Towns; t++)
            {
                townIds[t] = RollupData.TownId(t);
            }

            for (int k = 0; k < RollupData.Counties; k++)
            {
                countyIds[k] = RollupData.CountyId(k);
            }

            for (int x = 0; x < RollupData.Cities; x++)
            {
                cityIds[x] = RollupData.CityId(x);
            }

            for (int p = 0; p < RollupData.Provinces; p++)
            {
                provinceIds[p] = RollupData.ProvinceId(p);
            }

            for (int row = 0; row < n; row++)
            {
                int t = data.TownColumn[row];
                int m = data.MonthColumn[row];
                int k = t % RollupData.Counties;
                c.indicators[row] = codes[data.IndicatorColumn[row]];
                c.regions[row] = townIds[t];
                c.levels[row] = "Group";
                c.provinces[row] = provinceIds[data.TownProvince[t]];
                c.prefectures[row] = cityIds[data.TownCity[t]];
                c.counties[row] = countyIds[k];
                c.pathStarts[row] = row * 4;
                c.pathItems[row * 4] = provinceIds[data.TownProvince[t]];
                c.pathItems[(row * 4) + 1] = cityIds[data.TownCity[t]];
                c.pathItems[(row * 4) + 2] = countyIds[k];
                c.pathItems[(row * 4) + 3] = townIds[t];
                c.pathRepetitions[(row * 4) + 1] = 1;
                c.pathRepetitions[(row * 4) + 2] = 1;
                c.pathRepetitions[(row * 4) + 3] = 1;
                c.finest[row] = true;
                c.periods[row] = monthTexts[m];
                c.starts[row] = new DateOnly(2020, m + 1, 1);
                c.ends[row] = new DateOnly(2020, m + 1, DateTime.DaysInMonth(2020, m + 1));
                c.valueBases[row] = data.Values[row];
                c.values[row] = data.Values[row];
                c.units[row] = "persons";
                c.baseUnits[row] = "persons";
                c.qualifiers[row] = "None";
                c.inclusive[row] = true;
                c.statuses[row] = "Normal";
                c.rollups[row] = "Sum";
                c.natures[row] = "Flow";
            }

            c.pathStarts[n] = n * 4;
            return c;
        }

        internal async Task WriteAsync(System.IO.Stream stream)
        {
            var schema = new ParquetSchema(
                Indicator, Region, RegionLevel, Province, Prefecture, County, Path, Finest, Period, PeriodStart, PeriodEnd, ValueBase, Value,
                Decimals, UnitMult, Unit, BaseUnit, Qualifier, Inclusive, Status, Rollup, Nature, Source);
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, append: false);
            int total = indicators.Length;
            for (int first = 0; first < total; first += DatasetParquet.RowGroupSize)
            {
                int n = Math.Min(DatasetParquet.RowGroupSize, total - first);
                using ParquetRowGroupWriter group = writer.CreateRowGroup();
                await group.WriteAsync(Indicator, new ArraySegment<string?>(indicators, first, n));
                await group.WriteAsync(Region, new ArraySegment<string?>(regions, first, n));
                await group.WriteAsync(RegionLevel, new ArraySegment<string?>(levels, first, n));
                await group.WriteAsync(Province, new ArraySegment<string?>(provinces, first, n));
                await group.WriteAsync(Prefecture, new ArraySegment<string?>(prefectures, first, n));
                await group.WriteAsync(County, new ArraySegment<string?>(counties, first, n));
                int from = pathStarts[first];
                int to = pathStarts[first + n];
                await group.WriteAsync((DataField)Path.Item, new ArraySegment<string?>(pathItems, from, to - from), pathRepetitions.AsMemory(from, to - from));
                await group.WriteAsync<bool>(Finest, finest.AsMemory(first, n));
                await group.WriteAsync(Period, new ArraySegment<string?>(periods, first, n));
                await group.WriteAsync<DateOnly>(PeriodStart, starts.AsMemory(first, n));
                await group.WriteAsync<DateOnly>(PeriodEnd, ends.AsMemory(first, n));
                await group.WriteAsync<long>(ValueBase, valueBases.AsMemory(first, n));
                await group.WriteAsync<decimal>(Value, values.AsMemory(first, n));
                await group.WriteAsync<int>(Decimals, decimals.AsMemory(first, n));
                await group.WriteAsync<int>(UnitMult, unitMults.AsMemory(first, n));
                await group.WriteAsync(Unit, new ArraySegment<string?>(units, first, n));
                await group.WriteAsync(BaseUnit, new ArraySegment<string?>(baseUnits, first, n));
                await group.WriteAsync(Qualifier, new ArraySegment<string?>(qualifiers, first, n));
                await group.WriteAsync<bool>(Inclusive, inclusive.AsMemory(first, n));
                await group.WriteAsync(Status, new ArraySegment<string?>(statuses, first, n));
                await group.WriteAsync(Rollup, new ArraySegment<string?>(rollups, first, n));
                await group.WriteAsync(Nature, new ArraySegment<string?>(natures, first, n));
                await group.WriteAsync(Source, new ArraySegment<string?>(sources, first, n));
                group.CompleteValidate();
            }
        }
    }
}
