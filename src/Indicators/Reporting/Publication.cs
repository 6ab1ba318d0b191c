using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Quantities.Figures;

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
    /// <summary>The most digits and decimals <see cref="IsPlainlyValid"/> decides by itself.</summary>
    private const int MaxFastDigits = 18;

    private const long MaxFastValue = 1_000_000_000_000_000_000;

    /// <summary>The most decimals <see cref="TryCreateRate"/> decides by itself.</summary>
    private const int MaxFastRateDecimals = 12;

    /// <summary>The largest digits (and ratio numerator) <see cref="TryCreateRate"/> decides by itself: 10¹⁵.</summary>
    private const long MaxFastRateDigits = 1_000_000_000_000_000;

    /// <summary>10⁰ to 10¹⁸.</summary>
    private static readonly long[] LongPowers = BuildPowers();

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

    /// <summary>The printed number of a percentage (or of percentage points) as a ratio, hundredths of it: 1.38 → 0.0138;
    /// false when it has more than 36 decimals, whose hundredths no power of ten in a 128-bit ratio divides.</summary>
    internal bool TryGetHundredths(out Ratio value)
    {
        bool fits = Printed.Decimals + 2 <= Pow10.Max;
        value = fits ? new Ratio(Printed.Digits, Pow10.Of(Printed.Decimals + 2)) : default;
        return fits;
    }

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

        if (!Qualifiers.TryBounds(printed, unit, qualifier, inclusive, nonNegative, wholeBaseUnits, out _, out problem))
        {
            return false;
        }

        publication = new Publication(printed, qualifier, inclusive, status);
        return true;
    }

    /// <summary>
    /// <see cref="TryCreate"/> for a quantity of whole base units, 10^<paramref name="baseExponent"/> of them a printed unit (2 for money, 0 for
    /// persons and counts): the same verdict, reached with 128-bit integers where the digits are few (every figure a report
    /// prints), so that reading a figure allocates nothing. For text the parser read: the qualifier and status are defined
    /// ones, and the exponent is 0 or 2. Never throws.
    /// </summary>
    internal static bool TryCreateWhole(
        PrintedNumber printed,
        long baseUnits,
        int baseExponent,
        Qualifier qualifier,
        bool inclusive,
        FigureStatus status,
        bool nonNegative,
        out Publication publication,
        [NotNullWhen(false)] out string? problem)
    {
        if (IsPlainlyValid(printed, baseUnits, baseExponent, qualifier, inclusive, status, nonNegative))
        {
            Debug.Assert(
                TryCreate(printed, baseUnits, new Ratio(Pow10.Of(baseExponent), 1), qualifier, inclusive, status, nonNegative, wholeBaseUnits: true, out _, out _),
                "The fast check of a publication agrees with the exact one.");
            publication = new Publication(printed, qualifier, inclusive, status);
            problem = null;
            return true;
        }

        return TryCreate(printed, baseUnits, new Ratio(Pow10.Of(baseExponent), 1), qualifier, inclusive, status, nonNegative, wholeBaseUnits: true, out publication, out problem);
    }

    /// <summary>
    /// <see cref="TryCreate"/> for a rate (<paramref name="value"/> the exact ratio, 1/100 a printed unit): the same
    /// verdict, reached with 128-bit integers where the digits are few, so that reading a rate allocates nothing. For text the
    /// parser read: the qualifier and status are defined ones. Never throws.
    /// </summary>
    internal static bool TryCreateRate(
        PrintedNumber printed,
        Ratio value,
        Qualifier qualifier,
        bool inclusive,
        FigureStatus status,
        out Publication publication,
        [NotNullWhen(false)] out string? problem)
    {
        Debug.Assert(Enum.IsDefined(qualifier) && Enum.IsDefined(status), "Only a qualifier and a status read from text come here.");
        Ratio hundredth = new(1, 100);
        if (printed.Scale == Scale.One && printed.Decimals <= MaxFastRateDecimals
            && printed.Digits <= MaxFastRateDigits && printed.Digits >= -MaxFastRateDigits
            && value.Numerator <= MaxFastRateDigits && value.Numerator >= -MaxFastRateDigits && value.Denominator <= Pow10.Of(MaxFastRateDecimals + 2)
            && value.Numerator * Pow10.Of(printed.Decimals + 2) == printed.Digits * value.Denominator)
        {
            // Digits and decimals this small give bounds whose terms stay below 10³⁰; a rate may be negative, so no end is clipped.
            Debug.Assert(
                TryCreate(printed, value, hundredth, qualifier, inclusive, status, nonNegative: false, wholeBaseUnits: false, out _, out _),
                "The fast check of a rate's publication agrees with the exact one.");
            publication = new Publication(printed, qualifier, inclusive, status);
            problem = null;
            return true;
        }

        return TryCreate(printed, value, hundredth, qualifier, inclusive, status, nonNegative: false, wholeBaseUnits: false, out publication, out problem);
    }

    /// <summary>
    /// Whether a figure of whole base units with at most 18 digits and 18 decimals is valid, by integer arithmetic: the
    /// digits show the value, and the bounds are not empty (for a quantity that cannot be negative, they are empty exactly
    /// when the number is negative and the qualifier is not at-least, or when it is "below 0"). Such bounds always fit a
    /// <see cref="Ratio"/> (their terms stay below 10³⁰). False means "not known to be valid": the exact check decides.
    /// </summary>
    private static bool IsPlainlyValid(PrintedNumber printed, long baseUnits, int baseExponent, Qualifier qualifier, bool inclusive, FigureStatus status, bool nonNegative)
    {
        Debug.Assert(
            Enum.IsDefined(qualifier) && Enum.IsDefined(status) && baseExponent is >= 0 and <= 2,
            "Only a qualifier and a status read from text, and a quantity's own base exponent, come here.");
        if (printed.Decimals > MaxFastDigits || printed.Digits > MaxFastValue || printed.Digits < -MaxFastValue)
        {
            return false;
        }

        long digits = (long)printed.Digits;
        int exponent = (int)printed.Scale + baseExponent - printed.Decimals;
        long power = exponent >= 0 ? LongPowers[exponent] : LongPowers[-exponent];
        bool shows = exponent >= 0
            ? baseUnits % power == 0 && baseUnits / power == digits
            : digits % power == 0 && digits / power == baseUnits;
        if (!shows)
        {
            return false;
        }

        if (!nonNegative)
        {
            return true;
        }

        bool empty = (digits < 0 && qualifier != Qualifier.AtLeast) || (qualifier == Qualifier.AtMost && digits == 0 && !inclusive);
        return !empty;
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

    private static long[] BuildPowers()
    {
        long[] powers = new long[MaxFastDigits + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>The interval of true values, in base units, as <see cref="Qualifiers"/> defines it; checked at creation.</summary>
    internal ValueInterval Bounds(Ratio unit, bool nonNegative, bool wholeBaseUnits) =>
        Qualifiers.Bounds(Printed, unit, Qualifier, Inclusive, nonNegative, wholeBaseUnits);

    /// <summary>The figure's text with the markers around it, in simplified characters.</summary>
    internal string Write(string figure) => PublishedText.Join(figure, Qualifier, Inclusive, Status);
}
