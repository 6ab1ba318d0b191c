using System.Text.Json.Serialization;

namespace Indicators.Periods;

/// <summary>What kind of span of time a <see cref="ReportingPeriod"/> is. Periods of different kinds are never equal and
/// have no order between them.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<PeriodKind>))]
public enum PeriodKind
{
    /// <summary>A calendar month (2020-10, 10月).</summary>
    Month = 0,

    /// <summary>A calendar quarter (2020-Q3, 三季度).</summary>
    Quarter = 1,

    /// <summary>A half-year (2020-S1, 上半年).</summary>
    HalfYear = 2,

    /// <summary>A calendar year (2020, 全年).</summary>
    Year = 3,

    /// <summary>From 1 January to an as-of date (截至10月底 = 2020-01-01 to 2020-10-31): a cumulative period.</summary>
    YearToDate = 4,

    /// <summary>Any other span of whole days.</summary>
    Range = 5,
}
