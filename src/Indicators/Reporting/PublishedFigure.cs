using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using System.Numerics;
using Indicators.Quantities.Figures;
using Indicators.Utility;

namespace Indicators.Reporting;

/// <summary>Creates and reads <see cref="PublishedFigure{T}"/> values with the quantity type inferred.</summary>
public static class PublishedFigure
{
    /// <summary>
    /// A figure printed at <paramref name="precision"/>: <c>PublishedFigure.Of(Headcount.FromPersons(146_400), new DisplayFormat(Scale.Wan, 2))</c>
    /// is "14.64万人", which stands for [146 350, 146 450).
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The value as printed.</param>
    /// <param name="precision">The scale and the decimals it was printed with (<c>W2</c> for 14.64万).</param>
    /// <param name="qualifier">The qualifier; none by default.</param>
    /// <param name="inclusive">For at-most and at-least figures: whether the printed number itself is included.</param>
    /// <param name="status">The status; normal by default.</param>
    /// <returns>The published figure.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more digits than <paramref name="precision"/> prints,
    /// or <paramref name="precision"/> is exact (it must name its decimals).</exception>
    public static PublishedFigure<T> Of<T>(T value, DisplayFormat precision, Qualifier qualifier = Qualifier.None, bool inclusive = true, FigureStatus status = FigureStatus.Normal)
        where T : struct, IQuantity<T>
    {
        if (precision.Decimals is not int decimals)
        {
            throw new ArgumentException($"A published figure needs the decimals it was printed with; {precision} does not name them.", nameof(precision));
        }

        return Publication.TryOf(value.BaseUnits, PublishedFigure<T>.Unit, precision.Scale, decimals, qualifier, inclusive, status, !T.IsSigned, wholeBaseUnits: true, out Publication publication, out string? problem)
            ? new PublishedFigure<T>(value, publication)
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{value} cannot be published at {precision} ({qualifier}, {status}): {problem}."), nameof(value));
    }

    /// <summary>
    /// Reads a published figure: "14.64万人", "约115万家", "近200份", "3000多人", "1100多万人", "8000余名", "1100万人以上",
    /// "预计3.8亿元", in simplified or traditional characters: <c>PublishedFigure.Parse&lt;Headcount&gt;("14.64万人")</c>.
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="s">The text.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a published figure of this quantity, has two qualifiers, stands
    /// for no value, or is printed with more digits than its bounds can hold exactly; the message says why.</exception>
    public static PublishedFigure<T> Parse<T>(string s)
        where T : struct, IQuantity<T> => PublishedFigure<T>.Parse(s);

    /// <summary>Tries to read a published figure; never throws.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="s">The text.</param>
    /// <param name="result">The figure, or <c>default</c>.</param>
    /// <returns>Whether the text was a published figure of this quantity.</returns>
    public static bool TryParse<T>([NotNullWhen(true)] string? s, out PublishedFigure<T> result)
        where T : struct, IQuantity<T> => PublishedFigure<T>.TryParse(s, out result);
}

// The static Parse and TryParse on this generic type are what ISpanParsable<T> requires.
#pragma warning disable CA1000

/// <summary>
/// A figure as a report publishes it: the value as printed, the precision it was printed with, a qualifier (约, 近, 以上,
/// 多 …) and a status (预计, 初步 …). Its <see cref="Bounds"/> is the interval of true values it can stand for.
/// </summary>
/// <typeparam name="T">The quantity: <see cref="Money"/>, <see cref="Headcount"/>, a <see cref="Count{TUnit}"/> …</typeparam>
/// <remarks>
/// <para>"14.64万人" is 146 400 persons printed to 0.01万 (100 persons): it stands for [146 350, 146 450), and for the whole
/// persons 146 350 to 146 449 (<see cref="TryGetWholeUnits"/>). The meaning of each qualifier is defined in <see cref="Qualifiers"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.PublishedFigureJsonConverterFactory))]
public readonly struct PublishedFigure<T> : IEquatable<PublishedFigure<T>>, ISpanParsable<PublishedFigure<T>>, IEqualityOperators<PublishedFigure<T>, PublishedFigure<T>, bool>
    where T : struct, IQuantity<T>
{
    private readonly Publication publication;

    internal PublishedFigure(T value, Publication publication)
    {
        Value = value;
        this.publication = publication;
    }

    /// <summary>The value as printed (146 400 persons for "14.64万人").</summary>
    public T Value { get; }

    /// <summary>The number as printed, with its precision.</summary>
    public PrintedNumber Printed => publication.Printed;

    /// <summary>The qualifier.</summary>
    public Qualifier Qualifier => publication.Qualifier;

    /// <summary>For at-most and at-least figures: whether the printed number itself is included (不超过, 以上) or not (不到, 逾).</summary>
    public bool IsInclusive => publication.Inclusive;

    /// <summary>The status.</summary>
    public FigureStatus Status => publication.Status;

    /// <summary>The interval of true values, in base units (fen, persons, units), as <see cref="Qualifiers"/> defines it.</summary>
    public ValueInterval Bounds => publication.Bounds(Unit, nonNegative: !T.IsSigned, wholeBaseUnits: true);

    /// <summary>What one printed unit is worth in base units (100 fen for 1 元).</summary>
    internal static Ratio Unit => new(Pow10.Of(T.BaseUnitExponent), 1);

    /// <summary>Whether two figures are published alike (value, precision, qualifier and status).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(PublishedFigure<T> left, PublishedFigure<T> right) => left.Equals(right);

    /// <summary>Whether two figures are published differently.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(PublishedFigure<T> left, PublishedFigure<T> right) => !left.Equals(right);

    /// <summary>Reads a published figure ("14.64万人", "约115万家", "1100多万人"); see <see cref="PublishedFigure.Parse{T}(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a published figure of this quantity; the message says why.</exception>
    public static PublishedFigure<T> Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), null);
    }

    /// <summary>Reads a published figure; the text is read the same in every culture, so <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a published figure of this quantity; the message says why.</exception>
    /// <remarks>Implemented explicitly, so that a call of <see cref="Parse(string)"/> is not taken for a culture-dependent one.</remarks>
    static PublishedFigure<T> IParsable<PublishedFigure<T>>.Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads a published figure; the text is read the same in every culture, so <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="FormatException">The text is not a published figure of this quantity; the message says why.</exception>
    public static PublishedFigure<T> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryRead(s, out PublishedFigure<T> figure, out string? problem)
            ? figure
            : throw new FormatException($"Cannot parse {TextExcerpt.Quote(s)} as a published {TypeNames.Of<T>()}: {problem}.");

    /// <summary>Tries to read a published figure; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The figure, or <c>default</c>.</param>
    /// <returns>Whether the text was a published figure of this quantity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PublishedFigure<T> result)
    {
        result = default;
        return s is not null && TryRead(s, out result, out _);
    }

    /// <summary>Tries to read a published figure; never throws. <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The figure, or <c>default</c>.</param>
    /// <returns>Whether the text was a published figure of this quantity.</returns>
    static bool IParsable<PublishedFigure<T>>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PublishedFigure<T> result)
    {
        result = default;
        return s is not null && TryRead(s, out result, out _);
    }

    /// <summary>Tries to read a published figure; never throws. <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The figure, or <c>default</c>.</param>
    /// <returns>Whether the text was a published figure of this quantity.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PublishedFigure<T> result) =>
        TryRead(s, out result, out _);

    /// <summary>
    /// The whole numbers of base units in <see cref="Bounds"/>: a headcount printed "14.64万人" is 146 350 to 146 449 persons.
    /// This tightens the real interval to whole units, which is right for counts and for money in fen.
    /// </summary>
    /// <param name="min">The smallest.</param>
    /// <param name="max">The largest.</param>
    /// <returns>Whether the bounds are finite and hold a whole number.</returns>
    public bool TryGetWholeUnits(out long min, out long max) => Bounds.TryGetWholeNumbers(out min, out max);

    /// <inheritdoc />
    public bool Equals(PublishedFigure<T> other) =>
        Value.Equals(other.Value) && publication == other.publication;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PublishedFigure<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, publication);

    /// <summary>The figure as a report would print it, in simplified characters: "约115万家", "14.64万人".</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal figure.</returns>
    public override string ToString() =>
        publication.Write(Value.ToString(publication.Precision.ToString(), CultureInfo.InvariantCulture));

    private static bool TryRead(ReadOnlySpan<char> s, out PublishedFigure<T> result, [NotNullWhen(false)] out string? problem)
    {
        result = default;
        Span<char> buffer = stackalloc char[PublishedText.BufferLength];
        if (!PublishedText.TrySplit(s, buffer, out PublishedText.Parts parts, out problem))
        {
            return false;
        }

        // The number was read once already; a quantity with the hook reads only its unit after it (the whole text is parsed
        // again where the number was not plain digits, or where the hook says no, which decides as before).
        T value;
        var number = new ParsedFigure { Numerator = parts.Number.Numerator, Decimals = parts.Number.Decimals, Scale = parts.Number.Scale, Denominator = 1 };
        if (!(parts.IsPlainNumber && T.TryReadUnit(number, parts.Figure[parts.NumberLength..], out value))
            && !T.TryParse(parts.Figure, CultureInfo.InvariantCulture, out value))
        {
            problem = $"{TextExcerpt.Quote(parts.Figure)} is not a {TypeNames.Of<T>()}";
            return false;
        }

        if (!Publication.TryCreateWhole(parts.Printed, value.BaseUnits, T.BaseUnitExponent, parts.Qualifier, parts.Inclusive, parts.Status, !T.IsSigned, out Publication publication, out problem))
        {
            return false;
        }

        result = new PublishedFigure<T>(value, publication);
        return true;
    }
}
