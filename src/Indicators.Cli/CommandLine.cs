using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using Indicators.Cli.Commands;

namespace Indicators.Cli;

/// <summary>
/// The <c>indicators</c> command line (System.CommandLine): its commands, each in its own file under Commands/, the
/// exit codes, and how a parse error becomes exit code 2.
/// </summary>
internal static class CommandLine
{
    /// <summary>Exit code: every published figure agrees.</summary>
    internal const int Agree = 0;

    /// <summary>Exit code: at least one published figure disagrees.</summary>
    internal const int Disagree = 1;

    /// <summary>Exit code: unknown command or option, or a missing or bad option value.</summary>
    internal const int BadUsage = 2;

    /// <summary>The name the tool is run by.</summary>
    internal const string ToolName = "indicators";

    private const string Description =
        "Reproduces the figures of Chinese employment-policy reports exactly from what they publish, and says whether "
        + "each agrees with the figure as printed. Without a command, runs reproduce.";

    private static readonly (int Code, string Meaning)[] ExitCodes =
    [
        (Agree, "every published figure agrees and every roll-up is consistent (and after --help or --version)"),
        (Disagree, "a published figure or total disagrees, or a report text's figures are inconsistent"),
        (BadUsage, "bad usage: unknown command or option, bad value, unreadable dataset or text (one line)"),
    ];

    /// <summary>The root command: <c>reproduce</c>'s options and action, and every command.</summary>
    /// <remarks>
    /// A new command is a class under Commands/ that builds its <see cref="Command"/> (options from
    /// <see cref="CommonOptions"/> where they are shared, an action that writes to
    /// <c>ParseResult.InvocationConfiguration.Output</c> and returns an exit code from here), added below with
    /// <c>root.Subcommands.Add</c>. Parse errors, help and the version need nothing more.
    /// </remarks>
    internal static RootCommand Create()
    {
        var root = new RootCommand(Description) { HelpName = ToolName };
        var reproduce = new ReproduceCommand();
        reproduce.AddTo(root);
        root.Subcommands.Add(reproduce.Create());
        root.Subcommands.Add(new RollupCommand().Create());
        root.Subcommands.Add(new ConvertCommand().Create());
        root.Subcommands.Add(new ParseCommand().Create());
        root.Subcommands.Add(new ExtractCommand().Create());
        root.Subcommands.Add(new AuditCommand().Create());
        root.Subcommands.Add(new ChartCommand().Create());

        // Help is no wider than the rest of the output, and ends with the exit codes.
        HelpOption helpOption = root.Options.OfType<HelpOption>().Single();
        HelpAction help = helpOption.Action as HelpAction ?? throw new InvalidOperationException("The help option has no help action.");
        help.MaxWidth = Math.Min(help.MaxWidth, Output.Terminal.MaxWidth);
        helpOption.Action = new ExitCodesHelpAction(help, ExitCodes);
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        return root;
    }

    /// <summary>Runs <c>indicators</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="output">Where results, help and the version go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ParseResult result = Create().Parse(args);
        if (result.Action is ParseErrorAction)
        {
            // System.CommandLine's own message, without the help it would add; and 2, not its default 1, which here
            // means a figure disagrees.
            foreach (ParseError parseError in result.Errors)
            {
                error.WriteLine($"{ToolName}: {parseError.Message}");
            }

            return BadUsage;
        }

        // No default exception handler: a failure is a bug to see with its stack trace, not an exit code.
        return result.Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }
}
