using System;
using System.Numerics;

namespace Indicators.Quantities;

/// <summary>
/// An exact, additive quantity held as a whole number of base units: <see cref="Money"/> (fen),
/// <see cref="Headcount"/> (persons), <see cref="HeadcountChange"/>, <see cref="Count{TUnit}"/> and
/// <see cref="UnitCount"/> (units). Generic code such as <see cref="Quantity.Sum{T}(ReadOnlySpan{T})"/> and target
/// completion is written once against it.
/// </summary>
/// <remarks>
/// A quantity is not necessarily ordered: counts whose unit is known only at run time (<see cref="UnitCount"/>) have no
/// order across units. The quantities that are totally ordered implement <see cref="IOrderedQuantity{TSelf}"/>.
/// </remarks>
/// <typeparam name="TSelf">The quantity type itself.</typeparam>
public interface IQuantity<TSelf> :
    IEquatable<TSelf>,
    ISpanFormattable,
    ISpanParsable<TSelf>,
    IAdditionOperators<TSelf, TSelf, TSelf>,
    ISubtractionOperators<TSelf, TSelf, TSelf>,
    IEqualityOperators<TSelf, TSelf, bool>,
    IAdditiveIdentity<TSelf, TSelf>
    where TSelf : struct, IQuantity<TSelf>
{
    /// <summary>The exact amount in base units: fen for money, persons for a headcount, units for a count.</summary>
    long BaseUnits { get; }

    /// <summary>The power of ten of base units in one printed unit: 2 for money (1 元 = 100 fen), 0 for persons and counts.</summary>
    static abstract int BaseUnitExponent { get; }

    /// <summary>Whether the quantity can be negative: money and changes can, headcounts and counts cannot.</summary>
    static abstract bool IsSigned { get; }

    /// <summary>
    /// Reads the quantity from a number already read (its digits, decimals and scale, no sign) and the text after it (the
    /// unit and nothing else), as <c>TryParse</c> of the whole text would: the hook by which a published figure reads its
    /// number once. False when the text is not such a quantity or the type has no hook; the caller then parses the whole
    /// text, which decides.
    /// </summary>
    internal static virtual bool TryReadUnit(in Figures.ParsedFigure number, ReadOnlySpan<char> unit, out TSelf value)
    {
        value = default;
        return false;
    }
}
