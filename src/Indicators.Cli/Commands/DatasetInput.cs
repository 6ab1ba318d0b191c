using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Cli.Reference;

namespace Indicators.Cli.Commands;

/// <summary>The dataset a command reads: a file named on the command line, or the embedded reference dataset.</summary>
internal static class DatasetInput
{
    /// <summary>An optional <c>DATASET</c> argument: without it, the embedded reference dataset.</summary>
    internal static Argument<string?> Optional() => NotAnOption(new Argument<string?>("DATASET")
    {
        Description = "A dataset file in the JSON dataset format (docs/datasets.md); the embedded reference dataset (Taizhou, 2020) when left out.",
        Arity = ArgumentArity.ZeroOrOne,
    });

    /// <summary>A required <c>DATASET</c> argument.</summary>
    internal static Argument<string> Required() => NotAnOption(new Argument<string>("DATASET")
    {
        Description = "A dataset file in the JSON dataset format (docs/datasets.md).",
    });

    // A file name that starts with '-' is an option mistyped, not a file: say so as for any unknown option.
    private static Argument<T> NotAnOption<T>(Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-'))
                {
                    result.AddError($"Unrecognized command or argument '{token.Value}'.");
                }
            }
        });
        return argument;
    }

    /// <summary>Reads the dataset, or writes one line on <paramref name="error"/> and gives null when it cannot be used.</summary>
    internal static Dataset? TryLoad(string? path, TextWriter error)
    {
        try
        {
            return path is null ? DatasetReport.LoadReference() : DatasetReport.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            error.WriteLine($"{CommandLine.ToolName}: {path}: {OneLine(e.Message)}");
            return null;
        }
    }

    /// <summary>A message on one line.</summary>
    internal static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
