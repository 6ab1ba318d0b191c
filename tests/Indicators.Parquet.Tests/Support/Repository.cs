using System;
using System.IO;

namespace Indicators.Parquet.Tests.Support;

/// <summary>The repository's root: the folder above the test's output that holds README.md and docs/.</summary>
internal static class Repository
{
    internal static string Root { get; } = Find();

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && Directory.Exists(Path.Combine(dir.FullName, "docs")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds README.md and docs/.");
    }
}
