using System;
using System.IO;

namespace Indicators.Tests.Shared;

/// <summary>
/// The reference report, read at test time from ../shared/corpus/ beside the repository (a working copy) or from the
/// machine's shared folder (a clone made elsewhere); never copied into the project. Linked into every test project that
/// needs it.
/// </summary>
internal static class ReferenceReport
{
    /// <summary>The report's name, without its extension.</summary>
    internal const string Name = "taizhou-2020-11-10-employment";

    /// <summary>Where the report's text is; throws naming both places when it is in neither.</summary>
    internal static string Path()
    {
        string[] places =
        [
            System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot(), "..", "shared", "corpus", Name + ".txt")),
            System.IO.Path.Combine("/work", "shared", "corpus", Name + ".txt"),
        ];
        return Array.Find(places, File.Exists)
            ?? throw new FileNotFoundException($"The reference report is missing: expected it at {string.Join(" or ", places)} (../shared/corpus/ beside the repository root).");
    }

    /// <summary>The report's text.</summary>
    internal static string Text() => File.ReadAllText(Path());

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Indicators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Indicators.sln above {AppContext.BaseDirectory}.");
    }
}
