using System;
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
            && !month.Contains(month.End.PlusDays(1)) && !month.Contains(month.Start.PlusDays(-1));
    }

    [QuantityProperty]
    public bool Containment_IsReflexiveAndMatchesDays(ReportingPeriod a, ReportingPeriod b) =>
        a.Contains(a)
        && a.Contains(b) == (a.Contains(b.Start) && a.Contains(b.End))
        && (!(a.Contains(b) && b.Contains(a)) || (a.Start == b.Start && a.End == b.End));

    [QuantityProperty]
    public bool Ordering_IsByStartThenEnd(LocalDate start, byte startA, byte lengthA, byte startB, byte lengthB)
    {
        // Ranges that start within a few weeks of each other and nest, where start-then-end order matters.
        var a = ReportingPeriod.Range(start.PlusDays(startA % 21), start.PlusDays((startA % 21) + (lengthA % 60)));
        var b = ReportingPeriod.Range(start.PlusDays(startB % 21), start.PlusDays((startB % 21) + (lengthB % 60)));
        int oracle = a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
        bool contains = a.Contains(b) == (a.Start <= b.Start && b.End <= a.End);
        return Math.Sign(a.CompareTo(b)) == Math.Sign(oracle) && contains;
    }

    [QuantityProperty]
    public bool Ordering_SameKind_IsATotalOrder(SameKindPeriods periods)
    {
        // Sorted by the test's own key (start, then end), every pair must compare as the key does: a total order.
        ReportingPeriod[] sorted = [periods.A, periods.B, periods.C];
        Array.Sort(sorted, (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                ReportingPeriod x = sorted[i];
                ReportingPeriod y = sorted[j];
                bool same = x.Start == y.Start && x.End == y.End;
                int expected = same ? 0 : i.CompareTo(j);
                int sign = Math.Sign(x.CompareTo(y));
                if (sign != expected || (sign == 0) != (x == y) || (x < y) != (sign < 0) || (x >= y) != (sign >= 0))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [QuantityProperty]
    public bool Ordering_DifferentKinds_Throws(ReportingPeriod a, ReportingPeriod b)
    {
        if (a.Kind == b.Kind)
        {
            return Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)); // one kind in six: see the property above
        }

        try
        {
            _ = a.CompareTo(b);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
