using System;

namespace Indicators.Aggregation;

/// <summary>
/// A column of a <see cref="DatasetBuilder"/> that only grows: rows in chunks of 65 536 (the first chunk grows by doubling
/// from 16), so that growing never copies more than a chunk and holds no more than one chunk unused.
/// </summary>
/// <typeparam name="T">The type of a row's value.</typeparam>
internal sealed class ChunkedColumn<T>
    where T : unmanaged
{
    internal const int ChunkShift = 16;
    internal const int ChunkSize = 1 << ChunkShift;
    internal const int ChunkMask = ChunkSize - 1;
    private const int FirstCapacity = 16;

    private T[][] chunks = [];
    private int count;

    /// <summary>The number of rows.</summary>
    internal int Count => count;

    /// <summary>The value of a row below <see cref="Count"/> (not checked).</summary>
    internal T this[int row] => chunks[row >> ChunkShift][row & ChunkMask];

    /// <summary>Adds a row.</summary>
    internal void Add(T value)
    {
        int chunk = count >> ChunkShift;
        int at = count & ChunkMask;
        T[][] all = chunks;
        if ((uint)chunk < (uint)all.Length && all[chunk] is { } rows && at < rows.Length)
        {
            rows[at] = value;
        }
        else
        {
            Grow(chunk);
            chunks[chunk][at] = value;
        }

        count++;
    }

    /// <summary>The rows in one array of exactly <see cref="Count"/> values.</summary>
    internal T[] ToArray()
    {
        var all = new T[count];
        for (int chunk = 0, start = 0; start < count; chunk++, start += ChunkSize)
        {
            chunks[chunk].AsSpan(0, Math.Min(ChunkSize, count - start)).CopyTo(all.AsSpan(start));
        }

        return all;
    }

    private void Grow(int chunk)
    {
        if (chunk == chunks.Length)
        {
            Array.Resize(ref chunks, Math.Max(4, chunks.Length * 2));
        }

        if (chunk > 0)
        {
            chunks[chunk] = new T[ChunkSize];
        }
        else
        {
            // The first chunk grows from a small array, so that a builder of a few figures holds a few bytes.
            T[] first = chunks[0] ?? [];
            T[] grown = new T[first.Length == 0 ? FirstCapacity : Math.Min(ChunkSize, first.Length * 2)];
            first.CopyTo(grown, 0);
            chunks[0] = grown;
        }
    }
}
