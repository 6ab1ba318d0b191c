using System;
using System.Text.Json.Serialization;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// A value derived from published figures, with the interval of values it could truly be: the sum of three rounded 亿元
/// figures, the money per enterprise over "约115万家".
/// </summary>
/// <param name="Value">The value computed from the figures as printed, exactly.</param>
/// <param name="Bounds">Every value the true figures could give.</param>
[JsonConverter(typeof(Indicators.Serialization.BoundedValueJsonConverter))]
public readonly record struct BoundedValue(Ratio Value, ValueInterval Bounds)
{
    /// <summary>The value rounded for display, with its bounds: "12796.52 in [12740.69…, 12852.83…)".</summary>
    /// <param name="decimals">Decimals to show.</param>
    /// <returns>The text.</returns>
    public string ToString(int decimals) =>
        Value.ToString(new DisplayFormat(Scale.One, decimals), System.Globalization.CultureInfo.InvariantCulture) + " in " + Bounds.ToString(decimals);
}
