using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Indicators.Text;

namespace Indicators.Benchmarks.Text;

/// <summary>
/// A quick look outside BenchmarkDotNet (<c>-- --extraction-quick [rounds]</c>): five passes (or the rounds asked for) of extraction and of the two regexes over
/// the repeated report, each with its wall and process CPU time (a shared machine's load shows in the first), MB/s and the bytes it allocated on this thread, and the same for a text of
/// "“1" repeated (about 10 µs and 96 bytes a number at commit 357f5df, 0.4 µs and nothing after; see docs/benchmarks.md).
/// </summary>
internal static class ExtractionQuick
{
    internal static void Report(int rounds)
    {
        string report = ReportText.Repeated(ReportText.Report(), ReportText.RequestedBytes(), out int copies);
        var quotes = new StringBuilder();
        while (quotes.Length < 200_000)
        {
            quotes.Append("“1");
        }

        RegexBaseline.CheckSameSpans(report);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {copies} copies, {Encoding.UTF8.GetByteCount(report)} UTF-8 bytes, {report.Length} chars"));
        for (int round = 0; round < rounds; round++)
        {
            Measure("extract", report, t => Extraction.Extract(t).Figures.Count);
            Measure("regex", report, RegexBaseline.Count);
            Measure("regex (min)", report, RegexBaseline.CountMinimal);
            Measure("extract “1", quotes.ToString(), t => Extraction.Extract(t).Figures.Count);
        }
    }

    private static void Measure(string name, string text, Func<string, int> run)
    {
        int gen0 = GC.CollectionCount(0);
        int gen1 = GC.CollectionCount(1);
        int gen2 = GC.CollectionCount(2);
        long before = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int found = run(text);
        watch.Stop();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        double megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} {watch.Elapsed.TotalMilliseconds,9:F1} ms {megabytes / watch.Elapsed.TotalSeconds,8:F1} MB/s (CPU {cpu.TotalMilliseconds,7:F1} ms, {megabytes / cpu.TotalSeconds,8:F1} MB/s) {found,8} found {allocated,12} B allocated ({(double)allocated / Math.Max(found, 1):F0} a find), GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}"));
    }
}
