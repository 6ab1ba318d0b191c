using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Sdmx;

/// <summary>An observation read from a row, before it goes into the dataset: the value in base units (for a rate, its
/// printed digits) and how it was printed.</summary>
internal readonly record struct Pending(
    IndicatorDefinition Indicator, string Region, ReportingPeriod Period, long Value, Scale Scale, int Decimals, Qualifier Qualifier, bool Inclusive,
    FigureStatus Status, string? Source)
{
    internal static Pending Of(Observation o)
    {
        (long value, PrintedNumber printed) = o.Indicator.Quantity switch
        {
            IndicatorQuantity.Money => (o.AsMoney().Value.Fen, o.AsMoney().Printed),
            IndicatorQuantity.Persons => (o.AsPersons().Value.Persons, o.AsPersons().Printed),
            IndicatorQuantity.Count => (o.AsCount().Value.Value, o.AsCount().Printed),
            _ => ((long)o.AsRate().Printed.Digits, o.AsRate().Printed),
        };
        return new Pending(o.Indicator, o.Region.Id, o.Period, value, printed.Scale, printed.Decimals, o.Qualifier, o.IsInclusive, o.Status, o.Source);
    }

    /// <summary>Whether it is a figure; throws <see cref="System.ArgumentException"/> (or ArgumentOutOfRangeException) saying why not.</summary>
    internal bool Validate()
    {
        var format = new DisplayFormat(Scale, Decimals);
        _ = Indicator.Quantity switch
        {
            IndicatorQuantity.Money => PublishedFigure.Of(Money.FromFen(Value), format, Qualifier, Inclusive, Status).GetHashCode(),
            IndicatorQuantity.Persons => PublishedFigure.Of(Headcount.FromPersons(Value), format, Qualifier, Inclusive, Status).GetHashCode(),
            IndicatorQuantity.Count => PublishedFigure.Of(new UnitCount(Value, Indicator.Unit!), format, Qualifier, Inclusive, Status).GetHashCode(),
            _ => Rate().GetHashCode(),
        };
        return true;
    }

    internal void AddTo(DatasetBuilder builder)
    {
        var format = new DisplayFormat(Scale, Decimals);
        _ = Indicator.Quantity switch
        {
            IndicatorQuantity.Money => builder.Add(Indicator.Code, Region, Period, PublishedFigure.Of(Money.FromFen(Value), format, Qualifier, Inclusive, Status), Source),
            IndicatorQuantity.Persons => builder.Add(Indicator.Code, Region, Period, PublishedFigure.Of(Headcount.FromPersons(Value), format, Qualifier, Inclusive, Status), Source),
            IndicatorQuantity.Count => builder.Add(Indicator.Code, Region, Period, PublishedFigure.Of(new UnitCount(Value, Indicator.Unit!), format, Qualifier, Inclusive, Status), Source),
            _ => builder.Add(Indicator.Code, Region, Period, Rate(), Source),
        };
    }

    private PublishedRate Rate()
    {
        System.Int128 denominator = 1;
        for (int k = 0; k < Decimals + 2; k++)
        {
            denominator *= 10;
        }

        return PublishedRate.Of(Percent.FromRatio(new Ratio(Value, denominator)), Decimals, Qualifier, Inclusive, Status);
    }
}
