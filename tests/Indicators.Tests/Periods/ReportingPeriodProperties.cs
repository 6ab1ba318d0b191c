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
    public bool ChronologicalComparer_IsByStartThenEnd(LocalDate start, byte startA, byte lengthA, byte startB, byte lengthB)
    {
        // Ranges that start within a few weeks of each other and nest, where start-then-end order matters.
        start = start.Year == 9999 ? start.PlusYears(-1) : start;
        var a = ReportingPeriod.Range(start.PlusDays(startA % 21), start.PlusDays((startA % 21) + (lengthA % 60)));
        var b = ReportingPeriod.Range(start.PlusDays(startB % 21), start.PlusDays((startB % 21) + (lengthB % 60)));
        int oracle = a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
        bool contains = a.Contains(b) == (a.Start <= b.Start && b.End <= a.End);
        return Math.Sign(ReportingPeriod.ChronologicalComparer.Compare(a, b)) == Math.Sign(oracle) && contains;
    }

    [QuantityProperty]
    public bool ChronologicalComparer_IsATotalOrderAgreeingWithEquality(SameKindPeriods sameKind, ReportingPeriod other)
    {
        // Sorted by the test's own key (start, then end, then kind), every pair must compare as the key does: a total
        // order over periods of any kinds, zero only for equal periods.
        IComparer<ReportingPeriod> order = ReportingPeriod.ChronologicalComparer;
        ReportingPeriod[] sorted = [sameKind.A, sameKind.B, sameKind.C, other];
        Array.Sort(sorted, (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End != y.End ? x.End.CompareTo(y.End) : ((int)x.Kind).CompareTo((int)y.Kind));
        for (int i = 0; i < sorted.Length; i++)
        {
            for (int j = 0; j < sorted.Length; j++)
            {
                ReportingPeriod x = sorted[i];
                ReportingPeriod y = sorted[j];
                bool same = x.Start == y.Start && x.End == y.End && x.Kind == y.Kind;
                int expected = same ? 0 : i.CompareTo(j);
                int sign = Math.Sign(order.Compare(x, y));
                if (sign != expected || (sign == 0) != (x == y))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
