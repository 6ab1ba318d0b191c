using System;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Indicators.Text;

namespace Indicators.Benchmarks.Text;

/// <summary>
/// <see cref="Extraction.Extract"/> over the reference report repeated to 10 MB of UTF-8 (<see cref="ReportText"/>)
/// beside <see cref="RegexBaseline"/>, a source-generated regular expression that finds and counts the same
/// number-with-unit spans (checked in the set-up), and the minimal one of the same class (no Chinese numerals, no context). Issue 8 asks for at least 50 MB/s single-threaded, at least 5× the baseline, and allocations
/// proportional to the figures found, not to the length of the text. MB/s is the UTF-8 megabytes (10⁶ bytes) of the
/// text over the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ExtractionBenchmarks
{
    private string text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        text = ReportText.Repeated(ReportText.Report(), ReportText.RequestedBytes(), out int copies);
        int figures = Extraction.Extract(text).Figures.Count;
        RegexBaseline.CheckSameSpans(text);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// text: {copies} copies of the report, {Encoding.UTF8.GetByteCount(text)} UTF-8 bytes, {text.Length} UTF-16 chars; extraction finds {figures} figures ({figures / copies} a copy), the regex the same {RegexBaseline.Count(text)} spans, the minimal regex {RegexBaseline.CountMinimal(text)}"));
    }

    [Benchmark]
    public int Extract() => Extraction.Extract(text).Figures.Count;

    [Benchmark(Baseline = true)]
    public int Regex() => RegexBaseline.Count(text);

    [Benchmark]
    public int RegexMinimal() => RegexBaseline.CountMinimal(text);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn());
    }

    /// <summary>MB/s: the text's UTF-8 bytes (computed again in the host from the same size) over the mean time.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        private readonly Lazy<long> bytes = new(() => Encoding.UTF8.GetByteCount(ReportText.Repeated(ReportText.Report(), ReportText.RequestedBytes(), out _)));

        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes (10^6 bytes) of text read per second";

        public string GetValue(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, BenchmarkDotNet.Reports.SummaryStyle style)
        {
            double? nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return nanoseconds is double ns && ns > 0 ? (bytes.Value / 1e6 / (ns / 1e9)).ToString("F1", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsAvailable(BenchmarkDotNet.Reports.Summary summary) => true;

        public bool IsDefault(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;
    }
}
