using System;
using Indicators.Aggregation;
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
        long printed = RoundHalfUp(persons, Step(precision));
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
        long step = Step(precision);
        long printed = RoundHalfUp(persons, step);
        PublishedFigure<Headcount> figure = PublishedFigure.Of(Headcount.FromPersons(printed), precision);
        if (!figure.TryGetWholeUnits(out long min, out long max))
        {
            return false;
        }

        bool RoundsToPrinted(long n) => n >= 0 && RoundHalfUp(n, step) == printed;
        bool tight = RoundsToPrinted(min) && RoundsToPrinted(max) && !RoundsToPrinted(min - 1) && !RoundsToPrinted(max + 1);
        bool pointWhenWhole = figure.Printed.Step != Ratio.One || figure.Bounds.IsPoint;
        return tight && pointWhenWhole;
    }

    [QuantityProperty]
    public bool Money_RoundedPublication_ContainsTheValue(Money exact, byte precisionSeed)
    {
        DisplayFormat precision = Precision(precisionSeed);
        long step = 100 * Step(precision); // in fen
        long printed = exact.Fen < 0 ? -RoundHalfUp(-exact.Fen, step) : RoundHalfUp(exact.Fen, step);
        PublishedFigure<Money> figure = PublishedFigure.Of(Money.FromFen(printed), precision);
        return figure.Bounds.Contains(exact.Fen);
    }

    [QuantityProperty]
    public bool BoundedPublications_ContainTheValue(Headcount exact, byte precisionSeed)
    {
        long persons = (exact.Persons % 10_000_000_000L) + 1; // ≥ 1: a strict lower bound one step below is never negative
        DisplayFormat precision = Precision(precisionSeed);
        long step = Step(precision);
        long up = (persons + step - 1) / step * step;
        long down = persons / step * step;
        bool atMost = PublishedFigure.Of(Headcount.FromPersons(up), precision, Qualifier.AtMost, inclusive: true).Bounds.Contains(persons);
        bool atLeast = PublishedFigure.Of(Headcount.FromPersons(down), precision, Qualifier.AtLeast, inclusive: true).Bounds.Contains(persons);

        // A strict bound excludes its printed value, so it is printed one step beyond a value on the grid.
        long above = up == persons ? up + step : up;
        long below = down == persons ? down - step : down;
        ValueInterval under = PublishedFigure.Of(Headcount.FromPersons(above), precision, Qualifier.AtMost, inclusive: false).Bounds;
        ValueInterval over = PublishedFigure.Of(Headcount.FromPersons(below), precision, Qualifier.AtLeast, inclusive: false).Bounds;
        bool strictlyBelow = under.Contains(persons) && !under.Contains(above);
        bool strictlyAbove = over.Contains(persons) && !over.Contains(below);
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
        decimal printed = rate.ToPercentage(decimals, RoundingMode.HalfAwayFromZero); // |rate| ≤ 2⁶¹ × 100%: fits a decimal
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
        bool quotient;
        if (py.Bounds.Contains(Ratio.Zero))
        {
            // A divisor that may be zero gives no quotient; printed whole, the same divisor does.
            PublishedFigure<Headcount> whole = Publish(y, new DisplayFormat(Scale.One, 0));
            quotient = Throws<ArgumentException>(() => PublishedArithmetic.Quotient(px, py))
                && PublishedArithmetic.Quotient(px, whole).Bounds.Contains(new Ratio(x, y));
        }
        else
        {
            quotient = PublishedArithmetic.Quotient(px, py).Bounds.Contains(new Ratio(x, y));
        }

        return sum && difference && quotient;
    }

    /// <summary>A headcount published at <paramref name="precision"/>: rounded half away from zero by this test.</summary>
    internal static PublishedFigure<Headcount> Publish(long persons, DisplayFormat precision) =>
        PublishedFigure.Of(Headcount.FromPersons(RoundHalfUp(persons, Step(precision))), precision);

    /// <summary>The persons one unit of the last printed digit stands for: 1, 10⁴⁻ᵈ (万), 10⁸⁻ᵈ (亿) or 10¹²⁻ᵈ (万亿).</summary>
    internal static long Step(DisplayFormat precision)
    {
        int power = precision.Scale switch
        {
            Scale.One => 0,
            Scale.Wan => 4,
            Scale.Yi => 8,
            Scale.WanYi => 12,
            _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined scale."),
        };
        int zeros = power - precision.Decimals!.Value;
        long step = 1;
        for (int i = 0; i < zeros; i++)
        {
            step *= 10;
        }

        return step;
    }

    /// <summary>n ≥ 0 rounded half away from zero to a multiple of <paramref name="step"/> (the test's own rounding).</summary>
    internal static long RoundHalfUp(long n, long step) => ((2 * n) + step) / (2 * step) * step;

    private static bool Throws<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }

    /// <summary>A precision a headcount can be printed at: whole persons, or 万, 亿 or 万亿 with up to as many decimals as keep whole persons.</summary>
    internal static DisplayFormat Precision(byte seed) => (seed % 4) switch
    {
        0 => new DisplayFormat(Scale.One, 0),
        1 => new DisplayFormat(Scale.Wan, seed / 4 % 5),
        2 => new DisplayFormat(Scale.Yi, seed / 4 % 9),
        _ => new DisplayFormat(Scale.WanYi, seed / 4 % 13),
    };
}
