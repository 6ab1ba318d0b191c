using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Indicators.Aggregation;
using Parquet;

namespace Indicators.Parquet;

/// <summary>
/// Writes the observations of a <see cref="Dataset"/> as a Parquet file, one row per observation, for DuckDB, Spark or
/// Polars: the indicator; the region with its province, prefecture, county and path from its root; whether it is among the
/// finest figures of its indicator and period (what a roll-up adds); the period's SDMX text and its first and last day; the
/// exact value in base units as a 64-bit integer and the number as printed as a decimal, with unit, multiplier
/// (UNIT_MULT), qualifier and status. docs/parquet.md describes every column and the queries that give the library's
/// roll-ups.
/// </summary>
/// <remarks>
/// <para>Only the observations are written: the dataset's targets, completion rates and derivations stay in its JSON form.
/// The file's key-value metadata holds the dataset's title and source.</para>
/// <para>Rows are written in the order of <see cref="Dataset.Observations"/>, in row groups of
/// <see cref="RowGroupSize"/> rows, so the writer holds one row group's columns at a time, not the whole file's.</para>
/// <para>The methods are thread-safe: they only read the dataset, which is immutable.</para>
/// </remarks>
public static class DatasetParquet
{
    /// <summary>The number of rows in each row group but the last: 131 072 (2¹⁷, near DuckDB's own 122 880).</summary>
    public const int RowGroupSize = 1 << 17;

    /// <summary>Writes the dataset's observations to a stream, which is left open.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="cancellationToken">Stops the writing between row groups.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or an observation was printed with
    /// more decimals than the <c>value</c> column holds (18, trailing zeros aside: only a rate can be); the message names
    /// the observation. Rows before it may have been written.</exception>
    public static Task WriteAsync(Dataset dataset, Stream stream, CancellationToken cancellationToken = default) =>
        WriteAsync(dataset, stream, RowGroupSize, cancellationToken);

    /// <summary>Writes the dataset's observations to a stream, which is left open, and returns when they are written.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="WriteAsync(Dataset, Stream, CancellationToken)"/>.</exception>
    public static void Write(Dataset dataset, Stream stream) =>
        Task.Run(() => WriteAsync(dataset, stream, RowGroupSize, CancellationToken.None)).GetAwaiter().GetResult();

    /// <summary>Writes the dataset's observations to a file, replacing it, and returns when they are written; a file left
    /// unfinished by an error is deleted.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="WriteAsync(Dataset, Stream, CancellationToken)"/>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(Dataset dataset, string path)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(path);
        FileStream file = File.Create(path);
        try
        {
            Write(dataset, file);
        }
        catch
        {
            file.Dispose();
            File.Delete(path);
            throw;
        }

        file.Dispose();
    }

    /// <summary>The writing, with row groups of a given size (tests use small ones).</summary>
    internal static async Task WriteAsync(Dataset dataset, Stream stream, int rowGroupSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream to write the Parquet file to is not writable.", nameof(stream));
        }

        var rows = new ObservationRows(dataset);
        var buffer = new RowGroupBuffer(Math.Min(rowGroupSize, Math.Max(1, dataset.Count)));
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true };
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(ObservationSchema.Create(), stream, options, append: false, cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = Metadata(dataset);
        foreach (Observation observation in dataset.Observations)
        {
            rows.Add(observation, buffer);
            if (buffer.Count == buffer.Capacity)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await buffer.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
            }
        }

        if (buffer.Count > 0 || dataset.Count == 0)
        {
            await buffer.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Dictionary<string, string> Metadata(Dataset dataset)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["indicators.format"] = "indicators-observations",
            ["indicators.version"] = "1",
        };
        if (dataset.Title is { } title)
        {
            metadata["indicators.title"] = title;
        }

        if (dataset.Source is { } source)
        {
            metadata["indicators.source"] = source;
        }

        if (dataset.RegionsAsOf is { } asOf)
        {
            metadata["indicators.regions-as-of"] = asOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return metadata;
    }
}
