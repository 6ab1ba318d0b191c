using System;
using System.Collections.Generic;

namespace Indicators.Aggregation;

/// <content>Derived figures declared in the dataset.</content>
public sealed partial class Dataset
{
    /// <summary>The figures the dataset declares as derived from its observations, in the order given.</summary>
    public IReadOnlyList<DatasetDerivation> Derivations => Array.AsReadOnly(derivations);

    /// <summary>Computes a declared figure from the dataset's observations.</summary>
    /// <param name="derivation">The declaration (one of <see cref="Derivations"/>, or any other).</param>
    /// <returns>The figure, with bounds and an <c>Explain</c> trace.</returns>
    /// <exception cref="ArgumentException">An indicator or the region is unknown, or the calculation does not fit the
    /// indicators (see <see cref="Total"/>, <see cref="PerUnit"/>, <see cref="Share"/>, <see cref="Product"/>).</exception>
    /// <exception cref="KeyNotFoundException">A figure the calculation needs is not in the dataset.</exception>
    public DerivedFigure Evaluate(DatasetDerivation derivation)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        IReadOnlyList<string> codes = derivation.Indicators;
        return derivation.Kind switch
        {
            DerivationKind.Total => Total(derivation.Region, derivation.Period, [.. codes]),
            DerivationKind.PerUnit => PerUnit(codes[0], codes[1], derivation.Region, derivation.Period),
            DerivationKind.Share => Share(codes[0], codes[1], derivation.Region, derivation.Period),
            _ => Product(codes[0], codes[1], derivation.Region, derivation.Period),
        };
    }
}
