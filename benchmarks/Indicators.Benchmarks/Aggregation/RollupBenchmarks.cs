using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using Indicators.Aggregation;
using Indicators.Regions;

namespace Indicators.Benchmarks.Aggregation;

/// <summary>
/// Roll-ups of 10 flow indicators over towns to province × month and to city × year-to-date, five ways on the same
/// data (<see cref="RollupData"/>): the library's <see cref="Dataset.RollUpAll(string, RegionLevel)"/> and
/// <see cref="Dataset.YearToDateAll"/>, a hand-written columnar loop (the baseline), LINQ GroupBy over records, and DuckDB
/// with one thread and with its default. Each method runs in its own process, so each builds only what it uses.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The connection is disposed in [GlobalCleanup], as BenchmarkDotNet calls it.")]
public class RollupBenchmarks
{
    private RollupData data = null!;
    private Dataset dataset = null!;
    private Record[] records = null!;
    private DuckDBConnection? duck;

    /// <summary>Number of observations: 10 000 000 unless <see cref="RollupData.SizeVariable"/> says otherwise.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Observations { get; set; }

    public static IEnumerable<int> Sizes() => [RollupData.RequestedObservations()];

    [GlobalSetup(Targets = [nameof(ProvinceMonthColumnar), nameof(CityYtdColumnar)])]
    public void SetupColumns() => data = RollupData.Create(Observations);

    [GlobalSetup(Targets = [nameof(ProvinceMonthRollUpAll), nameof(CityYtdYearToDateAll)])]
    public void SetupDataset()
    {
        data = RollupData.Create(Observations);
        dataset = data.BuildDataset();
    }

    [GlobalSetup(Targets = [nameof(ProvinceMonthLinq), nameof(CityYtdLinq)])]
    public void SetupRecords()
    {
        data = RollupData.Create(Observations);
        records = new Record[data.Count];
        for (int row = 0; row < data.Count; row++)
        {
            int town = data.TownColumn[row];
            records[row] = new Record(data.IndicatorColumn[row], data.TownProvince[town], data.TownCity[town], town, data.MonthColumn[row] + 1, data.Values[row]);
        }
    }

    [GlobalSetup(Targets = [nameof(ProvinceMonthDuckDbOneThread), nameof(CityYtdDuckDbOneThread)])]
    public void SetupDuckOneThread() => SetupDuck(oneThread: true);

    [GlobalSetup(Targets = [nameof(ProvinceMonthDuckDbDefault), nameof(CityYtdDuckDbDefault)])]
    public void SetupDuckDefault() => SetupDuck(oneThread: false);

    [GlobalCleanup]
    public void Cleanup() => duck?.Dispose();

    // ---- province × month ----

    [Benchmark(Baseline = true), BenchmarkCategory("ProvinceMonth")]
    public long ProvinceMonthColumnar()
    {
        long[] sums = new long[RollupData.Indicators * RollupData.Provinces * RollupData.Months];
        int[] indicators = data.IndicatorColumn;
        int[] towns = data.TownColumn;
        int[] months = data.MonthColumn;
        long[] values = data.Values;
        int[] province = data.TownProvince;
        for (int row = 0; row < values.Length; row++)
        {
            sums[(((indicators[row] * RollupData.Provinces) + province[towns[row]]) * RollupData.Months) + months[row]] += values[row];
        }

        return Checksum(sums);
    }

    [Benchmark, BenchmarkCategory("ProvinceMonth")]
    public long ProvinceMonthRollUpAll()
    {
        long checksum = 0;
        for (int i = 0; i < RollupData.Indicators; i++)
        {
            foreach (RollupRow row in dataset.RollUpAll(RollupData.IndicatorCode(i), RegionLevel.Province))
            {
                checksum = unchecked((checksum * 31) + row.BaseUnits);
            }
        }

        return checksum;
    }

    [Benchmark, BenchmarkCategory("ProvinceMonth")]
    public long ProvinceMonthLinq() =>
        records.GroupBy(r => (r.Indicator, r.Province, r.Month))
            .Select(g => g.Sum(r => r.Value))
            .Aggregate(0L, (a, b) => unchecked((a * 31) + b));

    [Benchmark, BenchmarkCategory("ProvinceMonth")]
    public long ProvinceMonthDuckDbOneThread() => Query(ProvinceMonthSql);

    [Benchmark, BenchmarkCategory("ProvinceMonth")]
    public long ProvinceMonthDuckDbDefault() => Query(ProvinceMonthSql);

    // ---- city × year to date ----

    [Benchmark(Baseline = true), BenchmarkCategory("CityYtd")]
    public long CityYtdColumnar()
    {
        long[] sums = new long[RollupData.Indicators * RollupData.Cities * RollupData.Months];
        int[] indicators = data.IndicatorColumn;
        int[] towns = data.TownColumn;
        int[] months = data.MonthColumn;
        long[] values = data.Values;
        int[] city = data.TownCity;
        for (int row = 0; row < values.Length; row++)
        {
            sums[(((indicators[row] * RollupData.Cities) + city[towns[row]]) * RollupData.Months) + months[row]] += values[row];
        }

        for (int g = 0; g < sums.Length; g += RollupData.Months)
        {
            for (int m = 1; m < RollupData.Months; m++)
            {
                sums[g + m] += sums[g + m - 1];
            }
        }

        return Checksum(sums);
    }

    [Benchmark, BenchmarkCategory("CityYtd")]
    public long CityYtdYearToDateAll()
    {
        long checksum = 0;
        for (int i = 0; i < RollupData.Indicators; i++)
        {
            foreach (RollupRow row in dataset.YearToDateAll(RollupData.IndicatorCode(i), RegionLevel.Prefecture, 2020))
            {
                checksum = unchecked((checksum * 31) + row.BaseUnits);
            }
        }

        return checksum;
    }

    [Benchmark, BenchmarkCategory("CityYtd")]
    public long CityYtdLinq() =>
        records.GroupBy(r => (r.Indicator, r.City, r.Month))
            .Select(g => (g.Key.Indicator, g.Key.City, g.Key.Month, Sum: g.Sum(r => r.Value)))
            .GroupBy(x => (x.Indicator, x.City))
            .SelectMany(g => g.OrderBy(x => x.Month).Select(x => x.Sum).Aggregate(new List<long>(), (acc, s) => { acc.Add((acc.Count == 0 ? 0 : acc[^1]) + s); return acc; }))
            .Aggregate(0L, (a, b) => unchecked((a * 31) + b));

    [Benchmark, BenchmarkCategory("CityYtd")]
    public long CityYtdDuckDbOneThread() => Query(CityYtdSql);

    [Benchmark, BenchmarkCategory("CityYtd")]
    public long CityYtdDuckDbDefault() => Query(CityYtdSql);

    private const string ProvinceMonthSql =
        "SELECT indicator, province, month, SUM(value)::BIGINT FROM observations GROUP BY indicator, province, month";

    private const string CityYtdSql =
        "SELECT indicator, city, month, (SUM(SUM(value)) OVER (PARTITION BY indicator, city ORDER BY month))::BIGINT " +
        "FROM observations GROUP BY indicator, city, month";

    private static long Checksum(long[] sums)
    {
        long checksum = 0;
        foreach (long s in sums)
        {
            checksum = unchecked((checksum * 31) + s);
        }

        return checksum;
    }

    private long Query(string sql)
    {
        using DuckDBCommand command = duck!.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        long checksum = 0;
        while (reader.Read())
        {
            checksum = unchecked(checksum + reader.GetInt64(3));
        }

        return checksum;
    }

    private void SetupDuck(bool oneThread)
    {
        data = RollupData.Create(Observations);
        duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using (DuckDBCommand command = duck.CreateCommand())
        {
            command.CommandText = "CREATE TABLE observations (indicator INTEGER, province INTEGER, city INTEGER, town INTEGER, month INTEGER, value BIGINT)";
            command.ExecuteNonQuery();
        }

        using (var appender = duck.CreateAppender("observations"))
        {
            for (int row = 0; row < data.Count; row++)
            {
                int town = data.TownColumn[row];
                appender.CreateRow()
                    .AppendValue(data.IndicatorColumn[row]).AppendValue(data.TownProvince[town]).AppendValue(data.TownCity[town])
                    .AppendValue(town).AppendValue(data.MonthColumn[row] + 1).AppendValue(data.Values[row])
                    .EndRow();
            }
        }

        if (oneThread)
        {
            using DuckDBCommand command = duck.CreateCommand();
            command.CommandText = "SET threads = 1";
            command.ExecuteNonQuery();
        }
    }

    private readonly record struct Record(int Indicator, int Province, int City, int Town, int Month, long Value);
}
