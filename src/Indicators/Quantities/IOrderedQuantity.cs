using System;
using System.Numerics;

namespace Indicators.Quantities;

/// <summary>
/// A quantity whose values are totally ordered by their amount: <see cref="Money"/>, <see cref="Headcount"/>,
/// <see cref="HeadcountChange"/> and <see cref="Count{TUnit}"/> (one unit, fixed at compile time).
/// </summary>
/// <typeparam name="TSelf">The quantity type itself.</typeparam>
public interface IOrderedQuantity<TSelf> :
    IQuantity<TSelf>,
    IComparable<TSelf>,
    IComparable,
    IComparisonOperators<TSelf, TSelf, bool>
    where TSelf : struct, IOrderedQuantity<TSelf>;
