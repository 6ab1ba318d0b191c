using System;
using System.IO;
using Indicators.Aggregation;
using Indicators.Parquet.Tests.Support;
using Indicators.Serialization;
using Xunit;
using Xunit.Abstractions;

namespace Indicators.Parquet.Tests;

/// <summary>
/// DuckDB over the export gives the library's roll-ups (issue 9's Done-when): <c>SUM(value_base) GROUP BY</c> the region
/// of a level (or the ancestor at a depth), indicator and period, over the finest figures of summable indicators, equals
/// <see cref="Dataset.RollUpAll(string, Indicators.Regions.RegionLevel)"/> group for group, totals and counts.
/// </summary>
public class DuckDbRollupTests(ITestOutputHelper output)
{
    [Fact]
    public void ReferenceDataset_DuckDbSums_EqualRollUpAll()
    {
        Dataset taizhou = DatasetJson.Read(File.ReadAllText(Path.Combine(Repository.Root, "docs", "data", "taizhou-2020.json")));
        int groups = RollupComparison.CheckAll(taizhou, DatasetParquet.RowGroupSize);

        // The city's figures roll up to Zhejiang (330000) and, by depth, to the root: not an empty comparison.
        Assert.True(groups > 0);
        output.WriteLine($"{taizhou.Count} observations, {groups} groups compared");
    }

    [Fact]
    public void BenchmarkShape_DuckDbSums_EqualRollUpAll()
    {
        Dataset dataset = BenchmarkShape.Build(48_000, ownFigures: false); // 400 towns, under counties of every city and province
        int groups = RollupComparison.CheckAll(dataset, rowGroupSize: 8_192);
        Assert.True(groups > 10 * 31 * 12);
        output.WriteLine($"{dataset.Count} observations, {groups} groups compared");
    }

    [Fact]
    public void BenchmarkShapeWithOwnFigures_DuckDbSumsOfTheFinest_EqualRollUpAll()
    {
        // Counties, cities and a province publish beside their towns: summing every row would count them twice.
        Dataset dataset = BenchmarkShape.Build(36_000, ownFigures: true); // 300 towns, and 60 counties without towns
        int groups = RollupComparison.CheckAll(dataset, rowGroupSize: 10_000);
        Assert.True(groups > 10 * 31 * 12);
        output.WriteLine($"{dataset.Count} observations, {groups} groups compared");
    }

    [FullSizeFact]
    public void BenchmarkShapeFullSize_DuckDbSums_EqualRollUpAll()
    {
        int observations = FullSizeFactAttribute.Observations!.Value;
        Dataset dataset = BenchmarkShape.Build(observations, ownFigures: false);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int groups = RollupComparison.CheckAll(dataset, DatasetParquet.RowGroupSize);
        output.WriteLine($"{dataset.Count} observations, {groups} groups compared in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(groups > 10 * 31 * 12);
    }
}
