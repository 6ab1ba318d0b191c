using System;
using System.IO;

namespace Indicators.Parquet.Tests.Support;

/// <summary>A stream like standard output or a network stream: written forwards only, its position unknown (reading
/// <see cref="Position"/> throws, as a pipe's does), the bytes kept for the test to read.</summary>
internal sealed class ForwardOnlyStream : Stream
{
    internal MemoryStream Written { get; } = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => Written.Write(buffer);
}
