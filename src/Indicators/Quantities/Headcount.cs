using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <summary>
/// A number of persons (人, 名, 位): never negative, exact, stored as a 64-bit whole number.
/// </summary>
/// <remarks>
/// <para>Persons are a type of their own: a <see cref="Headcount"/> cannot be added to a count of enterprises or of
/// person-times (人次, <see cref="Count{TUnit}"/> of <see cref="PersonTimes"/>), which count events, not people.</para>
/// <para>Subtraction that would go below zero throws; a signed change between two headcounts (a year-on-year fall)
/// is a <see cref="HeadcountChange"/>, from <see cref="ChangeFrom(Headcount)"/>.</para>
/// <para><c>default</c> is <see cref="Zero"/>. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.HeadcountJsonConverter))]
public readonly struct Headcount : IOrderedQuantity<Headcount>, IFigure<Headcount>, ILongBacked
{
    internal static readonly UnitText PersonText = new("人", "人", "person", "persons", "名", "位", "people");
    private static readonly FigureSyntax Syntax = new(nameof(Headcount), PersonText, allowsSign: false, allowsScale: true);

    private readonly long persons;

    private Headcount(long persons) => this.persons = persons;

    /// <summary>No persons; also <c>default</c>.</summary>
    public static Headcount Zero => default;

    /// <inheritdoc />
    static Headcount IAdditiveIdentity<Headcount, Headcount>.AdditiveIdentity => default;

    /// <summary>The number of persons.</summary>
    public long Persons => persons;

    /// <summary>The number of persons in 万, exactly (146 400 persons is 14.64).</summary>
    public decimal Wan => persons / 10_000m;

    /// <inheritdoc />
    long IQuantity<Headcount>.BaseUnits => persons;

    /// <inheritdoc />
    static int IQuantity<Headcount>.BaseUnitExponent => 0;

    /// <inheritdoc />
    static bool IQuantity<Headcount>.IsSigned => false;

    /// <inheritdoc/>
    static string IFigure<Headcount>.TypeName => nameof(Headcount);

    /// <summary>A headcount of <paramref name="persons"/> persons.</summary>
    /// <param name="persons">The number of persons; not negative.</param>
    /// <returns>The headcount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="persons"/> is negative.</exception>
    public static Headcount FromPersons(long persons)
    {
        Preconditions.CheckNonNegative(persons, nameof(persons), "A headcount");
        return new Headcount(persons);
    }

    /// <summary>A headcount of <paramref name="wan"/> 万 persons, which must be a whole number of persons (14.64 → 146 400).</summary>
    /// <param name="wan">The number of persons in 万; not negative, at most four decimals.</param>
    /// <returns>The headcount.</returns>
    /// <exception cref="ArgumentException"><paramref name="wan"/> is not a whole number of persons.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wan"/> is negative.</exception>
    /// <exception cref="OverflowException"><paramref name="wan"/> is too large.</exception>
    public static Headcount FromWan(decimal wan) => new(Counting.FromWan(wan, nameof(wan), "人", "A headcount"));

    /// <summary>Adds two headcounts; checked.</summary>
    /// <param name="left">The first headcount.</param>
    /// <param name="right">The second headcount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum passes <see cref="long.MaxValue"/> persons.</exception>
    public static Headcount operator +(Headcount left, Headcount right) => new(Counting.Add(left.persons, right.persons, nameof(Headcount)));

    /// <summary>Subtracts one headcount from another; the result cannot be negative.</summary>
    /// <param name="left">The headcount to subtract from.</param>
    /// <param name="right">The headcount to subtract; at most <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is greater than <paramref name="left"/>;
    /// use <see cref="ChangeFrom(Headcount)"/> for a signed change.</exception>
    public static Headcount operator -(Headcount left, Headcount right) => new(Counting.Subtract(left.persons, right.persons, "headcount", "人", "Use later.ChangeFrom(earlier) for a signed change (a HeadcountChange)."));

    /// <summary>Whether two headcounts are equal.</summary>
    /// <param name="left">The first headcount.</param>
    /// <param name="right">The second headcount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Headcount left, Headcount right) => left.persons == right.persons;

    /// <summary>Whether two headcounts differ.</summary>
    /// <param name="left">The first headcount.</param>
    /// <param name="right">The second headcount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Headcount left, Headcount right) => left.persons != right.persons;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first headcount.</param>
    /// <param name="right">The second headcount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Headcount left, Headcount right) => left.persons < right.persons;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first headcount.</param>
    /// <param name="right">The second headcount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Headcount left, Headcount right) => left.persons > right.persons;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first headcount.</param>
    /// <param name="right">The second headcount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Headcount left, Headcount right) => left.persons <= right.persons;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first headcount.</param>
    /// <param name="right">The second headcount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Headcount left, Headcount right) => left.persons >= right.persons;

    /// <summary>Adds two headcounts (the named form of <c>+</c>).</summary>
    /// <param name="left">The first headcount.</param>
    /// <param name="right">The second headcount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum passes <see cref="long.MaxValue"/> persons.</exception>
    public static Headcount Add(Headcount left, Headcount right) => left + right;

    /// <summary>Subtracts one headcount from another (the named form of <c>−</c>).</summary>
    /// <param name="left">The headcount to subtract from.</param>
    /// <param name="right">The headcount to subtract; at most <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is greater than <paramref name="left"/>.</exception>
    public static Headcount Subtract(Headcount left, Headcount right) => left - right;

    /// <summary>The smaller of two headcounts.</summary>
    /// <param name="x">The first.</param>
    /// <param name="y">The second.</param>
    /// <returns><paramref name="x"/> when it is not greater than <paramref name="y"/>, otherwise <paramref name="y"/>.</returns>
    public static Headcount Min(Headcount x, Headcount y) => x <= y ? x : y;

    /// <summary>The greater of two headcounts.</summary>
    /// <param name="x">The first.</param>
    /// <param name="y">The second.</param>
    /// <returns><paramref name="x"/> when it is not less than <paramref name="y"/>, otherwise <paramref name="y"/>.</returns>
    public static Headcount Max(Headcount x, Headcount y) => x >= y ? x : y;

    /// <summary>This headcount plus <paramref name="other"/> (the fluent form of <c>+</c>).</summary>
    /// <param name="other">The headcount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum passes <see cref="long.MaxValue"/> persons.</exception>
    public Headcount Plus(Headcount other) => this + other;

    /// <summary>This headcount minus <paramref name="other"/> (the fluent form of <c>−</c>).</summary>
    /// <param name="other">The headcount to subtract; at most this one.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="other"/> is greater than this headcount.</exception>
    public Headcount Minus(Headcount other) => this - other;

    /// <summary>The signed change from <paramref name="earlier"/> to this headcount (negative when it fell).</summary>
    /// <param name="earlier">The headcount compared against, for example the same month a year before.</param>
    /// <returns>This headcount minus <paramref name="earlier"/>, signed.</returns>
    public HeadcountChange ChangeFrom(Headcount earlier) => HeadcountChange.FromPersons(persons - earlier.persons);

    /// <summary>This headcount moved by a signed change; the result cannot be negative.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The new headcount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be negative.</exception>
    /// <exception cref="OverflowException">The result passes <see cref="long.MaxValue"/> persons.</exception>
    public Headcount Plus(HeadcountChange change)
    {
        Int128 result = (Int128)persons + change.Persons;
        if (result < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(change),
                change,
                string.Create(CultureInfo.InvariantCulture, $"Cannot move {this} by {change}: a headcount cannot be negative."));
        }

        return result > long.MaxValue
            ? throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Headcount overflowed: {this} plus {change} is more than {long.MaxValue} persons."))
            : new Headcount((long)result);
    }

    /// <summary>The exact ratio of two headcounts (actual ÷ target), with no rounding.</summary>
    /// <param name="dividend">The dividend.</param>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Ratio operator /(Headcount dividend, Headcount divisor) =>
        divisor.persons == 0
            ? throw new DivideByZeroException($"Cannot divide {dividend} by a headcount of zero.")
            : new Ratio(dividend.persons, divisor.persons);

    /// <summary>The exact ratio of two headcounts (the named form of <c>/</c>).</summary>
    /// <param name="dividend">The dividend.</param>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Ratio Divide(Headcount dividend, Headcount divisor) => dividend / divisor;

    /// <summary>Whether this headcount equals <paramref name="other"/>.</summary>
    /// <param name="other">The headcount to compare with.</param>
    /// <returns><c>true</c> when both are the same number of persons.</returns>
    public bool Equals(Headcount other) => persons == other.persons;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Headcount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => persons.GetHashCode();

    /// <summary>Compares this headcount with <paramref name="other"/>.</summary>
    /// <param name="other">The headcount to compare with.</param>
    /// <returns>Negative, zero or positive as this headcount is smaller than, equal to or larger than <paramref name="other"/>.</returns>
    public int CompareTo(Headcount other) => persons.CompareTo(other.persons);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Headcount other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Headcount.", nameof(obj)),
    };

    /// <summary>The exact number of persons, culture-invariant: "146400人".</summary>
    /// <returns>The canonical text, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>The text in <paramref name="format"/>, in the canonical (invariant, simplified Chinese) form.</summary>
    /// <param name="format">A display format ("G", "F2", "W2", "Y2"; see <see cref="DisplayFormat"/>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>
    /// Formats with a standard format string (<c>"G"</c>, <c>"W2"</c> → "14.64万人"); see <see cref="DisplayFormat"/>.
    /// zh-Hant cultures write 萬, en cultures "14.64 × 10⁴ persons".
    /// </summary>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(DisplayFormat.Parse(format), formatProvider);

    /// <summary>Formats with a <see cref="DisplayFormat"/>, which names the scale, the decimals and the rounding mode.</summary>
    /// <param name="format">The display format.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    public string ToString(DisplayFormat format, IFormatProvider? formatProvider) =>
        FigureWriter.Format(persons, FigureWriter.ScaleDenominator(format.Scale, 0), format, FigureLanguages.From(formatProvider), PersonText);

    /// <summary>Formats into <paramref name="destination"/> without allocating; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format string; empty for <c>"G"</c>.</param>
    /// <param name="provider">The culture whose written form to use.</param>
    /// <returns>Whether <paramref name="destination"/> was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        DisplayFormat display = DisplayFormat.Parse(format);
        return FigureWriter.TryWrite(
            destination, out charsWritten, persons, FigureWriter.ScaleDenominator(display.Scale, 0), display, FigureLanguages.From(provider), PersonText);
    }

    /// <summary>Reads a headcount: "2569人", "14.64万人", "14.64萬人", "3175名", "１４．６４万人", "39,221 persons".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The headcount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a headcount (or is negative, or not a whole number of
    /// persons); the message names the position and what was expected.</exception>
    public static Headcount Parse(string s) => FigureParsing.Parse<Headcount>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static Headcount Parse(string s, IFormatProvider? provider) => FigureParsing.Parse<Headcount>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static Headcount Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FigureParsing.Parse<Headcount>(s);

    /// <summary>Tries to read a headcount; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The headcount, or zero when the text is not one.</param>
    /// <returns>Whether the text was a headcount.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Headcount result) => FigureParsing.TryParse(s, out result);

    /// <summary>Tries to read a headcount; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <param name="result">The headcount, or zero when the text is not one.</param>
    /// <returns>Whether the text was a headcount.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Headcount result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Headcount)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Headcount result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static bool IQuantity<Headcount>.TryReadUnit(in ParsedFigure number, ReadOnlySpan<char> unit, out Headcount value)
    {
        bool ok = FigureParser.TryBaseUnitsAfterNumber(number, unit, Syntax, 0, out long parsed);
        value = new Headcount(parsed);
        return ok;
    }

    /// <inheritdoc/>
    static bool IFigure<Headcount>.TryRead(ReadOnlySpan<char> text, out Headcount value, out ParseFailure failure)
    {
        bool ok = FigureParser.TryParseBaseUnits(text, Syntax, 0, "the number is not a whole number of persons", out long parsed, out _, out failure);
        value = new Headcount(parsed);
        return ok;
    }
}
