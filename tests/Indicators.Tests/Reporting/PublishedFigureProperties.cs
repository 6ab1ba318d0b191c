using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Tests.Support;

namespace Indicators.Tests.Reporting;

/// <summary>
/// ValueInterval containment: an exact value lies in the bounds of its own publication, for every precision and every
/// qualifier whose meaning allows it; and bounds carried through arithmetic contain the true result.
/// </summary>
public class PublishedFigureProperties
{
    [QuantityProperty]
    public bool RoundedPublication_ContainsTheValue(Headcount exact, byte precisionSeed)
    {
        long persons = exact.Persons % 10_000_000_000L;
        DisplayFormat precision = Precision(precisionSeed);
        long printed = (long)Rounding.Round(persons, precision.Scale, precision.Decimals!.Value, RoundingMode.HalfAwayFromZero);
        PublishedFigure<Headcount> figure = PublishedFigure.Of(Headcount.FromPersons(printed), precision);
        PublishedFigure<Headcount> approximately = PublishedFigure.Of(Headcount.FromPersons(printed), precision, Qualifier.Approximately);
        return figure.Bounds.Contains(persons) && approximately.Bounds.Contains(persons)
            && PublishedFigure.Parse<Headcount>(figure.ToString()) == figure;
    }

    [QuantityProperty]
    public bool RoundedPublication_HoldsExactlyTheWholeNumbersThatRoundToIt(Headcount exact, byte precisionSeed)
    {
        long persons = exact.Persons % 10_000_000_000L;
        DisplayFormat precision = Precision(precisionSeed);
        int decimals = precision.Decimals!.Value;
        long printed = (long)Rounding.Round(persons, precision.Scale, decimals, RoundingMode.HalfAwayFromZero);
        PublishedFigure<Headcount> figure = PublishedFigure.Of(Headcount.FromPersons(printed), precision);
        if (!figure.TryGetWholeUnits(out long min, out long max))
        {
            return false;
        }

        bool RoundsToPrinted(long n) => n >= 0 && (long)Rounding.Round(n, precision.Scale, decimals, RoundingMode.HalfAwayFromZero) == printed;
        bool tight = RoundsToPrinted(min) && RoundsToPrinted(max) && !RoundsToPrinted(min - 1) && !RoundsToPrinted(max + 1);
        bool pointWhenWhole = figure.Printed.Step != Ratio.One || figure.Bounds.IsPoint;
        return tight && pointWhenWhole;
    }

    [QuantityProperty]
    public bool Money_RoundedPublication_ContainsTheValue(Money exact, byte precisionSeed)
    {
        DisplayFormat precision = Precision(precisionSeed);
        decimal yuan = exact.Yuan;
        decimal printed = Rounding.Round(yuan, precision.Scale, precision.Decimals!.Value, RoundingMode.HalfAwayFromZero);
        PublishedFigure<Money> figure = PublishedFigure.Of(Money.FromYuan(printed), precision);
        return figure.Bounds.Contains(exact.Fen);
    }

    [QuantityProperty]
    public bool BoundedPublications_ContainTheValue(Headcount exact, byte precisionSeed)
    {
        long persons = exact.Persons % 10_000_000_000L;
        DisplayFormat precision = Precision(precisionSeed);
        int decimals = precision.Decimals!.Value;
        long up = (long)Rounding.Round(persons, precision.Scale, decimals, RoundingMode.Ceiling);
        long down = (long)Rounding.Round(persons, precision.Scale, decimals, RoundingMode.Floor);
        bool atMost = PublishedFigure.Of(Headcount.FromPersons(up), precision, Qualifier.AtMost, inclusive: true).Bounds.Contains(persons);
        bool atLeast = PublishedFigure.Of(Headcount.FromPersons(down), precision, Qualifier.AtLeast, inclusive: true).Bounds.Contains(persons);
        bool strictlyBelow = up == persons
            || PublishedFigure.Of(Headcount.FromPersons(up), precision, Qualifier.AtMost, inclusive: false).Bounds.Contains(persons);
        bool strictlyAbove = down == persons
            || PublishedFigure.Of(Headcount.FromPersons(down), precision, Qualifier.AtLeast, inclusive: false).Bounds.Contains(persons);
        return atMost && atLeast && strictlyBelow && strictlyAbove;
    }

    [QuantityProperty]
    public bool SpanPublication_ContainsTheValue(Headcount exact, byte placeSeed)
    {
        long persons = (exact.Persons % 10_000_000_000L) + 1;
        long place = 1;
        for (int i = placeSeed % 9; i > 0 && place * 10 <= persons; i--)
        {
            place *= 10;
        }

        long printed = persons / place * place; // "3000多" for 3 456 at the thousands
        PublishedFigure<Headcount> figure = PublishedFigure.Of(Headcount.FromPersons(printed), new DisplayFormat(Scale.One, 0), Qualifier.Span);
        return figure.Bounds.Contains(persons) && figure.Bounds.IsLowerClosed && !figure.Bounds.IsUpperClosed;
    }

    [QuantityProperty]
    public bool Rate_RoundedPublication_ContainsTheRate(Ratio exact, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 4;
        Percent rate = Percent.FromRatio(exact);
        decimal printed;
        try
        {
            printed = rate.ToPercentage(decimals, RoundingMode.HalfAwayFromZero);
        }
        catch (OverflowException)
        {
            return true; // beyond a decimal's digits: not a printable rate
        }

        return PublishedRate.Of(Percent.FromPercentage(printed), decimals).Bounds.Contains(exact);
    }

    [QuantityProperty]
    public bool Arithmetic_BoundsContainTheTrueResult(Headcount a, Headcount b, byte precisionSeed, byte otherPrecisionSeed)
    {
        long x = (a.Persons % 1_000_000_000L) + 1;
        long y = (b.Persons % 1_000_000_000L) + 1;
        PublishedFigure<Headcount> px = Publish(x, Precision(precisionSeed));
        PublishedFigure<Headcount> py = Publish(y, Precision(otherPrecisionSeed));
        ValueInterval sumBounds = PublishedArithmetic.Sum(px, py).Bounds;
        bool sum = sumBounds.Contains(x + y)
            && sumBounds.IsLowerClosed == (px.Bounds.IsLowerClosed && py.Bounds.IsLowerClosed)
            && sumBounds.IsUpperClosed == (px.Bounds.IsUpperClosed && py.Bounds.IsUpperClosed)
            && (sumBounds.IsUpperClosed || !sumBounds.Contains(sumBounds.Upper!.Value));
        bool difference = PublishedArithmetic.Difference(px, py).Bounds.Contains(x - y);
        bool quotient = py.Bounds.Contains(Ratio.Zero) // a divisor that may be zero gives no quotient
            || PublishedArithmetic.Quotient(px, py).Bounds.Contains(new Ratio(x, y));
        return sum && difference && quotient;
    }

    internal static PublishedFigure<Headcount> Publish(long persons, DisplayFormat precision) =>
        PublishedFigure.Of(
            Headcount.FromPersons((long)Rounding.Round(persons, precision.Scale, precision.Decimals!.Value, RoundingMode.HalfAwayFromZero)),
            precision);

    /// <summary>A precision a headcount can be printed at: whole persons, or 万 or 亿 with up to as many decimals as keep whole persons.</summary>
    internal static DisplayFormat Precision(byte seed) => (seed % 3) switch
    {
        0 => new DisplayFormat(Scale.One, 0),
        1 => new DisplayFormat(Scale.Wan, seed / 3 % 5),
        _ => new DisplayFormat(Scale.Yi, seed / 3 % 9),
    };
}
