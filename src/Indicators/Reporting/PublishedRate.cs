using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// A rate as a report publishes it: "196.11%" is 196.11% printed to two decimals, standing for [196.105%, 196.115%); a
/// qualifier and a status as for <see cref="PublishedFigure{T}"/>.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.PublishedRateJsonConverter))]
public readonly struct PublishedRate : IEquatable<PublishedRate>
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
    /// <param name="decimals">The decimals it was printed with.</param>
    /// <param name="qualifier">The qualifier; none by default.</param>
    /// <param name="inclusive">For at-most and at-least rates: whether the printed number itself is included.</param>
    /// <param name="status">The status; normal by default.</param>
    /// <returns>The published rate.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more decimals than <paramref name="decimals"/>.</exception>
    public static PublishedRate Of(Percent value, int decimals, Qualifier qualifier = Qualifier.None, bool inclusive = true, FigureStatus status = FigureStatus.Normal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, DisplayFormat.MaxDecimals);
        Ratio digits = value.Ratio * 100 * new Ratio(Quantities.Figures.Pow10.Of(decimals), 1);
        if (!digits.IsInteger)
        {
            throw new ArgumentException($"{value} has more than {decimals} decimals; round it first if it was published rounded.", nameof(value));
        }

        return new PublishedRate(value, new Publication(new PrintedNumber(digits.Numerator, decimals, Scale.One), qualifier, inclusive, status));
    }

    /// <summary>Reads a published rate: "196.11%", "约5.5%", "3.5%以内", "1.38％".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a published rate; the message says why.</exception>
    public static PublishedRate Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out PublishedRate rate, out string? problem)
            ? rate
            : throw new FormatException($"Cannot parse \"{s}\" as a published rate: {problem}.");
    }

    /// <summary>Tries to read a published rate; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The rate, or <c>default</c>.</param>
    /// <returns>Whether the text was a published rate.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PublishedRate result)
    {
        result = default;
        return s is not null && TryParse(s, out result, out _);
    }

    /// <summary>Whether <paramref name="exact"/>, rounded to this rate's decimals with <paramref name="mode"/>, prints as this rate.</summary>
    /// <param name="exact">The exact rate, for example a completion rate.</param>
    /// <param name="mode">The rounding mode.</param>
    /// <returns>The agreement.</returns>
    public bool IsRoundingOf(Percent exact, RoundingMode mode)
    {
        Ratio digits = exact.Ratio * 100 * new Ratio(Quantities.Figures.Pow10.Of(Decimals), 1);
        return Rounding.Divide((System.Numerics.BigInteger)digits.Numerator, (System.Numerics.BigInteger)digits.Denominator, mode)
            == (System.Numerics.BigInteger)Printed.Digits;
    }

    /// <inheritdoc />
    public bool Equals(PublishedRate other) =>
        Value == other.Value && publication == other.publication;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PublishedRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, publication);

    /// <summary>The rate as printed: "196.11%", "约5.5%".</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() =>
        publication.Write(Value.ToString(publication.Precision, CultureInfo.InvariantCulture));

    private static bool TryParse(string s, out PublishedRate result, [NotNullWhen(false)] out string? problem)
    {
        result = default;
        if (!PublishedText.TrySplit(s, out PublishedText.Parts parts, out problem))
        {
            return false;
        }

        if (!Percent.TryParse(parts.Figure, CultureInfo.InvariantCulture, out Percent value) || parts.Publication.Printed.Scale != Scale.One)
        {
            problem = $"\"{parts.Figure}\" is not a rate";
            return false;
        }

        if (!parts.Publication.Prints(value.Ratio, PercentUnit))
        {
            problem = $"the number printed ({parts.Publication.Printed}) is not the rate read ({value})";
            return false;
        }

        result = new PublishedRate(value, parts.Publication);
        return true;
    }
}
