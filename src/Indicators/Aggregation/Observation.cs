using System;
using System.Numerics;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Quantities.Figures;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// One figure of a <see cref="Dataset"/>: an indicator's published figure for a region and a period, with its precision,
/// qualifier and status, and where it comes from.
/// </summary>
/// <remarks>
/// <para>Take the figure typed with <see cref="AsMoney"/>, <see cref="AsPersons"/>, <see cref="AsCount"/> or
/// <see cref="AsRate"/>, as the indicator's <see cref="IndicatorDefinition.Quantity"/> says.</para>
/// <para>This type is immutable and thread-safe. It has no JSON form of its own: a dataset is read and written whole.</para>
/// </remarks>
public sealed class Observation : IEquatable<Observation>, IEqualityOperators<Observation, Observation, bool>
{
    private readonly long value;
    private readonly PackedPublication publication;

    internal Observation(IndicatorDefinition indicator, Region region, ReportingPeriod period, long value, PackedPublication publication, string? source)
    {
        Indicator = indicator;
        Region = region;
        Period = period;
        this.value = value;
        this.publication = publication;
        Source = source;
    }

    /// <summary>What the figure measures.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The region it is published for.</summary>
    public Region Region { get; }

    /// <summary>The period it covers (for a cumulative indicator, the year to date).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Where the figure comes from (a report, a table, a page), or null.</summary>
    public string? Source { get; }

    /// <summary>The qualifier it was printed with.</summary>
    public Qualifier Qualifier => publication.Qualifier;

    /// <summary>Its status (normal, estimated, forecast, provisional).</summary>
    public FigureStatus Status => publication.Status;

    /// <summary>For at-most and at-least figures: whether the printed number itself is included.</summary>
    public bool IsInclusive => publication.Inclusive;

    /// <summary>The scale and decimals it was printed with (<c>W2</c> for 14.64万).</summary>
    public DisplayFormat Precision => publication.Precision;

    /// <summary>The value as printed, in base units (fen for money, persons, units) or, for a rate, in units of its last
    /// printed decimal of a percent (138 for 1.38%).</summary>
    internal long RawValue => value;

    internal PackedPublication Publication => publication;

    /// <summary>Whether two observations are the same figure of the same indicator, region and period, from the same source.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Observation? left, Observation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two observations differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Observation? left, Observation? right) => !(left == right);

    /// <summary>The figure of a money indicator.</summary>
    /// <returns>The published figure.</returns>
    /// <exception cref="InvalidOperationException">The indicator is not money; the message names it and what it is.</exception>
    public PublishedFigure<Money> AsMoney() =>
        PublishedFigure.Of(Money.FromFen(Check(IndicatorQuantity.Money)), publication.Precision, Qualifier, IsInclusive, Status);

    /// <summary>The figure of an indicator of persons.</summary>
    /// <returns>The published figure.</returns>
    /// <exception cref="InvalidOperationException">The indicator is not one of persons.</exception>
    public PublishedFigure<Headcount> AsPersons() =>
        PublishedFigure.Of(Headcount.FromPersons(Check(IndicatorQuantity.Persons)), publication.Precision, Qualifier, IsInclusive, Status);

    /// <summary>The figure of a count, in the unit the indicator counts.</summary>
    /// <returns>The published figure.</returns>
    /// <exception cref="InvalidOperationException">The indicator is not a count.</exception>
    public PublishedFigure<UnitCount> AsCount() =>
        PublishedFigure.Of(new UnitCount(Check(IndicatorQuantity.Count), Indicator.Unit!), publication.Precision, Qualifier, IsInclusive, Status);

    /// <summary>The figure of a rate indicator.</summary>
    /// <returns>The published rate.</returns>
    /// <exception cref="InvalidOperationException">The indicator is not a rate.</exception>
    public PublishedRate AsRate()
    {
        long digits = Check(IndicatorQuantity.Rate);
        Percent rate = Percent.FromRatio(new Ratio(digits, Pow10.Of(publication.Decimals + 2)));
        return PublishedRate.Of(rate, publication.Decimals, Qualifier, IsInclusive, Status);
    }

    /// <summary>The figure as a derived figure in its printed unit, with the bounds its printing gives it ("约115万家" is
    /// 1 150 000 家 in [1 145 000, 1 155 000) 家; "1.38%" lies in [1.375%, 1.385%)): what roll-ups and the report's
    /// arithmetic compute with.</summary>
    /// <returns>The figure.</returns>
    public DerivedFigure ToDerivedFigure() => Indicator.Quantity switch
    {
        IndicatorQuantity.Money => DerivedFigure.Of(AsMoney()),
        IndicatorQuantity.Persons => DerivedFigure.Of(AsPersons()),
        IndicatorQuantity.Count => DerivedFigure.Of(AsCount()),
        _ => DerivedFigure.Of(AsRate()),
    };

    /// <summary>The figure as printed, in simplified characters: "14.64万人", "约115万家", "1.38%".</summary>
    /// <returns>The text.</returns>
    public string FigureText() => Indicator.Quantity switch
    {
        IndicatorQuantity.Money => AsMoney().ToString(),
        IndicatorQuantity.Persons => AsPersons().ToString(),
        IndicatorQuantity.Count => AsCount().ToString(),
        _ => AsRate().ToString(),
    };

    /// <inheritdoc />
    public bool Equals([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] Observation? other) =>
        other is not null && Indicator.Equals(other.Indicator) && Equals(Region, other.Region) && Period == other.Period && value == other.value
        && publication == other.publication && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Observation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator.Code, Region.Id, Period, value, publication);

    /// <summary>For example "urban-new-employment 331000 2020-01-01/P10M 14.64万人".</summary>
    /// <returns>The indicator's code, the region's identifier, the period and the figure.</returns>
    public override string ToString() => $"{Indicator.Code} {Region.Id} {Period} {FigureText()}";

    private long Check(IndicatorQuantity expected)
    {
        if (Indicator.Quantity != expected)
        {
            throw new InvalidOperationException(
                $"The indicator \"{Indicator.Code}\" ({Indicator.Name}) is {Describe(Indicator)}, not {expected}; use As{Indicator.Quantity}().");
        }

        return value;
    }

    internal static string Describe(IndicatorDefinition indicator) => indicator.Quantity switch
    {
        IndicatorQuantity.Money => "money",
        IndicatorQuantity.Persons => "persons",
        IndicatorQuantity.Count => "a count of " + indicator.Unit!.EnglishPlural,
        _ => "a rate",
    };
}
