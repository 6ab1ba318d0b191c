using System;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Utility;

namespace Indicators.Aggregation;

/// <summary>Creates <see cref="Average{T}"/> values.</summary>
public static class Average
{
    /// <summary>
    /// The money per counted unit: 2 369.79万元 of subsidies for 3 916 persons is 6 051.557711… 元 each, 6 051.56 元 when
    /// rounded to the fen.
    /// </summary>
    /// <typeparam name="T">What the money is shared among: <see cref="Headcount"/>, a <see cref="Count{TUnit}"/> …</typeparam>
    /// <param name="total">The total amount.</param>
    /// <param name="count">The count; not zero.</param>
    /// <returns>The average, exact until it is rounded.</returns>
    /// <exception cref="ArgumentException">With <see cref="ArgumentException.ParamName"/> "count": <paramref name="count"/>
    /// is zero (the divisor is an argument, so a zero one is a bad argument, as in <see cref="PublishedArithmetic.PerUnit{TCount}"/>),
    /// or <typeparamref name="T"/> can be negative (money, a change): not something counted.</exception>
    public static Average<T> PerUnit<T>(Money total, T count)
        where T : struct, IQuantity<T>
    {
        if (T.IsSigned)
        {
            throw new ArgumentException($"An average is shared among things counted, never negative; {TypeNames.Of<T>()} can be negative.", nameof(count));
        }

        return count.BaseUnits == 0
            ? throw new ArgumentException($"Cannot share {total} among {count}: the count must not be zero.", nameof(count))
            : new Average<T>(total, count);
    }

    /// <summary>The average of <paramref name="total"/> over <paramref name="count"/> as a figure in 元 per unit, with
    /// <paramref name="bounds"/> (in 元 per unit) and the average's trace.</summary>
    internal static DerivedFigure Figure<T>(Money total, T count, ValueInterval? bounds = null)
        where T : struct, IQuantity<T>
    {
        Ratio yuan = new Ratio(total.Fen, count.BaseUnits) * new Ratio(Quantities.Figures.Pow10.Of(T.BaseUnitExponent), 100);
        return new DerivedFigure(
            DerivedUnit.PerUnit(DerivedUnit.Yuan, DerivedUnit.Of(count)),
            yuan,
            bounds ?? ValueInterval.Point(yuan),
            new DisplayFormat(Scale.One, 2),
            new DisplayFormat(Scale.One, 2),
            (f, language, format) => Trace(total, count, f, language, format));
    }

    /// <summary>"平均 = 23 697 900 元 ÷ 3 916 人 = 6051.557711…元 ≈ 6 051.56 元（四舍五入）".</summary>
    private static string Trace<T>(Money total, T count, DerivedFigure figure, ExplainLanguage language, DisplayFormat format)
        where T : struct, IQuantity<T>
    {
        string head = ExplainText.Pick(language, "平均 = ", "平均 = ", "average = ");
        string exact = ExplainText.Short(figure.Value, ExplainText.ExactDecimals) + (language == ExplainLanguage.English ? " yuan" : "元");
        bool changes = format.Decimals is int decimals && !figure.Value.HasAtMostDecimals(decimals);
        string rounded = figure.ToString(format, language);
        string tail = changes
            ? ExplainText.Approximately(language == ExplainLanguage.English ? rounded : ExplainText.Grouped(rounded), format.Rounding, language)
            : string.Empty;
        return head + ExplainText.Quantity(total, language) + " ÷ " + ExplainText.Quantity(count, language) + " = " + exact + tail;
    }
}

/// <summary>An amount of money shared among counted units, exactly, rounded to the fen only when asked.</summary>
/// <typeparam name="T">What the money is shared among.</typeparam>
/// <remarks>
/// <para><c>default</c> shares nothing among nothing (<see cref="Average.PerUnit{T}"/> never gives it): its
/// <see cref="ToString"/> says so, and <see cref="Figure"/>, <see cref="Rounded"/> and <see cref="Explain"/> throw
/// <see cref="InvalidOperationException"/>, as there is no count to divide by.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.AverageJsonConverterFactory))]
public readonly struct Average<T> : IEquatable<Average<T>>, IEqualityOperators<Average<T>, Average<T>, bool>
    where T : struct, IQuantity<T>
{
    internal Average(Money total, T count)
    {
        Total = total;
        Count = count;
    }

    /// <summary>The total amount.</summary>
    public Money Total { get; }

    /// <summary>The count it is shared among.</summary>
    public T Count { get; }

    /// <summary>The exact amount per unit as a figure in 元 per unit (exact, so its bounds are its value): 6 051.557711… 元 per person.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, with no count to divide by.</exception>
    public DerivedFigure Figure
    {
        get
        {
            ThrowIfDefault();
            return Average.Figure(Total, Count);
        }
    }

    /// <summary>Whether two averages are of the same total and count.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Average<T> left, Average<T> right) => left.Equals(right);

    /// <summary>Whether two averages differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Average<T> left, Average<T> right) => !left.Equals(right);

    /// <summary>The amount per unit rounded to the fen with <paramref name="mode"/>.</summary>
    /// <param name="mode">How to round.</param>
    /// <returns>The amount per unit.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, with no count to divide by.</exception>
    public Money Rounded(RoundingMode mode)
    {
        ThrowIfDefault();
        return Total.DividedBy(Count.BaseUnits, mode);
    }

    /// <summary>
    /// How the average is computed: "平均 = 23 697 900 元 ÷ 3 916 人 = 6051.557711…元 ≈ 6 051.56 元（四舍五入）", or
    /// "average = 23,697,900 yuan ÷ 3,916 persons = 6051.557711… yuan ≈ 6,051.56 yuan (rounded half away from zero)".
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <param name="mode">How the amount is rounded to the fen.</param>
    /// <returns>The trace.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, with no count to divide by.</exception>
    public string Explain(ExplainLanguage language, RoundingMode mode = RoundingMode.HalfAwayFromZero) =>
        Figure.Explain(language, new DisplayFormat(Scale.One, 2, mode));

    /// <inheritdoc />
    public bool Equals(Average<T> other) => Total == other.Total && Count.Equals(other.Count);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Average<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Total, Count);

    /// <summary>For example "23697900元 / 3916人 = 5924475/979元": the exact amount per unit, as a fraction when its decimals
    /// never end; for <c>default</c>, "0元 / 0人: no average (default)".</summary>
    /// <returns>The total, the count and the exact amount per unit.</returns>
    public override string ToString() =>
        Count.BaseUnits == 0 ? $"{Total} / {Count}: no average (default)" : $"{Total} / {Count} = {Figure.Value}元";

    private void ThrowIfDefault()
    {
        if (Count.BaseUnits == 0)
        {
            throw new InvalidOperationException($"This Average<{TypeNames.Of<T>()}> is default and has no count to divide by; create one with Average.PerUnit.");
        }
    }
}
