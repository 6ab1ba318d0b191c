using System;
using System.CommandLine;
using System.IO;

namespace Indicators.Cli.Commands;

/// <summary>A whole report text from a file or, for "-", the standard input: UTF-8 (a byte-order mark is skipped), without
/// control characters other than tab, line feed, carriage return and form feed; kept as it is, so that the UTF-16 offsets of
/// what is found in it are offsets into the file's text.</summary>
internal static class ReportTextInput
{
    /// <summary>The FILE argument of the commands that read a report text.</summary>
    internal static Argument<string> Argument() => new("FILE") { Description = "The report text, UTF-8; - reads the standard input." };

    /// <summary>The text of <paramref name="file"/>, or null after one line on the standard error saying why it is unusable.</summary>
    /// <param name="result">The parsed command line.</param>
    /// <param name="file">The FILE argument.</param>
    /// <param name="openStandardInput">Opens the standard input.</param>
    internal static string? Read(ParseResult result, Argument<string> file, Func<Stream> openStandardInput)
    {
        if (TryRead(result.GetValue(file) ?? "-", openStandardInput, out string text, out string? problem))
        {
            return text;
        }

        result.InvocationConfiguration.Error.WriteLine($"{CommandLine.ToolName}: {problem}");
        return null;
    }

    /// <summary>Reads the text, or says in one line why it is unusable.</summary>
    /// <param name="path">The file, or "-" for the standard input.</param>
    /// <param name="openStandardInput">Opens the standard input.</param>
    /// <param name="text">The text, or empty.</param>
    /// <param name="problem">Why the input is unusable (missing file, invalid UTF-8, binary data), naming it; or null.</param>
    /// <returns>Whether the input is text.</returns>
    internal static bool TryRead(string path, Func<Stream> openStandardInput, out string text, out string? problem)
    {
        text = string.Empty;
        string name = path == "-" ? "standard input" : path;
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using Stream stream = openStandardInput();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"{name}: cannot read the file: {e.Message}";
            return false;
        }

        if (!Utf8Text.TryDecode(bytes, out text, out problem))
        {
            problem = $"{name}: {problem}";
            return false;
        }

        return true;
    }
}
