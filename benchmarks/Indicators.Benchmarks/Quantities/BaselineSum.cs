using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Indicators.Benchmarks.Quantities;

/// <summary>
/// The baseline of every sum benchmark: a vectorised, checked sum of a <c>long[]</c>, written here so that the baseline
/// is not the code under test. It is a copy of the general (signed) path of the library's internal kernel
/// (src/Indicators/Utility/CheckedSum.cs): <see cref="Vector{T}"/> lanes, two vectors a step, a signed-overflow test
/// per lane (<c>((a ^ s) &amp; (b ^ s)) &lt; 0</c>, OR-ed into one vector), lanes and tail added as <see cref="Int128"/>,
/// and a one-by-one 128-bit sum when a lane wrapped. Exact; throws if and only if the exact total does not fit.
/// </summary>
internal static class BaselineSum
{
    internal static long Sum(ReadOnlySpan<long> values)
    {
        Int128 total = Lanes(values, out bool wrapped);
        if (wrapped)
        {
            total = Wide(values);
        }

        return total >= long.MinValue && total <= long.MaxValue ? (long)total : throw new OverflowException();
    }

    private static Int128 Lanes(ReadOnlySpan<long> values, out bool wrappedAny)
    {
        wrappedAny = false;
        if (!Vector.IsHardwareAccelerated || values.Length < 2 * Vector<long>.Count)
        {
            return Wide(values);
        }

        ReadOnlySpan<Vector<long>> vectors = MemoryMarshal.Cast<long, Vector<long>>(values);
        Vector<long> sum0 = Vector<long>.Zero;
        Vector<long> sum1 = Vector<long>.Zero;
        Vector<long> wrapped = Vector<long>.Zero;
        int i = 0;
        unchecked
        {
            for (; i + 1 < vectors.Length; i += 2)
            {
                Vector<long> value0 = vectors[i];
                Vector<long> value1 = vectors[i + 1];
                Vector<long> next0 = sum0 + value0;
                Vector<long> next1 = sum1 + value1;
                wrapped |= ((sum0 ^ next0) & (value0 ^ next0)) | ((sum1 ^ next1) & (value1 ^ next1));
                sum0 = next0;
                sum1 = next1;
            }

            if (i < vectors.Length)
            {
                Vector<long> value0 = vectors[i];
                Vector<long> next0 = sum0 + value0;
                wrapped |= (sum0 ^ next0) & (value0 ^ next0);
                sum0 = next0;
            }
        }

        if (Vector.LessThanAny(wrapped, Vector<long>.Zero))
        {
            wrappedAny = true;
            return Int128.Zero;
        }

        Int128 total = Wide(values.Slice(vectors.Length * Vector<long>.Count));
        for (int lane = 0; lane < Vector<long>.Count; lane++)
        {
            total = unchecked(total + sum0[lane] + sum1[lane]);
        }

        return total;
    }

    private static Int128 Wide(ReadOnlySpan<long> values)
    {
        Int128 total = Int128.Zero;
        foreach (long value in values)
        {
            total = unchecked(total + value);
        }

        return total;
    }
}
