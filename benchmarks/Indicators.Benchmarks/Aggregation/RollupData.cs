using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Benchmarks.Aggregation;

/// <summary>
/// The roll-up benchmarks' data, from a fixed seed: 31 provinces, 300 cities, 3 000 counties, and under the counties
/// towns (defined regions), 10 flow indicators of persons, the 12 months of 2020, one exact integer figure (0 to 999 999
/// persons, printed "123456人") per indicator, town and month. 10 000 000 observations are 83 334 towns (10 000 080).
/// </summary>
internal sealed class RollupData
{
    /// <summary>The environment variable that sets the number of observations (default 10 000 000; Program sets 120 000
    /// for <c>--job Dry</c> unless it is set).</summary>
    internal const string SizeVariable = "INDICATORS_ROLLUP_OBSERVATIONS";

    internal const int Provinces = 31;
    internal const int Cities = 300;
    internal const int Counties = 3000;
    internal const int Indicators = 10;
    internal const int Months = 12;

    private RollupData(int towns)
    {
        Towns = towns;
        Count = towns * Indicators * Months;
        TownCity = new int[towns];
        CityProvince = new int[Cities];
        for (int c = 0; c < Cities; c++)
        {
            CityProvince[c] = c % Provinces;
        }

        for (int t = 0; t < towns; t++)
        {
            TownCity[t] = t % Counties % Cities; // county t % 3000 is under city (t % 3000) % 300
        }

        TownProvince = Array.ConvertAll(TownCity, c => CityProvince[c]);
        IndicatorColumn = new int[Count];
        TownColumn = new int[Count];
        MonthColumn = new int[Count];
        Values = new long[Count];
        var random = new Random(20_201_031);
        int row = 0;
        for (int i = 0; i < Indicators; i++)
        {
            for (int t = 0; t < towns; t++)
            {
                for (int m = 0; m < Months; m++)
                {
                    IndicatorColumn[row] = i;
                    TownColumn[row] = t;
                    MonthColumn[row] = m;
                    Values[row] = random.Next(1_000_000);
                    row++;
                }
            }
        }
    }

    internal int Towns { get; }

    internal int Count { get; }

    internal int[] TownCity { get; }

    internal int[] CityProvince { get; }

    internal int[] TownProvince { get; }

    /// <summary>The columns of the hand-written baseline (and the records and DuckDB table): one entry per observation.</summary>
    internal int[] IndicatorColumn { get; }

    internal int[] TownColumn { get; }

    internal int[] MonthColumn { get; }

    internal long[] Values { get; }

    internal static string IndicatorCode(int i) => "bench-jobs-" + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The size the environment asks for, or 10 000 000.</summary>
    internal static int RequestedObservations() =>
        int.TryParse(Environment.GetEnvironmentVariable(SizeVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 10_000_000;

    internal static RollupData Create(int observations) => new(Math.Max(1, (observations + (Indicators * Months) - 1) / (Indicators * Months)));

    internal static string ProvinceId(int p) => (11 + p).ToString("00", CultureInfo.InvariantCulture) + "0000";

    internal static string CityId(int c) => ProvinceId(c % Provinces)[..2] + (1 + (c / Provinces)).ToString("00", CultureInfo.InvariantCulture) + "00";

    internal static string CountyId(int k) => CityId(k % Cities)[..4] + (1 + (k / Cities)).ToString("00", CultureInfo.InvariantCulture);

    internal static string TownId(int t) => "town-" + t.ToString(CultureInfo.InvariantCulture);

    /// <summary>The dataset of the same observations.</summary>
    internal Dataset BuildDataset()
    {
        var regions = new List<Region>(Provinces + Cities + Counties + Towns);
        for (int p = 0; p < Provinces; p++)
        {
            regions.Add(Region.Division(RegionCode.Parse(ProvinceId(p)), "省" + p.ToString(CultureInfo.InvariantCulture), RegionLevel.Province));
        }

        for (int c = 0; c < Cities; c++)
        {
            regions.Add(Region.Division(RegionCode.Parse(CityId(c)), "市" + c.ToString(CultureInfo.InvariantCulture), RegionLevel.Prefecture, RegionCode.Parse(ProvinceId(c % Provinces))));
        }

        for (int k = 0; k < Counties; k++)
        {
            regions.Add(Region.Division(RegionCode.Parse(CountyId(k)), "县" + k.ToString(CultureInfo.InvariantCulture), RegionLevel.County, RegionCode.Parse(CityId(k % Cities))));
        }

        for (int t = 0; t < Towns; t++)
        {
            regions.Add(Region.Defined(TownId(t), "镇" + t.ToString(CultureInfo.InvariantCulture), RegionLevel.Group, CountyId(t % Counties)));
        }

        var definitions = new List<IndicatorDefinition>();
        for (int i = 0; i < Indicators; i++)
        {
            definitions.Add(IndicatorDefinition.Persons(IndicatorCode(i), TemporalNature.Flow, "新增就业" + i.ToString(CultureInfo.InvariantCulture)));
        }

        var builder = new DatasetBuilder(IndicatorCatalog.Create(definitions), RegionHierarchy.Create(regions));
        var months = new ReportingPeriod[Months];
        for (int m = 0; m < Months; m++)
        {
            months[m] = ReportingPeriod.Month(2020, m + 1);
        }

        string[] codes = Array.ConvertAll(new int[Indicators], _ => string.Empty);
        for (int i = 0; i < Indicators; i++)
        {
            codes[i] = IndicatorCode(i);
        }

        string[] towns = new string[Towns];
        for (int t = 0; t < Towns; t++)
        {
            towns[t] = TownId(t);
        }

        var exact = new DisplayFormat(Scale.One, 0);
        for (int row = 0; row < Count; row++)
        {
            builder.Add(codes[IndicatorColumn[row]], towns[TownColumn[row]], months[MonthColumn[row]], PublishedFigure.Of(Headcount.FromPersons(Values[row]), exact));
        }

        return builder.Build();
    }

    /// <summary>Bytes the dataset's columns take per observation, from the lengths of its arrays (read by reflection).</summary>
    internal static double BytesPerObservation(Dataset dataset)
    {
        long bytes = 0;
        foreach (FieldInfo field in typeof(Dataset).GetFields(BindingFlags.Instance | BindingFlags.NonPublic))
        {
            if (field.GetValue(dataset) is Array array && array.GetType().GetElementType()!.IsPrimitive && array.Length == dataset.Count)
            {
                bytes += (long)array.Length * System.Runtime.InteropServices.Marshal.SizeOf(array.GetType().GetElementType()!);
            }
        }

        return (double)bytes / dataset.Count;
    }

    /// <summary>Prints the build time of the dataset and its bytes per observation (<c>-- --rollup-store</c>).</summary>
    internal static void Report()
    {
        RollupData data = Create(RequestedObservations());
        var watch = Stopwatch.StartNew();
        Dataset dataset = data.BuildDataset();
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"observations: {dataset.Count}; regions: {dataset.Regions.Count}; build: {watch.Elapsed.TotalSeconds:F1} s; store: {BytesPerObservation(dataset):F1} bytes per observation (sources and targets aside); managed heap after build: {GC.GetTotalMemory(true) / 1_000_000} MB"));
        watch.Restart();
        RollupTable table = dataset.RollUpAll(IndicatorCode(0), RegionLevel.Province);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first RollUpAll (one indicator): {watch.Elapsed.TotalMilliseconds:F1} ms, {table.Count} rows"));
        for (int round = 0; round < 5; round++)
        {
            watch.Restart();
            for (int i = 0; i < Indicators; i++)
            {
                dataset.RollUpAll(IndicatorCode(i), RegionLevel.Province);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RollUpAll of the {Indicators} indicators: {watch.Elapsed.TotalMilliseconds:F1} ms"));
            watch.Restart();
            long[] sums = new long[Indicators * Provinces * Months];
            for (int row = 0; row < data.Values.Length; row++)
            {
                sums[(((data.IndicatorColumn[row] * Provinces) + data.TownProvince[data.TownColumn[row]]) * Months) + data.MonthColumn[row]] += data.Values[row];
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"columnar loop over the same data: {watch.Elapsed.TotalMilliseconds:F1} ms"));
        }
    }
}
