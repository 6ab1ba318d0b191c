using System.Globalization;
using NodaTime;

namespace Indicators.Regions;

/// <summary>
/// One successor row of the built-in list: a retired code and a code that took over its area or part of it, from a
/// month on (玉环县 331021 → 玉环市 331083 from 2017-08).
/// </summary>
/// <remarks>
/// <para>A row says which code took over, not how much of the area: a split gives one row for each part, with no
/// shares. Only codes that stop being listed have rows; a new name under the same code (330402 秀城区 → 南湖区) is not a
/// succession but another listing in <see cref="AdministrativeDivisions.History"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RegionSuccession
{
    internal RegionSuccession(Region retired, Region successor, YearMonth from, SuccessionBasis basis)
    {
        Retired = retired;
        Successor = successor;
        From = from;
        Basis = basis;
    }

    /// <summary>The listing that ended: the code under the name it had in the list before <see cref="From"/>.</summary>
    public Region Retired { get; }

    /// <summary>The listing that took over, as it stands in the list of <see cref="From"/>.</summary>
    public Region Successor { get; }

    /// <summary>The retired code: <see cref="Retired"/>'s code.</summary>
    public RegionCode OldCode => Retired.Code;

    /// <summary>The code that took over: <see cref="Successor"/>'s code.</summary>
    public RegionCode NewCode => Successor.Code;

    /// <summary>The month of the first list without the old code. The change itself fell after the list before and no
    /// later than this month (within one month from 2015-01 to 2018-01; within a year or more before).</summary>
    public YearMonth From { get; }

    /// <summary>How the row was found.</summary>
    public SuccessionBasis Basis { get; }

    /// <summary>Whether the row was checked by hand (<see cref="SuccessionBasis.ReplacedBy"/>,
    /// <see cref="SuccessionBasis.MergedInto"/>, <see cref="SuccessionBasis.Split"/>) rather than inferred by rule.</summary>
    public bool IsCheckedByHand => Basis is SuccessionBasis.ReplacedBy or SuccessionBasis.MergedInto or SuccessionBasis.Split;

    /// <summary>For example "331021 玉环县 → 331083 玉环市 from 2017-08 (SameStemSamePrefecture)".</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Retired} → {Successor} from {From:yyyy-MM} ({Basis})");
}
