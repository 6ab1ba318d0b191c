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
    public bool Ordering_IsByStartThenEnd(LocalDate start, byte[] offsets)
    {
        // Ranges that start within a few weeks of each other and nest, where start-then-end order matters.
        byte[] seeds = offsets.Length >= 4 ? offsets : [1, 2, 3, 4];
        var a = ReportingPeriod.Range(start.PlusDays(seeds[0] % 21), start.PlusDays((seeds[0] % 21) + (seeds[1] % 60)));
        var b = ReportingPeriod.Range(start.PlusDays(seeds[2] % 21), start.PlusDays((seeds[2] % 21) + (seeds[3] % 60)));
        int oracle = a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
        bool contains = a.Contains(b) == (a.Start <= b.Start && b.End <= a.End);
        return Math.Sign(a.CompareTo(b)) == Math.Sign(oracle) && contains;
    }

    [QuantityProperty]
    public bool Ordering_SameKind_IsATotalOrder(ReportingPeriod a, ReportingPeriod b, ReportingPeriod c)
    {
        if (a.Kind != b.Kind || b.Kind != c.Kind)
        {
            try
            {
                _ = a.Kind != b.Kind ? a.CompareTo(b) : b.CompareTo(c);
                return false;
            }
            catch (ArgumentException)
            {
                return true;
            }
        }

        int ab = Math.Sign(a.CompareTo(b));
        bool antisymmetric = ab == -Math.Sign(b.CompareTo(a)) && (ab == 0) == (a == b);
        bool transitive = !(a <= b && b <= c) || a <= c;
        bool byStart = a.Start == b.Start || (a.Start < b.Start) == (ab < 0);
        return antisymmetric && transitive && byStart;
    }
}
