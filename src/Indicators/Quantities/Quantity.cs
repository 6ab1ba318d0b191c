using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Indicators.Quantities.Figures;

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
    /// <exception cref="OverflowException">A running total leaves the quantity's range, as it would adding the values one by
    /// one with <c>+</c> in this order; the message is the quantity's own.</exception>
    /// <exception cref="ArgumentException">Run-time units differ (<see cref="UnitCount"/> only).</exception>
    /// <remarks>
    /// Money, headcounts and typed counts are one 64-bit integer each: their sum runs over the raw integers with a checked
    /// addition (one add and one overflow-flag test per value, as fast as summing a <c>long[]</c>). If that overflows, the
    /// sum is taken again with the quantity's own <c>+</c>, which throws with a message naming the operands.
    /// </remarks>
    public static T Sum<T>(ReadOnlySpan<T> values)
        where T : struct, IQuantity<T>
    {
        if (LongBacked<T>.Is)
        {
            try
            {
                long raw = SumRaw(MemoryMarshal.Cast<T, long>(values));
                return Unsafe.As<long, T>(ref raw);
            }
            catch (OverflowException)
            {
                // Sum again with the quantity's own +, which throws with a message naming the operands.
            }
        }

        T total = T.AdditiveIdentity;
        foreach (T value in values)
        {
            total += value;
        }

        return total;
    }

    /// <summary>The exact sum of a sequence of quantities (a <see cref="List{T}"/>, an array, a LINQ query …), in order,
    /// with the quantity's own checked <c>+</c>; arrays and lists are read in place and take the span path of
    /// <see cref="Sum{T}(ReadOnlySpan{T})"/>. Nothing goes through <c>decimal</c> or <c>double</c>.</summary>
    /// <typeparam name="T">The quantity type.</typeparam>
    /// <param name="values">The values to add; may be empty.</param>
    /// <returns>The sum; the quantity's zero for an empty sequence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="OverflowException">A running total leaves the quantity's range.</exception>
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

        T total = T.AdditiveIdentity;
        foreach (T value in values)
        {
            total += value;
        }

        return total;
    }

    // Kept out of line so that its loop is compiled without an exception handler around it: add, jo, as for a long[].
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long SumRaw(ReadOnlySpan<long> values)
    {
        long sum = 0;
        foreach (long value in values)
        {
            sum = checked(sum + value);
        }

        return sum;
    }
}
