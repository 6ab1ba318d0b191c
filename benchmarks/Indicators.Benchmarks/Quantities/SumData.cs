using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Indicators.Benchmarks.Quantities;

/// <summary>The values every sum benchmark adds up, and how many.</summary>
internal static class SumData
{
    /// <summary>Where the summed values start: at a multiple of 64 bytes (a cache line) in memory, so that the vector
    /// loads of every method are aligned alike and a difference of alignment between two arrays is not measured.</summary>
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
    /// <see cref="ArraySegment{T}"/> of it that starts at a multiple of 64 bytes in memory.</summary>
    internal static ArraySegment<T> Aligned<T>(long[] values, Converter<long, T> convert)
    {
        int size = Unsafe.SizeOf<T>();
        var misaligned = new List<T[]>(); // kept alive until an array that can be aligned is found, so that it is not reused
        while (true)
        {
            T[] array = GC.AllocateArray<T>(values.Length + (Alignment / size), pinned: true);
            long address = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
            int gap = (int)((Alignment - (address % Alignment)) % Alignment);
            if (gap % size != 0)
            {
                misaligned.Add(array); // an element of 16 bytes that starts 8 bytes off
                continue;
            }

            int offset = gap / size;
            for (int i = 0; i < values.Length; i++)
            {
                array[offset + i] = convert(values[i]);
            }

            GC.KeepAlive(misaligned);
            return new ArraySegment<T>(array, offset, values.Length);
        }
    }
}
