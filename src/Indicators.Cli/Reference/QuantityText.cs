using System;
using System.IO;
using Indicators.Quantities;

namespace Indicators.Cli.Reference;

/// <summary>Writes a number of base units of a <see cref="QuantityKind"/> with the library's formatting.</summary>
internal static class QuantityText
{
    /// <summary>"14.64万人" (zh-Hans), "14.64 × 10⁴ persons" (en) for 146 400 persons in <c>W2</c>.</summary>
    internal static string Format(QuantityKind kind, long baseUnits, DisplayFormat format, IFormatProvider provider) => kind switch
    {
        QuantityKind.Persons => Headcount.FromPersons(baseUnits).ToString(format, provider),
        QuantityKind.Enterprises => Count<Enterprises>.Of(baseUnits).ToString(format, provider),
        _ => throw new InvalidDataException($"Unknown quantity {kind}."),
    };
}
