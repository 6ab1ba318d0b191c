using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Indicators.Regions;

/// <summary>
/// The built-in national list of GB/T 2260 administrative divisions: the 72 lists of county-level-and-above codes the
/// Ministry of Civil Affairs published from 1980-12 to 2019-04, with the successors of retired codes. It gives the
/// hierarchy in force at a date, a code's listings, and where a retired code's area went.
/// </summary>
/// <remarks>
/// <para>A date is answered from the newest list at or before its month (data/gb2260/README.md, "a simple, total
/// rule"): a change between two lists counts from the later one. Dates after 2019-04 get the 2019-04 list, the newest
/// the package has; later changes (Hangzhou's 2021 districts, for one) are not in it. Dates before 1980-12 are out of
/// range.</para>
/// <para>Codes are not unique over time: a few were given to another unit after a gap (330303 西城区 1980-1982, then
/// 龙湾区 from 1984; 450206 市郊区 to 2001, then 柳江区 from 2016). A code together with a date always names one
/// listing, and successor rows belong to the listing that ended just before them. docs/regions.md lists the re-used codes.</para>
/// <para>The list is read from the assembly on first use (in a few milliseconds) and each month's hierarchy is built
/// once; every member is thread-safe.</para>
/// <para>The type is not called <c>Regions</c>: inside any namespace under <c>Indicators</c> that name would mean the
/// namespace <c>Indicators.Regions</c>.</para>
/// </remarks>
public static class AdministrativeDivisions
{
    /// <summary>The months of the lists the package has, oldest first: every December 1980-2011 (2012 is missing),
    /// 2013-12, 2014-12, every month 2015-01 to 2018-01, and 2019-04.</summary>
    public static IReadOnlyList<YearMonth> ListMonths => Gb2260Data.Instance.Months;

    /// <summary>The month of the newest list the package has: 2019-04.</summary>
    public static YearMonth NewestListMonth => Gb2260Data.Instance.Months[^1];

    /// <summary>The divisions in force at a date: those of the newest list at or before its month.</summary>
    /// <param name="date">The date; from 1980-12-01 on. Dates after 2019-04 get the 2019-04 list.</param>
    /// <returns>Provinces at the roots, prefectures under them, counties under their prefecture (or under their province
    /// where the list has no prefecture for them: the districts of the municipalities, the <c>XX90YY</c> units).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 1980-12.</exception>
    public static RegionHierarchy AsOf(LocalDate date) => AsOf(MonthOf(date), nameof(date));

    /// <inheritdoc cref="AsOf(LocalDate)"/>
    /// <param name="month">The month; from 1980-12 on, in the ISO calendar. Months after 2019-04 get the 2019-04 list.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is before 1980-12.</exception>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public static RegionHierarchy AsOf(YearMonth month) => AsOf(month, nameof(month));

    /// <summary>The division a code stands for at a date, as <see cref="AsOf(LocalDate)"/> gives it.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date; from 1980-12-01 on.</param>
    /// <returns>The division.</returns>
    /// <exception cref="KeyNotFoundException">The code is not listed then; the message names the code and the list.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 1980-12.</exception>
    public static Region Find(RegionCode code, LocalDate date)
    {
        Gb2260Data data = Gb2260Data.Instance;
        int list = data.ListIndex(MonthOf(date), nameof(date));
        return data.HierarchyOf(list).TryGet(code.ToString(), out Region? region)
            ? region
            : throw new KeyNotFoundException(string.Create(
                CultureInfo.InvariantCulture, $"The code {code} is not in the list of {data.Months[list]:yyyy-MM}, the one in force on {date:uuuu-MM-dd}."));
    }

    /// <summary>The division a code stands for at a date, if there is one; never throws.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <param name="region">The division, or null.</param>
    /// <returns>Whether the code is listed then (false also for a date before 1980-12).</returns>
    public static bool TryFind(RegionCode code, LocalDate date, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        Gb2260Data data = Gb2260Data.Instance;
        LocalDate iso = date.WithCalendar(CalendarSystem.Iso);
        return data.TryListIndex(iso.Year, iso.Month, out int list) && data.HierarchyOf(list).TryGet(code.ToString(), out region);
    }

    /// <summary>Every listing of a code, oldest first: one for each name it was listed under, and again for each unit
    /// it was given to. <see cref="Region.ValidFrom"/> and <see cref="Region.ValidTo"/> are the first and last lists
    /// naming it; the parent is the one codes.tsv gives for the whole listing.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The listings; empty when the code is never listed.</returns>
    public static IReadOnlyList<Region> History(RegionCode code)
    {
        Gb2260Data data = Gb2260Data.Instance;
        (int start, int count) = data.RowsOf(CodeValue(code));
        var list = new Region[count];
        for (int i = 0; i < count; i++)
        {
            list[i] = data.RegionAt(start + i);
        }

        return list;
    }

    /// <summary>The successor rows of a retired code: which codes took over its area, from which month, and how that was
    /// found. 331021 玉环县 gives 331083 玉环市 from 2017-08.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The rows, by month and new code; empty when the code never stopped being listed or no successor is known.
    /// A re-used code may have rows for each unit it stood for (see <see cref="RegionSuccession.Retired"/>).</returns>
    public static IReadOnlyList<RegionSuccession> Successors(RegionCode code)
    {
        Gb2260Data data = Gb2260Data.Instance;
        (int start, int count) = data.RowsOf(CodeValue(code));
        var list = new List<RegionSuccession>();
        for (int row = start; row < start + count; row++)
        {
            (int first, int n) = data.SuccessionsOf(row);
            for (int s = first; s < first + n; s++)
            {
                list.Add(data.SuccessionAt(s));
            }
        }

        return list;
    }

    /// <summary>
    /// The divisions in force at a date that took over a code's area, following successor rows as far as they go:
    /// 332627 玉环县 → 331021 (1994-12) → 331083 玉环市 (2017-08). A code still listed then gives itself.
    /// </summary>
    /// <param name="code">The code. The trace starts from its newest listing that began at or before the date.</param>
    /// <param name="date">The date; from 1980-12-01 on. Dates after 2019-04 follow the rows into the 2019-04 list.</param>
    /// <returns>The divisions, the rows followed, and the listings that ended with no successor row.</returns>
    /// <exception cref="KeyNotFoundException">The code is never listed.</exception>
    /// <exception cref="ArgumentException">The code is first listed after the date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 1980-12.</exception>
    public static SuccessionTrace SuccessorsAsOf(RegionCode code, LocalDate date)
    {
        Gb2260Data data = Gb2260Data.Instance;
        int list = data.ListIndex(MonthOf(date), nameof(date));
        (int first, int count) = data.RowsOf(CodeValue(code));
        if (count == 0)
        {
            throw new KeyNotFoundException($"The code {code} is in none of the lists 1980-12 to 2019-04.");
        }

        int start = -1;
        for (int row = first; row < first + count && data.FromAt(row) <= list; row++)
        {
            start = row;
        }

        if (start < 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The code {code} is first listed in {data.Months[data.FromAt(first)]:yyyy-MM}, after {date:uuuu-MM-dd}."),
                nameof(date));
        }

        RegionHierarchy hierarchy = data.HierarchyOf(list);
        var divisions = new List<Region>();
        var steps = new List<RegionSuccession>();
        var unresolved = new List<Region>();
        var visited = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            int row = pending.Pop();
            if (!visited.Add(row))
            {
                continue;
            }

            if (data.IsInForce(row, list))
            {
                Region division = hierarchy[data.RegionAt(row).Id];
                if (!divisions.Contains(division))
                {
                    divisions.Add(division);
                }

                continue;
            }

            (int s0, int n) = data.SuccessionsOf(row);
            if (n == 0)
            {
                unresolved.Add(data.RegionAt(row));
                continue;
            }

            for (int s = s0 + n - 1; s >= s0; s--)
            {
                pending.Push(Advance(data, data.SuccessorRow(s), list));
            }

            for (int s = s0; s < s0 + n; s++)
            {
                steps.Add(data.SuccessionAt(s));
            }
        }

        return new SuccessionTrace(data.RegionAt(start), data.Months[list], divisions, steps, unresolved);
    }

    /// <summary>The last listing, up to a list, of the run of renames a listing starts (the same code listed on without a gap).</summary>
    private static int Advance(Gb2260Data data, int row, int list)
    {
        while (row + 1 < data.Count && data.CodeAt(row + 1) == data.CodeAt(row)
            && data.FromAt(row + 1) == data.ToAt(row) && data.FromAt(row + 1) <= list)
        {
            row++;
        }

        return row;
    }

    private static RegionHierarchy AsOf(YearMonth month, string paramName)
    {
        Gb2260Data data = Gb2260Data.Instance;
        return data.HierarchyOf(data.ListIndex(month, paramName));
    }

    private static YearMonth MonthOf(LocalDate date)
    {
        LocalDate iso = date.WithCalendar(CalendarSystem.Iso);
        return new YearMonth(iso.Year, iso.Month);
    }

    private static int CodeValue(RegionCode code) => int.Parse(code.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
}
