using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Indicators.Periods;

namespace Indicators.Aggregation;

/// <summary>
/// The distinct periods of a <see cref="DatasetBuilder"/>'s observations, each given a number in the order first added,
/// and each one's place in chronological order as a 64-bit key (start, then end, then kind, as
/// <see cref="ReportingPeriod.ChronologicalComparer"/> orders them).
/// </summary>
/// <remarks>
/// <para><see cref="ReportingPeriod.Equals(ReportingPeriod)"/> and its hash code compute the period's end from its start (a
/// NodaTime date addition), which made them the larger part of a builder's lookups. A period is its kind, its start and its
/// length: twelve bytes with no reference and no padding, equal exactly when the periods are equal. Where the runtime
/// lays it out so (checked once), the table compares and hashes those bytes; elsewhere it uses the period's own equality.</para>
/// <para>Looking up the period last found, or the one numbered after it, costs no hash: observations given in order repeat
/// the same run of periods region after region.</para>
/// </remarks>
internal sealed class PeriodTable
{
    private static readonly bool ComparesBits =
        Unsafe.SizeOf<ReportingPeriod>() == Unsafe.SizeOf<PeriodBits>() && !RuntimeHelpers.IsReferenceOrContainsReferences<ReportingPeriod>();

    private static readonly NodaTime.LocalDate Epoch = new(1, 1, 1);

    private readonly List<ReportingPeriod> periods = [];
    private readonly List<PeriodBits> bits = [];
    private readonly List<long> order = [];
    private readonly Dictionary<PeriodBits, int> indexByBits = [];
    private readonly Dictionary<ReportingPeriod, int> indexByValue = [];
    private int last = -1;

    /// <summary>The number of periods.</summary>
    internal int Count => periods.Count;

    /// <summary>The period numbered <paramref name="index"/>.</summary>
    internal ReportingPeriod this[int index] => periods[index];

    /// <summary>The periods, by number.</summary>
    internal ReportingPeriod[] ToArray() => [.. periods];

    /// <summary>The chronological key of the period numbered <paramref name="index"/>.</summary>
    internal long Order(int index) => order[index];

    /// <summary>The chronological key of a period: days from 0001-01-01 to its start (22 bits), its length in days
    /// (22 bits), its kind (4 bits).</summary>
    internal static long OrderOf(ReportingPeriod period)
    {
        long start = NodaTime.Period.DaysBetween(Epoch, period.Start);
        long length = NodaTime.Period.DaysBetween(period.Start, period.End);
        return (start << 26) | (length << 4) | (long)period.Kind;
    }

    /// <summary>The number of a period, or −1 if it is not in the table.</summary>
    internal int IndexOf(ReportingPeriod period)
    {
        if (!ComparesBits)
        {
            return indexByValue.TryGetValue(period, out int found) ? found : -1;
        }

        PeriodBits key = Unsafe.As<ReportingPeriod, PeriodBits>(ref period);
        int guess = last;
        if (guess >= 0)
        {
            if (bits[guess].Equals(key))
            {
                return guess;
            }

            guess = guess + 1 < bits.Count ? guess + 1 : 0;
            if (bits[guess].Equals(key))
            {
                last = guess;
                return guess;
            }
        }

        if (indexByBits.TryGetValue(key, out int index))
        {
            last = index;
            return index;
        }

        return -1;
    }

    /// <summary>Adds a period not in the table; returns its number.</summary>
    internal int Add(ReportingPeriod period)
    {
        int index = periods.Count;
        periods.Add(period);
        order.Add(OrderOf(period));
        if (ComparesBits)
        {
            PeriodBits key = Unsafe.As<ReportingPeriod, PeriodBits>(ref period);
            bits.Add(key);
            indexByBits.Add(key, index);
        }
        else
        {
            indexByValue.Add(period, index);
        }

        last = index;
        return index;
    }

    /// <summary>The twelve bytes of a period (never constructed: a period's bytes are read as one).</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private readonly record struct PeriodBits(int A, int B, int C);
}
