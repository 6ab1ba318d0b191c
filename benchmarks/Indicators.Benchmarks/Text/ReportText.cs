using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Indicators.Benchmarks.Text;

/// <summary>
/// The extraction benchmark's text: the reference report (taizhou-2020-11-10-employment.txt), read at run time from
/// ../shared/corpus beside the repository or from /work/shared/corpus (never copied into the project), repeated, one
/// copy a line, until it holds at least the UTF-8 bytes asked for.
/// </summary>
internal static class ReportText
{
    /// <summary>The environment variable that sets the size in UTF-8 bytes (default 10 000 000; Program sets 100 000 for
    /// <c>--job Dry</c> unless it is set).</summary>
    internal const string SizeVariable = "INDICATORS_EXTRACTION_BYTES";

    private const string ReportName = "taizhou-2020-11-10-employment.txt";

    /// <summary>The size the environment asks for, or 10 000 000.</summary>
    internal static int RequestedBytes() =>
        int.TryParse(Environment.GetEnvironmentVariable(SizeVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 10_000_000;

    /// <summary>The report, read once.</summary>
    internal static string Report()
    {
        foreach (string place in Places())
        {
            if (File.Exists(place))
            {
                return File.ReadAllText(place, Encoding.UTF8);
            }
        }

        throw new FileNotFoundException($"The reference report is missing: expected it at {string.Join(" or ", Places())}.", ReportName);
    }

    /// <summary>Whole copies of the report, one a line, until the text holds at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    internal static string Repeated(string report, int bytes, out int copies)
    {
        string line = report.EndsWith('\n') ? report : report + "\n";
        int lineBytes = Encoding.UTF8.GetByteCount(line);
        copies = Math.Max(1, (bytes + lineBytes - 1) / lineBytes);
        var builder = new StringBuilder(line.Length * copies);
        for (int k = 0; k < copies; k++)
        {
            builder.Append(line);
        }

        return builder.ToString();
    }

    private static string[] Places()
    {
        string? root = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory());
        string fallback = Path.Combine("/work", "shared", "corpus", ReportName);
        return root is null ? [fallback] : [Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", ReportName)), fallback];
    }

    private static string? FindRepositoryRoot(string from)
    {
        for (DirectoryInfo? d = new(from); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Indicators.sln")))
            {
                return d.FullName;
            }
        }

        return null;
    }
}
