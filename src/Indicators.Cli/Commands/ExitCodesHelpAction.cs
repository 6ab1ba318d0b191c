using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;

namespace Indicators.Cli.Commands;

/// <summary>System.CommandLine's help followed by a section listing the exit codes, laid out as its sections are.</summary>
internal sealed class ExitCodesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction help;
    private readonly IReadOnlyList<(int Code, string Meaning)> exitCodes;

    /// <summary>Writes what <paramref name="help"/> writes, then <paramref name="exitCodes"/>.</summary>
    /// <param name="help">System.CommandLine's help action.</param>
    /// <param name="exitCodes">Each exit code with what it means.</param>
    internal ExitCodesHelpAction(HelpAction help, IReadOnlyList<(int Code, string Meaning)> exitCodes)
    {
        this.help = help ?? throw new ArgumentNullException(nameof(help));
        this.exitCodes = exitCodes ?? throw new ArgumentNullException(nameof(exitCodes));
    }

    /// <inheritdoc/>
    /// <remarks>As for the help it wraps: <c>--help</c> shows help even beside an unknown option.</remarks>
    public override bool ClearsParseErrors => help.ClearsParseErrors;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        int code = help.Invoke(parseResult);
        TextWriter output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Exit codes:");
        foreach ((int exit, string meaning) in exitCodes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {exit}  {meaning}"));
        }

        output.WriteLine();
        return code;
    }
}
