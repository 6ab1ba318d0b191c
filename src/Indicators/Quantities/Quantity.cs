using System;

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
    /// <exception cref="OverflowException">The sum is outside the quantity's range.</exception>
    /// <exception cref="ArgumentException">Run-time units differ (<see cref="UnitCount"/> only).</exception>
    public static T Sum<T>(ReadOnlySpan<T> values)
        where T : struct, IQuantity<T>
    {
        T total = T.AdditiveIdentity;
        foreach (T value in values)
        {
            total += value;
        }

        return total;
    }
}
