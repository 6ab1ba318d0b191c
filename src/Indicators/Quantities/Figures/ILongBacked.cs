namespace Indicators.Quantities.Figures;

/// <summary>
/// Marks a quantity that is exactly one 64-bit integer of base units and nothing else (<see cref="Money"/>,
/// <see cref="Headcount"/>, <see cref="HeadcountChange"/>, <see cref="Count{TUnit}"/>), so that a sum can run over the raw
/// integers (the vectorised exact kernel of <see cref="Utility.CheckedSum"/>). Only types whose whole layout is that one <see cref="long"/> may carry it.
/// </summary>
internal interface ILongBacked
{
}

/// <summary>Whether <typeparamref name="T"/> is <see cref="ILongBacked"/>; a constant once the JIT has compiled a caller.</summary>
/// <typeparam name="T">The quantity type.</typeparam>
internal static class LongBacked<T>
{
    internal static readonly bool Is = typeof(ILongBacked).IsAssignableFrom(typeof(T));
}
