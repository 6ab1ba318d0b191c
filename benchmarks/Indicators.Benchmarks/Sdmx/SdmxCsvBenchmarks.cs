using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Indicators.Aggregation;
using Indicators.Benchmarks.Aggregation;
using Indicators.Sdmx;
using nietras.SeparatedValues;

namespace Indicators.Benchmarks.Sdmx;

/// <summary>
/// SDMX-CSV of the roll-up data set (<see cref="RollupData"/>: 10 000 000 observations unless
/// <c>INDICATORS_ROLLUP_OBSERVATIONS</c> says otherwise; 120 000 under <c>--job Dry</c>), written once by the setup to a
/// temporary file: <see cref="SdmxCsv.Write"/> of the dataset (to a UTF-8 writer that discards the bytes),
/// <see cref="SdmxCsv.Read(TextReader, Catalog.IndicatorCatalog, Regions.RegionHierarchy)"/> of the file into a dataset,
/// and Sep alone reading the same file into a plain record a row (strings for the codes, a decimal for the value, the
/// record not kept), the baseline. MB/s is <see cref="FileBytes"/> over the mean; observations/s is
/// <see cref="Observations"/> over the mean; memory per observation is the allocated bytes over <see cref="Observations"/>.
/// </summary>
[MemoryDiagnoser]
public class SdmxCsvBenchmarks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private Dataset dataset = null!;
    private string path = string.Empty;

    /// <summary>Number of observations: <see cref="RollupData.RequestedObservations"/>.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Observations { get; set; }

    /// <summary>The size of the file in bytes, printed by the setup.</summary>
    public long FileBytes { get; private set; }

    public static IEnumerable<int> Sizes() => [RollupData.RequestedObservations()];

    [GlobalSetup]
    public void Setup()
    {
        dataset = RollupData.Create(Observations).BuildDataset();
        path = Path.Combine(Path.GetTempPath(), $"indicators-sdmx-bench-{Environment.ProcessId}-{dataset.Count}.csv");
        using (var writer = new StreamWriter(path, append: false, Utf8, 1 << 16))
        {
            SdmxCsv.Write(dataset, writer);
        }

        FileBytes = new FileInfo(path).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// SDMX-CSV of {dataset.Count} observations: {FileBytes} bytes ({(double)FileBytes / dataset.Count:F1} per observation)"));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark]
    public int Export()
    {
        using var writer = new StreamWriter(Stream.Null, Utf8, 1 << 16);
        return SdmxCsv.Write(dataset, writer).Observations;
    }

    [Benchmark]
    public int Import()
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: false, 1 << 16);
        return SdmxCsv.Read(reader, dataset.Catalog, dataset.Regions).Dataset.Count;
    }

    [Benchmark(Baseline = true)]
    public int SepPlainRecords()
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: false, 1 << 16);
        using SepReader csv = Sep.New(',').Reader(o => o with { Unescape = true }).From(reader);
        int area = csv.Header.IndexOf("REF_AREA");
        int indicator = csv.Header.IndexOf("INDICATOR");
        int period = csv.Header.IndexOf("TIME_PERIOD");
        int value = csv.Header.IndexOf("OBS_VALUE");
        int multiplier = csv.Header.IndexOf("UNIT_MULT");
        int status = csv.Header.IndexOf("OBS_STATUS");
        int count = 0;
        decimal total = 0;
        foreach (SepReader.Row row in csv)
        {
            var record = new PlainRecord(
                row[area].ToString(), row[indicator].ToString(), row[period].ToString(), row[value].Parse<decimal>(), row[multiplier].Parse<int>(), row[status].ToString());
            total += record.Value;
            count++;
        }

        return total >= 0 ? count : -count;
    }

    /// <summary>One row as plain data.</summary>
    private sealed record PlainRecord(string RefArea, string Indicator, string TimePeriod, decimal Value, int UnitMultiplier, string Status);
}
