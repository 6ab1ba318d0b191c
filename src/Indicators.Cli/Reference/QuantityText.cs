using System;
using Indicators.Catalog;
using Indicators.Quantities;

namespace Indicators.Cli.Reference;

/// <summary>Writes a whole number of an indicator's base units (persons, counted units) with the library's formatting.</summary>
internal static class QuantityText
{
    /// <summary>"146434人" (zh-Hans), "146,434 persons" (en) for 146 434 persons in <c>F0</c>; a count in its own unit;
    /// money in fen, its base unit, as a bare number.</summary>
    internal static string Format(IndicatorDefinition indicator, long whole, DisplayFormat format, IFormatProvider provider) => indicator.Quantity switch
    {
        IndicatorQuantity.Persons => Headcount.FromPersons(whole).ToString(format, provider),
        IndicatorQuantity.Count => new UnitCount(whole, indicator.Unit!).ToString(format, provider),
        _ => ((Ratio)whole).ToString("F0", provider),
    };

    /// <summary>The name of what the indicator counts: 人 / persons, 家 / enterprises, 元 / yuan.</summary>
    internal static string UnitName(IndicatorDefinition indicator, bool english) => indicator.Quantity switch
    {
        IndicatorQuantity.Persons => english ? "persons" : "人",
        IndicatorQuantity.Count => english ? indicator.Unit!.EnglishPlural : indicator.Unit!.Simplified,
        IndicatorQuantity.Money => english ? "fen" : "分",
        _ => "%",
    };
}
