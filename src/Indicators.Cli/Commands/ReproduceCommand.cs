using System;
using System.CommandLine;
using System.IO;
using Indicators.Cli.Output;
using Indicators.Cli.Reference;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators reproduce [DATASET] [--json] [--explain] [--lang zh-Hans|en]</c>: recomputes a dataset's (by default the
/// embedded reference dataset's) completion rates and checks each against the rate as published. The default command: the root command takes the same options.
/// </summary>
internal sealed class ReproduceCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "reproduce";

    private const string Description =
        "Recompute the completion rates of a dataset (without DATASET, the embedded reference report: Taizhou, "
        + "2020-11-10) from its published actuals and targets, and check each against the rate as published; show the "
        + "targets each published pair implies, the progress against the calendar year, the figures the report implies "
        + "but does not print, and rates against their targets. The default command.";

    private readonly Argument<string?> dataset = DatasetInput.Optional();

    private readonly Option<bool> json = CommonOptions.Json("Print the results as JSON instead of a table.");

    private readonly Option<bool> explain = new("--explain") { Description = "Add, under each figure, how each result is computed." };

    private readonly Option<OutputLanguage> language =
        CommonOptions.Language("Language of the table and of the explanations: zh-Hans (default) or en.");

    /// <summary>The <c>reproduce</c> command.</summary>
    internal Command Create()
    {
        var command = new Command(Name, Description);
        command.Arguments.Add(dataset);
        AddTo(command);
        return command;
    }

    /// <summary>Gives <paramref name="command"/> this command's options and action: how the root command runs
    /// <c>reproduce</c> on the embedded dataset when no command is named, with the options before or after the name alike.
    /// Only the <c>reproduce</c> command itself takes a <c>DATASET</c>, so that a mistyped command is not read as a file.</summary>
    /// <param name="command">The command to configure.</param>
    internal void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(json);
        command.Options.Add(explain);
        command.Options.Add(language);
        command.SetAction(Run);
    }

    private int Run(ParseResult result)
    {
        TextWriter output = result.InvocationConfiguration.Output;
        OutputLanguage chosen = result.GetValue(language);
        string? path = result.CommandResult.Command.Arguments.Contains(dataset) ? result.GetValue(dataset) : null;
        Aggregation.Dataset? data = DatasetInput.TryLoad(path, result.InvocationConfiguration.Error);
        if (data is null)
        {
            return CommandLine.BadUsage;
        }

        ReportCheck check = DatasetReport.Reproduce(data);
        if (result.GetValue(json))
        {
            ReportJson.Write(check, chosen, result.GetValue(explain), output);
        }
        else
        {
            ReportTable.Write(check, chosen, result.GetValue(explain), Terminal.Create(output));
        }

        return check.AllAgree ? CommandLine.Agree : CommandLine.Disagree;
    }
}
