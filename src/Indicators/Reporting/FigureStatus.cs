using System.Text.Json.Serialization;

namespace Indicators.Reporting;

/// <summary>
/// The status of a published figure, as SDMX <c>OBS_STATUS</c> codes it. A status says how final the figure is, not how
/// precise: a forecast is as precise as its digits.
/// </summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<FigureStatus>))]
public enum FigureStatus
{
    /// <summary>A normal value (SDMX A).</summary>
    Normal = 0,

    /// <summary>An estimated value, 估计 (SDMX E).</summary>
    Estimated = 1,

    /// <summary>A forecast, 预计 (SDMX F).</summary>
    Forecast = 2,

    /// <summary>A provisional value, 初步 or 快报 (SDMX P).</summary>
    Provisional = 3,
}
