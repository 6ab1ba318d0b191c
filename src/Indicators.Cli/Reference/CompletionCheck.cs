using System;
using System.Globalization;
using System.IO;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Cli.Reference;

/// <summary>
/// Checks a published completion rate (完成率) against the published actual and the target, exactly.
/// </summary>
/// <remarks>
/// A published actual stands for every whole number that rounds to it (14.64万人: 146 350–146 449 persons; 39221人: 39 221 only).
/// The rate agrees when at least one of them, divided by the target exactly, rounds half away from zero (四舍五入) to the
/// published rate at its published number of decimals.
/// </remarks>
internal static class CompletionCheck
{
    /// <summary>Parses the figure's text with the library and checks it.</summary>
    /// <exception cref="FormatException">A figure's text is not a figure of its kind.</exception>
    /// <exception cref="InvalidDataException">The figure's kind is unknown, or a precision cannot be told.</exception>
    internal static FigureCheck Run(FigureRecord figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Quantity switch
        {
            QuantityKind.Persons => Run(figure, text => Headcount.Parse(text, CultureInfo.InvariantCulture), Headcount.FromPersons),
            QuantityKind.Enterprises => Run(figure, text => Count<Enterprises>.Parse(text, CultureInfo.InvariantCulture), Count<Enterprises>.Of),
            _ => throw new InvalidDataException($"Figure {figure.Id}: unknown quantity {figure.Quantity}."),
        };
    }

    private static FigureCheck Run<TQuantity>(FigureRecord figure, Func<string, TQuantity> parse, Func<long, TQuantity> fromBaseUnits)
        where TQuantity : struct, IQuantity<TQuantity>
    {
        TQuantity actual = parse(figure.Actual);
        TQuantity target = parse(figure.Target);
        Percent published = Percent.Parse(figure.CompletionRate, CultureInfo.InvariantCulture);
        DisplayFormat actualFormat = PrintedPrecision.OfQuantity(actual, figure.Actual);
        DisplayFormat rateFormat = PrintedPrecision.OfRate(published, figure.CompletionRate);
        ActualRange printedActuals = ActualRange.Printed(actual.BaseUnits, PrintedPrecision.Step(actualFormat));

        // The candidates are the whole numbers the printed actual stands for: one when it was printed exactly,
        // as many as its last digit is worth otherwise (100 for 万 with two decimals).
        long? min = null;
        long max = 0;
        for (long candidate = printedActuals.Min; candidate <= printedActuals.Max; candidate++)
        {
            Percent rate = TargetCompletion.Of(fromBaseUnits(candidate), target).Rate;
            if (RoundsTo(rate, rateFormat, published))
            {
                min ??= candidate;
                max = candidate;
            }
        }

        return new FigureCheck(
            figure,
            actual.BaseUnits,
            actualFormat,
            target.BaseUnits,
            PrintedPrecision.OfQuantity(target, figure.Target),
            TargetCompletion.Of(actual, target).Rate,
            published,
            rateFormat,
            printedActuals,
            min is long first ? new ActualRange(first, max) : null);
    }

    // Whether rate, rounded to the published decimals half away from zero, is the published rate.
    private static bool RoundsTo(Percent rate, DisplayFormat rateFormat, Percent published) =>
        Percent.FromPercentage(rate.ToPercentage(rateFormat.Decimals ?? 0, RoundingMode.HalfAwayFromZero)) == published;
}
