using System;

namespace Indicators.Quantities.Figures;

/// <summary>Why a decimal in a display unit (元, 万, 亿) did not give a whole number of base units.</summary>
internal enum ScaleProblem
{
    /// <summary>It did.</summary>
    None,

    /// <summary>It is finer than one base unit (0.001 元, 14.64005万人).</summary>
    NotWhole,

    /// <summary>It is outside the 64-bit range of base units.</summary>
    OutOfRange,
}

/// <summary>The one conversion of a decimal in a display unit into a whole number of base units, exactly.</summary>
internal static class ScaledDecimal
{
    /// <summary>
    /// <paramref name="value"/> × <paramref name="basePerUnit"/> as a whole 64-bit number, or the reason it is not one.
    /// The product is checked both ways, so a decimal product rounded to 28 digits cannot pass for an exact one.
    /// </summary>
    internal static ScaleProblem TryToBaseUnits(decimal value, decimal basePerUnit, out long result)
    {
        result = 0;
        decimal product;
        try
        {
            product = value * basePerUnit;
        }
        catch (OverflowException)
        {
            return ScaleProblem.OutOfRange;
        }

        if (decimal.Truncate(product) != product || product / basePerUnit != value)
        {
            return ScaleProblem.NotWhole;
        }

        if (product < long.MinValue || product > long.MaxValue)
        {
            return ScaleProblem.OutOfRange;
        }

        result = (long)product;
        return ScaleProblem.None;
    }
}
