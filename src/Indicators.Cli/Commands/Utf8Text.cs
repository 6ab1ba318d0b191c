using System;
using System.Globalization;
using System.Text.Unicode;

namespace Indicators.Cli.Commands;

/// <summary>Bytes read as text: UTF-8, a byte order mark skipped, control characters other than tab, line feed, carriage
/// return and form feed refused as binary data; every problem with its byte offset.</summary>
internal static class Utf8Text
{
    /// <summary>Decodes <paramref name="bytes"/>, or says why they are not text ("invalid UTF-8 at byte 4").</summary>
    internal static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? problem)
    {
        text = string.Empty;
        int offset = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        for (int i = offset; i < bytes.Length; i++)
        {
            if (bytes[i] is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f') or 0x7F)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"binary data, not text (control byte 0x{bytes[i]:X2} at byte {i})");
                return false;
            }
        }

        char[] chars = new char[Math.Max(1, bytes.Length - offset)];
        if (Utf8.ToUtf16(bytes[offset..], chars, out int read, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {offset + read}");
            return false;
        }

        text = new string(chars, 0, written);
        problem = null;
        return true;
    }
}
