using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Unicode;

namespace Indicators.Cli.Commands;

/// <summary>The lines of the standard input as text: UTF-8 (a byte-order mark is skipped), without control characters
/// other than tab, line feed and carriage return; blank lines are left out and a line's trailing '\r' is dropped.</summary>
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
        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        int offset = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        for (int i = offset; i < bytes.Length; i++)
        {
            if (bytes[i] is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r') or 0x7F)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"binary data, not text (control byte 0x{bytes[i]:X2} at byte {i})");
                return false;
            }
        }

        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length - offset));
        try
        {
            if (Utf8.ToUtf16(bytes[offset..], chars, out int read, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {offset + read}");
                return false;
            }

            var result = new List<string>();
            foreach (ReadOnlySpan<char> line in chars.AsSpan(0, written).EnumerateLines())
            {
                if (!line.IsWhiteSpace())
                {
                    result.Add(line.ToString());
                }
            }

            lines = result;
            problem = null;
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
