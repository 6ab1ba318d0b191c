using System;
using BenchmarkDotNet.Running;

namespace Indicators.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, for example
/// <c>dotnet run -c Release --project benchmarks/Indicators.Benchmarks -- --filter '*'</c>
/// (add <c>--job Dry</c> to run each benchmark once, as CI does).
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["--rollup-store"])
        {
            Aggregation.RollupData.Report();
            return;
        }

        if (args is ["--parquet-size"])
        {
            Parquet.ParquetExportBenchmarks.Report();
            return;
        }

        if (args is ["--extraction-quick", ..])
        {
            Text.ExtractionQuick.Report(args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out int rounds) ? rounds : 5);
            return;
        }

        // The smoke test (--job Dry) builds the roll-up data, the JSON file and the report text once per method: at a small
        // size, unless the environment sets one.
        if (Array.FindIndex(args, a => a.Equals("Dry", StringComparison.OrdinalIgnoreCase)) > 0)
        {
            SetUnlessSet(Aggregation.RollupData.SizeVariable, "120000");
            SetUnlessSet(Serialization.DatasetJsonLoad.SizeVariable, "12000");
            SetUnlessSet(Text.ReportText.SizeVariable, "100000");
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void SetUnlessSet(string variable, string value)
    {
        if (Environment.GetEnvironmentVariable(variable) is null)
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }
}
