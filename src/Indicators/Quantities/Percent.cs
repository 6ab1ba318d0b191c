using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;

namespace Indicators.Quantities;

/// <summary>
/// A rate, held as its exact ratio: 1.38% is 0.0138 (69/5000); a completion rate of 39 221 ÷ 20 000 is exactly 196.105%.
/// </summary>
/// <remarks>
/// <para>Rates are not quantities: two rates cannot be added (<c>Percent + Percent</c> does not compile), and a rate for a
/// region is recomputed from summed numerators and denominators, never averaged. The difference of two rates is a
/// <see cref="PercentagePoints"/> (<c>Percent − Percent</c>), and a rate moved by points is a rate again.</para>
/// <para>A rate is only rounded when it is displayed, with a named mode: <c>ToString("F2")</c> is 四舍五入 to two decimals
/// ("196.11%"); <see cref="ToString(DisplayFormat, IFormatProvider)"/> takes <see cref="RoundingMode.HalfEven"/> for GB/T 8170.
/// <see cref="ToString()"/> is exact: "196.105%", or a fraction when the decimals never end ("100/3%").</para>
/// <para><c>default</c> is <see cref="Zero"/>. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.PercentJsonConverter))]
public readonly struct Percent :
    IEquatable<Percent>,
    IComparable<Percent>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<Percent>,
    IComparisonOperators<Percent, Percent, bool>,
    ISubtractionOperators<Percent, Percent, PercentagePoints>,
    IFigure<Percent>
{
    private static readonly UnitText PercentText = new("%", "%", "%", "%", "％");
    private static readonly FigureSyntax Syntax = new(nameof(Percent), PercentText, allowsSign: true, allowsScale: false, allowsFraction: true);

    private readonly Ratio ratio;

    private Percent(Ratio ratio) => this.ratio = ratio;

    /// <summary>0%; also <c>default</c>.</summary>
    public static Percent Zero => default;

    /// <summary>100%: a target exactly met.</summary>
    public static Percent OneHundred => new(Ratio.One);

    /// <summary>The exact ratio: 0.0138 for 1.38%.</summary>
    public Ratio Ratio => ratio;

    /// <inheritdoc/>
    static string IFigure<Percent>.TypeName => nameof(Percent);

    /// <summary>The rate whose ratio is <paramref name="ratio"/> (39221/20000 → 196.105%).</summary>
    /// <param name="ratio">The exact ratio.</param>
    /// <returns>The rate.</returns>
    public static Percent FromRatio(Ratio ratio) => new(ratio);

    /// <summary>The rate whose ratio is <paramref name="ratio"/> (0.0138 → 1.38%).</summary>
    /// <param name="ratio">The ratio as a decimal.</param>
    /// <returns>The rate, exactly.</returns>
    public static Percent FromRatio(decimal ratio) => new(Ratio.FromDecimal(ratio));

    /// <summary>The rate printed as <paramref name="percentage"/>% (1.38 → 1.38%).</summary>
    /// <param name="percentage">The number before the % sign.</param>
    /// <returns>The rate, exactly.</returns>
    public static Percent FromPercentage(decimal percentage) => new(Ratio.FromDecimal(percentage) / 100);

    /// <summary>The difference of two rates, in percentage points (1.58% − 1.38% = 0.2 个百分点).</summary>
    /// <param name="left">The rate to subtract from.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public static PercentagePoints operator -(Percent left, Percent right) => PercentagePoints.FromRatio(left.ratio - right.ratio);

    /// <summary>A rate moved up by some percentage points.</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The points to add.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit 128-bit terms.</exception>
    public static Percent operator +(Percent left, PercentagePoints right) => new(left.ratio + right.Ratio);

    /// <summary>A rate moved down by some percentage points.</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The points to subtract.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public static Percent operator -(Percent left, PercentagePoints right) => new(left.ratio - right.Ratio);

    /// <summary>Whether two rates are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Percent left, Percent right) => left.ratio == right.ratio;

    /// <summary>Whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Percent left, Percent right) => left.ratio != right.ratio;

    /// <summary>Whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Percent left, Percent right) => left.ratio < right.ratio;

    /// <summary>Whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Percent left, Percent right) => left.ratio > right.ratio;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Percent left, Percent right) => left.ratio <= right.ratio;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Percent left, Percent right) => left.ratio >= right.ratio;

    /// <summary>The difference of two rates in percentage points (the named form of <c>−</c>).</summary>
    /// <param name="left">The rate to subtract from.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public static PercentagePoints Subtract(Percent left, Percent right) => left - right;

    /// <summary>A rate moved up by some percentage points (the named form of <c>+</c>).</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The points to add.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit 128-bit terms.</exception>
    public static Percent Add(Percent left, PercentagePoints right) => left + right;

    /// <summary>A rate moved down by some percentage points (the named form of <c>−</c>).</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The points to subtract.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public static Percent Subtract(Percent left, PercentagePoints right) => left - right;

    /// <summary>The lower of two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><paramref name="left"/> when the two are equal.</returns>
    public static Percent Min(Percent left, Percent right) => right < left ? right : left;

    /// <summary>The higher of two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><paramref name="left"/> when the two are equal.</returns>
    public static Percent Max(Percent left, Percent right) => right > left ? right : left;

    /// <summary>This rate minus <paramref name="other"/>, in percentage points (the fluent form of <c>Percent − Percent</c>).</summary>
    /// <param name="other">The rate to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public PercentagePoints Minus(Percent other) => this - other;

    /// <summary>This rate moved by <paramref name="points"/> (the fluent form of <c>+</c>).</summary>
    /// <param name="points">The points to add; may be negative.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit 128-bit terms.</exception>
    public Percent Plus(PercentagePoints points) => this + points;

    /// <summary>This rate moved down by <paramref name="points"/> (the fluent form of <c>−</c>).</summary>
    /// <param name="points">The points to subtract.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="OverflowException">The exact difference does not fit 128-bit terms.</exception>
    public Percent Minus(PercentagePoints points) => this - points;

    /// <summary>The number before the % sign, rounded to <paramref name="decimals"/> decimals with <paramref name="mode"/>
    /// (196.105% → 196.11 half away from zero, 196.10 half-even).</summary>
    /// <param name="decimals">Decimals to keep, 0 to 28.</param>
    /// <param name="mode">How to round.</param>
    /// <returns>The rounded percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    /// <exception cref="OverflowException">The rounded percentage needs more digits than a <see cref="decimal"/> holds.</exception>
    public decimal ToPercentage(int decimals, RoundingMode mode) => ratio.ToDecimal(decimals, mode, 2);

    /// <summary>Whether this rate equals <paramref name="other"/>.</summary>
    /// <param name="other">The rate to compare with.</param>
    /// <returns>The comparison.</returns>
    public bool Equals(Percent other) => ratio == other.ratio;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Percent other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ratio.GetHashCode();

    /// <summary>Compares this rate with <paramref name="other"/>.</summary>
    /// <param name="other">The rate to compare with.</param>
    /// <returns>Negative, zero or positive as this rate is lower than, equal to or higher than <paramref name="other"/>.</returns>
    public int CompareTo(Percent other) => ratio.CompareTo(other.ratio);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percent other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Percent.", nameof(obj)),
    };

    /// <summary>The exact rate, culture-invariant: "196.105%", "1.38%", or "100/3%" when the decimals never end.</summary>
    /// <returns>The canonical text, which <see cref="Parse(string)"/> reads back to the same rate; never throws.</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>Formats with <c>"G"</c> (exact) or <c>"F2"</c> (two decimals, 四舍五入), culture-invariant:
    /// <c>rate.ToString("F2")</c> is "196.11%".</summary>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported, or has a 万, 亿 or 万亿 scale.</exception>
    public string ToString(string? format) => ToString(DisplayFormat.Parse(format), null);

    /// <summary>Formats with <c>"G"</c> (exact) or <c>"F2"</c> (two decimals, 四舍五入); rates have no 万/亿/万亿 scale.</summary>
    /// <remarks>The text reads back through <see cref="Parse(string)"/>: exactly for <c>"G"</c> and <c>"F"</c>, and to the
    /// rounded rate for <c>"F0"</c>–<c>"F38"</c> — unless that rounded rate does not fit a ratio's 128-bit terms (many
    /// decimals of a huge rate), when <see cref="Parse(string)"/> rejects it.</remarks>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <param name="formatProvider">en cultures group the digits with commas; otherwise ignored.</param>
    /// <returns>The text, for example "196.11%".</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported, or has a 万, 亿 or 万亿 scale.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(DisplayFormat.Parse(format), formatProvider);

    /// <summary>Formats with a <see cref="DisplayFormat"/>, which names the decimals and the rounding mode.</summary>
    /// <param name="format">The display format; its scale must be <see cref="Scale.One"/>.</param>
    /// <param name="formatProvider">en cultures group the digits with commas; otherwise ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> has a 万, 亿 or 万亿 scale.</exception>
    public string ToString(DisplayFormat format, IFormatProvider? formatProvider)
    {
        CheckNoScale(format);
        return FigureWriter.Format(ratio.Numerator, ratio.Denominator, 2, format, FigureLanguages.From(formatProvider), PercentText);
    }

    /// <summary>Formats into <paramref name="destination"/>; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format string; empty for <c>"G"</c>.</param>
    /// <param name="provider">en cultures group the digits with commas; otherwise ignored.</param>
    /// <returns>Whether <paramref name="destination"/> was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        DisplayFormat display = DisplayFormat.Parse(format);
        CheckNoScale(display);
        return FigureWriter.TryWrite(destination, out charsWritten, ratio.Numerator, ratio.Denominator, 2, display, FigureLanguages.From(provider), PercentText);
    }

    /// <summary>Reads a rate: "1.38%", "196.11％", "１．３８％", "-0.5%", "100/3%", and exact decimals of any length.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a rate, or one whose ratio does not fit 128-bit terms;
    /// the message names the position.</exception>
    public static Percent Parse(string s) => FigureParsing.Parse<Percent>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static Percent Parse(string s, IFormatProvider? provider) => FigureParsing.Parse<Percent>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static Percent Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FigureParsing.Parse<Percent>(s);

    /// <summary>Tries to read a rate; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The rate, or zero when the text is not one.</param>
    /// <returns>Whether the text was a rate.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Percent result) => FigureParsing.TryParse(s, out result);

    /// <summary>Tries to read a rate; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <param name="result">The rate, or zero when the text is not one.</param>
    /// <returns>Whether the text was a rate.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percent result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Percent)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Percent result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static bool IFigure<Percent>.TryRead(ReadOnlySpan<char> text, out Percent value, out ParseFailure failure)
    {
        bool ok = FigureParser.TryParseRatio(text, Syntax, 2, out Ratio parsed, out failure);
        value = new Percent(parsed);
        return ok;
    }

    /// <summary>Rates and points are printed in percent: a 万, 亿 or 万亿 scale is a format error.</summary>
    internal static void CheckNoScale(DisplayFormat format)
    {
        if (format.Scale != Scale.One)
        {
            throw new FormatException($"A rate has no 万, 亿 or 万亿 scale: use G or F followed by the decimals, not {format}.");
        }
    }
}
