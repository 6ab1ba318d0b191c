using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Cli.Output;

/// <summary>Short, culture-invariant texts for rates and differences of rates in the table's details.</summary>
internal static class RateText
{
    /// <summary>Decimals rates and differences are shown with.</summary>
    internal const int Decimals = 2;

    /// <summary>The rate exactly when it has at most <see cref="Decimals"/> decimals ("50%"), else rounded half away from
    /// zero to them ("83.33%" for 250/3%).</summary>
    internal static string Short(Percent rate)
    {
        string rounded = rate.ToString(Format, CultureInfo.InvariantCulture);
        return Percent.Parse(rounded, CultureInfo.InvariantCulture) == rate ? rate.ToString() : rounded;
    }

    /// <summary>The size of a difference in percentage points, without its sign, as <see cref="Short"/> writes a rate:
    /// "146.11" for +146.105, "63.07" for +63.0666….</summary>
    internal static string Points(PercentagePoints difference)
    {
        Ratio points = difference.Ratio * 100;
        Ratio size = points.Sign < 0 ? -points : points;
        string rounded = size.ToString(Format, CultureInfo.InvariantCulture);
        return Ratio.Parse(rounded, CultureInfo.InvariantCulture) == size ? size.ToString() : rounded;
    }

    private static DisplayFormat Format => new(Scale.One, Decimals, RoundingMode.HalfAwayFromZero);
}
