using System;
using System.Collections.Generic;
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
/// <see cref="CountUnit"/>. Adding or subtracting counts of different units throws; they are never equal, and have no order.
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
        return new(unit, Counting.Subtract(left.value, right.value, "count", unit?.Simplified ?? string.Empty, string.Empty));
    }

    /// <summary>Adds two counts of one unit: the named form of <c>+</c>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit 64 bits.</exception>
    /// <exception cref="ArgumentException">The two counts are of different units.</exception>
    public static UnitCount Add(UnitCount left, UnitCount right) => left + right;

    /// <summary>Subtracts one of two counts of one unit from the other: the named form of <c>-</c>.</summary>
    /// <param name="left">The value to subtract from.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative (for a count that cannot be).</exception>
    /// <exception cref="OverflowException">The difference does not fit 64 bits.</exception>
    /// <exception cref="ArgumentException">The two counts are of different units.</exception>
    public static UnitCount Subtract(UnitCount left, UnitCount right) => left - right;

    /// <summary>This value plus <paramref name="other"/>.</summary>
    /// <param name="other">The value to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit 64 bits.</exception>
    /// <exception cref="ArgumentException">The two counts are of different units.</exception>
    public UnitCount Plus(UnitCount other) => this + other;

    /// <summary>This value minus <paramref name="other"/>.</summary>
    /// <param name="other">The value to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative (for a count that cannot be).</exception>
    /// <exception cref="OverflowException">The difference does not fit 64 bits.</exception>
    /// <exception cref="ArgumentException">The two counts are of different units.</exception>
    public UnitCount Minus(UnitCount other) => this - other;

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

    /// <summary>
    /// A total order of counts, for sorting a mixed list: by unit (<c>default</c>'s missing unit first, then by
    /// <see cref="CountUnit.Code"/> and names, ordinally), then by value. Counts of different units have no order of
    /// amount, so the type is not <see cref="IComparable{T}"/>; within one unit, compare <see cref="Value"/> or convert
    /// with <see cref="As{TUnit}"/>.
    /// </summary>
    public static IComparer<UnitCount> UnitThenValueComparer { get; } = new UnitThenValue();

    /// <summary>The exact count, culture-invariant: "2677家", "5037班次".</summary>
    /// <returns>The canonical text, which <see cref="Parse(string, IFormatProvider)"/> reads back (but for a measure word
    /// shared by several units, 个).</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>The text in <paramref name="format"/>, in the canonical (invariant, simplified Chinese) form.</summary>
    /// <param name="format">A display format ("G", "F2", "W2", "Y2"; see <see cref="DisplayFormat"/>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format) => ToString(format, null);

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

    /// <summary>Reads a count with its unit, as <see cref="Parse(string, IFormatProvider)"/> does.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a count with its unit; the message names the position and what was expected.</exception>
    public static UnitCount Parse(string s) => FigureParsing.Parse<UnitCount>(s);

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

    /// <summary>Tries to read a count with its unit; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or <c>default</c> when the text is not a count with its unit.</param>
    /// <returns>Whether the text was a count with its unit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out UnitCount result) => FigureParsing.TryParse(s, out result);

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
    private sealed class UnitThenValue : IComparer<UnitCount>
    {
        public int Compare(UnitCount x, UnitCount y)
        {
            int byUnit = CompareUnits(x.Unit, y.Unit);
            return byUnit != 0 ? byUnit : x.value.CompareTo(y.value);
        }

        private static int CompareUnits(CountUnit? x, CountUnit? y)
        {
            if (x == y)
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            int c = string.CompareOrdinal(x.Code, y.Code);
            c = c != 0 ? c : string.CompareOrdinal(x.Simplified, y.Simplified);
            c = c != 0 ? c : string.CompareOrdinal(x.Traditional, y.Traditional);
            c = c != 0 ? c : string.CompareOrdinal(x.EnglishSingular, y.EnglishSingular);
            return c != 0 ? c : string.CompareOrdinal(x.EnglishPlural, y.EnglishPlural);
        }
    }

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

    /// <summary>The unit two counts share (<c>default</c>'s missing unit goes with any); throws when they differ.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <param name="operation">The verb for the message ("add", "measure completion of").</param>
    internal static CountUnit? CommonUnit(UnitCount left, UnitCount right, string operation)
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
