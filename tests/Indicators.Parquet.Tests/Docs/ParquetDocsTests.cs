using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Indicators.Aggregation;
using Indicators.Parquet.Tests.Support;
using Indicators.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Indicators.Parquet.Tests.Docs;

/// <summary>
/// docs/parquet.md stays true to the code: its C# examples (fenced <c>```cs</c>, since they need this package, which
/// tests/Indicators.Tests's DocsExampleTests, compiling every <c>```csharp</c> block with the core library alone, does
/// not reference) are compiled and run, each printed line checked against its <c>// →</c> comment; and each SQL
/// query is run with DuckDB on the export of the reference dataset, its rows checked against the <c>```text</c> block
/// that follows it.
/// </summary>
public partial class ParquetDocsTests
{
    private static readonly string Doc = Path.Combine(Repository.Root, "docs", "parquet.md");

    public static TheoryData<int> CSharpExamples() => [.. Enumerable.Range(0, CSharpBlocks().Count(File.ReadAllText(Doc)))];

    public static TheoryData<int> SqlExamples() => [.. Enumerable.Range(0, SqlBlocks().Count(File.ReadAllText(Doc)))];

    [Fact]
    public void Doc_HasExamplesOfBothKindsAndNoCsharpFence()
    {
        string text = File.ReadAllText(Doc);
        Assert.NotEmpty(CSharpExamples());
        Assert.True(SqlBlocks().Count(text) >= 2);
        Assert.DoesNotContain("```csharp", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CSharpExamples))]
    public void CSharpExample_CompilesRunsAndPrintsWhatItsCommentsSay(int index)
    {
        string block = CSharpBlocks().Matches(File.ReadAllText(Doc))[index].Groups[1].Value;
        string[] lines = block.Split('\n');
        string usings = string.Join('\n', lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        string body = string.Join('\n', lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        List<string> expected = lines
            .Where(l => l.Contains("Console.WriteLine", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("// → ", StringComparison.Ordinal) + 5)..].TrimEnd())
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Run(usings, body));
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
    private static List<string> Run(string usings, string body)
    {
        string source = $$"""
            {{usings}}
            public static class Console
            {
                public static readonly System.Collections.Generic.List<string> Lines = new();
                public static void WriteLine(object value) => Lines.Add(value.ToString());
            }
            public static class DocExample
            {
                public static System.Collections.Generic.List<string> Run()
                {
            {{body}}
                    return Console.Lines;
                }
            }
            """;
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        MetadataReference[] references = trusted.Split(Path.PathSeparator)
            .Append(typeof(Dataset).Assembly.Location)
            .Append(typeof(DatasetParquet).Assembly.Location)
            .Append(typeof(NodaTime.LocalDate).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "DocExample",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        Assembly assembly = Assembly.Load(stream.ToArray());
        MethodInfo run = assembly.GetType("DocExample")!.GetMethod("Run")!;
        return (List<string>)run.Invoke(null, null)!;
    }

    [GeneratedRegex("```cs\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlocks();

    [GeneratedRegex("```sql\\n(.*?)```\\s*```text\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlocks();
}
