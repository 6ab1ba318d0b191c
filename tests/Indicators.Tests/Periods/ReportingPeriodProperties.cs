using System;
using System.Collections.Generic;
using Indicators.Periods;
using Indicators.Tests.Support;
using NodaTime;

namespace Indicators.Tests.Periods;

/// <summary>Containment and ordering laws of reporting periods, and their text round trip.</summary>
public class ReportingPeriodProperties
{
    [QuantityProperty]
    public bool Text_RoundTrips(ReportingPeriod period) => ReportingPeriod.Parse(period.ToString(), null) == period;

    [QuantityProperty]
    public bool Calendar_Nesting(LocalDate date)
    {
        var month = ReportingPeriod.Month(date.Year, date.Month);
        var quarter = ReportingPeriod.Quarter(date.Year, ((date.Month - 1) / 3) + 1);
        var half = ReportingPeriod.HalfYear(date.Year, date.Month <= 6 ? 1 : 2);
        var year = ReportingPeriod.Year(date.Year);
        return month.Contains(date) && quarter.Contains(month) && half.Contains(quarter) && year.Contains(half)
            && year.Contains(ReportingPeriod.YearToDate(date))
            && ReportingPeriod.YearToDate(date).Contains(date)
            && (month.End == new LocalDate(9999, 12, 31) || !month.Contains(month.End.PlusDays(1)))
            && (month.Start == new LocalDate(1, 1, 1) || !month.Contains(month.Start.PlusDays(-1)));
    }

    [QuantityProperty]
    public bool Containment_IsReflexiveAndMatchesDays(ReportingPeriod a, ReportingPeriod b) =>
        a.Contains(a)
        && a.Contains(b) == (a.Contains(b.Start) && a.Contains(b.End))
        && (!(a.Contains(b) && b.Contains(a)) || (a.Start == b.Start && a.End == b.End));

    [QuantityProperty]
    public bool ChronologicalComparer_IsByStartThenEnd(LocalDate start, byte[] offsets)
    {
        // Ranges that start within a few weeks of each other and nest, where start-then-end order matters.
        start = start.Year == 9999 ? start.PlusYears(-1) : start;
        byte[] seeds = offsets.Length >= 4 ? offsets : [1, 2, 3, 4];
        var a = ReportingPeriod.Range(start.PlusDays(seeds[0] % 21), start.PlusDays((seeds[0] % 21) + (seeds[1] % 60)));
        var b = ReportingPeriod.Range(start.PlusDays(seeds[2] % 21), start.PlusDays((seeds[2] % 21) + (seeds[3] % 60)));
        int oracle = a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
        bool contains = a.Contains(b) == (a.Start <= b.Start && b.End <= a.End);
        return Math.Sign(ReportingPeriod.ChronologicalComparer.Compare(a, b)) == Math.Sign(oracle) && contains;
    }

    [QuantityProperty]
    public bool ChronologicalComparer_IsATotalOrderAgreeingWithEquality(ReportingPeriod a, ReportingPeriod b, ReportingPeriod c)
    {
        IComparer<ReportingPeriod> order = ReportingPeriod.ChronologicalComparer;
        int ab = Math.Sign(order.Compare(a, b));
        bool antisymmetric = ab == -Math.Sign(order.Compare(b, a)) && (ab == 0) == (a == b);
        bool transitive = !(order.Compare(a, b) <= 0 && order.Compare(b, c) <= 0) || order.Compare(a, c) <= 0;
        bool byStart = a.Start == b.Start || (a.Start < b.Start) == (ab < 0);
        return antisymmetric && transitive && byStart;
    }
}
