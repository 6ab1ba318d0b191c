using System.Text.Json.Serialization;

namespace Indicators.Periods;

/// <summary>How the share of a period that has passed (序时进度, 时间进度) is counted. Both are in use; months is the default.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<ScheduleConvention>))]
public enum ScheduleConvention
{
    /// <summary>Whole calendar months ended by the as-of date, over the months of the period: 2020-10-31 is 10/12.
    /// A month counts once its last day is reached (2020-10-30 is 9/12).</summary>
    Months = 0,

    /// <summary>Days from the start of the period to the as-of date, both included, over the days of the period:
    /// 2020-10-31 is 305/366.</summary>
    Days = 1,
}
