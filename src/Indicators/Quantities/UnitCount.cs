using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <summary>
/// A number of things whose unit is only known at run time (read from a dataset, say): a value and its
/// <see cref="CountUnit"/>. Adding or comparing counts of different units throws.
/// </summary>
/// <remarks>
/// <para>Prefer <see cref="Count{TUnit}"/>, where mixing units does not compile; every <see cref="Count{TUnit}"/> converts
/// to a <see cref="UnitCount"/> implicitly, and back with <see cref="As{TUnit}"/>.</para>
/// <para><c>default</c> is a zero with no unit (<see cref="Unit"/> is <c>null</c>): it adds to a count of any unit and
/// formats as "0". Counts of different units are never equal. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.UnitCountJsonConverter))]
public readonly struct UnitCount : IQuantity<UnitCount>, IFigure<UnitCount>
{
    private static readonly FigureSyntax Syntax = new(
        nameof(UnitCount),
        CountUnit.All.Select((unit, index) => (unit.Text, index)).ToArray(),
        allowsSign: false,
        allowsScale: true,
        allowsFraction: false);

    private static readonly UnitText NoUnit = new(string.Empty, string.Empty, string.Empty, string.Empty);

    private static readonly string[] SharedMarkers = FindSharedMarkers();

    private static readonly string SharedMarkerProblem =
        "the measure word is used by more than one unit (" + string.Join(", ", SharedMarkers) + "); parse it as Count<TUnit> to say which";

    private readonly long value;

    /// <summary>Creates a count of <paramref name="value"/> <paramref name="unit"/>s.</summary>
    /// <param name="value">How many; not negative.</param>
    /// <param name="unit">The unit; not null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public UnitCount(long value, CountUnit unit)
    {
        Preconditions.CheckNonNegative(value, nameof(value), "A count");
        ArgumentNullException.ThrowIfNull(unit);
        this.value = value;
        Unit = unit;
    }

    /// <inheritdoc />
    static UnitCount IAdditiveIdentity<UnitCount, UnitCount>.AdditiveIdentity => default;

    /// <summary>How many units.</summary>
    public long Value => value;

    /// <summary>The unit; <c>null</c> only for <c>default</c>, a zero with no unit.</summary>
    public CountUnit? Unit { get; }

    /// <inheritdoc />
    long IQuantity<UnitCount>.BaseUnits => value;

    /// <inheritdoc />
    static int IQuantity<UnitCount>.BaseUnitExponent => 0;

    /// <inheritdoc />
    static bool IQuantity<UnitCount>.IsSigned => false;

    /// <inheritdoc/>
    static string IFigure<UnitCount>.TypeName => nameof(UnitCount);

    /// <summary>Adds two counts of the same unit; checked.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum, in their unit.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    /// <exception cref="OverflowException">The sum passes <see cref="long.MaxValue"/>.</exception>
    public static UnitCount operator +(UnitCount left, UnitCount right) =>
        new(CommonUnit(left, right, "add"), Counting.Add(left.value, right.value, nameof(UnitCount)));

    /// <summary>Subtracts one count from another of the same unit; the result cannot be negative.</summary>
    /// <param name="left">The count to subtract from.</param>
    /// <param name="right">The count to subtract; at most <paramref name="left"/>.</param>
    /// <returns>The difference, in their unit.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is greater than <paramref name="left"/>.</exception>
    public static UnitCount operator -(UnitCount left, UnitCount right)
    {
        CountUnit? unit = CommonUnit(left, right, "subtract");
        return new(unit, Counting.Subtract(left.value, right.value, "count", unit?.Simplified ?? string.Empty));
    }

    /// <summary>Whether two counts are equal: the same value in the same unit.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(UnitCount left, UnitCount right) => left.Equals(right);

    /// <summary>Whether two counts differ in value or unit.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(UnitCount left, UnitCount right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count, of the same unit.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static bool operator <(UnitCount left, UnitCount right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count, of the same unit.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static bool operator >(UnitCount left, UnitCount right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count, of the same unit.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static bool operator <=(UnitCount left, UnitCount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count, of the same unit.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static bool operator >=(UnitCount left, UnitCount right) => left.CompareTo(right) >= 0;

    /// <summary>This count as a <see cref="Count{TUnit}"/>, checking the unit.</summary>
    /// <typeparam name="TUnit">The unit marker expected.</typeparam>
    /// <returns>The typed count.</returns>
    /// <exception cref="InvalidCastException">This count is of another unit.</exception>
    public Count<TUnit> As<TUnit>()
        where TUnit : ICountUnit =>
        Unit is null || Unit == TUnit.Unit
            ? Count<TUnit>.Of(value)
            : throw new InvalidCastException($"{this} counts {Unit.EnglishPlural}, not {TUnit.Unit.EnglishPlural}.");

    /// <summary>Whether this count equals <paramref name="other"/>: the same value in the same unit.</summary>
    /// <param name="other">The count to compare with.</param>
    /// <returns>The comparison.</returns>
    public bool Equals(UnitCount other) => value == other.value && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is UnitCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(value, Unit);

    /// <summary>Compares this count with another of the same unit.</summary>
    /// <param name="other">The count to compare with.</param>
    /// <returns>Negative, zero or positive as this count is smaller than, equal to or larger than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException">The units differ: counts of different units have no order (nor has <c>default</c>,
    /// which has no unit, against a count that has one).</exception>
    public int CompareTo(UnitCount other)
    {
        if (Unit != other.Unit)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot compare {this} and {other}: they count different units ({Unit?.Code ?? "no unit"}, {other.Unit?.Code ?? "no unit"})."),
                nameof(other));
        }

        return value.CompareTo(other.value);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        UnitCount other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type UnitCount.", nameof(obj)),
    };

    /// <summary>The exact count, culture-invariant: "2677家", "5037班次".</summary>
    /// <returns>The canonical text, which <see cref="Parse(string, IFormatProvider)"/> reads back (but for a measure word
    /// shared by several units, 个).</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>Formats with a standard format string; see <see cref="DisplayFormat"/> and <see cref="Count{TUnit}.ToString(string, IFormatProvider)"/>.</summary>
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
        FigureWriter.Format(value, FigureWriter.ScaleDenominator(format.Scale, 0), format, FigureLanguages.From(formatProvider), Unit?.Text ?? NoUnit);

    /// <inheritdoc cref="Headcount.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        DisplayFormat display = DisplayFormat.Parse(format);
        return FigureWriter.TryWrite(
            destination, out charsWritten, value, FigureWriter.ScaleDenominator(display.Scale, 0), display, FigureLanguages.From(provider), Unit?.Text ?? NoUnit);
    }

    /// <summary>
    /// Reads a count of any predefined unit: "2677家", "5037班次", "24架次", "1.78万人次". A measure word shared by
    /// several units (个: positions and projects) is rejected as ambiguous: parse those as <see cref="Count{TUnit}"/>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <returns>The count with its unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a count of a known unit, or its unit is ambiguous;
    /// the message names the position.</exception>
    public static UnitCount Parse(string s, IFormatProvider? provider) => FigureParsing.Parse<UnitCount>(s);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static UnitCount Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FigureParsing.Parse<UnitCount>(s);

    /// <summary>Tries to read a count of any predefined unit; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <param name="result">The count, or <c>default</c> when the text is not one.</param>
    /// <returns>Whether the text was a count of a known, unambiguous unit.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out UnitCount result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out UnitCount)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UnitCount result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static bool IFigure<UnitCount>.TryRead(ReadOnlySpan<char> text, out UnitCount value, out ParseFailure failure)
    {
        value = default;
        if (!FigureParser.TryParseBaseUnits(text, Syntax, 0, "the number is not a whole number of units", out long parsed, out ParsedFigure figure, out failure))
        {
            return false;
        }

        CountUnit unit = CountUnit.All[figure.UnitId];
        ReadOnlySpan<char> marker = text.Slice(figure.UnitStart, figure.UnitLength);
        foreach (string shared in SharedMarkers)
        {
            if (marker.Equals(shared, StringComparison.OrdinalIgnoreCase))
            {
                failure = ParseFailure.Problem(figure.UnitStart, SharedMarkerProblem);
                return false;
            }
        }

        value = new UnitCount(unit, parsed);
        return true;
    }

    /// <summary>The markers that more than one predefined unit uses (个: positions and projects), found once.</summary>
    private static string[] FindSharedMarkers()
    {
        var owners = new System.Collections.Generic.Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (CountUnit unit in CountUnit.All)
        {
            foreach (string marker in UnitText.Distinct(unit.Text.Markers()))
            {
                owners[marker] = owners.TryGetValue(marker, out int count) ? count + 1 : 1;
            }
        }

        return [.. owners.Where(pair => pair.Value > 1).Select(pair => pair.Key)];
    }

    private static CountUnit? CommonUnit(UnitCount left, UnitCount right, string operation)
    {
        if (left.Unit is null)
        {
            return right.Unit;
        }

        if (right.Unit is null || left.Unit == right.Unit)
        {
            return left.Unit;
        }

        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Cannot {operation} {left} and {right}: they count different units ({left.Unit.Code}, {right.Unit.Code})."));
    }

    /// <summary>For values already checked (sums, parsed text); <paramref name="unit"/> may be null for zero.</summary>
    private UnitCount(CountUnit? unit, long value)
    {
        this.value = value;
        Unit = unit;
    }
}
