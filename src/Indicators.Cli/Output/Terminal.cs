using System;
using System.IO;
using Spectre.Console;

namespace Indicators.Cli.Output;

/// <summary>
/// The Spectre.Console console the text output is written to: plain text (no ANSI codes, no colours), East Asian wide
/// characters measured as two columns, and at most <see cref="MaxWidth"/> columns wide; exactly that wide when the output
/// is not a terminal, so that redirected output is the same everywhere.
/// </summary>
internal static class Terminal
{
    /// <summary>The widest line written, in terminal columns.</summary>
    internal const int MaxWidth = 99;

    /// <summary>A console that writes to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write: the standard output or, in tests, a <see cref="StringWriter"/>.</param>
    internal static IAnsiConsole Create(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var output = new AnsiConsoleOutput(writer);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = output.IsTerminal ? Math.Clamp(output.Width, 40, MaxWidth) : MaxWidth;
        return console;
    }
}
