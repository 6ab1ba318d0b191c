using System;
using System.IO;
using Indicators.Quantities;

namespace Indicators.Cli.Reference;

/// <summary>Writes a whole number of persons or enterprises with the library's formatting.</summary>
internal static class QuantityText
{
    /// <summary>"146434人" (zh-Hans), "146,434 persons" (en) for 146 434 persons in <c>F0</c>.</summary>
    internal static string Format(QuantityKind kind, long whole, DisplayFormat format, IFormatProvider provider) => kind switch
    {
        QuantityKind.Persons => Headcount.FromPersons(whole).ToString(format, provider),
        QuantityKind.Enterprises => Count<Enterprises>.Of(whole).ToString(format, provider),
        _ => throw new InvalidDataException($"Unknown quantity {kind}."),
    };
}
