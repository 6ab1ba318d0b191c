using System;
using System.Collections.Generic;
using System.IO;

namespace Indicators.Cli.Commands;

/// <summary>The lines of the standard input as text (<see cref="Utf8Text"/>); blank lines are left out and a line's
/// trailing '\r' is dropped.</summary>
internal static class StandardInputLines
{
    /// <summary>Reads every line, or says in one line why the input is not text.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="lines">The non-blank lines, or empty.</param>
    /// <param name="problem">Why the input is unusable (invalid UTF-8, binary data), with the byte offset; or null.</param>
    /// <returns>Whether the input is text.</returns>
    internal static bool TryRead(Stream stream, out IReadOnlyList<string> lines, out string? problem)
    {
        lines = [];
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (!Utf8Text.TryDecode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out string text, out problem))
        {
            return false;
        }

        var result = new List<string>();
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                result.Add(line.ToString());
            }
        }

        lines = result;
        return true;
    }
}
