using System;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// Arithmetic on published figures: each result is the value computed from the printed figures together with the
/// interval of values the true figures could give (interval arithmetic on their <see cref="PublishedFigure{T}.Bounds"/>).
/// Results are in base units: fen, persons, units, and their ratios (fen per person).
/// </summary>
public static class PublishedArithmetic
{
    /// <summary>The sum of published figures of one quantity (fees cut + fees returned + subsidies).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="figures">The figures; at least one.</param>
    /// <returns>The sum of the printed values and the bounds of the true sum, in base units.</returns>
    /// <exception cref="ArgumentException"><paramref name="figures"/> is empty.</exception>
    public static BoundedValue Sum<T>(params ReadOnlySpan<PublishedFigure<T>> figures)
        where T : struct, IQuantity<T>
    {
        if (figures.IsEmpty)
        {
            throw new ArgumentException("A sum of published figures needs at least one figure.", nameof(figures));
        }

        Ratio value = Ratio.Zero;
        ValueInterval bounds = ValueInterval.Point(Ratio.Zero);
        foreach (PublishedFigure<T> figure in figures)
        {
            value += new Ratio(figure.Value.BaseUnits, 1);
            bounds += figure.Bounds;
        }

        return new BoundedValue(value, bounds);
    }

    /// <summary>The difference of two published figures of one quantity.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="left">The figure to subtract from.</param>
    /// <param name="right">The figure to subtract.</param>
    /// <returns>The difference of the printed values and the bounds of the true difference, in base units.</returns>
    public static BoundedValue Difference<T>(PublishedFigure<T> left, PublishedFigure<T> right)
        where T : struct, IQuantity<T> =>
        new(new Ratio(left.Value.BaseUnits, 1) - new Ratio(right.Value.BaseUnits, 1), left.Bounds - right.Bounds);

    /// <summary>
    /// The ratio of two published figures: a per-person or per-enterprise average (147.16亿元 over 约115万家) or a share.
    /// </summary>
    /// <typeparam name="TNumerator">The quantity divided.</typeparam>
    /// <typeparam name="TDenominator">The quantity divided by.</typeparam>
    /// <param name="numerator">The figure divided; not negative.</param>
    /// <param name="denominator">The figure divided by; its bounds above zero.</param>
    /// <returns>The ratio of the printed values and the bounds of the true ratio, in base units of each (fen per enterprise).</returns>
    /// <exception cref="ArgumentException">The numerator may be negative, or the denominator may be zero.</exception>
    public static BoundedValue Quotient<TNumerator, TDenominator>(PublishedFigure<TNumerator> numerator, PublishedFigure<TDenominator> denominator)
        where TNumerator : struct, IQuantity<TNumerator>
        where TDenominator : struct, IQuantity<TDenominator>
    {
        if (denominator.Value.BaseUnits == 0)
        {
            throw new ArgumentException($"Cannot divide by the published figure {denominator}, which is zero.", nameof(denominator));
        }

        return new(
            new Ratio(numerator.Value.BaseUnits, denominator.Value.BaseUnits),
            numerator.Bounds / denominator.Bounds);
    }
}
