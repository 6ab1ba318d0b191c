using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// How a figure was published, apart from its value: the number as printed, its qualifier (and whether the printed number
/// itself is included) and its status. Shared by <see cref="PublishedFigure{T}"/> and <see cref="PublishedRate"/>, which
/// both create it through <see cref="TryCreate"/>, the one check that a publication stands for some value and that its
/// bounds can be held exactly.
/// </summary>
/// <remarks>Inclusiveness means something only for at-most and at-least figures; elsewhere it is always inclusive, so
/// that two publications that read alike are equal. <c>default</c> is "0" printed without qualifier, normal.</remarks>
internal readonly record struct Publication
{
    private readonly bool exclusive; // stored negated so that default is inclusive

    private Publication(PrintedNumber printed, Qualifier qualifier, bool inclusive, FigureStatus status)
    {
        Printed = printed;
        Qualifier = qualifier;
        exclusive = !inclusive && qualifier is Qualifier.AtMost or Qualifier.AtLeast;
        Status = status;
    }

    /// <summary>The number as printed.</summary>
    internal PrintedNumber Printed { get; }

    /// <summary>The qualifier.</summary>
    internal Qualifier Qualifier { get; }

    /// <summary>For at-most and at-least figures: whether the printed number itself is included; true otherwise.</summary>
    internal bool Inclusive => !exclusive;

    /// <summary>The status.</summary>
    internal FigureStatus Status { get; }

    /// <summary>The format that prints a value at the printed precision ("W2" for "14.64万").</summary>
    internal DisplayFormat Precision => new(Printed.Scale, Printed.Decimals);

    /// <summary>
    /// The printed number of <paramref name="value"/> base units printed in <paramref name="scale"/> with
    /// <paramref name="decimals"/> decimals, or why it cannot be (it has more digits than that).
    /// </summary>
    internal static bool TryPrint(ExactFraction value, Ratio unit, Scale scale, int decimals, out PrintedNumber printed, [NotNullWhen(false)] out string? problem)
    {
        printed = default;
        ExactFraction digits = value / unit * ExactFraction.PowerOfTen(decimals - (int)scale);
        if (!digits.IsInteger)
        {
            problem = "it has more digits than that prints; round it first (Rounding.Round) if it was published rounded";
            return false;
        }

        if (!PrintedNumber.TryCreate(digits.Numerator, decimals, scale, out printed))
        {
            problem = "its printed digits do not fit a printed number";
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>
    /// The one check of a publication: <paramref name="printed"/> shows <paramref name="value"/> (in base units,
    /// <paramref name="unit"/> each printed unit), the qualifier and status are defined, and the figure has bounds that
    /// are not empty and fit exact ratios. Never throws.
    /// </summary>
    internal static bool TryCreate(
        PrintedNumber printed,
        ExactFraction value,
        Ratio unit,
        Qualifier qualifier,
        bool inclusive,
        FigureStatus status,
        bool nonNegative,
        bool wholeBaseUnits,
        out Publication publication,
        [NotNullWhen(false)] out string? problem)
    {
        publication = default;
        if (qualifier is < Qualifier.None or > Qualifier.Span)
        {
            problem = $"{qualifier} is not a defined Qualifier";
            return false;
        }

        if (status is < FigureStatus.Normal or > FigureStatus.Provisional)
        {
            problem = $"{status} is not a defined FigureStatus";
            return false;
        }

        ExactFraction printedValue = ExactFraction.Of((BigInteger)printed.Digits, BigInteger.One)
            * ExactFraction.PowerOfTen((int)printed.Scale - printed.Decimals) * unit;
        if (printedValue.CompareTo(value) != 0)
        {
            problem = $"the number printed ({printed}) is not the value it stands for";
            return false;
        }

        if (!Qualifiers.TryBounds(printed, unit, qualifier, inclusive, nonNegative, wholeBaseUnits, out _, out problem, out _))
        {
            return false;
        }

        publication = new Publication(printed, qualifier, inclusive, status);
        return true;
    }

    /// <summary>
    /// The publication of an exact value printed in <paramref name="scale"/> with <paramref name="decimals"/> decimals:
    /// <see cref="TryPrint"/> and then <see cref="TryCreate"/>, the check both <c>Of</c> methods share. Never throws.
    /// </summary>
    internal static bool TryOf(
        ExactFraction value,
        Ratio unit,
        Scale scale,
        int decimals,
        Qualifier qualifier,
        bool inclusive,
        FigureStatus status,
        bool nonNegative,
        bool wholeBaseUnits,
        out Publication publication,
        [NotNullWhen(false)] out string? problem)
    {
        publication = default;
        return TryPrint(value, unit, scale, decimals, out PrintedNumber printed, out problem)
            && TryCreate(printed, value, unit, qualifier, inclusive, status, nonNegative, wholeBaseUnits, out publication, out problem);
    }

    /// <summary>The interval of true values, in base units, as <see cref="Qualifiers"/> defines it; checked at creation.</summary>
    internal ValueInterval Bounds(Ratio unit, bool nonNegative, bool wholeBaseUnits) =>
        Qualifiers.Bounds(Printed, unit, Qualifier, Inclusive, nonNegative, wholeBaseUnits);

    /// <summary>The figure's text with the markers around it, in simplified characters.</summary>
    internal string Write(string figure) => PublishedText.Join(figure, Qualifier, Inclusive, Status);
}
