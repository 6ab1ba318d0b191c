using System;
using System.IO;

namespace Indicators.Parquet.Tests.Support;

/// <summary>A file name in the temporary folder, deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    internal TempFile(string extension = ".parquet") =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "indicators-" + Guid.NewGuid().ToString("N") + extension);

    internal string Path { get; }

    public void Dispose() => File.Delete(Path);
}
