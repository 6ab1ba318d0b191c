using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Targets;
using Indicators.Tests.Support;
using NodaTime;

namespace Indicators.Tests.Periods;

/// <summary>Schedule progress never decreases as the as-of date moves on, and is 100% at the end of the period.</summary>
public class ScheduleProgressProperties
{
    [QuantityProperty]
    public bool Monotone_AndFullAtTheEnd(LocalDate date, byte step, bool byDays)
    {
        ScheduleConvention convention = byDays ? ScheduleConvention.Days : ScheduleConvention.Months;
        ReportingPeriod year = ReportingPeriod.Year(date.Year);
        LocalDate later = NodaTime.Period.DaysBetween(date, year.End) < step ? year.End : date.PlusDays(step);

        Percent now = ScheduleProgress.Of(year, date, convention).Rate;
        Percent next = ScheduleProgress.Of(year, later, convention).Rate;
        return now <= next
            && ScheduleProgress.Of(year, year.End, convention).Rate == Percent.OneHundred
            && now >= Percent.Zero;
    }

    [QuantityProperty]
    public bool Months_CountTheMonthsEnded(LocalDate date)
    {
        bool monthEnd = date.Day == date.Calendar.GetDaysInMonth(date.Year, date.Month);
        ScheduleProgress progress = ScheduleProgress.Of(ReportingPeriod.Year(date.Year), date);
        return progress.Elapsed == date.Month - (monthEnd ? 0 : 1) && progress.Total == 12;
    }

    [QuantityProperty]
    public bool Days_CountFromTheStart(ReportingPeriod period, ushort offset)
    {
        LocalDate asOf = period.Start.PlusDays(offset % period.DayCount);
        ScheduleProgress progress = ScheduleProgress.Of(period, asOf, ScheduleConvention.Days);
        return progress.Elapsed == (offset % period.DayCount) + 1 && progress.Total == period.DayCount;
    }
}
