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
/// <para><c>default</c> is a zero with no unit (<see cref="Unit"/> is <c>null</c>): it adds to a count of any unit,
/// formats as "0" and reads back from it. Counts of different units are never equal. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.UnitCountJsonConverter))]
public readonly struct UnitCount : IQuantity<UnitCount>, IFigure<UnitCount>
{
    private static readonly UnitText NoUnit = new(string.Empty, string.Empty, string.Empty, string.Empty);

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

    /// <summary>
    /// The exact count, culture-invariant: "2677家", "5037班次"; a unit whose measure word another predefined unit shares
    /// (个: positions and projects) is named in English instead, which says which: "5 positions", "1 project".
    /// <c>default</c> is "0".
    /// </summary>
    /// <returns>The canonical text. For <c>default</c> and every count of a predefined unit (<see cref="CountUnit.All"/>),
    /// <see cref="Parse(string)"/> reads it back to an equal count. A unit made with the <see cref="CountUnit"/> constructor is
    /// not known to <see cref="Parse(string)"/> (which then throws, or reads a predefined unit of the same name, not equal):
    /// read it back with <see cref="ParseAmong(string, IEnumerable{CountUnit})"/>, naming the unit; its measure word must then not
    /// begin with a digit, sign or scale character (万, 亿) and not end in a qualifier (多, 余).</returns>
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

    /// <summary>
    /// Formats with a <see cref="DisplayFormat"/>. For a Chinese culture (zh-CN, zh-TW …) the unit is its measure word, as
    /// people read it ("5个", which does not say whether positions or projects); for every other provider, and
    /// <c>null</c>, a measure word another predefined unit shares is replaced by the unit's English name ("5 positions"),
    /// so that the text reads back (see <see cref="ToString()"/>).
    /// </summary>
    /// <param name="format">The display format.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    public string ToString(DisplayFormat format, IFormatProvider? formatProvider)
    {
        FigureLanguage language = FigureLanguages.From(formatProvider);
        return FigureWriter.Format(value, FigureWriter.ScaleDenominator(format.Scale, 0), format, language, UnitTextFor(format, language, formatProvider));
    }

    /// <inheritdoc cref="Headcount.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        DisplayFormat display = DisplayFormat.Parse(format);
        FigureLanguage language = FigureLanguages.From(provider);
        return FigureWriter.TryWrite(
            destination, out charsWritten, value, FigureWriter.ScaleDenominator(display.Scale, 0), display, language, UnitTextFor(display, language, provider));
    }

    /// <summary>Reads a count with its unit, as <see cref="Parse(string, IFormatProvider)"/> does.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a count with its unit; the message names the position and what was expected.</exception>
    public static UnitCount Parse(string s) => FigureParsing.Parse<UnitCount>(s);

    /// <summary>
    /// Reads a count of any predefined unit: "2677家", "5037班次", "24架次", "1.78万人次", "5 positions"; "0" is
    /// <c>default</c>. A measure word shared by several units (个: positions and projects) is rejected as ambiguous: write
    /// the unit's English name, as <see cref="ToString()"/> does, or parse those as <see cref="Count{TUnit}"/>.
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

    /// <summary>
    /// Reads a count of one of <paramref name="units"/> (and only those): the way back for the text of a count of a unit
    /// of your own, <c>UnitCount.ParseAmong(count.ToString(), [count.Unit])</c>. A marker (measure word or English name) that
    /// two of the units share is rejected as ambiguous; "0" is <c>default</c>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="units">The units to recognise; pass <see cref="CountUnit.All"/> and your own to recognise all of them.</param>
    /// <returns>The count with its unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> or <paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> holds a null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a count of one of the units, or its marker is shared
    /// by two of them; the message names the position.</exception>
    public static UnitCount ParseAmong(string s, IEnumerable<CountUnit> units)
    {
        ArgumentNullException.ThrowIfNull(s);
        UnitSet set = UnitSet.Of(units);
        return TryRead(s, set, out UnitCount result, out ParseFailure failure) ? result : throw failure.ToException(s, nameof(UnitCount));
    }

    /// <summary>Tries to read a count of one of <paramref name="units"/> (see <see cref="ParseAmong(string, IEnumerable{CountUnit})"/>);
    /// never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="units">The units to recognise.</param>
    /// <param name="result">The count, or <c>default</c> when the text is not one (or <paramref name="units"/> is null or holds a null).</param>
    /// <returns>Whether the text was a count of one of the units, with a marker no other of them has.</returns>
    public static bool TryParseAmong([NotNullWhen(true)] string? s, IEnumerable<CountUnit>? units, out UnitCount result)
    {
        result = default;
        return s is not null && units is not null && UnitSet.TryOf(units, out UnitSet? set) && TryRead(s, set, out result, out _);
    }

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
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UnitCount result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out UnitCount)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UnitCount result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static bool IFigure<UnitCount>.TryRead(ReadOnlySpan<char> text, out UnitCount value, out ParseFailure failure) =>
        TryRead(text, UnitSet.Predefined, out value, out failure);

    private static bool TryRead(ReadOnlySpan<char> text, UnitSet units, out UnitCount value, out ParseFailure failure)
    {
        value = default;
        if (text.SequenceEqual("0"))
        {
            failure = default;
            return true; // default: a zero with no unit
        }

        if (!FigureParser.TryParseBaseUnits(text, units.Syntax, 0, "the number is not a whole number of units", out long parsed, out ParsedFigure figure, out failure))
        {
            return false;
        }

        ReadOnlySpan<char> marker = text.Slice(figure.UnitStart, figure.UnitLength);
        foreach (string shared in units.SharedMarkers)
        {
            if (marker.Equals(shared, StringComparison.OrdinalIgnoreCase))
            {
                failure = ParseFailure.Problem(figure.UnitStart, units.SharedMarkerProblem);
                return false;
            }
        }

        value = new UnitCount(units.Units[figure.UnitId], parsed);
        return true;
    }

    /// <summary>The unit's written names for <paramref name="language"/>: its own, but for the canonical text of a unit
    /// whose measure word another predefined unit shares, which names it in English.</summary>
    private UnitText UnitTextFor(DisplayFormat format, FigureLanguage language, IFormatProvider? provider)
    {
        if (Unit is not CountUnit unit)
        {
            return NoUnit;
        }

        if (language == FigureLanguage.English || FigureLanguages.IsChinese(provider) || !SharesMeasureWord(unit))
        {
            return unit.Text;
        }

        bool one = value == 1 && format.Scale == Scale.One && format.Decimals is null or 0;
        string name = " " + (one ? unit.EnglishSingular : unit.EnglishPlural);
        return new UnitText(name, name, unit.EnglishSingular, unit.EnglishPlural);
    }

    /// <summary>Whether another predefined unit reads <paramref name="unit"/>'s simplified measure word as its own.</summary>
    private static bool SharesMeasureWord(CountUnit unit)
    {
        foreach (CountUnit other in CountUnit.All)
        {
            if (other != unit)
            {
                foreach (string marker in other.Text.Markers())
                {
                    if (string.Equals(marker, unit.Simplified, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

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

    /// <summary>The units one reading recognises, their syntax, and the markers more than one of them answers to.</summary>
    private sealed class UnitSet
    {
        private UnitSet(CountUnit[] units)
        {
            Units = units;
            Syntax = new FigureSyntax(nameof(UnitCount), units.Select((unit, index) => (unit.Text, index)).ToArray(), allowsSign: false, allowsScale: true, allowsFraction: false);
            var owners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (CountUnit unit in units)
            {
                foreach (string marker in UnitText.Distinct(unit.Text.Markers()))
                {
                    owners[marker] = owners.TryGetValue(marker, out int count) ? count + 1 : 1;
                }
            }

            SharedMarkers = [.. owners.Where(pair => pair.Value > 1).Select(pair => pair.Key)];
            SharedMarkerProblem = "the unit's marker is used by more than one unit (" + string.Join(", ", SharedMarkers)
                + "); write the unit's English name (\"5 positions\"), or parse it as Count<TUnit> to say which";
        }

        /// <summary>The predefined units (<see cref="CountUnit.All"/>).</summary>
        internal static UnitSet Predefined { get; } = new([.. CountUnit.All]);

        internal CountUnit[] Units { get; }

        internal FigureSyntax Syntax { get; }

        internal string[] SharedMarkers { get; }

        internal string SharedMarkerProblem { get; }

        internal static UnitSet Of(IEnumerable<CountUnit> units)
        {
            ArgumentNullException.ThrowIfNull(units);
            return TryOf(units, out UnitSet? set) ? set : throw new ArgumentException("The units to recognise hold a null.", nameof(units));
        }

        internal static bool TryOf(IEnumerable<CountUnit> units, [NotNullWhen(true)] out UnitSet? set)
        {
            set = null;
            var distinct = new List<CountUnit>();
            foreach (CountUnit unit in units)
            {
                if (unit is null)
                {
                    return false;
                }

                if (!distinct.Contains(unit))
                {
                    distinct.Add(unit);
                }
            }

            set = new UnitSet([.. distinct]);
            return true;
        }
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
