using System;

namespace Indicators.Benchmarks.Quantities;

/// <summary>The values every sum benchmark adds up.</summary>
internal static class SumData
{
    /// <summary>How many values each benchmark sums.</summary>
    internal const int Length = 1_000_000;

    /// <summary>
    /// <see cref="Length"/> values in [0, 1 000 000) from a fixed seed, so every run sums the same numbers.
    /// Their total is below 10^12, far from <see cref="long.MaxValue"/>: no sum can overflow.
    /// </summary>
    internal static long[] Values()
    {
        var random = new Random(20_240_601);
        long[] values = new long[Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(1_000_000);
        }

        return values;
    }

    /// <summary>
    /// The primitive baseline. The project builds with CheckForOverflowUnderflow, so <c>total += value</c> is a
    /// checked addition (it throws on overflow, as the quantities' <c>+</c> does): the fair comparison for checked
    /// quantity sums. It is a <c>foreach</c>, like <c>Quantity.Sum</c>, because in a <c>for</c> loop the
    /// <c>i++</c> would be checked as well and the baseline would pay for a second overflow test per element.
    /// </summary>
    internal static long Sum(long[] values)
    {
        long total = 0;
        foreach (long value in values)
        {
            total += value;
        }

        return total;
    }
}
