using System.Collections.Generic;
using NodaTime;

namespace Indicators.Regions;

/// <summary>
/// Where a code's area lies in a later list, found by following successor rows:
/// 332627 玉环县 → 331021 玉环县 (1994-12) → 331083 玉环市 (2017-08).
/// </summary>
/// <remarks>
/// <para>The trace is complete only when every listing it reached is in force in the list asked for or has successor
/// rows; a listing that ended with none (an abolition, a merger into an existing unit outside Zhejiang, or a case the
/// rules left out) is in <see cref="Unresolved"/>, never dropped in silence.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SuccessionTrace
{
    internal SuccessionTrace(
        Region start, YearMonth listMonth, IReadOnlyList<Region> divisions, IReadOnlyList<RegionSuccession> steps,
        IReadOnlyList<Region> unresolved)
    {
        Start = start;
        ListMonth = listMonth;
        Divisions = divisions;
        Steps = steps;
        Unresolved = unresolved;
    }

    /// <summary>The listing the trace starts from: the code's newest listing that began at or before the date asked for.</summary>
    public Region Start { get; }

    /// <summary>The month of the list the trace ends in: the newest list at or before the date asked for.</summary>
    public YearMonth ListMonth { get; }

    /// <summary>The divisions of that list that took over the area, in the order reached; the start itself when its
    /// code is still listed there (perhaps under a new name).</summary>
    public IReadOnlyList<Region> Divisions { get; }

    /// <summary>The successor rows followed, in the order followed.</summary>
    public IReadOnlyList<RegionSuccession> Steps { get; }

    /// <summary>The listings reached that ended before that list with no successor row.</summary>
    public IReadOnlyList<Region> Unresolved { get; }

    /// <summary>Whether every part of the area was followed into the list (<see cref="Unresolved"/> is empty).</summary>
    public bool IsComplete => Unresolved.Count == 0;
}
