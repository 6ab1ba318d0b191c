using System;

namespace Indicators.Aggregation;

/// <summary>The <see cref="InvalidOperationException"/> <see cref="DatasetBuilder.Build"/> throws for a derivation it
/// refuses, with the derivation's place in the order they were added (so that a reader can name its entry).</summary>
internal sealed class DerivationException : InvalidOperationException
{
    internal DerivationException(int index, string message, Exception? innerException)
        : base(message, innerException)
    {
        Index = index;
    }

    /// <summary>The derivation's place among those added, from 0.</summary>
    internal int Index { get; }
}
