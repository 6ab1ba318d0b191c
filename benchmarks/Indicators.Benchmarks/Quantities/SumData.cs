using System;

namespace Indicators.Benchmarks.Quantities;

/// <summary>The values every sum benchmark adds up, and how many.</summary>
internal static class SumData
{
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
}
