using System;
using System.Globalization;
using System.Numerics;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// One row of a <see cref="RollupTable"/>: a region, a period, the exact total of the parts in base units (fen, persons,
/// units), the bounds their printing gives it, and how many observations were added.
/// </summary>
/// <remarks>A row is a view of its table, made when asked for; it has no JSON form of its own. This type is immutable
/// and thread-safe.</remarks>
public sealed class RollupRow : IEquatable<RollupRow>, IEqualityOperators<RollupRow, RollupRow, bool>
{
    private readonly RollupTable table;
    private readonly int cell;

    internal RollupRow(RollupTable table, int cell)
    {
        this.table = table;
        this.cell = cell;
    }

    /// <summary>The indicator rolled up.</summary>
    public IndicatorDefinition Indicator => Table.Indicator;

    /// <summary>The region rolled up to.</summary>
    public Region Region => Table.RegionOf(cell);

    /// <summary>The period: a period of the dataset, or for a year to date the year to the end of a month.</summary>
    public ReportingPeriod Period => Table.PeriodOf(cell);

    /// <summary>The exact total of the parts, in base units: fen for money, persons, counted units.</summary>
    public long BaseUnits => Table.TotalOf(cell);

    /// <summary>The number of observations added (for a year to date, over every month from January).</summary>
    public int PartCount => Table.PartCountOf(cell);

    /// <summary>Every total the true figures could give, in base units like <see cref="BaseUnits"/> (as
    /// <see cref="PublishedFigure{T}.Bounds"/>): the sum of the parts' bounds; the point <see cref="BaseUnits"/> when every
    /// part was printed exactly.</summary>
    public ValueInterval Bounds => Table.BoundsOf(cell);

    private RollupTable Table => table;

    /// <summary>Whether two rows are the same region, period, total, bounds and part count of the same indicator.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(RollupRow? left, RollupRow? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two rows differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(RollupRow? left, RollupRow? right) => !(left == right);

    /// <summary>
    /// The total as a derived figure in its printed unit (元, persons, the indicator's unit), with its bounds: what
    /// <see cref="Dataset.RollUp"/> gives for the same parts, shown by default in the scale of the indicator's first figure.
    /// Built when asked for.
    /// </summary>
    /// <returns>The figure.</returns>
    public DerivedFigure ToDerivedFigure()
    {
        RollupTable t = Table;
        IndicatorDefinition indicator = t.Indicator;
        long total = t.TotalOf(cell);
        ValueInterval bounds = t.BoundsOf(cell);
        int parts = t.PartCountOf(cell);
        (DerivedUnit unit, Ratio value, ValueInterval inUnits) = indicator.Quantity switch
        {
            IndicatorQuantity.Money => (DerivedUnit.Yuan, DerivedFigure.InUnits<Money>(total), DerivedFigure.ToUnits<Money>(bounds)),
            IndicatorQuantity.Persons => (DerivedUnit.Persons, DerivedFigure.InUnits<Headcount>(total), bounds),
            _ => (DerivedUnit.Of(indicator.Unit!), DerivedFigure.InUnits<UnitCount>(total), bounds),
        };
        DisplayFormat precision = t.Precision;
        int decimals = precision.Decimals ?? 0;
        return new DerivedFigure(
            unit,
            value,
            inUnits,
            new DisplayFormat(precision.Scale),
            new DisplayFormat(precision.Scale, Math.Min(decimals + 1, DisplayFormat.MaxDecimals)),
            (f, language, format) => ExplainText.Pick(
                language,
                string.Create(CultureInfo.InvariantCulture, $"{parts}项之和 = "),
                string.Create(CultureInfo.InvariantCulture, $"{parts}項之和 = "),
                string.Create(CultureInfo.InvariantCulture, $"sum of {parts} figures = ")) + f.ToString(format, language));
    }

    /// <inheritdoc />
    public bool Equals([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] RollupRow? other)
    {
        if (other is null)
        {
            return false;
        }

        return ReferenceEquals(table, other.table) ? cell == other.cell
            : Indicator.Equals(other.Indicator) && Region.Equals(other.Region) && Period == other.Period && BaseUnits == other.BaseUnits
              && PartCount == other.PartCount && Bounds == other.Bounds;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RollupRow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator.Code, Region.Id, Period, BaseUnits, PartCount);

    /// <summary>For example "330000 urban-new-employment 2020-01: 146400 (12 parts)"; culture-invariant; never throws.</summary>
    /// <returns>The region, the indicator, the period, the total in base units and the number of parts.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Region.Id} {Indicator.Code} {Period}: {BaseUnits} ({PartCount} parts)");
}
