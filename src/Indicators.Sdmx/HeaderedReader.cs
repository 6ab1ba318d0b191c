using System;
using System.IO;

namespace Indicators.Sdmx;

/// <summary>A reader that gives a header line already read, then the rest of another reader.</summary>
internal sealed class HeaderedReader(string header, TextReader rest) : TextReader
{
    private int at;

    public override int Peek() => at < header.Length ? header[at] : rest.Peek();

    public override int Read() => at < header.Length ? header[at++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (at < header.Length)
        {
            int n = Math.Min(buffer.Length, header.Length - at);
            header.AsSpan(at, n).CopyTo(buffer);
            at += n;
            return n;
        }

        return rest.Read(buffer);
    }
}
