using Indicators.Periods;

namespace Indicators.Sdmx;

/// <summary>A row of an SDMX-CSV message whose OBS_VALUE is empty (not provided) or intentionally missing
/// (<c>NaN</c>, <c>#N/A</c>).</summary>
/// <param name="Line">The line the row starts on.</param>
/// <param name="Indicator">Its INDICATOR.</param>
/// <param name="Region">Its REF_AREA.</param>
/// <param name="Period">Its TIME_PERIOD.</param>
/// <param name="Value">The OBS_VALUE cell: empty, <c>NaN</c> or <c>#N/A</c>.</param>
/// <param name="Status">The OBS_STATUS cell as written (for example <c>O</c>, missing value, or <c>M</c>, cannot exist), or empty.</param>
public sealed record SdmxMissingValue(int Line, string Indicator, string Region, ReportingPeriod Period, string Value, string Status)
{
    /// <summary>Whether the value is intentionally missing (<c>NaN</c> or <c>#N/A</c>) rather than not provided (empty).</summary>
    public bool IsIntentionallyMissing => Value.Length > 0;
}
