using System;
using Indicators.Quantities;
using Indicators.Tests.Support;

namespace Indicators.Tests.Quantities;

/// <summary>Decimals convert to ratios exactly, whatever their bits.</summary>
public class DecimalConversionProperties
{
    [QuantityProperty]
    public bool FromDecimal_ThenToDecimal_RoundTrips(int lo, int mid, int hi, bool negative, byte scaleSeed)
    {
        byte scale = (byte)(scaleSeed % 29);
        var value = new decimal(lo, mid, hi, negative, scale);
        Ratio ratio = Ratio.FromDecimal(value);
        return ratio.ToDecimal(scale, RoundingMode.HalfEven) == value
            && Percent.FromRatio(value).Ratio == ratio
            && (value == 0 || Math.Sign(value) == ratio.Sign);
    }
}
