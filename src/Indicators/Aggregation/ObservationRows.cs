using System;

namespace Indicators.Aggregation;

/// <summary>
/// The observations a <see cref="DatasetBuilder"/> holds, in the order added: five columns (indicator, region and period
/// numbers, the value in base units and how it was printed: 24 bytes a row) and what finds a row by its key.
/// </summary>
/// <remarks>
/// <para>While every row's key (indicator, region, period in chronological order) is greater than the one before, as when
/// the observations come sorted (a dataset written by <c>DatasetJson.Write</c>, a loop over indicators, regions and
/// months), no key can be there twice and the rows are their own index: a key is found by binary search, and the index
/// costs nothing. The first row out of that order builds a hash table of row numbers (open addressing, at most half full:
/// 8 to 16 bytes a row), which every later row goes into.</para>
/// </remarks>
internal sealed class ObservationRows
{
    private const int MaxSlots = 1 << 30;

    private readonly ChunkedColumn<int> indicators = new();
    private readonly ChunkedColumn<int> regions = new();
    private readonly ChunkedColumn<int> periods = new();
    private readonly ChunkedColumn<long> values = new();
    private readonly ChunkedColumn<int> publications = new();
    private int[]? slots; // null while the rows are in key order; else row + 1 per used slot
    private int slotShift;

    /// <summary>The number of rows.</summary>
    internal int Count => values.Count;

    /// <summary>The distinct periods of the rows, numbered in the order first added (<see cref="DatasetBuilder"/> adds a
    /// period only with a row, so that every period here is some row's).</summary>
    internal PeriodTable Periods { get; } = new();

    /// <summary>Whether the rows are still in key order (no hash table).</summary>
    internal bool InKeyOrder => slots is null;

    /// <summary>Whether a row has the key; <paramref name="period"/> is a number of <see cref="Periods"/>, or −1 for a
    /// period not there (then there is none).</summary>
    internal bool Contains(int indicator, int region, int period)
    {
        if (period < 0 || Count == 0)
        {
            return false;
        }

        if (slots is not null)
        {
            return Find(indicator, region, period) >= 0;
        }

        long order = Periods.Order(period);
        int c = Compare(indicator, region, order, Count - 1);
        return c <= 0 && (c == 0 || Search(indicator, region, order));
    }

    /// <summary>Adds a row whose key no row has (<see cref="Contains"/> said so).</summary>
    internal void Add(int indicator, int region, int period, long value, int publication)
    {
        indicators.Add(indicator);
        regions.Add(region);
        periods.Add(period);
        values.Add(value);
        publications.Add(publication);
        int row = Count - 1;
        if (slots is not null)
        {
            Insert(row);
        }
        else if (row > 0 && Compare(indicator, region, Periods.Order(period), row - 1) <= 0)
        {
            Index();
        }
    }

    /// <summary>The indicator numbers, one per row.</summary>
    internal int[] Indicators() => indicators.ToArray();

    /// <summary>The region numbers, one per row.</summary>
    internal int[] Regions() => regions.ToArray();

    /// <summary>The period numbers (of <see cref="Periods"/>), one per row.</summary>
    internal int[] PeriodNumbers() => periods.ToArray();

    /// <summary>The values in base units, one per row.</summary>
    internal long[] Values() => values.ToArray();

    /// <summary>The packed publications, one per row.</summary>
    internal int[] Publications() => publications.ToArray();

    private static ulong Hash(int indicator, int region, int period) =>
        unchecked((((ulong)(uint)indicator << 48) ^ ((ulong)(uint)period << 32) ^ (uint)region) * 0x9E3779B97F4A7C15UL);

    /// <summary>The key (<paramref name="indicator"/>, <paramref name="region"/>, <paramref name="order"/>) against a
    /// row's key.</summary>
    private int Compare(int indicator, int region, long order, int row)
    {
        int c = indicator.CompareTo(indicators[row]);
        if (c == 0)
        {
            c = region.CompareTo(regions[row]);
        }

        return c != 0 ? c : order.CompareTo(Periods.Order(periods[row]));
    }

    /// <summary>Binary search of rows in key order.</summary>
    private bool Search(int indicator, int region, long order)
    {
        int lo = 0;
        int hi = Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int c = Compare(indicator, region, order, mid);
            if (c == 0)
            {
                return true;
            }

            if (c > 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    /// <summary>The row with the key, or the complement of the free slot where it would go.</summary>
    private int Find(int indicator, int region, int period)
    {
        int[] table = slots!;
        int mask = table.Length - 1;
        int slot = (int)(Hash(indicator, region, period) >> slotShift);
        while (true)
        {
            int entry = table[slot];
            if (entry == 0)
            {
                return ~slot;
            }

            int row = entry - 1;
            if (regions[row] == region && periods[row] == period && indicators[row] == indicator)
            {
                return row;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void Insert(int row)
    {
        if ((long)(row + 1) * 2 > slots!.Length)
        {
            if (slots.Length == MaxSlots)
            {
                if (row + 1 >= MaxSlots)
                {
                    throw new InvalidOperationException($"A dataset builder holds at most {MaxSlots - 1} observations given out of order.");
                }
            }
            else
            {
                Index();
                return;
            }
        }

        slots[~Find(indicators[row], regions[row], periods[row])] = row + 1;
    }

    /// <summary>(Re)builds the hash table of every row, at most half full.</summary>
    private void Index()
    {
        int length = 16;
        while (length < MaxSlots && length < (long)Count * 2 + 2)
        {
            length *= 2;
        }

        slots = new int[length];
        slotShift = 64 - System.Numerics.BitOperations.Log2((uint)length);
        for (int row = 0; row < Count; row++)
        {
            slots[~Find(indicators[row], regions[row], periods[row])] = row + 1;
        }
    }
}
