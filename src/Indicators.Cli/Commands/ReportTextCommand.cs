using System;
using System.CommandLine;
using System.IO;

namespace Indicators.Cli.Commands;

/// <summary>
/// What the commands that read one report text share (<c>extract</c>, <c>audit</c>): the FILE argument ("-" for the
/// standard input, read through <see cref="ReportTextInput"/>), <c>--json</c>, and exit code 2 with one line on the
/// standard error when the input is unusable.
/// </summary>
internal abstract class ReportTextCommand
{
    private readonly Func<Stream> openInput;

    private readonly Argument<string> file = ReportTextInput.Argument();

    private readonly Option<bool> json;

    /// <summary>A command that reads <paramref name="openInput"/> for "-".</summary>
    /// <param name="openInput">Opens the standard input.</param>
    /// <param name="jsonDescription">What <c>--json</c> prints, for the help.</param>
    private protected ReportTextCommand(Func<Stream> openInput, string jsonDescription)
    {
        this.openInput = openInput;
        json = CommonOptions.Json(jsonDescription);
    }

    /// <summary>The command, named <paramref name="name"/>.</summary>
    private protected Command Create(string name, string description)
    {
        var command = new Command(name, description) { file, json };
        command.SetAction(result => ReportTextInput.Read(result, file, openInput) is string text
            ? Run(text, result)
            : CommandLine.BadUsage);
        return command;
    }

    /// <summary>Runs the command on the text read, given the whole parse result (for a command with options of its own,
    /// added to the command <see cref="Create"/> returns); by default <see cref="Run(string, bool, TextWriter)"/>.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="result">The parse result.</param>
    /// <returns>The exit code.</returns>
    private protected virtual int Run(string text, ParseResult result) =>
        Run(text, result.GetValue(json), result.InvocationConfiguration.Output);

    /// <summary>Runs the command on the text read.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="asJson">Whether <c>--json</c> was given.</param>
    /// <param name="output">The standard output.</param>
    /// <returns>The exit code.</returns>
    private protected abstract int Run(string text, bool asJson, TextWriter output);
}
