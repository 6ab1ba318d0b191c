using System;
using System.Collections.Generic;

namespace Indicators.Quantities;

/// <summary>
/// LINQ-style sums of quantities: <c>amounts.Sum()</c>, <c>rows.Sum(r => r.Amount)</c>. Each is exact and checked, as
/// <see cref="Quantity.Sum{T}(IEnumerable{T})"/> is; rates are not quantities, so <c>rates.Sum()</c> does not compile.
/// </summary>
public static class QuantityEnumerable
{
    /// <summary>The exact sum of a sequence of quantities (<see cref="Quantity.Sum{T}(IEnumerable{T})"/>).</summary>
    /// <typeparam name="T">The quantity type.</typeparam>
    /// <param name="source">The values; may be empty.</param>
    /// <returns>The sum; the quantity's zero for an empty sequence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="OverflowException">The exact total is outside the quantity's range (as for <see cref="Quantity.Sum{T}(IEnumerable{T})"/>).</exception>
    /// <exception cref="ArgumentException">Run-time units differ (<see cref="UnitCount"/> only).</exception>
    public static T Sum<T>(this IEnumerable<T> source)
        where T : struct, IQuantity<T> => Quantity.Sum(source);

    /// <summary>The exact sum of a quantity taken from each element of a sequence.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="T">The quantity type.</typeparam>
    /// <param name="source">The elements; may be empty.</param>
    /// <param name="selector">The quantity of an element.</param>
    /// <returns>The sum; the quantity's zero for an empty sequence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is null.</exception>
    /// <exception cref="OverflowException">The exact total is outside the quantity's range (as for <see cref="Quantity.Sum{T}(IEnumerable{T})"/>).</exception>
    /// <exception cref="ArgumentException">Run-time units differ (<see cref="UnitCount"/> only).</exception>
    public static T Sum<TSource, T>(this IEnumerable<TSource> source, Func<TSource, T> selector)
        where T : struct, IQuantity<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return Quantity.Sum(System.Linq.Enumerable.Select(source, selector));
    }
}
