using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;

namespace Indicators.Quantities;

/// <summary>
/// A difference between two rates (下降0.2个百分点 is −0.2 percentage points), held as the exact difference of their
/// ratios. Not a rate itself: 1.58% − 1.38% is 0.2 个百分点, while a relative change (增长5%) is something else again.
/// </summary>
/// <remarks>
/// <para>Points add and subtract among themselves and move a <see cref="Percent"/>; they are printed as
/// "0.2个百分点" (zh-Hans), "0.2個百分點" (zh-Hant) or "0.2 percentage points" (en), and "pp" parses too.</para>
/// <para><c>default</c> is <see cref="Zero"/>. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.PercentagePointsJsonConverter))]
public readonly struct PercentagePoints :
    IEquatable<PercentagePoints>,
    IComparable<PercentagePoints>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<PercentagePoints>,
    IAdditionOperators<PercentagePoints, PercentagePoints, PercentagePoints>,
    ISubtractionOperators<PercentagePoints, PercentagePoints, PercentagePoints>,
    IUnaryNegationOperators<PercentagePoints, PercentagePoints>,
    IComparisonOperators<PercentagePoints, PercentagePoints, bool>,
    IFigure<PercentagePoints>
{
    private static readonly UnitText PointsText = new("个百分点", "個百分點", "percentage point", "percentage points", "百分点", "百分點", "pp");
    private static readonly FigureSyntax Syntax = new(nameof(PercentagePoints), PointsText, allowsSign: true, allowsScale: false, allowsFraction: true);

    private readonly Ratio ratio;

    private PercentagePoints(Ratio ratio) => this.ratio = ratio;

    /// <summary>No difference; also <c>default</c>.</summary>
    public static PercentagePoints Zero => default;

    /// <summary>The exact difference of the ratios: −0.002 for −0.2 percentage points.</summary>
    public Ratio Ratio => ratio;

    /// <inheritdoc/>
    static string IFigure<PercentagePoints>.TypeName => nameof(PercentagePoints);

    /// <summary><paramref name="points"/> percentage points (−0.2 → 下降0.2个百分点).</summary>
    /// <param name="points">The number of points.</param>
    /// <returns>The difference, exactly.</returns>
    public static PercentagePoints FromPoints(decimal points) => new(Ratio.FromDecimal(points) / 100);

    /// <summary>The difference whose ratio is <paramref name="ratio"/> (−0.002 → −0.2 points).</summary>
    /// <param name="ratio">The exact difference of two ratios.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints FromRatio(Ratio ratio) => new(ratio);

    /// <summary>Adds two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit 128-bit terms.</exception>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => new(left.ratio + right.ratio);

    /// <summary>Subtracts one difference from another.</summary>
    /// <param name="left">The difference to subtract from.</param>
    /// <param name="right">The difference to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => new(left.ratio - right.ratio);

    /// <summary>Negates a difference.</summary>
    /// <param name="value">The difference.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    public static PercentagePoints operator -(PercentagePoints value) => new(-value.ratio);

    /// <summary>Whether two differences are equal.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.ratio == right.ratio;

    /// <summary>Whether two differences differ.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => left.ratio != right.ratio;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left.ratio < right.ratio;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left.ratio > right.ratio;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left.ratio <= right.ratio;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left.ratio >= right.ratio;

    /// <summary>Adds two differences (the named form of <c>+</c>).</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit 128-bit terms.</exception>
    public static PercentagePoints Add(PercentagePoints left, PercentagePoints right) => left + right;

    /// <summary>Subtracts one difference from another (the named form of <c>−</c>).</summary>
    /// <param name="left">The difference to subtract from.</param>
    /// <param name="right">The difference to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public static PercentagePoints Subtract(PercentagePoints left, PercentagePoints right) => left - right;

    /// <summary>Negates a difference (the named form of unary <c>−</c>); never overflows.</summary>
    /// <param name="value">The difference.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    public static PercentagePoints Negate(PercentagePoints value) => -value;

    /// <summary>The smaller of two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns><paramref name="left"/> when the two are equal.</returns>
    public static PercentagePoints Min(PercentagePoints left, PercentagePoints right) => right < left ? right : left;

    /// <summary>The larger of two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns><paramref name="left"/> when the two are equal.</returns>
    public static PercentagePoints Max(PercentagePoints left, PercentagePoints right) => right > left ? right : left;

    /// <summary>This difference plus <paramref name="other"/> (the fluent form of <c>+</c>).</summary>
    /// <param name="other">The difference to add.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit 128-bit terms.</exception>
    public PercentagePoints Plus(PercentagePoints other) => this + other;

    /// <summary>This difference minus <paramref name="other"/> (the fluent form of <c>−</c>).</summary>
    /// <param name="other">The difference to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public PercentagePoints Minus(PercentagePoints other) => this - other;

    /// <summary>The number of points, rounded to <paramref name="decimals"/> decimals with <paramref name="mode"/>.</summary>
    /// <param name="decimals">Decimals to keep, 0 to 28.</param>
    /// <param name="mode">How to round.</param>
    /// <returns>The rounded number of points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    /// <exception cref="OverflowException">The rounded number of points needs more digits than a <see cref="decimal"/> holds.</exception>
    public decimal ToPoints(int decimals, RoundingMode mode) => ratio.ToDecimal(decimals, mode, 2);

    /// <summary>Whether this difference equals <paramref name="other"/>.</summary>
    /// <param name="other">The difference to compare with.</param>
    /// <returns>The comparison.</returns>
    public bool Equals(PercentagePoints other) => ratio == other.ratio;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ratio.GetHashCode();

    /// <summary>Compares this difference with <paramref name="other"/>.</summary>
    /// <param name="other">The difference to compare with.</param>
    /// <returns>Negative, zero or positive as this difference is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(PercentagePoints other) => ratio.CompareTo(other.ratio);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PercentagePoints other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type PercentagePoints.", nameof(obj)),
    };

    /// <summary>The exact difference, culture-invariant: "-0.2个百分点".</summary>
    /// <returns>The canonical text, which <see cref="Parse(string)"/> reads back to the same difference; never throws.</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>Formats with <c>"G"</c> (exact) or <c>"F2"</c> (two decimals, 四舍五入), culture-invariant ("0.20个百分点").</summary>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported, or has a 万, 亿 or 万亿 scale.</exception>
    public string ToString(string? format) => ToString(DisplayFormat.Parse(format), null);

    /// <summary>Formats with <c>"G"</c> (exact) or <c>"F2"</c> (two decimals, 四舍五入); zh-Hant cultures write 個百分點,
    /// en cultures "percentage points".</summary>
    /// <remarks>The text reads back through <see cref="Parse(string)"/>: exactly for <c>"G"</c> and <c>"F"</c>, and to the
    /// rounded difference for <c>"F0"</c>–<c>"F38"</c> — unless that rounded difference does not fit a ratio's 128-bit
    /// terms, when <see cref="Parse(string)"/> rejects it.</remarks>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported, or has a 万, 亿 or 万亿 scale.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(DisplayFormat.Parse(format), formatProvider);

    /// <summary>Formats with a <see cref="DisplayFormat"/>, which names the decimals and the rounding mode.</summary>
    /// <param name="format">The display format; its scale must be <see cref="Scale.One"/>.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> has a 万, 亿 or 万亿 scale.</exception>
    public string ToString(DisplayFormat format, IFormatProvider? formatProvider)
    {
        Percent.CheckNoScale(format);
        return FigureWriter.Format(ratio.Numerator, ratio.Denominator, 2, format, FigureLanguages.From(formatProvider), PointsText);
    }

    /// <inheritdoc cref="Percent.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        DisplayFormat display = DisplayFormat.Parse(format);
        Percent.CheckNoScale(display);
        return FigureWriter.TryWrite(destination, out charsWritten, ratio.Numerator, ratio.Denominator, 2, display, FigureLanguages.From(provider), PointsText);
    }

    /// <summary>Reads a difference of rates: "0.2个百分点", "-0.2個百分點", "0.2 percentage points", "-0.2pp".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a difference in points, or one whose ratio does not fit
    /// 128-bit terms; the message names the position.</exception>
    public static PercentagePoints Parse(string s) => FigureParsing.Parse<PercentagePoints>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static PercentagePoints Parse(string s, IFormatProvider? provider) => FigureParsing.Parse<PercentagePoints>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static PercentagePoints Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FigureParsing.Parse<PercentagePoints>(s);

    /// <summary>Tries to read a difference of rates; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The difference, or zero when the text is not one.</param>
    /// <returns>Whether the text was a difference in points.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PercentagePoints result) => FigureParsing.TryParse(s, out result);

    /// <summary>Tries to read a difference of rates; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <param name="result">The difference, or zero when the text is not one.</param>
    /// <returns>Whether the text was a difference in points.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PercentagePoints result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out PercentagePoints)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PercentagePoints result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static bool IFigure<PercentagePoints>.TryRead(ReadOnlySpan<char> text, out PercentagePoints value, out ParseFailure failure)
    {
        bool ok = FigureParser.TryParseRatio(text, Syntax, 2, out Ratio parsed, out failure);
        value = new PercentagePoints(parsed);
        return ok;
    }
}
