using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Indicators.Quantities.Figures;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <summary>Operations written once for every <see cref="IQuantity{TSelf}"/>.</summary>
public static class Quantity
{
    /// <summary>
    /// The exact sum of <paramref name="values"/>, allocating nothing. Quantities are linear, so summing them is
    /// meaningful; rates (<see cref="Percent"/>) are deliberately not quantities and cannot be summed.
    /// </summary>
    /// <typeparam name="T">The quantity type.</typeparam>
    /// <param name="values">The values to add; may be empty.</param>
    /// <returns>The sum; the quantity's zero for an empty span.</returns>
    /// <exception cref="OverflowException">The exact total of the values is outside the quantity's range (for a quantity
    /// other than <see cref="Money"/>, <see cref="Headcount"/>, <see cref="HeadcountChange"/>, <see cref="Count{TUnit}"/>
    /// and <see cref="UnitCount"/>: a running total leaves it, adding one by one with <c>+</c>). The message is the
    /// quantity's own, from its <c>+</c>.</exception>
    /// <exception cref="ArgumentException">Run-time units differ (<see cref="UnitCount"/> only); the exception is the one
    /// <c>+</c> throws for the first count of another unit.</exception>
    /// <remarks>
    /// <para>The total is exact and does not depend on the order of the values: a sum overflows only if its exact
    /// total does not fit. Adding one by one with <c>+</c> would also throw when a running total leaves the range and a
    /// later value brings it back (<see cref="Money.MaxValue"/>, one fen and minus one fen sum to
    /// <see cref="Money.MaxValue"/> here); for headcounts and counts, which are never negative, the two agree.</para>
    /// <para>Money, headcounts and typed counts are one 64-bit integer each: their sum runs over the raw integers, several
    /// at a time in vector registers with an overflow test per lane (an internal kernel; totals that come near the ends
    /// of the range are then added again exactly with 128-bit integers). A <see cref="UnitCount"/> sum adds the values in
    /// the same way and, in the same pass, compares each unit with the first (another instance of an equal unit is
    /// then compared with <see cref="CountUnit"/>'s equality). If the exact total does not fit, the values
    /// are added again with the quantity's own <c>+</c>, which throws with a message naming the operands.</para>
    /// </remarks>
    public static T Sum<T>(ReadOnlySpan<T> values)
        where T : struct, IQuantity<T>
    {
        if (LongBacked<T>.Is)
        {
            ReadOnlySpan<long> raw = MemoryMarshal.Cast<T, long>(values);
            if (T.IsSigned ? CheckedSum.TrySum(raw, out long sum) : CheckedSum.TrySumNonNegative(raw, out sum))
            {
                return Unsafe.As<long, T>(ref sum);
            }

            return ThrowOverflow(values);
        }

        if (typeof(T) == typeof(UnitCount))
        {
            ReadOnlySpan<UnitCount> counts = MemoryMarshal.CreateReadOnlySpan(
                ref Unsafe.As<T, UnitCount>(ref MemoryMarshal.GetReference(values)), values.Length);
            UnitCount total = SumUnitCounts(counts);
            return Unsafe.As<UnitCount, T>(ref total);
        }

        return SumOneByOne(values);
    }

    /// <summary>The exact sum of a sequence of quantities (a <see cref="List{T}"/>, an array, a LINQ query …), as
    /// <see cref="Sum{T}(ReadOnlySpan{T})"/>; arrays and lists are read in place and take its span path, other sequences
    /// are read once. Nothing goes through <c>decimal</c> or <c>double</c>.</summary>
    /// <typeparam name="T">The quantity type.</typeparam>
    /// <param name="values">The values to add; may be empty.</param>
    /// <returns>The sum; the quantity's zero for an empty sequence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="OverflowException">The exact total is outside the quantity's range, as for
    /// <see cref="Sum{T}(ReadOnlySpan{T})"/>; the message is the quantity's own.</exception>
    /// <exception cref="ArgumentException">Run-time units differ (<see cref="UnitCount"/> only).</exception>
    public static T Sum<T>(IEnumerable<T> values)
        where T : struct, IQuantity<T>
    {
        ArgumentNullException.ThrowIfNull(values);
        switch (values)
        {
            case T[] array:
                return Sum<T>(array.AsSpan());
            case List<T> list:
                return Sum<T>(CollectionsMarshal.AsSpan(list));
        }

        if (LongBacked<T>.Is)
        {
            return SumRaw(values);
        }

        T total = T.AdditiveIdentity;
        foreach (T value in values)
        {
            total += value;
        }

        return total;
    }

    /// <summary>A sequence of one-<see cref="long"/> quantities, added exactly as 128-bit integers; when the total does
    /// not fit, the first two operands whose sum leaves the range (as <c>+</c> one by one would meet them) are added with
    /// the quantity's <c>+</c> to throw its own exception.</summary>
    private static T SumRaw<T>(IEnumerable<T> values)
        where T : struct, IQuantity<T>
    {
        Int128 total = Int128.Zero;
        bool left = false;
        T before = default;
        T first = default;
        foreach (T value in values)
        {
            T copy = value;
            Int128 next = unchecked(total + Unsafe.As<T, long>(ref copy));
            if (!left && (next < long.MinValue || next > long.MaxValue))
            {
                long fits = (long)total;
                before = Unsafe.As<long, T>(ref fits);
                first = copy;
                left = true;
            }

            total = next;
        }

        if (total >= long.MinValue && total <= long.MaxValue)
        {
            long sum = (long)total;
            return Unsafe.As<long, T>(ref sum);
        }

        _ = before + first;
        throw new OverflowException(); // not reached: + throws for a sum outside the range
    }

    /// <summary>The values added one by one with the quantity's <c>+</c>, in order.</summary>
    private static T SumOneByOne<T>(ReadOnlySpan<T> values)
        where T : struct, IQuantity<T>
    {
        T total = T.AdditiveIdentity;
        foreach (T value in values)
        {
            total += value;
        }

        return total;
    }

    /// <summary>Called when the exact total of one-<see cref="long"/> quantities does not fit: adding them one by one
    /// with <c>+</c> then throws the quantity's own exception, at the first running total that leaves the range.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T ThrowOverflow<T>(ReadOnlySpan<T> values)
        where T : struct, IQuantity<T>
    {
        _ = SumOneByOne(values);
        throw new OverflowException(); // not reached: + throws for a sum outside the range
    }

    /// <summary>
    /// Counts with run-time units, in one pass: the values are added by the kernel while it compares every unit's
    /// reference with the first unit's (<c>default</c>'s missing unit, a null reference, goes with any). A unit that is
    /// another instance, equal or not, sends the sum to <see cref="SumUnitCountsByEquality"/>, which compares with
    /// <see cref="CountUnit"/>'s equality and throws exactly as <c>+</c> does; a total that does not fit is added again
    /// one by one with <c>+</c>, which throws the count's own overflow.
    /// </summary>
    /// <remarks>
    /// The references are compared as bits, which is exact only while no object moves: if a garbage collection ran
    /// during the pass (<see cref="GC.CollectionCount(int)"/> of generation 0 counts every collection), its result is
    /// not used; the pass is made once more, and if a collection runs during that one too, the sum is made by
    /// <see cref="SumUnitCountsByEquality"/>, which compares references as references.
    /// </remarks>
    private static UnitCount SumUnitCounts(ReadOnlySpan<UnitCount> values)
    {
        int first = 0;
        while (first < values.Length && values[first].Unit is null)
        {
            first++;
        }

        if (first == values.Length)
        {
            return default; // only zeros with no unit
        }

        CountUnit unit = values[first].Unit!;
        ReadOnlySpan<UnitCount> counted = values.Slice(first);
        int slot = UnitCountLayout.ValueSlot;
        if (slot >= 0 && counted.Length <= int.MaxValue / 2)
        {
            ReadOnlySpan<long> pairs = MemoryMarshal.CreateReadOnlySpan(
                ref Unsafe.As<UnitCount, long>(ref MemoryMarshal.GetReference(counted)), counted.Length * 2);
            for (int attempt = 0; attempt < 2; attempt++)
            {
                int collections = GC.CollectionCount(0);
                TaggedSumOutcome outcome = CheckedSum.TrySumTagged(pairs, slot, out long sum);
                if (GC.CollectionCount(0) != collections)
                {
                    continue; // a collection may have moved the units: the comparison of their bits says nothing
                }

                switch (outcome)
                {
                    case TaggedSumOutcome.Exact:
                        return new UnitCount(sum, unit);
                    case TaggedSumOutcome.Overflow:
                        return ThrowOverflow(values);
                    default:
                        return SumUnitCountsByEquality(values);
                }
            }
        }

        return SumUnitCountsByEquality(values);
    }

    /// <summary>Counts with run-time units, in two passes: the units compared (by reference, then with
    /// <see cref="CountUnit"/>'s equality for another instance), then the values added. When the units differ or the
    /// total does not fit, the counts are added one by one with <c>+</c>, which throws exactly as it always has.</summary>
    private static UnitCount SumUnitCountsByEquality(ReadOnlySpan<UnitCount> values)
    {
        CountUnit? unit = null;
        foreach (UnitCount value in values)
        {
            CountUnit? other = value.Unit;
            if (other is null || ReferenceEquals(other, unit))
            {
                continue;
            }

            if (unit is null)
            {
                unit = other;
            }
            else if (other != unit)
            {
                return SumOneByOne(values);
            }
        }

        Int128 total = Int128.Zero;
        foreach (UnitCount value in values)
        {
            total = unchecked(total + value.Value);
        }

        if (total > long.MaxValue)
        {
            return ThrowOverflow(values);
        }

        return unit is null ? default : new UnitCount((long)total, unit);
    }

    /// <summary>Where a <see cref="UnitCount"/> keeps its value: a reference (the unit) and a <see cref="long"/>, in an
    /// order the runtime chooses. Found once, from a count of 1, whose unit's reference cannot be 1.</summary>
    private static class UnitCountLayout
    {
        /// <summary>0 or 1: the 64-bit slot of the value; -1 if the layout is not two 64-bit slots (then the values are
        /// added one by one).</summary>
        internal static readonly int ValueSlot = Find();

        private static int Find()
        {
            if (Unsafe.SizeOf<UnitCount>() != 2 * sizeof(long))
            {
                return -1;
            }

            UnitCount probe = new(1, CountUnit.Enterprises);
            ref long slot0 = ref Unsafe.As<UnitCount, long>(ref probe);
            return slot0 == 1 ? 0 : Unsafe.Add(ref slot0, 1) == 1 ? 1 : -1;
        }
    }
}
