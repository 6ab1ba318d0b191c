using System;
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
    /// <exception cref="OverflowException">The sum is outside the quantity's range; the message is the quantity's own.</exception>
    /// <exception cref="ArgumentException">Run-time units differ (<see cref="UnitCount"/> only).</exception>
    /// <remarks>
    /// Money, headcounts and typed counts are one 64-bit integer each: their sum runs over the raw integers with a checked
    /// addition (one add and one overflow-flag test per value, as fast as summing a <c>long[]</c>). If that overflows, the
    /// sum is taken again with the quantity's own <c>+</c>, which throws with a message naming the operands.
    /// </remarks>
    public static T Sum<T>(ReadOnlySpan<T> values)
        where T : struct, IQuantity<T>
    {
        if (LongBacked<T>.Is && TrySumRaw(MemoryMarshal.Cast<T, long>(values), out long raw))
        {
            return Unsafe.As<long, T>(ref raw);
        }

        T total = T.AdditiveIdentity;
        foreach (T value in values)
        {
            total += value;
        }

        return total;
    }

    private static bool TrySumRaw(ReadOnlySpan<long> values, out long total)
    {
        long sum = 0; // a local, not the out parameter, so that the loop keeps it in a register
        try
        {
            foreach (long value in values)
            {
                sum = checked(sum + value);
            }
        }
        catch (OverflowException)
        {
            total = 0;
            return false;
        }

        total = sum;
        return true;
    }
}
