using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Indicators.Aggregation;
using Indicators.Benchmarks.Aggregation;
using Indicators.Serialization;

namespace Indicators.Benchmarks.Serialization;

/// <summary>
/// Loading the roll-up data set (<see cref="RollupData"/>: towns defined under 3 000 counties, 10 indicators, 12 months)
/// from its JSON form, written once by <see cref="DatasetJson.Write"/> into memory: the library's
/// <see cref="DatasetJson.Read(Stream)"/> against System.Text.Json deserializing the same bytes into plain DTO records
/// (source generated, every value left a string), and <see cref="JsonDocument.Parse(Stream, JsonDocumentOptions)"/>
/// alone, the first step of ours. MB/s is <see cref="FileBytes"/> over the mean time.
/// </summary>
[MemoryDiagnoser]
public class DatasetJsonLoad
{
    /// <summary>The environment variable that sets the number of observations (default 1 000 000; Program sets 12 000
    /// for <c>--job Dry</c> unless it is set).</summary>
    internal const string SizeVariable = "INDICATORS_JSON_OBSERVATIONS";

    private byte[] json = [];

    /// <summary>Number of observations: 1 000 000 unless <see cref="SizeVariable"/> says otherwise.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Observations { get; set; }

    /// <summary>The size of the file in bytes, printed by the setup.</summary>
    public long FileBytes => json.LongLength;

    public static IEnumerable<int> Sizes() =>
        [int.TryParse(Environment.GetEnvironmentVariable(SizeVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        Dataset dataset = RollupData.Create(Observations).BuildDataset();
        using (var stream = new MemoryStream())
        {
            DatasetJson.Write(dataset, stream);
            json = stream.ToArray();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// JSON of {dataset.Count} observations: {json.LongLength} bytes ({(double)json.LongLength / dataset.Count:F1} per observation)"));
    }

    [Benchmark]
    public int DatasetJsonRead()
    {
        using var stream = new MemoryStream(json, writable: false);
        return DatasetJson.Read(stream).Count;
    }

    [Benchmark(Baseline = true)]
    public int SystemTextJsonDtos()
    {
        using var stream = new MemoryStream(json, writable: false);
        return JsonSerializer.Deserialize(stream, DatasetDtoContext.Default.DatasetDto)!.Observations.Count;
    }

    [Benchmark]
    public int JsonDocumentParseOnly()
    {
        using var stream = new MemoryStream(json, writable: false);
        using JsonDocument document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        return document.RootElement.GetProperty("observations").GetArrayLength();
    }
}
