using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Quantities.Figures;
using Indicators.Reporting;

namespace Indicators.Text;

/// <summary>
/// A figure read in its context by <see cref="FigureReader"/>: what it measures (<see cref="Kind"/>), where it stands in the
/// text, the number as printed with its qualifier and status, whether its unit was left out and inferred, and findings;
/// the typed figure comes from <see cref="TryGetMoney"/>, <see cref="TryGetHeadcount"/>, <see cref="TryGetCount(out PublishedFigure{UnitCount})"/>,
/// <see cref="TryGetRate"/> or <see cref="TryGetPercentagePoints"/>.
/// </summary>
/// <remarks>
/// <para>"超过人民币4700亿元" is money, at least (over) 4 700亿元, and its span covers the whole phrase; "发放奖补158.9万" is money
/// too, with <see cref="IsUnitInferred"/> set, because 奖补 are paid in 元.</para>
/// <para>A reading is a result, not a value to store: a class, immutable and thread-safe.</para>
/// </remarks>
public sealed class FigureInContext : IEquatable<FigureInContext>, IEqualityOperators<FigureInContext, FigureInContext, bool>
{
    private static readonly Ratio Hundred = new(100, 1);
    private static readonly Ratio Hundredth = new(1, 100);

    private readonly Publication publication;
    private readonly long baseUnits;
    private readonly string? unit;
    private readonly FigureFinding[] findings;

    internal FigureInContext(
        FigureKind kind, int start, int length, string unit, bool unitInferred, CountUnit? countUnit, Publication publication, long baseUnits, FigureFinding[]? findings)
    {
        Kind = kind;
        Start = start;
        Length = length;
        this.unit = unit;
        IsUnitInferred = unitInferred;
        CountUnit = countUnit;
        this.publication = publication;
        this.baseUnits = baseUnits;
        this.findings = findings ?? [];
    }

    /// <summary>What the figure measures.</summary>
    public FigureKind Kind { get; }

    /// <summary>Where the figure starts, in UTF-16 code units: at its first qualifier marker or currency word, if any
    /// ("超过人民币4700亿元" starts at 超); a status marker away from the figure is not part of it.</summary>
    public int Start { get; }

    /// <summary>How long the figure is, in UTF-16 code units, up to its unit and the marker after it ("1100万人以上").</summary>
    public int Length { get; }

    /// <summary>The unit word as printed ("元", "人", "家", "%", "个百分点", "美元"), or the one inferred when
    /// <see cref="IsUnitInferred"/> ("元", "人", "家").</summary>
    public string Unit => unit ?? string.Empty;

    /// <summary>Whether the unit was left out and inferred from the phrase before the figure ("发放奖补158.9万" → 元).</summary>
    public bool IsUnitInferred { get; }

    /// <summary>For <see cref="FigureKind.Count"/>: the unit counted; otherwise null.</summary>
    public CountUnit? CountUnit { get; }

    /// <summary>For <see cref="FigureKind.ForeignCurrency"/>: the currency word ("美元"); otherwise null.</summary>
    public string? Currency => Kind == FigureKind.ForeignCurrency ? unit : null;

    /// <summary>The number as printed, with its scale ("4700亿" for 4700亿元; a Chinese numeral as the digits it stands for).</summary>
    public PrintedNumber Printed => publication.Printed;

    /// <summary>The qualifier, with the markers of <see cref="Qualifier"/> and 最高, 最多 (at most), 约合 (approximately) and
    /// the frame 控制在 … (以内) (at most).</summary>
    public Qualifier Qualifier => publication.Qualifier;

    /// <summary>For at-most and at-least figures: whether the printed number itself is included.</summary>
    public bool IsInclusive => publication.Inclusive;

    /// <summary>The status: a 预计 before the figure in its clause makes it a forecast even several characters away.</summary>
    public FigureStatus Status => publication.Status;

    /// <summary>
    /// The interval of true values as <see cref="Qualifier"/> defines it: in fen for money, persons for a headcount, units
    /// for a count, the ratio for a rate or percentage points (1.38% → 0.0138, 0.2个百分点 → 0.002), and whole units of the
    /// currency for a foreign amount.
    /// </summary>
    public ValueInterval Bounds => Kind switch
    {
        FigureKind.Money => publication.Bounds(Hundred, nonNegative: false, wholeBaseUnits: true),
        FigureKind.Headcount or FigureKind.Count => publication.Bounds(Ratio.One, nonNegative: true, wholeBaseUnits: true),
        FigureKind.Percent or FigureKind.PercentagePoints => publication.Bounds(Hundredth, nonNegative: false, wholeBaseUnits: false),
        FigureKind.ForeignCurrency => publication.Bounds(Ratio.One, nonNegative: false, wholeBaseUnits: false),
        _ => default,
    };

    /// <summary>Findings about the figure (conflicting or repeated qualifiers, a foreign currency); empty for most.</summary>
    public IReadOnlyList<FigureFinding> Findings => findings;

    /// <summary>Whether two readings are equal: kind, span, unit, publication and findings.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(FigureInContext? left, FigureInContext? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two readings differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(FigureInContext? left, FigureInContext? right) => !(left == right);

    /// <summary>The figure as money, when it is CNY.</summary>
    /// <param name="figure">The published amount, or <c>default</c>.</param>
    /// <returns>Whether <see cref="Kind"/> is <see cref="FigureKind.Money"/>.</returns>
    public bool TryGetMoney(out PublishedFigure<Money> figure)
    {
        figure = Kind == FigureKind.Money ? new PublishedFigure<Money>(Money.FromFen(baseUnits), publication) : default;
        return Kind == FigureKind.Money;
    }

    /// <summary>The figure as a headcount, when it counts persons.</summary>
    /// <param name="figure">The published headcount, or <c>default</c>.</param>
    /// <returns>Whether <see cref="Kind"/> is <see cref="FigureKind.Headcount"/>.</returns>
    public bool TryGetHeadcount(out PublishedFigure<Headcount> figure)
    {
        figure = Kind == FigureKind.Headcount ? new PublishedFigure<Headcount>(Headcount.FromPersons(baseUnits), publication) : default;
        return Kind == FigureKind.Headcount;
    }

    /// <summary>The figure as a count of its <see cref="CountUnit"/>.</summary>
    /// <param name="figure">The published count, or <c>default</c>.</param>
    /// <returns>Whether <see cref="Kind"/> is <see cref="FigureKind.Count"/>.</returns>
    public bool TryGetCount(out PublishedFigure<UnitCount> figure)
    {
        figure = Kind == FigureKind.Count && CountUnit is CountUnit counted
            ? new PublishedFigure<UnitCount>(new UnitCount(baseUnits, counted), publication)
            : default;
        return Kind == FigureKind.Count;
    }

    /// <summary>The figure as a count of <typeparamref name="TUnit"/>, when that is the unit it counts.</summary>
    /// <typeparam name="TUnit">The unit marker (<see cref="Enterprises"/>, <see cref="PersonTimes"/> …).</typeparam>
    /// <param name="figure">The published count, or <c>default</c>.</param>
    /// <returns>Whether the figure is a count of <typeparamref name="TUnit"/>'s unit.</returns>
    public bool TryGetCount<TUnit>(out PublishedFigure<Count<TUnit>> figure)
        where TUnit : ICountUnit
    {
        bool matches = Kind == FigureKind.Count && TUnit.Unit.Equals(CountUnit);
        figure = matches ? new PublishedFigure<Count<TUnit>>(Count<TUnit>.Of(baseUnits), publication) : default;
        return matches;
    }

    /// <summary>The figure as a published rate, when it is a percentage.</summary>
    /// <param name="rate">The rate, or <c>default</c>.</param>
    /// <returns>Whether <see cref="Kind"/> is <see cref="FigureKind.Percent"/> with at most 36 decimals: a rate printed with
    /// more ("约5." and 37 zeros "%", read because its bounds use its place) is no <see cref="PublishedRate"/>, which
    /// could not be written so that <see cref="PublishedRate.Parse(string)"/> reads it back.</returns>
    public bool TryGetRate(out PublishedRate rate)
    {
        rate = default;
        return Kind == FigureKind.Percent && PublishedRate.TryFromChecked(publication, out rate);
    }

    /// <summary>The figure as percentage points (0.2个百分点 → 0.2 points), when it is a difference of rates; its precision,
    /// qualifier and status are <see cref="Printed"/>, <see cref="Qualifier"/> and <see cref="Status"/>.</summary>
    /// <param name="points">The points as printed, or <c>default</c>.</param>
    /// <returns>Whether <see cref="Kind"/> is <see cref="FigureKind.PercentagePoints"/> with at most 36 decimals, as for
    /// <see cref="TryGetRate"/>.</returns>
    public bool TryGetPercentagePoints(out PercentagePoints points)
    {
        Ratio value = default;
        bool ok = Kind == FigureKind.PercentagePoints && publication.TryGetHundredths(out value);
        points = ok ? PercentagePoints.FromRatio(value) : default;
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(FigureInContext? other)
    {
        if (other is null)
        {
            return false;
        }

        if (Kind != other.Kind || Start != other.Start || Length != other.Length || !string.Equals(unit, other.unit, StringComparison.Ordinal)
            || IsUnitInferred != other.IsUnitInferred || !Equals(CountUnit, other.CountUnit) || publication != other.publication
            || baseUnits != other.baseUnits)
        {
            return false;
        }

        IReadOnlyList<FigureFinding> mine = Findings;
        IReadOnlyList<FigureFinding> theirs = other.Findings;
        if (mine.Count != theirs.Count)
        {
            return false;
        }

        for (int i = 0; i < mine.Count; i++)
        {
            if (mine[i] != theirs[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FigureInContext);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start, Length, unit, publication, baseUnits);

    /// <summary>The figure as the library writes it, with its kind and span: "约115万家 (Count, 3+6)"; an inferred unit is
    /// marked "[inferred]".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string figure = publication.Write(Printed.ToString() + Unit);
        return string.Create(CultureInfo.InvariantCulture, $"{figure} ({Kind}, {Start}+{Length}){(IsUnitInferred ? " [inferred]" : string.Empty)}");
    }
}
