using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Threading;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <content>Roll-ups to every region of a level at once, over the columns.</content>
public sealed partial class Dataset
{
    /// <summary>Bits of <see cref="PackedPublication"/> that hold the decimals and the scale.</summary>
    private const int PrecisionBits = 0x3FF;

    /// <summary>The groupings rolled up to so far, by level (its value) or depth (−1 − depth): each maps every region to
    /// its group once for all indicators.</summary>
    private readonly ConcurrentDictionary<int, Grouping> groupings = new();

    /// <summary>The parts of each indicator rolled up so far (null until then), by indicator index.</summary>
    private Parts?[]? parts;

    /// <summary>
    /// An additive indicator summed to every region of a level (GB/T 2260 <see cref="RegionLevel.Province"/>,
    /// <see cref="RegionLevel.Prefecture"/>, <see cref="RegionLevel.County"/>, or a level of one's own regions) for every
    /// period of the dataset, in one pass over the indicator's observations.
    /// </summary>
    /// <remarks>
    /// <para><b>What is added.</b> The parts of a region in a period are the observations, in that period, of the regions
    /// strictly under it that have no region under them with an observation of the indicator in the same period: the
    /// finest figures of each period, so that nothing is counted twice and nothing is left out. Where only leaves carry figures, each row is the figure <see cref="RollUp"/> gives for that region
    /// and period (<see cref="RollUp"/> prefers instead a region's own figure to those under it). A region's own figure
    /// is never one of its parts; a region or period without parts has no row.</para>
    /// <para><b>Exactly.</b> Totals are exact whatever the order of the parts: the sum overflows if and only if the exact
    /// total leaves the range of a 64-bit integer, as <see cref="Quantity.Sum{T}(ReadOnlySpan{T})"/>'s kernel decides.
    /// Bounds are the sum of the parts' bounds, computed from offsets per printing when every part is printed without a
    /// qualifier (and not at all when every part is exact); a part with a qualifier (约, 以上 …) makes the bounds be added
    /// as intervals, one observation at a time, which is much slower.</para>
    /// <para><b>Cost.</b> The first roll-up of an indicator finds its parts (O(regions) plus a pass over its
    /// observations), and the first to a level maps every region to its group (O(regions)); the dataset keeps both
    /// (the parts take six integers each), so later calls make only one pass over the parts' observations, adding a
    /// part's months a vector at a time where they follow one another, and allocate nothing per observation or per
    /// region, only per group and period.</para>
    /// </remarks>
    /// <param name="indicator">The indicator's code: an indicator whose figures are summed over regions.</param>
    /// <param name="level">The level of the regions rolled up to.</param>
    /// <returns>The table, one row per region of that level and period with at least one part.</returns>
    /// <exception cref="ArgumentException">The indicator is unknown, is <see cref="RollupKind.NotAdditive"/>, or is a rate
    /// (recomputed from its components: use <see cref="RollUp"/>); the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="OverflowException">A total leaves the range of a 64-bit integer; the message names the indicator,
    /// the region and the period.</exception>
    public RollupTable RollUpAll(string indicator, RegionLevel level)
    {
        Utility.Preconditions.CheckDefined(level, nameof(level));
        int i = SummableIndicator(indicator);
        return RollUpAll(i, GroupingOfLevel(level));
    }

    /// <summary>
    /// As <see cref="RollUpAll(string, RegionLevel)"/>, to every region at a depth of the hierarchy (0 for its roots):
    /// for hierarchies of one's own regions, whose levels say less.
    /// </summary>
    /// <param name="indicator">The indicator's code: an indicator whose figures are summed over regions.</param>
    /// <param name="depth">How many ancestors the regions rolled up to have; not negative.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">As for the other overload.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is negative.</exception>
    /// <exception cref="OverflowException">A total leaves the range of a 64-bit integer.</exception>
    public RollupTable RollUpAll(string indicator, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        int i = SummableIndicator(indicator);
        return RollUpAll(i, GroupingOfDepth(depth));
    }

    /// <summary>
    /// A flow summed to every region of a level for the year to the end of each month of <paramref name="year"/>: the row
    /// of month m holds the sum of the monthly figures of January to m (a running sum of the monthly totals, which are
    /// those of <see cref="RollUpAll(string, RegionLevel)"/>).
    /// </summary>
    /// <remarks>
    /// <para>The parts are chosen as for <see cref="RollUpAll(string, RegionLevel)"/>; only figures for the months of
    /// <paramref name="year"/> (<see cref="ReportingPeriod.Month(int, int)"/>) are added. The row of month m is there when
    /// m itself has a part; <see cref="RollupRow.PartCount"/> counts the figures of January to m, so a region missing a
    /// month shows as fewer parts than the months times the regions.</para>
    /// </remarks>
    /// <param name="indicator">The indicator's code: a flow summed over regions.</param>
    /// <param name="level">The level of the regions rolled up to.</param>
    /// <param name="year">The year.</param>
    /// <returns>The table, whose periods are the years to date of the twelve months
    /// (<see cref="ReportingPeriod.YearToDate(NodaTime.LocalDate)"/> of each month's last day).</returns>
    /// <exception cref="ArgumentException">The indicator is unknown, not additive over regions, or not a flow: a cumulative
    /// indicator is already year-to-date, a stock takes its month-end figure; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined, or <paramref name="year"/> is
    /// outside the years of <see cref="ReportingPeriod"/>.</exception>
    /// <exception cref="OverflowException">A total leaves the range of a 64-bit integer.</exception>
    public RollupTable YearToDateAll(string indicator, RegionLevel level, int year)
    {
        Utility.Preconditions.CheckDefined(level, nameof(level));
        int i = SummableIndicator(indicator);
        IndicatorDefinition definition = Catalog.At(i);
        if (definition.Nature != TemporalNature.Flow)
        {
            throw new ArgumentException(
                definition.Nature == TemporalNature.Cumulative
                    ? $"The indicator \"{definition.Code}\" ({definition.Name}) is cumulative: its figures are already year-to-date and are never summed again; roll up its year-to-date figures with RollUpAll."
                    : $"The indicator \"{definition.Code}\" ({definition.Name}) is a stock: its figure for a year to date is the one at the month's end, not a sum; roll up that month with RollUpAll.",
                nameof(indicator));
        }

        Utility.Preconditions.CheckRange(year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear, nameof(year));
        var slotOf = new int[periods.Length];
        Array.Fill(slotOf, 12);
        var columns = new ReportingPeriod[12];
        for (int m = 1; m <= 12; m++)
        {
            ReportingPeriod month = ReportingPeriod.Month(year, m);
            int p = Array.IndexOf(periods, month);
            if (p >= 0)
            {
                slotOf[p] = m - 1;
            }

            columns[m - 1] = ReportingPeriod.YearToDate(month.End);
        }

        return Aggregate(i, GroupingOfLevel(level), slotOf, columns, runningSum: true);
    }

    private RollupTable RollUpAll(int indicator, Grouping grouping)
    {
        var slotOf = new int[periods.Length];
        for (int p = 0; p < slotOf.Length; p++)
        {
            slotOf[p] = p;
        }

        return Aggregate(indicator, grouping, slotOf, (ReportingPeriod[])periods.Clone(), runningSum: false);
    }

    private int SummableIndicator(string indicator)
    {
        int i = IndicatorIndex(indicator);
        IndicatorDefinition definition = Catalog.At(i);
        return definition.Rollup.Kind switch
        {
            RollupKind.Sum => i,
            RollupKind.Ratio => throw new ArgumentException(
                $"The rate \"{definition.Code}\" ({definition.Name}) is recomputed from \"{definition.Rollup.Numerator}\" and \"{definition.Rollup.Denominator}\", not summed: roll those up with RollUpAll, or the rate region by region with RollUp.",
                nameof(indicator)),
            _ => throw new ArgumentException(
                $"The indicator \"{definition.Code}\" ({definition.Name}) does not add up over regions: its figures cannot be rolled up.", nameof(indicator)),
        };
    }

    /// <summary>The grouping of a level, built on first use and kept: the dataset is immutable.</summary>
    private Grouping GroupingOfLevel(RegionLevel level) =>
        groupings.TryGetValue((int)level, out Grouping? grouping)
            ? grouping
            : groupings.GetOrAdd((int)level, BuildGrouping(r => Regions.Regions[r].Level == level));

    /// <summary>The grouping of a depth (keys below 0, apart from the levels'), built on first use and kept.</summary>
    private Grouping GroupingOfDepth(int depth) =>
        groupings.TryGetValue(-1 - depth, out Grouping? grouping)
            ? grouping
            : groupings.GetOrAdd(-1 - depth, BuildGrouping(r => Regions.Depth(r) == depth));

    private Grouping BuildGrouping(Func<int, bool> isGroup)
    {
        int regionCount = Regions.Count;
        var list = new List<int>();
        var groupOf = new int[regionCount];
        for (int r = 0; r < regionCount; r++)
        {
            groupOf[r] = -1;
            if (isGroup(r))
            {
                groupOf[r] = list.Count;
                list.Add(r);
            }
        }

        var above = new int[regionCount];
        for (int r = 0; r < regionCount; r++)
        {
            int g = -1;
            for (int p = Regions.ParentIndex(r); p >= 0; p = Regions.ParentIndex(p))
            {
                if (groupOf[p] >= 0)
                {
                    g = groupOf[p];
                    break;
                }
            }

            above[r] = g;
        }

        return new Grouping(list.ToArray(), above);
    }

    /// <summary>The parts of an indicator, found on first use and kept (computing them twice in a race is harmless:
    /// both give the same).</summary>
    private Parts PartsOf(int indicator)
    {
        Parts?[] all = LazyInitializer.EnsureInitialized(ref parts, () => new Parts?[Catalog.Count]);
        return Volatile.Read(ref all[indicator])
            ?? Interlocked.CompareExchange(ref all[indicator], BuildParts(indicator), null)
            ?? all[indicator]!;
    }

    private Parts BuildParts(int indicator)
    {
        (int start, int end) = IndicatorRows(indicator);
        int regionCount = Regions.Count;

        // The rows of each region: a run, as the rows are sorted by indicator and region.
        var runStart = new int[regionCount];
        var runEnd = new int[regionCount];
        for (int row = start; row < end;)
        {
            int r = regions[row];
            int next = RunEnd(row, end, r);
            runStart[r] = row;
            runEnd[r] = next;
            row = next;
        }

        // A region's rows are parts in the periods in which nothing under it has rows. Most regions with rows have none
        // below them; for the few that do (a city publishing beside its counties), note the periods taken from below.
        Dictionary<int, bool[]>? takenFromBelow = null;
        for (int r = 0; r < regionCount; r++)
        {
            if (runEnd[r] <= runStart[r])
            {
                continue;
            }

            for (int a = Regions.ParentIndex(r); a >= 0; a = Regions.ParentIndex(a))
            {
                if (runEnd[a] > runStart[a])
                {
                    takenFromBelow ??= [];
                    if (!takenFromBelow.TryGetValue(a, out bool[]? taken))
                    {
                        takenFromBelow[a] = taken = new bool[periods.Length];
                    }

                    for (int row = runStart[r]; row < runEnd[r]; row++)
                    {
                        taken[periodIndices[row]] = true;
                    }
                }
            }
        }

        // Each part is a run of rows of one region: the whole run, or for a region with rows below it, each stretch of
        // its rows in periods nothing below it has.
        var runs = new List<(int Region, int First, int Stop)>();
        for (int r = 0; r < regionCount; r++)
        {
            if (runEnd[r] <= runStart[r])
            {
                continue;
            }

            if (takenFromBelow is null || !takenFromBelow.TryGetValue(r, out bool[]? taken))
            {
                runs.Add((r, runStart[r], runEnd[r]));
                continue;
            }

            for (int row = runStart[r]; row < runEnd[r];)
            {
                if (taken[periodIndices[row]])
                {
                    row++;
                    continue;
                }

                int first = row;
                while (row < runEnd[r] && !taken[periodIndices[row]])
                {
                    row++;
                }

                runs.Add((r, first, row));
            }
        }

        var result = new Parts(runs.Count);
        int k = 0;
        foreach ((int r, int first, int stop) in runs)
        {
            int orBits = 0;
            int andBits = -1;
            bool consecutive = true;
            for (int row = first; row < stop; row++)
            {
                orBits |= publications[row];
                andBits &= publications[row];
                consecutive &= row == first || periodIndices[row] == periodIndices[row - 1] + 1;
            }

            result.Regions[k] = r;
            result.Starts[k] = first;
            result.Ends[k] = stop;
            result.FirstPeriods[k] = consecutive ? periodIndices[first] : -1;
            result.OrBits[k] = orBits;
            result.AndBits[k] = andBits;
            k++;
        }

        result.Count = k;
        return result;
    }

    /// <summary>
    /// Sums the parts of <paramref name="indicator"/> into cells (group, period), then lays them out by slot:
    /// <paramref name="slotOf"/> maps a period to its slot, or to <c>columns.Length</c> for periods left out.
    /// </summary>
    private RollupTable Aggregate(int indicator, Grouping grouping, int[] slotOf, ReportingPeriod[] columns, bool runningSum)
    {
        IndicatorDefinition definition = Catalog.At(indicator);
        (int start, int end) = IndicatorRows(indicator);
        Parts parts = PartsOf(indicator);
        int[] groups = grouping.Groups;
        int[] groupAbove = grouping.GroupAbove;
        int periodCount = periods.Length;
        int cellCount = groups.Length * periodCount;
        int edgeStride = periodCount + 1;
        var totals = new long[cellCount];
        var counts = new int[cellCount];

        // Runs over consecutive periods count through edges: +1 where a run starts, −1 where it stops.
        var edges = new int[groups.Length * edgeStride];
        long wrapped = 0;
        int orBits = 0;
        int andBits = -1;
        int[] periodColumn = periodIndices;
        long[] valueColumn = values;
        int[] partRegions = parts.Regions;
        int[] partStarts = parts.Starts;
        int[] partEnds = parts.Ends;
        int[] partFirsts = parts.FirstPeriods;
        unchecked
        {
            for (int k = 0; k < parts.Count; k++)
            {
                int g = groupAbove[partRegions[k]];
                if (g < 0)
                {
                    continue;
                }

                orBits |= parts.OrBits[k];
                andBits &= parts.AndBits[k];
                int first = partStarts[k];
                int length = partEnds[k] - first;
                int period = partFirsts[k];
                if (period >= 0)
                {
                    wrapped |= AddConsecutive(totals.AsSpan((g * periodCount) + period, length), valueColumn.AsSpan(first, length));
                    edges[(g * edgeStride) + period]++;
                    edges[(g * edgeStride) + period + length]--;
                }
                else
                {
                    int cells = g * periodCount;
                    for (int row = first, stop = first + length; row < stop; row++)
                    {
                        int cell = cells + periodColumn[row];
                        long value = valueColumn[row];
                        long total = totals[cell];
                        long sum = total + value;
                        wrapped |= (total ^ sum) & (value ^ sum);
                        totals[cell] = sum;
                        counts[cell]++;
                    }
                }
            }
        }

        for (int g = 0; g < groups.Length; g++)
        {
            int running = 0;
            for (int p = 0; p < periodCount; p++)
            {
                running += edges[(g * edgeStride) + p];
                counts[(g * periodCount) + p] += running;
            }
        }

        int slots = columns.Length;
        var periodOfSlot = new int[slots];
        Array.Fill(periodOfSlot, -1);
        for (int p = 0; p < periodCount; p++)
        {
            if (slotOf[p] < slots)
            {
                periodOfSlot[slotOf[p]] = p;
            }
        }

        if (wrapped < 0)
        {
            // A running total wrapped: add again exactly, and fail only where the exact total does not fit.
            var wide = new Int128[cellCount];
            ForEachGroupedRow(parts, groupAbove, (cell, row) => wide[cell] = unchecked(wide[cell] + values[row]));
            for (int cell = 0; cell < cellCount; cell++)
            {
                int slot = slotOf[cell % periodCount];
                if (slot < slots)
                {
                    totals[cell] = Narrow(wide[cell], definition, groups, columns, cell / periodCount, slot);
                }
            }
        }

        // Bounds.
        bool nonNegative = definition.Quantity != IndicatorQuantity.Money;
        int baseExponent = definition.Quantity == IndicatorQuantity.Money ? 2 : 0;
        long[]? lower = null;
        long[]? upper = null;
        byte[]? open = null;
        ValueInterval[]? intervals = null;
        if (((orBits >> 10) & 0x7) != 0)
        {
            var cellBounds = new ValueInterval[cellCount];
            var started = new bool[cellCount];
            ForEachGroupedRow(parts, groupAbove, (cell, row) =>
            {
                ValueInterval b = BaseUnitBounds(definition, row);
                cellBounds[cell] = started[cell] ? cellBounds[cell] + b : b;
                started[cell] = true;
            });
            intervals = cellBounds;
        }
        else if (orBits != andBits || HalfStep(orBits, baseExponent) != 0)
        {
            // Every part is printed without a qualifier, and some rounded: offsets per printing, added per cell.
            var halfSteps = new long[PrecisionBits + 1];
            for (int bits = 0; bits <= PrecisionBits; bits++)
            {
                halfSteps[bits] = HalfStep(bits, baseExponent);
            }

            // A rounded figure v stands for [v − h, v + h) when positive, (v − h, v + h] when negative (rounding is half
            // away from zero), (−h, h) when 0, or [0, h) for a quantity that cannot be negative.
            var cellLower = new long[cellCount];
            var cellUpper = new long[cellCount];
            var cellOpen = new byte[cellCount];
            bool anyRounded = false;
            ForEachGroupedRow(parts, groupAbove, (cell, row) =>
            {
                long half = halfSteps[publications[row] & PrecisionBits];
                if (half != 0)
                {
                    long value = values[row];
                    cellUpper[cell] = checked(cellUpper[cell] + half);
                    cellLower[cell] = checked(cellLower[cell] + (nonNegative && value == 0 ? 0 : half));
                    cellOpen[cell] |= (byte)((value < 0 || (value == 0 && !nonNegative) ? RollupTable.LowerOpen : 0) | (value >= 0 ? RollupTable.UpperOpen : 0) | RollupTable.Rounded);
                    anyRounded = true;
                }
            });

            if (anyRounded)
            {
                lower = cellLower;
                upper = cellUpper;
                open = cellOpen;
            }
        }

        bool[] present = new bool[groups.Length * slots];
        long[] outTotals = new long[groups.Length * slots];
        int[] outCounts = new int[groups.Length * slots];
        long[]? outLower = lower is null ? null : new long[groups.Length * slots];
        long[]? outUpper = upper is null ? null : new long[groups.Length * slots];
        byte[]? outOpen = open is null ? null : new byte[groups.Length * slots];
        ValueInterval[]? outIntervals = intervals is null ? null : new ValueInterval[groups.Length * slots];
        for (int g = 0; g < groups.Length; g++)
        {
            Int128 running = 0;
            int runningCount = 0;
            long runningLower = 0;
            long runningUpper = 0;
            byte runningOpen = 0;
            ValueInterval runningBounds = default;
            for (int s = 0; s < slots; s++)
            {
                int o = (g * slots) + s;
                int p = periodOfSlot[s];
                int cell = (g * periodCount) + p;
                int count = p < 0 ? 0 : counts[cell];
                present[o] = count > 0;
                if (!runningSum)
                {
                    if (p < 0)
                    {
                        continue;
                    }

                    outTotals[o] = totals[cell];
                    outCounts[o] = count;
                    if (outLower is not null)
                    {
                        outLower[o] = lower![cell];
                        outUpper![o] = upper![cell];
                        outOpen![o] = open![cell];
                    }

                    if (outIntervals is not null)
                    {
                        outIntervals[o] = intervals![cell];
                    }

                    continue;
                }

                if (count > 0)
                {
                    running += totals[cell];
                    runningCount += count;
                    if (outLower is not null)
                    {
                        runningLower = checked(runningLower + lower![cell]);
                        runningUpper = checked(runningUpper + upper![cell]);
                        runningOpen |= open![cell];
                    }

                    if (outIntervals is not null)
                    {
                        runningBounds = runningCount == count ? intervals![cell] : runningBounds + intervals![cell];
                    }
                }

                outTotals[o] = Narrow(running, definition, groups, columns, g, s);
                outCounts[o] = runningCount;
                if (outLower is not null)
                {
                    outLower[o] = runningLower;
                    outUpper![o] = runningUpper;
                    outOpen![o] = runningOpen;
                }

                if (outIntervals is not null)
                {
                    outIntervals[o] = runningBounds;
                }
            }
        }

        PackedPublication firstPublication = new(end > start ? publications[start] : 0);
        Region[] groupRegions = Array.ConvertAll(groups, g => Regions.Regions[g]);
        return new RollupTable(
            definition, groupRegions, columns, outTotals, outCounts, outLower, outUpper, outOpen, outIntervals, present,
            new DisplayFormat(firstPublication.Scale, firstPublication.Decimals));
    }

    /// <summary>Calls <paramref name="action"/> with the cell (group, period) and the row of every row of a part that
    /// has a group: for the slow passes (exact totals after a wrap, bounds).</summary>
    private void ForEachGroupedRow(Parts parts, int[] groupAbove, Action<int, int> action)
    {
        int periodCount = periods.Length;
        for (int k = 0; k < parts.Count; k++)
        {
            int g = groupAbove[parts.Regions[k]];
            if (g >= 0)
            {
                for (int row = parts.Starts[k]; row < parts.Ends[k]; row++)
                {
                    action((g * periodCount) + periodIndices[row], row);
                }
            }
        }
    }

    /// <summary>Adds <paramref name="values"/> into <paramref name="totals"/> (wrapping), a vector at a time; the result
    /// is negative when some total wrapped.</summary>
    private static long AddConsecutive(Span<long> totals, ReadOnlySpan<long> values)
    {
        long wrapped = 0;
        int i = 0;
        unchecked
        {
            if (Vector.IsHardwareAccelerated && totals.Length >= Vector<long>.Count)
            {
                Vector<long> wraps = Vector<long>.Zero;
                for (; i <= totals.Length - Vector<long>.Count; i += Vector<long>.Count)
                {
                    var t = new Vector<long>(totals[i..]);
                    var v = new Vector<long>(values[i..]);
                    Vector<long> s = t + v;
                    wraps |= (t ^ s) & (v ^ s);
                    s.CopyTo(totals[i..]);
                }

                for (int lane = 0; lane < Vector<long>.Count; lane++)
                {
                    wrapped |= wraps[lane];
                }
            }

            for (; i < totals.Length; i++)
            {
                long t = totals[i];
                long v = values[i];
                long s = t + v;
                wrapped |= (t ^ s) & (v ^ s);
                totals[i] = s;
            }
        }

        return wrapped;
    }

    /// <summary>The regions rolled up to and, for every region, the index of the group of its nearest strict ancestor
    /// that is one (−1 if none).</summary>
    private sealed class Grouping(int[] groups, int[] groupAbove)
    {
        internal int[] Groups { get; } = groups;

        internal int[] GroupAbove { get; } = groupAbove;
    }

    /// <summary>The parts of an indicator (regions with rows and no region under them with rows), in region order: each
    /// one's run of rows, its first period when the run's periods are consecutive (else −1), and the OR and AND of its
    /// rows' publications.</summary>
    private sealed class Parts(int capacity)
    {
        internal int Count { get; set; }

        internal int[] Regions { get; } = new int[capacity];

        internal int[] Starts { get; } = new int[capacity];

        internal int[] Ends { get; } = new int[capacity];

        internal int[] FirstPeriods { get; } = new int[capacity];

        internal int[] OrBits { get; } = new int[capacity];

        internal int[] AndBits { get; } = new int[capacity];
    }

    /// <summary>The end of the run of rows of <paramref name="region"/> that starts at <paramref name="row"/>: galloping,
    /// then a binary search.</summary>
    private int RunEnd(int row, int end, int region)
    {
        int lo = row;
        int step = 1;
        int hi = row + 1;
        while (hi < end && regions[hi] == region)
        {
            lo = hi;
            step <<= 1;
            hi = row + step;
        }

        // regions[lo] is the region's; the first row that is not lies in (lo, min(hi, end)].
        int left = lo + 1;
        int right = Math.Min(hi, end);
        while (left < right)
        {
            int mid = left + ((right - left) >> 1);
            if (regions[mid] == region)
            {
                left = mid + 1;
            }
            else
            {
                right = mid;
            }
        }

        return left;
    }

    /// <summary>Half the printed step of a figure without qualifier printed with these decimals and scale, in base units
    /// (a figure printed "14.64万人" stands for [146 350, 146 450) persons: 50); 0 where the figure is exact (printed to a
    /// base unit or finer).</summary>
    private static long HalfStep(int bits, int baseExponent)
    {
        var publication = new PackedPublication(bits & PrecisionBits);
        int exponent = (int)publication.Scale - publication.Decimals + baseExponent;
        long half = 5;
        for (int k = 1; k < exponent; k++)
        {
            half *= 10;
        }

        return exponent <= 0 ? 0 : half;
    }

    private ValueInterval BaseUnitBounds(IndicatorDefinition definition, int row)
    {
        Observation observation = At(row);
        return definition.Quantity switch
        {
            IndicatorQuantity.Money => observation.AsMoney().Bounds,
            IndicatorQuantity.Persons => observation.AsPersons().Bounds,
            _ => observation.AsCount().Bounds,
        };
    }

    private long Narrow(Int128 total, IndicatorDefinition definition, int[] groups, ReportingPeriod[] columns, int group, int slot) =>
        total >= long.MinValue && total <= long.MaxValue
            ? (long)total
            : throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"The roll-up of \"{definition.Code}\" to {Regions.Regions[groups[group]]} for {columns[slot]} is {total} base units, outside the range of a 64-bit integer."));
}
