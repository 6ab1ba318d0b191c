using System;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Indicators.Utility;

/// <summary>
/// Exact, vectorised sums of 64-bit integers, the kernel under <c>Quantity.Sum</c>.
/// </summary>
/// <remarks>
/// <para><b>Contract.</b> Every method here computes the exact mathematical total of the values, whatever their order;
/// it overflows (returns <c>false</c>, or throws <see cref="OverflowException"/>) if and only if that total is outside
/// the range of <see cref="long"/>. That is not the same as adding the values one by one with a checked <c>+</c>, which
/// throws as soon as a running total leaves the range even when later values bring it back: <c>[long.MaxValue, 1, -1]</c>
/// sums to <see cref="long.MaxValue"/> here. For values that are never negative the two agree, because every running
/// total is at most the total.</para>
/// <para><b>How.</b> The values are added in <see cref="Vector{T}"/> lanes (four or eight at a time, two vectors per step),
/// and each step records, without branching, whether a lane's own running total wrapped around. When no lane wrapped,
/// every lane holds the exact sum of its values, and the lanes and the last few values are added as
/// <see cref="Int128"/>, which cannot overflow for a span. When a lane did wrap (only for totals near the ends of the
/// range, or values near <see cref="long.MinValue"/> and <see cref="long.MaxValue"/>), the values are added again one
/// by one as <see cref="Int128"/>: slower, but exact.</para>
/// </remarks>
internal static class CheckedSum
{
    /// <summary>-1 in the even lanes, 0 in the odd ones (every <see cref="Vector{T}"/> has an even number of lanes).</summary>
    private static readonly Vector<long> EvenLanes = MakeEvenLanes();
    /// <summary>The exact sum of <paramref name="values"/>.</summary>
    /// <param name="values">The values; may be empty.</param>
    /// <returns>The sum; 0 for an empty span.</returns>
    /// <exception cref="OverflowException">The exact total is outside the range of <see cref="long"/>.</exception>
    internal static long Sum(ReadOnlySpan<long> values) =>
        TrySum(values, out long sum) ? sum : throw Overflow(values.Length);

    /// <summary>The exact sum of <paramref name="values"/>, if it fits a <see cref="long"/>; never throws.</summary>
    /// <param name="values">The values; may be empty.</param>
    /// <param name="sum">The sum, or 0 when it does not fit.</param>
    /// <returns>Whether the exact total is within the range of <see cref="long"/>.</returns>
    internal static bool TrySum(ReadOnlySpan<long> values, out long sum)
    {
        if (!TrySumLanes(values, out Int128 total))
        {
            total = SumWide(values);
        }

        return Narrow(total, out sum);
    }

    /// <summary>
    /// The exact sum of <paramref name="values"/>, if it fits a <see cref="long"/>, as <see cref="TrySum"/>, but faster
    /// when the values are not negative (headcounts, counts): a lane then wraps exactly when its total turns negative,
    /// which one OR per step records. Any value is accepted; negative ones only make it take the slow path.
    /// </summary>
    /// <param name="values">The values; may be empty.</param>
    /// <param name="sum">The sum, or 0 when it does not fit.</param>
    /// <returns>Whether the exact total is within the range of <see cref="long"/>.</returns>
    internal static bool TrySumNonNegative(ReadOnlySpan<long> values, out long sum)
    {
        if (!TrySumNonNegativeLanes(values, out Int128 total))
        {
            total = SumWide(values);
        }

        return Narrow(total, out sum);
    }

    /// <summary>
    /// The exact sum of the values at <paramref name="slot"/> of each pair of 64-bit slots of <paramref name="pairs"/>,
    /// checking in the same pass that the other slot of every pair (its tag) is either 0 or the first pair's tag. Made for
    /// counts with their unit (a reference and a <see cref="long"/>): the reference's bits are the tag, compared with
    /// the first unit's bits in the vector registers while the values are added. Fast when the values are not
    /// negative, as <see cref="TrySumNonNegative"/>; any value is accepted.
    /// </summary>
    /// <param name="pairs">Pairs of 64-bit slots; an even number of them.</param>
    /// <param name="slot">0 or 1: which slot of each pair holds the value to add; the other holds the tag.</param>
    /// <param name="sum">The sum, or 0 unless the result is <see cref="TaggedSumOutcome.Exact"/>.</param>
    /// <returns><see cref="TaggedSumOutcome.OtherTag"/> if some pair's tag is neither 0 nor the first pair's (whatever
    /// the values), else <see cref="TaggedSumOutcome.Overflow"/> if the exact total is outside the range of
    /// <see cref="long"/>, else <see cref="TaggedSumOutcome.Exact"/>. An empty span is <see cref="TaggedSumOutcome.Exact"/>, 0.</returns>
    internal static TaggedSumOutcome TrySumTagged(ReadOnlySpan<long> pairs, int slot, out long sum) =>
        Avx512F.VL.IsSupported
            ? TrySumTagged<TagTest.ByMinimum>(pairs, slot, out sum)
            : TrySumTagged<TagTest.ByEquality>(pairs, slot, out sum);

    /// <summary><see cref="TrySumTagged(ReadOnlySpan{long}, int, out long)"/> with the given test of the tags in the
    /// vector lanes (both are exact everywhere; which is faster depends on the processor).</summary>
    internal static TaggedSumOutcome TrySumTagged<TTest>(ReadOnlySpan<long> pairs, int slot, out long sum)
        where TTest : struct, ITagTest
    {
        Debug.Assert(pairs.Length % 2 == 0 && slot is 0 or 1, "whole pairs, and a slot of a pair");
        sum = 0;
        if (pairs.IsEmpty)
        {
            return TaggedSumOutcome.Exact;
        }

        long tag = pairs[1 - slot];
        Int128 total = Int128.Zero;
        int done = 0;
        if (Vector.IsHardwareAccelerated && pairs.Length >= 2 * Vector<long>.Count)
        {
            ReadOnlySpan<Vector<long>> vectors = MemoryMarshal.Cast<long, Vector<long>>(pairs);
            Vector<long> valueLanes = slot == 0 ? EvenLanes : ~EvenLanes;
            Vector<long> tags = new(tag);
            Vector<long> sum0 = Vector<long>.Zero;
            Vector<long> sum1 = Vector<long>.Zero;
            Vector<long> signs = Vector<long>.Zero;
            Vector<long> stray = Vector<long>.Zero;
            int i = 0;
            unchecked
            {
                // The tags are added too (the lanes are not masked): their lanes are garbage, never read as numbers.
                for (; i + 1 < vectors.Length; i += 2)
                {
                    Vector<long> pair0 = vectors[i];
                    Vector<long> pair1 = vectors[i + 1];
                    sum0 += pair0;
                    sum1 += pair1;
                    signs |= sum0 | sum1;
                    stray |= TTest.Stray(pair0, tags) | TTest.Stray(pair1, tags);
                }

                if (i < vectors.Length)
                {
                    Vector<long> pair0 = vectors[i];
                    sum0 += pair0;
                    signs |= sum0;
                    stray |= TTest.Stray(pair0, tags);
                }
            }

            if (!Vector.EqualsAll(Vector.AndNot(stray, valueLanes), Vector<long>.Zero))
            {
                return TaggedSumOutcome.OtherTag;
            }

            if (!Vector.LessThanAny(signs & valueLanes, Vector<long>.Zero))
            {
                total = Combine(sum0 & valueLanes, sum1 & valueLanes, ReadOnlySpan<long>.Empty);
                done = vectors.Length * Vector<long>.Count;
            }
        }

        // The pairs after the vectors, or all of them (no vectors, or a lane's total turned negative).
        for (int i = done; i < pairs.Length; i += 2)
        {
            long other = pairs[i + 1 - slot];
            if (other != 0 && other != tag)
            {
                return TaggedSumOutcome.OtherTag;
            }

            total = unchecked(total + pairs[i + slot]);
        }

        return Narrow(total, out sum) ? TaggedSumOutcome.Exact : TaggedSumOutcome.Overflow;
    }

    /// <summary>The exact sum of <paramref name="values"/> as a 128-bit integer, one by one; never overflows.</summary>
    /// <remarks>A span holds fewer than 2³¹ values, each of magnitude at most 2⁶³, so the total is within ±2⁹⁴.</remarks>
    internal static Int128 SumWide(ReadOnlySpan<long> values)
    {
        Int128 total = Int128.Zero;
        foreach (long value in values)
        {
            total = unchecked(total + value);
        }

        return total;
    }

    /// <summary>The exception <see cref="Sum"/> throws.</summary>
    internal static OverflowException Overflow(int count) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The sum of {count} 64-bit values is outside the range of a 64-bit integer."));

    /// <summary>Sums in vector lanes with a signed-overflow test per lane: the sum of <c>a + b = s</c> wrapped exactly when
    /// <c>a</c> and <c>b</c> have the same sign and <c>s</c> the other, that is when <c>(a ^ s) &amp; (b ^ s)</c> is negative.</summary>
    /// <returns><c>false</c> if a lane wrapped (then <paramref name="total"/> is meaningless).</returns>
    private static bool TrySumLanes(ReadOnlySpan<long> values, out Int128 total)
    {
        total = Int128.Zero;
        if (!Vector.IsHardwareAccelerated || values.Length < 2 * Vector<long>.Count)
        {
            total = SumWide(values);
            return true;
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
            return false;
        }

        total = Combine(sum0, sum1, values.Slice(vectors.Length * Vector<long>.Count));
        return true;
    }

    /// <summary>Sums in vector lanes; a lane's running total that ever turns negative (OR-ed into one vector) sends the
    /// sum to the slow path. Starting from zero, a lane that never turns negative has never wrapped: a wrap needs two
    /// operands of the same sign, so a non-negative total plus a non-negative value, which wraps to a negative total.</summary>
    /// <returns><c>false</c> if a lane's total turned negative (then <paramref name="total"/> is meaningless).</returns>
    private static bool TrySumNonNegativeLanes(ReadOnlySpan<long> values, out Int128 total)
    {
        total = Int128.Zero;
        if (!Vector.IsHardwareAccelerated || values.Length < 2 * Vector<long>.Count)
        {
            total = SumWide(values);
            return true;
        }

        ReadOnlySpan<Vector<long>> vectors = MemoryMarshal.Cast<long, Vector<long>>(values);
        Vector<long> sum0 = Vector<long>.Zero;
        Vector<long> sum1 = Vector<long>.Zero;
        Vector<long> signs = Vector<long>.Zero;
        int i = 0;
        unchecked
        {
            for (; i + 1 < vectors.Length; i += 2)
            {
                sum0 += vectors[i];
                sum1 += vectors[i + 1];
                signs |= sum0 | sum1;
            }

            if (i < vectors.Length)
            {
                sum0 += vectors[i];
                signs |= sum0;
            }
        }

        if (Vector.LessThanAny(signs, Vector<long>.Zero))
        {
            return false;
        }

        total = Combine(sum0, sum1, values.Slice(vectors.Length * Vector<long>.Count));
        return true;
    }

    /// <summary>The lanes of two exact lane totals and the values left over, added as 128-bit integers.</summary>
    private static Int128 Combine(Vector<long> sum0, Vector<long> sum1, ReadOnlySpan<long> rest)
    {
        Int128 total = SumWide(rest);
        for (int lane = 0; lane < Vector<long>.Count; lane++)
        {
            total = unchecked(total + sum0[lane] + sum1[lane]);
        }

        return total;
    }

    private static Vector<long> MakeEvenLanes()
    {
        Span<long> lanes = stackalloc long[Vector<long>.Count];
        for (int lane = 0; lane < lanes.Length; lane += 2)
        {
            lanes[lane] = -1;
        }

        return new Vector<long>(lanes);
    }

    private static bool Narrow(Int128 total, out long sum)
    {
        if (total >= long.MinValue && total <= long.MaxValue)
        {
            sum = (long)total;
            return true;
        }

        sum = 0;
        return false;
    }
}
