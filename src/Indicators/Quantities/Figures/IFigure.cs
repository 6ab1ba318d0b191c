using System;

namespace Indicators.Quantities.Figures;

/// <summary>A value that reads itself from one printed figure, without throwing.</summary>
/// <typeparam name="TSelf">The value type.</typeparam>
internal interface IFigure<TSelf>
    where TSelf : IFigure<TSelf>
{
    /// <summary>The name used in parse errors ("Money").</summary>
    static abstract string TypeName { get; }

    /// <summary>Reads a whole figure, or says where and why it is not one.</summary>
    static abstract bool TryRead(ReadOnlySpan<char> text, out TSelf value, out ParseFailure failure);
}
