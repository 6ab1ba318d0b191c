using System;
using System.Globalization;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Quantities.Figures;
using Indicators.Reporting;
using Indicators.Utility;

namespace Indicators.Aggregation;

/// <summary>
/// A figure computed from published ones, as a typed value: what it measures (<see cref="Unit"/>), its exact
/// <see cref="Value"/>, the <see cref="Bounds"/> the true value lies in (in the same unit as the value), its text in
/// simplified Chinese, traditional Chinese and English at a chosen precision, and how it was computed (<see cref="Explain(ExplainLanguage)"/>).
/// 147.16亿元 over 约115万家 is 12 796.521739… 元 per enterprise, truly in (12 740.69…, 12 852.83…) 元.
/// </summary>
/// <remarks>
/// <para>Values and bounds are in the unit figures are printed in: 元 (never fen) for money, persons, enterprises,
/// percent for shares and rates, percentage points for differences of rates.</para>
/// <para>Equality compares the unit, the value and the bounds (not the trace or the suggested precisions).</para>
/// <para><c>default</c> is the exact number 0 without a unit. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.DerivedFigureJsonConverter))]
public readonly struct DerivedFigure : IEquatable<DerivedFigure>, IEqualityOperators<DerivedFigure, DerivedFigure, bool>, ISpanFormattable
{
    private readonly DerivedUnit? unit;
    private readonly Trace? trace;

    internal DerivedFigure(DerivedUnit unit, Ratio value, ValueInterval bounds, DisplayFormat precision, DisplayFormat boundsPrecision, Trace? trace)
    {
        this.unit = unit;
        Value = value;
        Bounds = bounds;
        Precision = precision;
        BoundsPrecision = boundsPrecision;
        this.trace = trace;
    }

    /// <summary>Writes how a figure was computed, ending in the figure written at <c>format</c>.</summary>
    internal delegate string Trace(DerivedFigure figure, ExplainLanguage language, DisplayFormat format);

    /// <summary>What the figure measures, and the unit of <see cref="Value"/> and <see cref="Bounds"/>.</summary>
    public DerivedUnit Unit => unit ?? DerivedUnit.None;

    /// <summary>The value computed from the figures as printed, exactly, in <see cref="Unit"/>.</summary>
    public Ratio Value { get; }

    /// <summary>Every value the true figures could give, in <see cref="Unit"/>; a single point when every input was exact.</summary>
    public ValueInterval Bounds { get; }

    /// <summary>Whether the figure is exact: its inputs were printed exactly, so <see cref="Bounds"/> is the point <see cref="Value"/>.</summary>
    public bool IsExact => Bounds.IsPoint;

    /// <summary>The precision the figure is written with by default: a sum in the scale of its first figure, every digit;
    /// an average of money to the fen; a share or a rate to the decimals printed.</summary>
    public DisplayFormat Precision { get; }

    /// <summary>The precision its bounds are written with by default, ends cut short with "…": one decimal more than the
    /// inputs were printed with, so that the bounds of a rounded figure differ from it; to the fen for money per unit.</summary>
    public DisplayFormat BoundsPrecision { get; }

    /// <summary>Whether two figures measure the same thing with the same value and bounds.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(DerivedFigure left, DerivedFigure right) => left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(DerivedFigure left, DerivedFigure right) => !left.Equals(right);

    /// <summary>An exact quantity as a figure in its printed unit: 14 716 000 000 fen is 147 160 000 元.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The figure, exact.</returns>
    public static DerivedFigure Of<T>(T value)
        where T : struct, IQuantity<T>
        => InUnitsOf<T>(value.BaseUnits, DerivedUnit.Of(value));

    /// <summary>A published figure with the bounds its printing gives it, in its printed unit: "约115万家" is 1 150 000 家 in
    /// [1 145 000, 1 155 000) 家.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="figure">The figure.</param>
    /// <returns>The figure, as printed, with bounds.</returns>
    public static DerivedFigure Of<T>(PublishedFigure<T> figure)
        where T : struct, IQuantity<T> =>
        new(
            DerivedUnit.Of(figure.Value),
            InUnits<T>(figure.Value.BaseUnits),
            ToUnits<T>(figure.Bounds),
            new DisplayFormat(figure.Printed.Scale, figure.Printed.Decimals),
            new DisplayFormat(figure.Printed.Scale, Math.Min(figure.Printed.Decimals + 1, DisplayFormat.MaxDecimals)),
            static (f, language, format) => f.ToString(format, language));

    /// <summary>An exact rate, in percent: 250/3% is the figure 83.333… %.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The figure, exact.</returns>
    public static DerivedFigure Of(Percent rate)
    {
        Ratio percent = rate.Ratio * 100;
        return new(DerivedUnit.Rate, percent, ValueInterval.Point(percent), DisplayFormat.Exact, new DisplayFormat(Scale.One, 2), static (f, language, format) => f.ToString(format, language));
    }

    /// <summary>An exact difference of rates, in percentage points: +146.105 个百分点.</summary>
    /// <param name="points">The difference.</param>
    /// <returns>The figure, exact.</returns>
    public static DerivedFigure Of(PercentagePoints points)
    {
        Ratio value = points.Ratio * 100;
        return new(DerivedUnit.Points, value, ValueInterval.Point(value), DisplayFormat.Exact, new DisplayFormat(Scale.One, 2), static (f, language, format) => f.ToString(format, language));
    }

    /// <summary>A published rate with the bounds its printing gives it, in percent: "1.38%" lies in [1.375%, 1.385%).</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The figure, as printed, with bounds.</returns>
    public static DerivedFigure Of(PublishedRate rate) =>
        new(
            DerivedUnit.Rate,
            rate.Value.Ratio * 100,
            rate.Bounds * 100,
            new DisplayFormat(Scale.One, rate.Decimals),
            new DisplayFormat(Scale.One, Math.Min(rate.Decimals + 1, DisplayFormat.MaxDecimals)),
            static (f, language, format) => f.ToString(format, language));

    /// <summary>The figure without its sign: the size of a gap however it points. Its bounds are exactly the sizes the true
    /// value could have, { |x| : x in <see cref="Bounds"/> }, each end open or closed as that set is: (−3, 2] gives [0, 3),
    /// (−2, −1] gives [1, 2).</summary>
    /// <returns>The figure if it is not negative, else its negation; the same unit, precisions and trace.</returns>
    public DerivedFigure Abs() =>
        new(Unit, Value.Sign < 0 ? -Value : Value, AbsBounds(Bounds), Precision, BoundsPrecision, trace);
    /// <summary>The figure at its <see cref="Precision"/>: "58.19亿元", "58.19億元", "58.19 × 10⁸ yuan".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string ToString(ExplainLanguage language) => ToString(Precision, language);

    /// <summary>The figure at <paramref name="format"/>, with its unit: "12796.52元" or "12,796.52 yuan" at <c>F2</c>, "158.75万元"
    /// at <c>W</c>. A figure per unit is written in the unit of its amount (元); <see cref="DerivedUnit.Name"/> says per what.</summary>
    /// <param name="format">The scale, the decimals and how to round.</param>
    /// <param name="language">The language: digits are grouped in English only.</param>
    /// <returns>The text.</returns>
    public string ToString(DisplayFormat format, ExplainLanguage language) => ToString(format, language, withUnit: true);

    /// <summary>As <see cref="ToString(DisplayFormat, ExplainLanguage)"/>, with or without the unit word; the scale marker
    /// of <paramref name="format"/> is always written, as the number means nothing without it: 146 400 persons at <c>W2</c>
    /// is "14.64万人" with the unit, "14.64万" without ("14.64 × 10⁴" in English), "146,400" at <c>F0</c> in English.</summary>
    /// <param name="format">The scale, the decimals and how to round.</param>
    /// <param name="language">The language.</param>
    /// <param name="withUnit">Whether to write the unit word (元, 人, %, yuan …) after the number and its scale marker.</param>
    /// <returns>The text.</returns>
    public string ToString(DisplayFormat format, ExplainLanguage language, bool withUnit) =>
        FigureWriter.Format(Value.Numerator, Value.Denominator, -(int)format.Scale, format, DerivedUnit.FigureLanguageOf(language), withUnit ? Unit.Text : DerivedUnit.None.Text);

    /// <summary>The figure exactly when it has at most <paramref name="decimals"/> decimals ("50%"), else rounded half away
    /// from zero to them ("83.33%" for 250/3%); digits not grouped.</summary>
    /// <param name="decimals">The most decimals written, 0 to <see cref="DisplayFormat.MaxDecimals"/>.</param>
    /// <param name="language">The language of the unit.</param>
    /// <param name="withUnit">Whether to write the unit.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <see cref="DisplayFormat.MaxDecimals"/>.</exception>
    public string ToShortString(int decimals, ExplainLanguage language, bool withUnit = true)
    {
        Preconditions.CheckRange(decimals, 0, DisplayFormat.MaxDecimals, nameof(decimals));
        return ExplainText.Short(Value, decimals, RoundingMode.HalfAwayFromZero, marker: string.Empty)
            + (withUnit ? Suffix(Scale.One, language, Unit) : string.Empty);
    }

    /// <summary>The bounds at <see cref="BoundsPrecision"/>: "[58.175亿元, 58.205亿元)", "(12740.69…元, 12852.83…元)".</summary>
    /// <param name="language">The language of the unit.</param>
    /// <returns>The text.</returns>
    public string BoundsToString(ExplainLanguage language) => BoundsToString(BoundsPrecision, language);

    /// <summary>The bounds in the scale of <paramref name="format"/>, each end exact when it has at most its decimals, else cut
    /// toward zero and marked "…" (the true end lies beyond the digits shown), with the unit after each end:
    /// "(12740.69… yuan, 12852.83… yuan)"; digits not grouped.</summary>
    /// <param name="format">The scale and decimals; an exact format writes up to <see cref="DisplayFormat.MaxDecimals"/> decimals.</param>
    /// <param name="language">The language of the unit.</param>
    /// <returns>The text; "−∞" and "+∞" stand for missing ends.</returns>
    public string BoundsToString(DisplayFormat format, ExplainLanguage language) =>
        (Bounds * new Ratio(1, Pow10.Of((int)format.Scale))).ToString(format.Decimals ?? DisplayFormat.MaxDecimals, Suffix(format.Scale, language, Unit));

    /// <summary>How the figure was computed, ending in the figure at its <see cref="Precision"/>: "45.76亿元 + 10.55亿元 +
    /// 1.88亿元 = 58.19亿元"; "平均 = 23 697 900 元 ÷ 3 916 人 = 6051.557711…元 ≈ 6 051.56 元（四舍五入）".</summary>
    /// <param name="language">The language of the trace.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language) => Explain(language, Precision);

    /// <summary>How the figure was computed, ending in the figure at <paramref name="format"/> (with "≈ … (rule)" after the
    /// exact value where rounding to it changes the value).</summary>
    /// <param name="language">The language of the trace.</param>
    /// <param name="format">The precision the result is shown with.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language, DisplayFormat format) =>
        trace is null ? ToString(format, language) : trace(this, language, format);

    /// <inheritdoc />
    public bool Equals(DerivedFigure other) => Unit.Equals(other.Unit) && Value == other.Value && Bounds == other.Bounds;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DerivedFigure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Value, Bounds);

    /// <summary>For example "12796.521739…元 in (12740.69…元, 12852.83…元)", or "58.19亿元"-like exact figures as "5819000000元":
    /// culture-invariant, simplified Chinese units, value cut short past six decimals. Never throws.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string unitText = Suffix(Scale.One, ExplainLanguage.ZhHans, Unit);
        string value = ExplainText.Short(Value, ExplainText.ExactDecimals) + unitText;
        return IsExact ? value : value + " in " + Bounds.ToString(2, unitText);
    }

    /// <summary>The figure in the standard format <paramref name="format"/> (<c>"F2"</c>, <c>"W"</c> …) and the language of
    /// <paramref name="formatProvider"/> (zh-Hant, zh-TW: traditional; en: English; any other: simplified Chinese).</summary>
    /// <param name="format">A standard format string; null or empty for <c>"G"</c>.</param>
    /// <param name="formatProvider">Chooses the language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a standard format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ToString(DisplayFormat.Parse(format), LanguageOf(formatProvider));

    /// <summary>The figure in the standard format <paramref name="format"/>, in simplified Chinese.</summary>
    /// <param name="format">A standard format string.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a standard format.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString(DisplayFormat.Parse(format), LanguageOf(provider));
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }

    /// <summary>{ |x| : x in <paramref name="bounds"/> }, with the openness of each end kept.</summary>
    private static ValueInterval AbsBounds(ValueInterval bounds)
    {
        if (bounds.Lower is Ratio lower && lower.Sign >= 0)
        {
            return bounds; // nothing below zero
        }

        if (bounds.Upper is Ratio upper && upper.Sign <= 0)
        {
            return -bounds; // nothing above zero (an open 0 stays open)
        }

        // Below and above zero: 0 itself is in the set, and the larger size of the two ends bounds it.
        if (bounds.Lower is not Ratio l || bounds.Upper is not Ratio u)
        {
            return ValueInterval.AtLeast(Ratio.Zero, inclusive: true);
        }

        Ratio below = -l;
        return below > u ? (bounds.IsLowerClosed ? ValueInterval.Closed(Ratio.Zero, below) : ValueInterval.ClosedOpen(Ratio.Zero, below))
            : below < u ? (bounds.IsUpperClosed ? ValueInterval.Closed(Ratio.Zero, u) : ValueInterval.ClosedOpen(Ratio.Zero, u))
            : bounds.IsLowerClosed || bounds.IsUpperClosed ? ValueInterval.Closed(Ratio.Zero, u) : ValueInterval.ClosedOpen(Ratio.Zero, u);
    }

    /// <summary>The difference of two figures of one unit, with the bounds of every difference their true values could have.</summary>
    internal static DerivedFigure Subtract(DerivedFigure left, DerivedFigure right) =>
        new(
            left.Unit,
            left.Value - right.Value,
            left.Bounds - right.Bounds,
            left.Precision,
            left.BoundsPrecision,
            (f, language, format) => left.ToString(language) + " − " + right.ToString(language) + " = " + f.ToString(format, language));

    /// <summary>A rate recomputed from a numerator and a denominator that are not negative (the denominator above zero), in
    /// percent, with the bounds of every ratio of their true values, shown by default with <paramref name="decimals"/>.</summary>
    internal static DerivedFigure RateOf(DerivedFigure numerator, DerivedFigure denominator, int decimals) =>
        new(
            DerivedUnit.Rate,
            numerator.Value / denominator.Value * 100,
            numerator.Bounds / denominator.Bounds * 100,
            new DisplayFormat(Scale.One, decimals),
            new DisplayFormat(Scale.One, Math.Min(decimals + 1, DisplayFormat.MaxDecimals)),
            (f, language, format) => numerator.ToString(language) + " ÷ " + denominator.ToString(language) + " = " + f.ToString(format, language));

    /// <summary>An exact amount of <paramref name="baseUnits"/> of <typeparamref name="T"/> (fen, persons, units) in
    /// <paramref name="unit"/>, its printed unit.</summary>
    internal static DerivedFigure InUnitsOf<T>(long baseUnits, DerivedUnit unit)
        where T : struct, IQuantity<T>
    {
        Ratio units = InUnits<T>(baseUnits);
        return new(unit, units, ValueInterval.Point(units), DisplayFormat.Exact, new DisplayFormat(Scale.One, 2), static (f, language, format) => f.ToString(format, language));
    }

    /// <summary>Base units of <typeparamref name="T"/> in the unit its figures are printed in (fen to 元).</summary>
    internal static Ratio InUnits<T>(long baseUnits)
        where T : struct, IQuantity<T> => new(baseUnits, Pow10.Of(T.BaseUnitExponent));

    /// <summary>An interval of base units of <typeparamref name="T"/> in the unit its figures are printed in.</summary>
    internal static ValueInterval ToUnits<T>(ValueInterval baseUnits)
        where T : struct, IQuantity<T> => T.BaseUnitExponent == 0 ? baseUnits : baseUnits * new Ratio(1, Pow10.Of(T.BaseUnitExponent));

    /// <summary>What follows a number in <paramref name="scale"/> and <paramref name="unit"/>: "亿元", " × 10⁸ yuan", "%", "".</summary>
    private static string Suffix(Scale scale, ExplainLanguage language, DerivedUnit unit) =>
        FigureWriter.Format(0, 1, new DisplayFormat(scale), DerivedUnit.FigureLanguageOf(language), unit.Text)[1..];

    private static ExplainLanguage LanguageOf(IFormatProvider? provider) => FigureLanguages.From(provider) switch
    {
        FigureLanguage.English => ExplainLanguage.English,
        FigureLanguage.Hant => ExplainLanguage.ZhHant,
        _ => ExplainLanguage.ZhHans,
    };
}
