using System;
using System.Collections.Generic;
using System.IO;
using Indicators.Cli.Output;
using Indicators.Cli.Reference;

namespace Indicators.Cli;

/// <summary>Reads the arguments of <c>indicators</c>, runs the command and returns the exit code.</summary>
internal static class CommandLine
{
    /// <summary>Exit code: every published figure agrees.</summary>
    internal const int Agree = 0;

    /// <summary>Exit code: at least one published figure disagrees.</summary>
    internal const int Disagree = 1;

    /// <summary>Exit code: unknown command or option, or a missing or bad option value.</summary>
    internal const int BadUsage = 2;

    /// <summary>The help text.</summary>
    internal const string Usage = """
        Usage: indicators [reproduce] [--json] [--explain] [--lang zh-Hans|en]
               indicators --help

        Commands:
          reproduce         Recompute the completion rates of the reference report (Taizhou,
                            2020-11-10) from its published actuals and targets, and check each
                            against the rate as published; show the targets each published pair
                            implies and the progress against the calendar year. The default command.

        Options:
          --json            Print the results as JSON instead of a table.
          --explain         Add, under each figure, how each result is computed.
          --lang <lang>     Language of the table and of the explanations: zh-Hans (default) or en.
          -h, --help        Print this help.

        Exit codes: 0 every rate agrees, 1 a rate disagrees, 2 bad usage.
        """;

    /// <summary>Runs <c>indicators</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="output">Where results and help go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        bool command = false;
        bool json = false;
        bool explain = false;
        OutputLanguage language = OutputLanguage.ZhHans;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    output.WriteLine(Usage);
                    return Agree;
                case "reproduce" when !command:
                    command = true;
                    break;
                case "reproduce":
                    return Fail(error, "the command 'reproduce' is given twice");
                case "--json":
                    json = true;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case "--lang":
                    if (i + 1 == args.Count)
                    {
                        return Fail(error, "option '--lang' needs a value: zh-Hans or en");
                    }

                    string value = args[++i];
                    OutputLanguage? chosen = ParseLanguage(value);
                    if (chosen is null)
                    {
                        return Fail(error, $"unknown language '{value}' for '--lang': expected zh-Hans or en");
                    }

                    language = chosen.Value;
                    break;
                default:
                    return Fail(error, arg.StartsWith('-') ? $"unknown option '{arg}'" : $"unknown command '{arg}'");
            }
        }

        ReportCheck check = ReferenceReport.Reproduce();
        if (json)
        {
            ReportJson.Write(check, language, explain, output);
        }
        else
        {
            ReportTable.Write(check, language, explain, output);
        }

        return check.AllAgree ? Agree : Disagree;
    }

    private static OutputLanguage? ParseLanguage(string value) =>
        value.ToUpperInvariant() switch
        {
            "ZH-HANS" or "ZH" or "ZH-CN" => OutputLanguage.ZhHans,
            "EN" or "EN-US" or "EN-GB" => OutputLanguage.English,
            _ => null,
        };

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"indicators: {message}.");
        error.WriteLine();
        error.WriteLine(Usage);
        return BadUsage;
    }
}
