using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Regions;
using Xunit;

namespace Indicators.Parquet.Tests.Support;

/// <summary>
/// DuckDB's <c>SUM … GROUP BY</c> over an exported file set beside the library's <see cref="Dataset.RollUpAll(string, RegionLevel)"/>
/// and <see cref="Dataset.RollUpAll(string, int)"/>, group for group: each row is (region rolled up to, indicator, period,
/// total in base units, number of observations added).
/// </summary>
internal static class RollupComparison
{
    /// <summary>The query docs/parquet.md gives for a level: the finest figures of summable indicators, strictly under
    /// the region of that level they lie in.</summary>
    internal static string LevelQuery(string column) => $"""
        SELECT {column}, indicator, period, period_start, period_end, CAST(SUM(value_base) AS BIGINT), COUNT(*)
        FROM read_parquet($path)
        WHERE finest AND rollup = 'Sum' AND region <> {column}
        GROUP BY ALL
        """;

    /// <summary>The query for a depth of the hierarchy: the ancestor at that depth is <c>path[depth + 1]</c>.</summary>
    internal static string DepthQuery(int depth) => string.Create(CultureInfo.InvariantCulture, $"""
        SELECT path[{depth + 1}], indicator, period, period_start, period_end, CAST(SUM(value_base) AS BIGINT), COUNT(*)
        FROM read_parquet($path)
        WHERE finest AND rollup = 'Sum' AND len(path) > {depth + 1}
        GROUP BY ALL
        """);

    /// <summary>Writes the dataset, then checks every level and the depths 0 to 3; returns the number of groups compared.</summary>
    internal static int CheckAll(Dataset dataset, int rowGroupSize)
    {
        using var file = new TempFile();
        using (FileStream stream = File.Create(file.Path))
        {
            DatasetParquet.WriteAsync(dataset, stream, rowGroupSize, default).GetAwaiter().GetResult();
        }

        Assert.Equal(dataset.Count.ToString(CultureInfo.InvariantCulture), Duck.Query("SELECT COUNT(*) FROM read_parquet($path)", file.Path)[0][0]);
        int groups = 0;
        foreach ((RegionLevel level, string column) in new[] { (RegionLevel.Province, "province"), (RegionLevel.Prefecture, "prefecture"), (RegionLevel.County, "county") })
        {
            groups += Compare(Library(dataset, code => dataset.RollUpAll(code, level)), Duck.Query(LevelQuery(column), file.Path), column);
        }

        for (int depth = 0; depth <= 3; depth++)
        {
            int d = depth;
            groups += Compare(Library(dataset, code => dataset.RollUpAll(code, d)), Duck.Query(DepthQuery(depth), file.Path), "depth " + depth.ToString(CultureInfo.InvariantCulture));
        }

        return groups;
    }

    private static List<string> Library(Dataset dataset, Func<string, RollupTable> rollUp) =>
        dataset.Catalog.Definitions
            .Where(d => d.Rollup.Kind == RollupKind.Sum)
            .SelectMany(d => rollUp(d.Code))
            .Select(r => string.Join('|', r.Region.Id, r.Indicator.Code, r.Period.ToString(), Day(r.Period.Start), Day(r.Period.End),
                r.BaseUnits.ToString(CultureInfo.InvariantCulture), r.PartCount.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    private static int Compare(List<string> library, List<string?[]> duck, string what)
    {
        var expected = library.Order(StringComparer.Ordinal).ToList();
        var actual = duck.Select(r => string.Join('|', r)).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual), $"{what}: the library has {expected.Count} groups, DuckDB {actual.Count}; first difference: library "
            + (expected.Except(actual).FirstOrDefault() ?? "-") + ", DuckDB " + (actual.Except(expected).FirstOrDefault() ?? "-"));
        return expected.Count;
    }

    private static string Day(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
