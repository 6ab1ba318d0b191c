using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Indicators.Benchmarks.Quantities;

/// <summary>The values every sum benchmark adds up, and how many.</summary>
internal static class SumData
{
    /// <summary>A cache line: the baseline's values and the quantities start at the same place in one (see
    /// <see cref="Aligned{T}"/>), so that the vector loads of both are aligned alike and a difference of alignment
    /// between two arrays is not measured.</summary>
    private const int Alignment = 64;

    /// <summary>
    /// <paramref name="length"/> values in [0, 1 000 000) from a fixed seed, so every run sums the same numbers.
    /// Their total is below 10^13, far from <see cref="long.MaxValue"/>: no sum can overflow.
    /// </summary>
    internal static long[] Values(int length)
    {
        var random = new Random(20_240_601);
        long[] values = new long[length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(1_000_000);
        }

        return values;
    }

    /// <summary>The values converted, in an array on the pinned object heap (it never moves), as the
    /// <see cref="ArraySegment{T}"/> of it that starts <paramref name="residue"/> bytes after a multiple of 64 bytes in
    /// memory, or as near after that as the size of an element allows (a 16-byte element in an array that starts 8 bytes
    /// off a multiple of 16 cannot start at a multiple of 64; it then starts 8 bytes after one).</summary>
    /// <param name="values">The values.</param>
    /// <param name="convert">How to make an element of one.</param>
    /// <param name="residue">Where the first element should start, in bytes after a multiple of 64; a multiple of 8.</param>
    /// <param name="start">Where it does start, in bytes after a multiple of 64.</param>
    internal static ArraySegment<T> Aligned<T>(long[] values, Converter<long, T> convert, int residue, out int start)
    {
        int size = Unsafe.SizeOf<T>();
        T[] array = GC.AllocateArray<T>(values.Length + (Alignment / size), pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        int offset = 0;
        for (int candidate = 1; candidate < Alignment / size; candidate++)
        {
            if (After(address + (candidate * (long)size), residue) < After(address + (offset * (long)size), residue))
            {
                offset = candidate;
            }
        }

        start = (int)((address + (offset * (long)size)) % Alignment);
        for (int i = 0; i < values.Length; i++)
        {
            array[offset + i] = convert(values[i]);
        }

        return new ArraySegment<T>(array, offset, values.Length);
    }

    /// <summary>How many bytes <paramref name="address"/> is after the last address at <paramref name="residue"/> bytes
    /// after a multiple of 64.</summary>
    private static long After(long address, int residue) => (((address - residue) % Alignment) + Alignment) % Alignment;
}
