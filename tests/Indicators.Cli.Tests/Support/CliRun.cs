using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace Indicators.Cli.Tests.Support;

/// <summary>Runs the tool in the test process and captures its exit code, standard output and standard error.</summary>
internal static class CliRun
{
    /// <summary>Runs <c>indicators</c> with <paramref name="args"/>.</summary>
    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CommandLine.Run(args.ToList(), output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="command"/> alone with <paramref name="args"/>; it was made to read its standard input
    /// from a stream of the caller's.</summary>
    internal static (int Code, string Output, string Error) RunCommand(Command command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { command };
        int code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A new file in the temporary folder holding <paramref name="bytes"/>.</summary>
    internal static string TempFile(string prefix, byte[] bytes)
    {
        string path = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
