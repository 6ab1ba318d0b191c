using System;
using System.CommandLine;
using System.IO;
using Indicators.Aggregation;
using Indicators.Serialization;

namespace Indicators.Cli.Commands;

/// <summary><c>indicators convert DATASET --to json [-o FILE]</c>: rewrites a dataset in the canonical form of the JSON
/// dataset format (<see cref="DatasetJson.ToJson"/>).</summary>
internal sealed class ConvertCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "convert";

    private readonly Argument<string> dataset = DatasetInput.Required();

    private readonly Option<string> to = new("--to")
    {
        Description = "The format to write: json (the canonical form of the dataset format).",
        HelpName = "json",
        Required = true,
    };

    private readonly Option<string?> outputFile = new("--output", "-o") { Description = "Write to this file instead of the standard output.", HelpName = "FILE" };

    /// <summary>The <c>convert</c> command.</summary>
    internal Command Create()
    {
        to.AcceptOnlyFromAmong("json");
        var command = new Command(Name, "Rewrite a dataset in another format; json gives the canonical form of the dataset format.") { dataset, to, outputFile };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult result)
    {
        TextWriter error = result.InvocationConfiguration.Error;
        Dataset? data = DatasetInput.TryLoad(result.GetValue(dataset), error);
        if (data is null)
        {
            return CommandLine.BadUsage;
        }

        string json = DatasetJson.ToJson(data);
        if (result.GetValue(outputFile) is { } path)
        {
            try
            {
                File.WriteAllText(path, json);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{CommandLine.ToolName}: {path}: {DatasetInput.OneLine(e.Message)}");
                return CommandLine.BadUsage;
            }
        }
        else
        {
            result.InvocationConfiguration.Output.Write(json);
        }

        return CommandLine.Agree;
    }
}
