using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Indicators.Tests.Docs;

/// <summary>
/// docs/tutorial.md includes its code from TaizhouTutorial.cs with docfx's <c>[!code-csharp[](path#region)]</c>, which
/// GitHub does not render and nothing else checks: every region the tutorial names must exist in the file it names, and
/// every region of that file must be included.
/// </summary>
public partial class TutorialRegionTests
{
    private const string SourceFromDocs = "../tests/Indicators.Tests/Docs/TaizhouTutorial.cs";

    /// <summary>The regions docs/tutorial.md includes, in order, with the file each names (relative to docs/).</summary>
    internal static List<(string File, string Region)> Included(string markdown) =>
        Include().Matches(markdown).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

    /// <summary>The regions of a C# source, in order.</summary>
    internal static List<string> Regions(string source) =>
        RegionStart().Matches(source).Select(m => m.Groups[1].Value.Trim()).ToList();

    [Fact]
    public void Tutorial_IncludesEveryRegionOfTheSource_OnceAndInOrder()
    {
        string markdown = File.ReadAllText(TaizhouTutorial.RepositoryPath("docs", "tutorial.md"));
        string source = File.ReadAllText(TaizhouTutorial.RepositoryPath("tests", "Indicators.Tests", "Docs", "TaizhouTutorial.cs"));

        List<(string File, string Region)> included = Included(markdown);
        Assert.NotEmpty(included);
        Assert.All(included, i => Assert.Equal(SourceFromDocs, i.File));
        Assert.Equal(Regions(source), included.Select(i => i.Region).ToList());
    }

    [Fact]
    public void Source_RegionsAreClosedAndUnique()
    {
        string source = File.ReadAllText(TaizhouTutorial.RepositoryPath("tests", "Indicators.Tests", "Docs", "TaizhouTutorial.cs"));
        List<string> regions = Regions(source);
        Assert.Equal(regions.Count, regions.Distinct().Count());
        Assert.Equal(regions.Count, RegionEnd().Count(source));
    }

    [Fact]
    public void Checks_CanFail()
    {
        // A misspelt region, and a region the tutorial leaves out, are told apart from a match.
        string source = "#region a\nx\n#endregion\n#region b\ny\n#endregion\n";
        Assert.Equal(["a", "b"], Regions(source));
        Assert.Equal(
            [(SourceFromDocs, "a"), (SourceFromDocs, "c")],
            Included($"[!code-csharp[]({SourceFromDocs}#a)]\ntext\n[!code-csharp[]({SourceFromDocs}#c)]"));
        Assert.NotEqual(Regions(source), Included($"[!code-csharp[]({SourceFromDocs}#a)]").Select(i => i.Region).ToList());
    }

    [GeneratedRegex(@"\[!code-csharp\[[^\]]*\]\(([^)#]+)#([^)]+)\)\]")]
    private static partial Regex Include();

    [GeneratedRegex(@"^[ \t]*#region[ \t]+(\S+)[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^[ \t]*#endregion\b", RegexOptions.Multiline)]
    private static partial Regex RegionEnd();
}
