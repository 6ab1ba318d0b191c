using System;
using System.IO;
using Spectre.Console;

namespace Indicators.Cli.Output;

/// <summary>
/// The Spectre.Console console the text output is written to: plain text (no ANSI codes, no colours), East Asian wide
/// characters measured as two columns, and <see cref="MaxWidth"/> columns wide whatever the output is, so that the output
/// is the same everywhere, redirected or not. (On a narrower terminal Spectre.Console would fold the numbers of the table
/// to fit, which reads worse than lines the terminal wraps.)
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
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = MaxWidth;
        return console;
    }
}
