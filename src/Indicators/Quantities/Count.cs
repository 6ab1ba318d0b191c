using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;
using Indicators.Utility;

namespace Indicators.Quantities;

// Static members on this generic type are what ISpanParsable<T> and IAdditiveIdentity<T, T> require, and
// Count<Enterprises>.Of(2677) names the unit where it is used.
#pragma warning disable CA1000

/// <summary>
/// A number of things of one unit known at compile time — 2 677 enterprises is <c>Count&lt;Enterprises&gt;.Of(2677)</c> —
/// never negative, exact, 64-bit.
/// </summary>
/// <typeparam name="TUnit">The unit marker (<see cref="Enterprises"/>, <see cref="Positions"/>, <see cref="PersonTimes"/> …).</typeparam>
/// <remarks>
/// <para>Counts of different units are different types: <c>Count&lt;Enterprises&gt; + Count&lt;Positions&gt;</c> and
/// <c>Count&lt;Enterprises&gt; + Headcount</c> do not compile. Where the unit is only known at run time use
/// <see cref="UnitCount"/>, to which every <see cref="Count{TUnit}"/> converts implicitly.</para>
/// <para><c>default</c> is zero. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.CountJsonConverterFactory))]
public readonly struct Count<TUnit> : IOrderedQuantity<Count<TUnit>>, IFigure<Count<TUnit>>, ILongBacked, ICountedQuantity
    where TUnit : ICountUnit
{
    private static readonly FigureSyntax Syntax = new(
        "Count<" + typeof(TUnit).Name + "> (" + TUnit.Unit.Simplified + ")", TUnit.Unit.Text, allowsSign: false, allowsScale: true);

    private readonly long value;

    private Count(long value) => this.value = value;

    /// <summary>Nothing counted; also <c>default</c>.</summary>
    public static Count<TUnit> Zero => default;

    /// <inheritdoc />
    static Count<TUnit> IAdditiveIdentity<Count<TUnit>, Count<TUnit>>.AdditiveIdentity => default;

    /// <summary>The unit counted.</summary>
    public static CountUnit Unit => TUnit.Unit;

    /// <inheritdoc />
    CountUnit ICountedQuantity.CountedUnit => TUnit.Unit;

    /// <summary>How many units.</summary>
    public long Value => value;

    /// <summary>How many units, in 万 (225 600 positions is 22.56).</summary>
    public decimal Wan => value / 10_000m;

    /// <inheritdoc />
    long IQuantity<Count<TUnit>>.BaseUnits => value;

    /// <inheritdoc />
    static int IQuantity<Count<TUnit>>.BaseUnitExponent => 0;

    /// <inheritdoc />
    static bool IQuantity<Count<TUnit>>.IsSigned => false;

    /// <inheritdoc/>
    static string IFigure<Count<TUnit>>.TypeName => Syntax.TypeName;

    /// <summary>A count of <paramref name="value"/> units.</summary>
    /// <param name="value">How many; not negative.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Count<TUnit> Of(long value)
    {
        Preconditions.CheckNonNegative(value, nameof(value), "A " + Syntax.TypeName);
        return new Count<TUnit>(value);
    }

    /// <summary>A count of <paramref name="wan"/> 万 units, which must be a whole number (22.56 → 225 600).</summary>
    /// <param name="wan">How many, in 万; not negative, at most four decimals.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentException"><paramref name="wan"/> is not a whole number of units.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wan"/> is negative.</exception>
    /// <exception cref="OverflowException"><paramref name="wan"/> is too large.</exception>
    public static Count<TUnit> FromWan(decimal wan) => new(Counting.FromWan(wan, nameof(wan), TUnit.Unit.Simplified, "A " + Syntax.TypeName));

    /// <summary>This count with its unit known only at run time.</summary>
    /// <param name="count">The count.</param>
    public static implicit operator UnitCount(Count<TUnit> count) => count.ToUnitCount();

    /// <summary>Adds two counts of the same unit; checked.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum passes <see cref="long.MaxValue"/>.</exception>
    public static Count<TUnit> operator +(Count<TUnit> left, Count<TUnit> right) => new(Counting.Add(left.value, right.value, Syntax.TypeName));

    /// <summary>Subtracts one count from another; the result cannot be negative.</summary>
    /// <param name="left">The count to subtract from.</param>
    /// <param name="right">The count to subtract; at most <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is greater than <paramref name="left"/>.</exception>
    public static Count<TUnit> operator -(Count<TUnit> left, Count<TUnit> right) =>
        new(Counting.Subtract(left.value, right.value, Syntax.TypeName, TUnit.Unit.Simplified, string.Empty));

    /// <summary>The exact ratio of two counts (actual ÷ target), with no rounding.</summary>
    /// <param name="dividend">The dividend.</param>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Ratio operator /(Count<TUnit> dividend, Count<TUnit> divisor) =>
        divisor.value == 0
            ? throw new DivideByZeroException($"Cannot divide {dividend} by a count of zero.")
            : new Ratio(dividend.value, divisor.value);

    /// <summary>Whether two counts are equal.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Count<TUnit> left, Count<TUnit> right) => left.value == right.value;

    /// <summary>Whether two counts differ.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Count<TUnit> left, Count<TUnit> right) => left.value != right.value;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Count<TUnit> left, Count<TUnit> right) => left.value < right.value;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Count<TUnit> left, Count<TUnit> right) => left.value > right.value;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Count<TUnit> left, Count<TUnit> right) => left.value <= right.value;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Count<TUnit> left, Count<TUnit> right) => left.value >= right.value;

    /// <summary>Adds two counts: the named form of <c>+</c>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit 64 bits.</exception>
    public static Count<TUnit> Add(Count<TUnit> left, Count<TUnit> right) => left + right;

    /// <summary>Subtracts one of two counts from the other: the named form of <c>-</c>.</summary>
    /// <param name="left">The value to subtract from.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative (for a count that cannot be).</exception>
    /// <exception cref="OverflowException">The difference does not fit 64 bits.</exception>
    public static Count<TUnit> Subtract(Count<TUnit> left, Count<TUnit> right) => left - right;

    /// <summary>The exact ratio of two counts: the named form of <c>/</c>.</summary>
    /// <param name="dividend">The dividend.</param>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Ratio Divide(Count<TUnit> dividend, Count<TUnit> divisor) => dividend / divisor;

    /// <summary>The smaller of two counts.</summary>
    /// <param name="x">The first.</param>
    /// <param name="y">The second.</param>
    /// <returns><paramref name="x"/> when it is not greater than <paramref name="y"/>, otherwise <paramref name="y"/>.</returns>
    public static Count<TUnit> Min(Count<TUnit> x, Count<TUnit> y) => x <= y ? x : y;

    /// <summary>The greater of two counts.</summary>
    /// <param name="x">The first.</param>
    /// <param name="y">The second.</param>
    /// <returns><paramref name="x"/> when it is not less than <paramref name="y"/>, otherwise <paramref name="y"/>.</returns>
    public static Count<TUnit> Max(Count<TUnit> x, Count<TUnit> y) => x >= y ? x : y;

    /// <summary>This count plus <paramref name="other"/> (the fluent form of <c>+</c>).</summary>
    /// <param name="other">The count to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum passes <see cref="long.MaxValue"/>.</exception>
    public Count<TUnit> Plus(Count<TUnit> other) => this + other;

    /// <summary>This count minus <paramref name="other"/> (the fluent form of <c>−</c>).</summary>
    /// <param name="other">The count to subtract; at most this one.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="other"/> is greater than this count.</exception>
    public Count<TUnit> Minus(Count<TUnit> other) => this - other;

    /// <summary>This count with its unit known only at run time (the named form of the implicit conversion).</summary>
    /// <returns>The same count as a <see cref="UnitCount"/>.</returns>
    public UnitCount ToUnitCount() => new(value, TUnit.Unit);

    /// <summary>Whether this count equals <paramref name="other"/>.</summary>
    /// <param name="other">The count to compare with.</param>
    /// <returns>The comparison.</returns>
    public bool Equals(Count<TUnit> other) => value == other.value;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Count<TUnit> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

    /// <summary>Compares this count with <paramref name="other"/>.</summary>
    /// <param name="other">The count to compare with.</param>
    /// <returns>Negative, zero or positive as this count is smaller than, equal to or larger than <paramref name="other"/>.</returns>
    public int CompareTo(Count<TUnit> other) => value.CompareTo(other.value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Count<TUnit> other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {Syntax.TypeName}.", nameof(obj)),
    };

    /// <summary>The exact count, culture-invariant: "2677家".</summary>
    /// <returns>The canonical text, which <see cref="Parse(string, IFormatProvider)"/> reads back.</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>The text in <paramref name="format"/>, in the canonical (invariant, simplified Chinese) form.</summary>
    /// <param name="format">A display format ("G", "F2", "W2", "Y2"; see <see cref="DisplayFormat"/>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats with a standard format string (<c>"G"</c>, <c>"W2"</c> → "22.56万个"); see <see cref="DisplayFormat"/>.
    /// zh-Hant cultures write traditional measure words (個), en cultures "2,677 enterprises".</summary>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(DisplayFormat.Parse(format), formatProvider);

    /// <summary>Formats with a <see cref="DisplayFormat"/>.</summary>
    /// <param name="format">The display format.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    public string ToString(DisplayFormat format, IFormatProvider? formatProvider) => ToUnitCount().ToString(format, formatProvider);

    /// <inheritdoc cref="Headcount.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ToUnitCount().TryFormat(destination, out charsWritten, format, provider);

    /// <summary>Reads a count of the unit, as <see cref="Parse(string, IFormatProvider)"/> does.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a count of the unit; the message names the position and what was expected.</exception>
    public static Count<TUnit> Parse(string s) => FigureParsing.Parse<Count<TUnit>>(s);

    /// <summary>Reads a count in this unit: "2677家", "22.56万个", "2,677 enterprises".</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a count of this unit; the message names the position.</exception>
    public static Count<TUnit> Parse(string s, IFormatProvider? provider) => FigureParsing.Parse<Count<TUnit>>(s);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Count<TUnit> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FigureParsing.Parse<Count<TUnit>>(s);

    /// <summary>Tries to read a count of the unit; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or <c>default</c> when the text is not a count of the unit.</param>
    /// <returns>Whether the text was a count of the unit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Count<TUnit> result) => FigureParsing.TryParse(s, out result);

    /// <summary>Tries to read a count in this unit; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <param name="result">The count, or zero when the text is not one.</param>
    /// <returns>Whether the text was a count of this unit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Count<TUnit> result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Count{TUnit})"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Count<TUnit> result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static bool IQuantity<Count<TUnit>>.TryReadUnit(in ParsedFigure number, ReadOnlySpan<char> unit, out Count<TUnit> value)
    {
        bool ok = FigureParser.TryBaseUnitsAfterNumber(number, unit, Syntax, 0, out long parsed);
        value = new Count<TUnit>(parsed);
        return ok;
    }

    /// <inheritdoc/>
    static bool IFigure<Count<TUnit>>.TryRead(ReadOnlySpan<char> text, out Count<TUnit> value, out ParseFailure failure)
    {
        bool ok = FigureParser.TryParseBaseUnits(text, Syntax, 0, "the number is not a whole number of units", out long parsed, out _, out failure);
        value = new Count<TUnit>(parsed);
        return ok;
    }
}
