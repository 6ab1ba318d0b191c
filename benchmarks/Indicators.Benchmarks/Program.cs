using BenchmarkDotNet.Running;

namespace Indicators.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, for example
/// <c>dotnet run -c Release --project benchmarks/Indicators.Benchmarks -- --filter '*'</c>
/// (add <c>--job Dry</c> to run each benchmark once, as CI does).
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
