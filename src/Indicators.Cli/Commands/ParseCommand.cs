using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Indicators.Cli.Output;
using Indicators.Text;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators parse [TEXT…]</c>: reads each argument, or without arguments each line of the standard input, as one
/// figure or one numeral (<see cref="ParsedInput"/>) and writes one JSON object per line (<see cref="ParseJson"/>).
/// Exit code 0 when every input was read, 1 when one was not (its object says why), 2 when the standard input is not
/// UTF-8 text.
/// </summary>
internal sealed class ParseCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "parse";

    private readonly Func<Stream> openInput;

    private readonly Argument<string[]> texts = new("TEXT")
    {
        Description = "Figures or numerals to read, one per argument (\"约115万家\", \"1.38%\", \"三千五百万\"); without any, "
            + "each line of the standard input. Put -- before one that starts with '-'.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>A <c>parse</c> command that reads the process's standard input.</summary>
    internal ParseCommand()
        : this(Console.OpenStandardInput)
    {
    }

    /// <summary>A <c>parse</c> command that reads the lines from <paramref name="openInput"/> when given no argument.</summary>
    /// <param name="openInput">Opens the standard input.</param>
    internal ParseCommand(Func<Stream> openInput) => this.openInput = openInput;

    /// <summary>The <c>parse</c> command.</summary>
    internal Command Create()
    {
        var command = new Command(Name,
            "Read each TEXT (or each line of the standard input) as one figure or one numeral and write one JSON object per "
            + "line: {input, ok, value, kind, unit, scale, qualifier, status, error}. Exit code 0 when every input was read, "
            + "1 when one was not, 2 when the standard input is not UTF-8 text.")
        {
            texts,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult result)
    {
        TextWriter output = result.InvocationConfiguration.Output;
        IReadOnlyList<string> inputs = result.GetValue(texts) ?? [];
        if (inputs.Count == 0)
        {
            using Stream stream = openInput();
            if (!StandardInputLines.TryRead(stream, out IReadOnlyList<string> lines, out string? problem))
            {
                result.InvocationConfiguration.Error.WriteLine($"{CommandLine.ToolName}: standard input: {problem}");
                return CommandLine.BadUsage;
            }

            inputs = lines;
        }

        bool all = true;
        foreach (string input in inputs)
        {
            all &= ParsedInput.TryParse(input, out ParsedInput parsed);
            output.WriteLine(ParseJson.Line(parsed));
        }

        return all ? CommandLine.Agree : CommandLine.Disagree;
    }
}
