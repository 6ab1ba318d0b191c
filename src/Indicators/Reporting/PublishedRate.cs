using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Utility;

namespace Indicators.Reporting;

/// <summary>
/// A rate as a report publishes it: "196.11%" is 196.11% printed to two decimals, standing for [196.105%, 196.115%); a
/// qualifier and a status as for <see cref="PublishedFigure{T}"/>.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.PublishedRateJsonConverter))]
public readonly struct PublishedRate : IEquatable<PublishedRate>, ISpanParsable<PublishedRate>, IEqualityOperators<PublishedRate, PublishedRate, bool>
{
    private static readonly Ratio PercentUnit = new(1, 100);

    private readonly Publication publication;

    private PublishedRate(Percent value, Publication publication)
    {
        Value = value;
        this.publication = publication;
    }

    /// <summary>The rate as printed.</summary>
    public Percent Value { get; }

    /// <summary>The number as printed, with its precision (two decimals for "196.11%").</summary>
    public PrintedNumber Printed => publication.Printed;

    /// <summary>The qualifier.</summary>
    public Qualifier Qualifier => publication.Qualifier;

    /// <summary>For at-most and at-least rates: whether the printed number itself is included.</summary>
    public bool IsInclusive => publication.Inclusive;

    /// <summary>The status.</summary>
    public FigureStatus Status => publication.Status;

    /// <summary>The interval of true rates, as exact ratios: [1.96105, 1.96115) for "196.11%".</summary>
    public ValueInterval Bounds => publication.Bounds(PercentUnit, nonNegative: false, wholeBaseUnits: false);

    /// <summary>The number of decimals the rate was printed with.</summary>
    public int Decimals => Printed.Decimals;

    /// <summary>Whether two rates are published alike.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(PublishedRate left, PublishedRate right) => left.Equals(right);

    /// <summary>Whether two rates are published differently.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(PublishedRate left, PublishedRate right) => !left.Equals(right);

    /// <summary>A rate printed with <paramref name="decimals"/> decimals (196.11% with 2).</summary>
    /// <param name="value">The rate as printed.</param>
    /// <param name="decimals">The decimals it was printed with, 0 to 38.</param>
    /// <param name="qualifier">The qualifier; none by default.</param>
    /// <param name="inclusive">For at-most and at-least rates: whether the printed number itself is included.</param>
    /// <param name="status">The status; normal by default.</param>
    /// <returns>The published rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–38.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more decimals than <paramref name="decimals"/>, the
    /// qualifier or status is not defined, or the rate's bounds are not held exactly by 128-bit ratios (too many digits).</exception>
    public static PublishedRate Of(Percent value, int decimals, Qualifier qualifier = Qualifier.None, bool inclusive = true, FigureStatus status = FigureStatus.Normal)
    {
        Preconditions.CheckRange(decimals, 0, DisplayFormat.MaxDecimals, nameof(decimals));
        return Publication.TryOf(value.Ratio, PercentUnit, Scale.One, decimals, qualifier, inclusive, status, nonNegative: false, wholeBaseUnits: false, out Publication publication, out string? problem)
            ? new PublishedRate(value, publication)
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{value} cannot be published with {decimals} decimals ({qualifier}, {status}): {problem}."), nameof(value));
    }

    /// <summary>Reads a published rate: "196.11%", "约5.5%", "3.5%以内", "1.38％".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a published rate, or is printed with more digits than its bounds
    /// can hold exactly; the message says why.</exception>
    public static PublishedRate Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), null);
    }

    /// <summary>Reads a published rate; the text is read the same in every culture, so <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a published rate; the message says why.</exception>
    /// <remarks>Implemented explicitly, so that a call of <see cref="Parse(string)"/> is not taken for a culture-dependent one.</remarks>
    static PublishedRate IParsable<PublishedRate>.Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads a published rate; the text is read the same in every culture, so <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="FormatException">The text is not a published rate; the message says why.</exception>
    public static PublishedRate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryRead(s, out PublishedRate rate, out string? problem)
            ? rate
            : throw new FormatException($"Cannot parse {TextExcerpt.Quote(s)} as a published rate: {problem}.");

    /// <summary>Tries to read a published rate; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The rate, or <c>default</c>.</param>
    /// <returns>Whether the text was a published rate.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PublishedRate result)
    {
        result = default;
        return s is not null && TryRead(s, out result, out _);
    }

    /// <summary>Tries to read a published rate; never throws. <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The rate, or <c>default</c>.</param>
    /// <returns>Whether the text was a published rate.</returns>
    static bool IParsable<PublishedRate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PublishedRate result)
    {
        result = default;
        return s is not null && TryRead(s, out result, out _);
    }

    /// <summary>Tries to read a published rate; never throws. <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The rate, or <c>default</c>.</param>
    /// <returns>Whether the text was a published rate.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PublishedRate result) =>
        TryRead(s, out result, out _);

    /// <summary>Whether <paramref name="exact"/>, rounded to this rate's decimals with <paramref name="mode"/>, prints as this rate.</summary>
    /// <param name="exact">The exact rate, for example a completion rate.</param>
    /// <param name="mode">The rounding mode.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="RoundingMode"/>.</exception>
    public bool IsRoundingOf(Percent exact, RoundingMode mode)
    {
        BigInteger numerator = (BigInteger)exact.Ratio.Numerator * 100 * BigInteger.Pow(10, Decimals);
        return Rounding.Divide(numerator, (BigInteger)exact.Ratio.Denominator, mode) == (BigInteger)Printed.Digits;
    }

    /// <inheritdoc />
    public bool Equals(PublishedRate other) =>
        Value == other.Value && publication == other.publication;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PublishedRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, publication);

    /// <summary>The rate as printed: "196.11%", "约5.5%".</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() =>
        publication.Write(Value.ToString(publication.Precision, CultureInfo.InvariantCulture));

    internal static bool TryRead(ReadOnlySpan<char> s, out PublishedRate result, [NotNullWhen(false)] out string? problem)
    {
        result = default;
        Span<char> buffer = stackalloc char[PublishedText.BufferLength];
        if (!PublishedText.TrySplit(s, buffer, out PublishedText.Parts parts, out problem))
        {
            return false;
        }

        if (!Percent.TryParse(parts.Figure, CultureInfo.InvariantCulture, out Percent value) || parts.Number.Scale != Scale.One)
        {
            problem = $"{TextExcerpt.Quote(parts.Figure)} is not a rate";
            return false;
        }

        if (!Publication.TryCreateRate(parts.Printed, value.Ratio, parts.Qualifier, parts.Inclusive, parts.Status, out Publication publication, out problem))
        {
            return false;
        }

        result = new PublishedRate(value, publication);
        return true;
    }

    /// <summary>The rate of a percentage read from text, whose publication the reader has already checked (printed without
    /// a scale, with bounds that fit); false for one printed with more than 36 decimals ("约5." and 37 zeros "%", whose
    /// bounds fit because they use its place), which <see cref="Parse(string)"/> could not read back. Never throws.</summary>
    internal static bool TryFromChecked(Publication publication, out PublishedRate rate)
    {
        Debug.Assert(publication.Printed.Scale == Scale.One, "The reader refuses a rate printed with a scale.");
        bool fits = publication.TryGetHundredths(out Ratio value);
        rate = fits ? new PublishedRate(Percent.FromRatio(value), publication) : default;
        return fits;
    }
}
