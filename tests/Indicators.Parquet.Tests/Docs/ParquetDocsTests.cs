using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Indicators.Aggregation;
using Indicators.Parquet.Tests.Support;
using Indicators.Serialization;
using Xunit;

namespace Indicators.Parquet.Tests.Docs;

/// <summary>
/// docs/parquet.md stays true to the code: each SQL query is run with DuckDB on the export of the reference dataset, its
/// rows checked against the <c>```text</c> block that follows it (its C# examples are compiled and run with every other
/// doc's by tests/Indicators.Tests's DocsExampleTests).
/// </summary>
public partial class ParquetDocsTests
{
    private static readonly string Doc = Path.Combine(Repository.Root, "docs", "parquet.md");

    public static TheoryData<int> SqlExamples() => [.. Enumerable.Range(0, SqlBlocks().Count(File.ReadAllText(Doc)))];

    [Fact]
    public void Doc_HasSqlExamples()
    {
        Assert.True(SqlBlocks().Count(File.ReadAllText(Doc)) >= 2);
    }

    [Theory]
    [MemberData(nameof(SqlExamples))]
    public void SqlExample_GivesTheRowsShownOnTheReferenceDataset(int index)
    {
        Match match = SqlBlocks().Matches(File.ReadAllText(Doc))[index];
        Dataset taizhou = DatasetJson.Read(File.ReadAllText(Path.Combine(Repository.Root, "docs", "data", "taizhou-2020.json")));
        using var file = new TempFile();
        DatasetParquet.Write(taizhou, file.Path);
        string sql = match.Groups[1].Value.Replace("'observations.parquet'", "$path", StringComparison.Ordinal);
        List<string> rows = Duck.Query(sql, file.Path).Select(r => string.Join(" | ", r.Select(v => v ?? "NULL"))).ToList();
        List<string> shown = [.. match.Groups[2].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        Assert.Equal(shown, rows);
    }

    /// <summary>Compiles the snippet with a <c>Console</c> of its own that records what is printed, runs it, and returns the lines.</summary>
    [GeneratedRegex("```sql\\n(.*?)```\\s*```text\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlocks();
}
