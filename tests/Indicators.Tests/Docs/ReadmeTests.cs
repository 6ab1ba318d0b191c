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
/// The README's example is compiled and run, and each line it prints must be what its <c>// →</c> comment says:
/// the README cannot drift from the code.
/// </summary>
public partial class ReadmeTests
{
    [Fact]
    public void Example_CompilesRunsAndPrintsWhatItsCommentsSay()
    {
        string readme = File.ReadAllText(FindUpward("README.md"));
        string block = CSharpBlocks().Match(readme).Groups[1].Value;
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
