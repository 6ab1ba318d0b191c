using System;
using System.CommandLine;
using System.IO;
using Indicators.Cli.Output;
using Indicators.Cli.Reference;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators reproduce [--json] [--explain] [--lang zh-Hans|en]</c>: recomputes the reference report's completion
/// rates and checks each against the rate as published. The default command: the root command takes the same options.
/// </summary>
internal sealed class ReproduceCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "reproduce";

    private const string Description =
        "Recompute the completion rates of the reference report (Taizhou, 2020-11-10) from its published actuals and "
        + "targets, and check each against the rate as published; show the targets each published pair implies and the "
        + "progress against the calendar year. The default command.";

    private readonly Option<bool> json = CommonOptions.Json("Print the results as JSON instead of a table.");

    private readonly Option<bool> explain = new("--explain") { Description = "Add, under each figure, how each result is computed." };

    private readonly Option<OutputLanguage> language =
        CommonOptions.Language("Language of the table and of the explanations: zh-Hans (default) or en.");

    /// <summary>The <c>reproduce</c> command.</summary>
    internal Command Create()
    {
        var command = new Command(Name, Description);
        AddTo(command);
        return command;
    }

    /// <summary>Gives <paramref name="command"/> this command's options and action: how the root command runs
    /// <c>reproduce</c> when no command is named, with the options before or after the name alike.</summary>
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
        ReportCheck check = DatasetReport.Reproduce(DatasetReport.LoadReference());
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
