using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Indicators.Quantities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Indicators.Tests.Docs;

/// <summary>
/// Every C# example in README.md and docs/*.md is compiled and run, and each line it prints must be what its
/// <c>// →</c> comment says: the documentation cannot drift from the code.
/// </summary>
public partial class DocsExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        string root = Path.GetDirectoryName(FindUpward("README.md"))!;
        IEnumerable<string> files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Prepend(Path.Combine(root, "README.md"));
        foreach (string file in files)
        {
            int count = CSharpBlocks().Count(File.ReadAllText(file));
            for (int i = 0; i < count; i++)
            {
                data.Add(Path.GetRelativePath(root, file), i);
            }
        }

        return data;
    }

    [Fact]
    public void ReadmeAndTutorial_HaveExamples()
    {
        TheoryData<string, int> examples = Examples();
        Assert.Contains(examples, row => (string)row[0] == "README.md");

        // The tutorial's code is included from a tested source file (docfx regions, checked by TutorialRegionTests).
        string root = Path.GetDirectoryName(FindUpward("README.md"))!;
        Assert.NotEmpty(TutorialRegionTests.Included(File.ReadAllText(Path.Combine(root, "docs", "tutorial.md"))));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_CompilesRunsAndPrintsWhatItsCommentsSay(string file, int index)
    {
        string root = Path.GetDirectoryName(FindUpward("README.md"))!;
        string block = CSharpBlocks().Matches(File.ReadAllText(Path.Combine(root, file)))[index].Groups[1].Value;
        Assert.False(string.IsNullOrWhiteSpace(block));

        string[] lines = block.Split('\n');
        string usings = string.Join('\n', lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        string body = string.Join('\n', lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        List<string> expected = lines
            .Where(l => l.Contains("Console.WriteLine", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("// → ", StringComparison.Ordinal) + 5)..].TrimEnd())
            .ToList();
        Assert.NotEmpty(expected);

        List<string> printed = Run(usings, body);
        Assert.Equal(expected, printed);
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
            public static class ReadmeExample
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
            .Append(typeof(Money).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        Assembly assembly = Assembly.Load(stream.ToArray());
        MethodInfo run = assembly.GetType("ReadmeExample")!.GetMethod("Run")!;
        return (List<string>)run.Invoke(null, null)!;
    }

    private static string FindUpward(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"No {name} above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlocks();
}
