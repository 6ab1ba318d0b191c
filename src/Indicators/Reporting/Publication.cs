using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// How a figure was published, apart from its value: the number as printed, its qualifier (and whether the printed number
/// itself is included) and its status. Shared by <see cref="PublishedFigure{T}"/> and <see cref="PublishedRate"/>.
/// </summary>
/// <param name="Printed">The number as printed.</param>
/// <param name="Qualifier">The qualifier.</param>
/// <param name="Inclusive">For at-most and at-least figures: whether the printed number itself is included.</param>
/// <param name="Status">The status.</param>
internal readonly record struct Publication(PrintedNumber Printed, Qualifier Qualifier, bool Inclusive, FigureStatus Status)
{
    /// <summary>The format that prints a value at the printed precision ("W2" for "14.64万").</summary>
    internal DisplayFormat Precision => new(Printed.Scale, Printed.Decimals);

    /// <summary>The interval of true values, in base units, as <see cref="Qualifiers"/> defines it.</summary>
    internal ValueInterval Bounds(Ratio unit, bool nonNegative, bool wholeBaseUnits) =>
        Qualifiers.Bounds(Printed, unit, Qualifier, Inclusive, nonNegative, wholeBaseUnits);

    /// <summary>Whether the printed number, <paramref name="unit"/> base units each, is <paramref name="value"/> base units.</summary>
    internal bool Prints(Ratio value, Ratio unit) => Printed.Value * unit == value;

    /// <summary>The figure's text with the markers around it, in simplified characters.</summary>
    internal string Write(string figure) => PublishedText.Join(figure, Qualifier, Inclusive, Status);
}
