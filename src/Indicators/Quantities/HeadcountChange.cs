using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <summary>
/// A signed change in a number of persons (a year-on-year fall of 1 200 人 is −1200人): the difference of two
/// <see cref="Headcount"/>s, which themselves are never negative.
/// </summary>
/// <remarks><c>default</c> is <see cref="Zero"/>. This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.HeadcountChangeJsonConverter))]
public readonly struct HeadcountChange : IOrderedQuantity<HeadcountChange>, IUnaryNegationOperators<HeadcountChange, HeadcountChange>, IFigure<HeadcountChange>, ILongBacked
{
    private static readonly FigureSyntax Syntax = new(nameof(HeadcountChange), Headcount.PersonText, allowsSign: true, allowsScale: true);

    private readonly long persons;

    private HeadcountChange(long persons) => this.persons = persons;

    /// <summary>No change; also <c>default</c>.</summary>
    public static HeadcountChange Zero => default;

    /// <inheritdoc />
    static HeadcountChange IAdditiveIdentity<HeadcountChange, HeadcountChange>.AdditiveIdentity => default;

    /// <summary>The change in persons: positive for a rise, negative for a fall.</summary>
    public long Persons => persons;

    /// <summary>The change in 万 persons, exactly (−1 200 persons is −0.12).</summary>
    public decimal Wan => persons / 10_000m;

    /// <inheritdoc />
    long IQuantity<HeadcountChange>.BaseUnits => persons;

    /// <inheritdoc />
    static int IQuantity<HeadcountChange>.BaseUnitExponent => 0;

    /// <inheritdoc />
    static bool IQuantity<HeadcountChange>.IsSigned => true;

    /// <inheritdoc/>
    static string IFigure<HeadcountChange>.TypeName => nameof(HeadcountChange);

    /// <summary>A change of <paramref name="persons"/> persons, of either sign.</summary>
    /// <param name="persons">The change.</param>
    /// <returns>The change.</returns>
    public static HeadcountChange FromPersons(long persons) => new(persons);

    /// <summary>A change of <paramref name="wan"/> 万 persons, of either sign, which must be a whole number of persons
    /// (−0.12 → −1 200).</summary>
    /// <param name="wan">The change in 万; at most four decimals.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException"><paramref name="wan"/> is not a whole number of persons.</exception>
    /// <exception cref="OverflowException"><paramref name="wan"/> is outside the 64-bit range of persons.</exception>
    public static HeadcountChange FromWan(decimal wan) => ScaledDecimal.TryToBaseUnits(wan, 10_000m, out long persons) switch
    {
        ScaleProblem.None => new(persons),
        ScaleProblem.NotWhole => throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"{wan}万人 is not a whole number of persons."), nameof(wan)),
        _ => throw new OverflowException(
            string.Create(CultureInfo.InvariantCulture, $"{wan}万人 is outside the range of a headcount change ({long.MinValue} to {long.MaxValue}人).")),
    };

    /// <summary>Adds two changes; checked.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the 64-bit range.</exception>
    public static HeadcountChange operator +(HeadcountChange left, HeadcountChange right)
    {
        long sum = unchecked(left.persons + right.persons);
        if (((left.persons ^ sum) & (right.persons ^ sum)) < 0)
        {
            ThrowOverflow(left, "+", right);
        }

        return new(sum);
    }

    /// <summary>Subtracts one change from another; checked.</summary>
    /// <param name="left">The change to subtract from.</param>
    /// <param name="right">The change to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the 64-bit range.</exception>
    public static HeadcountChange operator -(HeadcountChange left, HeadcountChange right)
    {
        long difference = unchecked(left.persons - right.persons);
        if (((left.persons ^ right.persons) & (left.persons ^ difference)) < 0)
        {
            ThrowOverflow(left, "−", right);
        }

        return new(difference);
    }

    /// <summary>Negates a change.</summary>
    /// <param name="value">The change.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is the smallest 64-bit value.</exception>
    public static HeadcountChange operator -(HeadcountChange value) =>
        value.persons == long.MinValue
            ? throw new OverflowException("HeadcountChange negation overflowed: the negation of the smallest 64-bit change does not fit.")
            : new(-value.persons);

    /// <summary>Adds two headcount changes: the named form of <c>+</c>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit 64 bits.</exception>
    public static HeadcountChange Add(HeadcountChange left, HeadcountChange right) => left + right;

    /// <summary>Subtracts one of two headcount changes from the other: the named form of <c>-</c>.</summary>
    /// <param name="left">The value to subtract from.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative (for a count that cannot be).</exception>
    /// <exception cref="OverflowException">The difference does not fit 64 bits.</exception>
    public static HeadcountChange Subtract(HeadcountChange left, HeadcountChange right) => left - right;

    /// <summary>The opposite change: the named form of unary <c>-</c>.</summary>
    /// <param name="value">The change.</param>
    /// <returns>The negated change.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is the most negative change.</exception>
    public static HeadcountChange Negate(HeadcountChange value) => -value;

    /// <summary>This value plus <paramref name="other"/>.</summary>
    /// <param name="other">The value to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit 64 bits.</exception>
    public HeadcountChange Plus(HeadcountChange other) => this + other;

    /// <summary>This value minus <paramref name="other"/>.</summary>
    /// <param name="other">The value to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative (for a count that cannot be).</exception>
    /// <exception cref="OverflowException">The difference does not fit 64 bits.</exception>
    public HeadcountChange Minus(HeadcountChange other) => this - other;

    /// <summary>The smaller of two changes.</summary>
    /// <param name="x">The first.</param>
    /// <param name="y">The second.</param>
    /// <returns><paramref name="x"/> when it is not greater than <paramref name="y"/>, otherwise <paramref name="y"/>.</returns>
    public static HeadcountChange Min(HeadcountChange x, HeadcountChange y) => x <= y ? x : y;

    /// <summary>The greater of two changes.</summary>
    /// <param name="x">The first.</param>
    /// <param name="y">The second.</param>
    /// <returns><paramref name="x"/> when it is not less than <paramref name="y"/>, otherwise <paramref name="y"/>.</returns>
    public static HeadcountChange Max(HeadcountChange x, HeadcountChange y) => x >= y ? x : y;

    /// <summary>Whether two changes are equal.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(HeadcountChange left, HeadcountChange right) => left.persons == right.persons;

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(HeadcountChange left, HeadcountChange right) => left.persons != right.persons;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(HeadcountChange left, HeadcountChange right) => left.persons < right.persons;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(HeadcountChange left, HeadcountChange right) => left.persons > right.persons;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(HeadcountChange left, HeadcountChange right) => left.persons <= right.persons;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(HeadcountChange left, HeadcountChange right) => left.persons >= right.persons;

    /// <summary>Whether this change equals <paramref name="other"/>.</summary>
    /// <param name="other">The change to compare with.</param>
    /// <returns><c>true</c> when both are the same number of persons.</returns>
    public bool Equals(HeadcountChange other) => persons == other.persons;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is HeadcountChange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => persons.GetHashCode();

    /// <summary>Compares this change with <paramref name="other"/>.</summary>
    /// <param name="other">The change to compare with.</param>
    /// <returns>Negative, zero or positive as this change is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(HeadcountChange other) => persons.CompareTo(other.persons);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        HeadcountChange other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type HeadcountChange.", nameof(obj)),
    };

    /// <summary>The exact change, culture-invariant: "-1200人", "350人".</summary>
    /// <returns>The canonical text, which <see cref="Parse(string, IFormatProvider)"/> reads back.</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>The text in <paramref name="format"/>, in the canonical (invariant, simplified Chinese) form.</summary>
    /// <param name="format">A display format ("G", "F2", "W2", "Y2"; see <see cref="DisplayFormat"/>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats with a standard format string; see <see cref="DisplayFormat"/> and <see cref="Headcount.ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(DisplayFormat.Parse(format), formatProvider);

    /// <summary>Formats with a <see cref="DisplayFormat"/>.</summary>
    /// <param name="format">The display format.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    public string ToString(DisplayFormat format, IFormatProvider? formatProvider) =>
        FigureWriter.Format(persons, FigureWriter.ScaleDenominator(format.Scale, 0), format, FigureLanguages.From(formatProvider), Headcount.PersonText);

    /// <inheritdoc cref="Headcount.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        DisplayFormat display = DisplayFormat.Parse(format);
        return FigureWriter.TryWrite(
            destination, out charsWritten, persons, FigureWriter.ScaleDenominator(display.Scale, 0), display, FigureLanguages.From(provider), Headcount.PersonText);
    }

    /// <summary>Reads a headcount change, as <see cref="Parse(string, IFormatProvider)"/> does.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a headcount change; the message names the position and what was expected.</exception>
    public static HeadcountChange Parse(string s) => FigureParsing.Parse<HeadcountChange>(s);

    /// <summary>Reads a signed change: "-1200人", "+1.2万人", "−350名".</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a change in persons; the message names the position.</exception>
    public static HeadcountChange Parse(string s, IFormatProvider? provider) => FigureParsing.Parse<HeadcountChange>(s);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static HeadcountChange Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FigureParsing.Parse<HeadcountChange>(s);

    /// <summary>Tries to read a headcount change; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or <c>default</c> when the text is not a headcount change.</param>
    /// <returns>Whether the text was a headcount change.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out HeadcountChange result) => FigureParsing.TryParse(s, out result);

    /// <summary>Tries to read a signed change; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <param name="result">The change, or zero when the text is not one.</param>
    /// <returns>Whether the text was a change in persons.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out HeadcountChange result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out HeadcountChange)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out HeadcountChange result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static bool IQuantity<HeadcountChange>.TryReadUnit(in ParsedFigure number, ReadOnlySpan<char> unit, out HeadcountChange value)
    {
        bool ok = FigureParser.TryBaseUnitsAfterNumber(number, unit, Syntax, 0, out long parsed);
        value = new HeadcountChange(parsed);
        return ok;
    }

    /// <inheritdoc/>
    static bool IFigure<HeadcountChange>.TryRead(ReadOnlySpan<char> text, out HeadcountChange value, out ParseFailure failure)
    {
        bool ok = FigureParser.TryParseBaseUnits(text, Syntax, 0, "the number is not a whole number of persons", out long parsed, out _, out failure);
        value = new HeadcountChange(parsed);
        return ok;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow(HeadcountChange left, string symbol, HeadcountChange right) =>
        Preconditions.ThrowOverflow(string.Create(CultureInfo.InvariantCulture, $"HeadcountChange overflowed: {left} {symbol} {right} is outside the 64-bit range."));
}
