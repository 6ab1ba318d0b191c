using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Indicators.Text;

namespace Indicators.Benchmarks.Text;

/// <summary>
/// A quick look outside BenchmarkDotNet (<c>-- --extraction-quick</c>): five passes of extraction and of the regex over
/// the repeated report, each with its time, MB/s and the bytes it allocated on this thread, and the same for a text of
/// "“1" repeated (the case that cost about 108 µs a number before it was made linear).
/// </summary>
internal static class ExtractionQuick
{
    internal static void Report()
    {
        string report = ReportText.Repeated(ReportText.Report(), ReportText.RequestedBytes(), out int copies);
        var quotes = new StringBuilder();
        while (quotes.Length < 200_000)
        {
            quotes.Append("“1");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {copies} copies, {Encoding.UTF8.GetByteCount(report)} UTF-8 bytes, {report.Length} chars"));
        for (int round = 0; round < 5; round++)
        {
            Measure("extract", report, t => Extraction.Extract(t).Figures.Count);
            Measure("regex", report, RegexBaseline.Count);
            Measure("extract “1", quotes.ToString(), t => Extraction.Extract(t).Figures.Count);
        }
    }

    private static void Measure(string name, string text, Func<string, int> run)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        int found = run(text);
        watch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        double megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} {watch.Elapsed.TotalMilliseconds,9:F1} ms {megabytes / watch.Elapsed.TotalSeconds,8:F1} MB/s {found,8} found {allocated,12} B allocated ({(double)allocated / Math.Max(found, 1):F0} a find)"));
    }
}
