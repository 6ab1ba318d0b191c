using System;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// Arithmetic on published figures: each result is a <see cref="DerivedFigure"/>, the value computed from the printed
/// figures together with the interval of values the true figures could give (interval arithmetic on their
/// <see cref="PublishedFigure{T}.Bounds"/>), in the unit figures are printed in (元, persons, percent), with its trace.
/// </summary>
public static class PublishedArithmetic
{
    /// <summary>The sum of published figures of one quantity (fees cut + fees returned + subsidies: 45.76亿元 + 10.55亿元 +
    /// 1.88亿元 = 58.19亿元, truly in [58.175亿元, 58.205亿元)).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="figures">The figures; at least one, all counting the same unit.</param>
    /// <returns>The sum, shown by default in the first figure's scale.</returns>
    /// <exception cref="ArgumentException"><paramref name="figures"/> is empty, or (for <see cref="UnitCount"/>) counts different units.</exception>
    /// <exception cref="OverflowException">The sum leaves the quantity's range.</exception>
    public static DerivedFigure Sum<T>(params ReadOnlySpan<PublishedFigure<T>> figures)
        where T : struct, IQuantity<T>
    {
        if (figures.IsEmpty)
        {
            throw new ArgumentException("A sum of published figures needs at least one figure.", nameof(figures));
        }

        T total = figures[0].Value;
        ValueInterval bounds = figures[0].Bounds;
        int decimals = figures[0].Printed.Decimals;
        for (int i = 1; i < figures.Length; i++)
        {
            total += figures[i].Value; // checks the units of counts known at run time, and overflow
            bounds += figures[i].Bounds;
            decimals = Math.Max(decimals, figures[i].Printed.Decimals);
        }

        PublishedFigure<T>[] operands = figures.ToArray();
        Scale scale = figures[0].Printed.Scale;
        return new DerivedFigure(
            DerivedUnit.Of(total),
            DerivedFigure.InUnits<T>(total.BaseUnits),
            DerivedFigure.ToUnits<T>(bounds),
            new DisplayFormat(scale),
            new DisplayFormat(scale, Math.Min(decimals + 1, DisplayFormat.MaxDecimals)),
            (f, language, format) => string.Join(" + ", Array.ConvertAll(operands, o => Printed(o, language))) + " = " + f.ToString(format, language));
    }

    /// <summary>The difference of two published figures of one quantity: 14.64万人 − 1.77万人 = 12.87万人, truly in (12.86万, 12.88万).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="left">The figure to subtract from.</param>
    /// <param name="right">The figure to subtract.</param>
    /// <returns>The difference, which may be negative, shown by default in the left figure's scale.</returns>
    /// <exception cref="ArgumentException">(For <see cref="UnitCount"/>) the figures count different units.</exception>
    public static DerivedFigure Difference<T>(PublishedFigure<T> left, PublishedFigure<T> right)
        where T : struct, IQuantity<T>
    {
        CheckSameUnit(left, right, "subtract");

        Scale scale = left.Printed.Scale;
        int decimals = Math.Max(left.Printed.Decimals, right.Printed.Decimals);
        return new DerivedFigure(
            DerivedUnit.Of(left.Value),
            DerivedFigure.InUnits<T>(left.Value.BaseUnits) - DerivedFigure.InUnits<T>(right.Value.BaseUnits),
            DerivedFigure.ToUnits<T>(left.Bounds - right.Bounds),
            new DisplayFormat(scale),
            new DisplayFormat(scale, Math.Min(decimals + 1, DisplayFormat.MaxDecimals)),
            (f, language, format) => Printed(left, language) + " − " + Printed(right, language) + " = " + f.ToString(format, language));
    }

    /// <summary>
    /// The money per counted unit (an average): 147.16亿元 over 约115万家 is 12 796.52 元 per enterprise, truly in
    /// (12 740.69…, 12 852.83…) 元; 2 369.79万元 for 3 916 人 is 6 051.56 元 each.
    /// </summary>
    /// <typeparam name="TCount">What the money is shared among.</typeparam>
    /// <param name="total">The total amount; not negative.</param>
    /// <param name="count">The count; its bounds above zero.</param>
    /// <returns>The average in 元 per <typeparamref name="TCount"/>, shown by default to the fen.</returns>
    /// <exception cref="ArgumentException">With <see cref="ArgumentException.ParamName"/> "total": the bounds of
    /// <paramref name="total"/> reach below zero. With "count": the bounds of <paramref name="count"/> reach zero or below
    /// (a count of zero too), or <typeparamref name="TCount"/> can be negative (money, a change): not something counted.</exception>
    public static DerivedFigure PerUnit<TCount>(PublishedFigure<Money> total, PublishedFigure<TCount> count)
        where TCount : struct, IQuantity<TCount> =>
        MoneyPerUnit(total, nameof(total), count, nameof(count));

    /// <summary>A published figure as published, at its printed precision and with its qualifier and status, in
    /// <paramref name="language"/>: "约115万家" (simplified Chinese, its own text), "約115萬家" (the traditional marker),
    /// "about 115 × 10⁴ enterprises".</summary>
    internal static string Printed<T>(PublishedFigure<T> figure, ExplainLanguage language)
        where T : struct, IQuantity<T>
    {
        if (language == ExplainLanguage.ZhHans)
        {
            return figure.ToString();
        }

        string number = figure.Value.ToString(new DisplayFormat(figure.Printed.Scale, figure.Printed.Decimals).ToString(), ExplainText.Provider(language));
        if (language == ExplainLanguage.English)
        {
            return EnglishStatus(figure.Status) + EnglishQualifier(figure.Qualifier, figure.IsInclusive) + number;
        }

        // Traditional: the simplified markers written around the traditional number, each marker then in traditional script.
        string body = PublishedText.Join(number, figure.Qualifier, figure.IsInclusive, FigureStatus.Normal);
        if (figure.Qualifier != Qualifier.None)
        {
            QualifierMarker marker = Qualifiers.WrittenMarker(figure.Qualifier, figure.IsInclusive);
            body = marker.Position switch
            {
                MarkerPosition.Before => Traditional(marker.Text) + body[marker.Text.Length..],
                MarkerPosition.After => body[..^marker.Text.Length] + Traditional(marker.Text),
                _ => body, // 多: the same in both scripts
            };
        }

        return Traditional(Qualifiers.WrittenStatusMarker(figure.Status)) + body;
    }

    /// <summary>A qualifier or status marker in traditional characters (约 → 約, 不超过 → 不超過, 预计 → 預計).</summary>
    private static string Traditional(string simplified) => simplified
        .Replace('约', '約').Replace('过', '過').Replace('预', '預').Replace('计', '計').Replace('报', '報');

    private static string EnglishQualifier(Qualifier qualifier, bool inclusive) => qualifier switch
    {
        Qualifier.Approximately => "about ",
        Qualifier.AtMost => inclusive ? "at most " : "under ",
        Qualifier.AtLeast => inclusive ? "at least " : "over ",
        Qualifier.Span => "over ",
        _ => string.Empty,
    };

    private static string EnglishStatus(FigureStatus status) => status switch
    {
        FigureStatus.Forecast => "forecast ",
        FigureStatus.Provisional => "provisional ",
        FigureStatus.Estimated => "estimated ",
        _ => string.Empty,
    };

    private static DerivedFigure MoneyPerUnit<TCount>(PublishedFigure<Money> total, string totalName, PublishedFigure<TCount> count, string countName)
        where TCount : struct, IQuantity<TCount>
    {
        if (TCount.IsSigned)
        {
            throw new ArgumentException($"An average is shared among things counted, never negative; {Utility.TypeNames.Of<TCount>()} can be negative.", countName);
        }

        ValueInterval bounds = Divide(total, totalName, count, countName);
        return Average.Figure(total.Value, count.Value, DerivedFigure.ToUnits<Money>(bounds) * new Ratio(Quantities.Figures.Pow10.Of(TCount.BaseUnitExponent), 1));
    }

    /// <summary>The share one published figure is of another of the same quantity, in percent: 贴息 1 814.6万元 on 1.78亿元 of
    /// loans is 10.19%, truly in (10.165…%, 10.223…%).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="part">The part; not negative.</param>
    /// <param name="whole">The whole; its bounds above zero.</param>
    /// <returns>The share in percent, shown by default to two decimals.</returns>
    /// <exception cref="ArgumentException">With <see cref="ArgumentException.ParamName"/> "part": the bounds of
    /// <paramref name="part"/> reach below zero. With "whole": the bounds of <paramref name="whole"/> reach zero or below
    /// (a whole of zero too). Or (for <see cref="UnitCount"/>) the two count different units.</exception>
    public static DerivedFigure Share<T>(PublishedFigure<T> part, PublishedFigure<T> whole)
        where T : struct, IQuantity<T>
    {
        CheckSameUnit(part, whole, "divide");
        ValueInterval bounds = Divide(part, nameof(part), whole, nameof(whole));
        Percent share = Percent.FromRatio(new Ratio(part.Value.BaseUnits, whole.Value.BaseUnits));
        return new DerivedFigure(
            DerivedUnit.Share,
            share.Ratio * 100,
            bounds * 100,
            new DisplayFormat(Scale.One, 2),
            new DisplayFormat(Scale.One, 3),
            (f, language, format) => Printed(part, language) + " ÷ " + Printed(whole, language) + " "
                + (format.Decimals is int decimals ? ExplainText.EqualsRate(share, decimals, format.Rounding, language) : "= " + ExplainText.ExactRate(share)));
    }

    /// <summary>
    /// The ratio of two published figures: a bare number when both are of one quantity (28 914 人 over 20 000 人 is 1.4457;
    /// <see cref="Share{T}"/> gives it in percent), an average when money is divided by a count
    /// (<see cref="PerUnit{TCount}"/>), else an amount per counted unit (persons per enterprise).
    /// </summary>
    /// <typeparam name="TNumerator">The quantity divided.</typeparam>
    /// <typeparam name="TDenominator">The quantity divided by.</typeparam>
    /// <param name="numerator">The figure divided; not negative.</param>
    /// <param name="denominator">The figure divided by; its bounds above zero.</param>
    /// <returns>The ratio, in the unit it measures (a number, 元 per enterprise, persons per enterprise).</returns>
    /// <exception cref="ArgumentException">With <see cref="ArgumentException.ParamName"/> "numerator": the bounds of
    /// <paramref name="numerator"/> reach below zero. With "denominator": the bounds of <paramref name="denominator"/> reach zero or below (a
    /// denominator of zero too), or money is divided by a quantity that can be negative. Or (for <see cref="UnitCount"/>)
    /// the two count different units.</exception>
    public static DerivedFigure Quotient<TNumerator, TDenominator>(PublishedFigure<TNumerator> numerator, PublishedFigure<TDenominator> denominator)
        where TNumerator : struct, IQuantity<TNumerator>
        where TDenominator : struct, IQuantity<TDenominator>
    {
        if (typeof(TNumerator) == typeof(Money) && !TDenominator.IsSigned)
        {
            return MoneyPerUnit((PublishedFigure<Money>)(object)numerator, nameof(numerator), denominator, nameof(denominator));
        }

        bool sameQuantity = typeof(TNumerator) == typeof(TDenominator);
        if (sameQuantity)
        {
            CheckSameUnit(numerator, (PublishedFigure<TNumerator>)(object)denominator, "divide");
        }

        ValueInterval bounds = Divide(numerator, nameof(numerator), denominator, nameof(denominator));
        Ratio perUnit = new Ratio(Quantities.Figures.Pow10.Of(TDenominator.BaseUnitExponent), Quantities.Figures.Pow10.Of(TNumerator.BaseUnitExponent));
        return new DerivedFigure(
            sameQuantity ? DerivedUnit.None : DerivedUnit.PerUnit(DerivedUnit.Of(numerator.Value), DerivedUnit.Of(denominator.Value)),
            new Ratio(numerator.Value.BaseUnits, denominator.Value.BaseUnits) * perUnit,
            bounds * perUnit,
            new DisplayFormat(Scale.One, 2),
            new DisplayFormat(Scale.One, 2),
            (f, language, format) => Printed(numerator, language) + " ÷ " + Printed(denominator, language) + " = " + f.ToString(format, language));
    }

    /// <summary>
    /// A set amount of money for each of a published number of counted units, in total: 500 元 a month (an allowance
    /// standard, exact) for 3 175 人 is 158.75万元 a month, as exact as the count.
    /// </summary>
    /// <typeparam name="TCount">What the money is paid for each of.</typeparam>
    /// <param name="each">The amount for each, exact; not negative.</param>
    /// <param name="count">The count; not negative.</param>
    /// <returns>The total in 元, shown by default exactly in 万, 亿 or 万亿 when it reaches them.</returns>
    /// <exception cref="ArgumentException">The amount or the count may be negative.</exception>
    /// <exception cref="OverflowException">The product leaves the range of <see cref="Money"/>.</exception>
    public static DerivedFigure Product<TCount>(Money each, PublishedFigure<TCount> count)
        where TCount : struct, IQuantity<TCount> =>
        Product(each, ValueInterval.Point(DerivedFigure.InUnits<Money>(each.Fen)), 0, count);

    /// <summary>
    /// A published amount of money for each of a published number of counted units, in total, with the bounds both
    /// printings give: "500元" stands for [499.5, 500.5) 元, so 500元 × 3175人 lies in [158.59…万元, 158.90…万元).
    /// </summary>
    /// <typeparam name="TCount">What the money is paid for each of.</typeparam>
    /// <param name="each">The amount for each; not negative.</param>
    /// <param name="count">The count; not negative.</param>
    /// <returns>The total in 元, shown by default exactly in 万, 亿 or 万亿 when it reaches them.</returns>
    /// <exception cref="ArgumentException">An amount or a count may be negative.</exception>
    /// <exception cref="OverflowException">The product leaves the range of <see cref="Money"/>.</exception>
    public static DerivedFigure Product<TCount>(PublishedFigure<Money> each, PublishedFigure<TCount> count)
        where TCount : struct, IQuantity<TCount> =>
        Product(each.Value, DerivedFigure.ToUnits<Money>(each.Bounds), each.Printed.Decimals, count);

    private static DerivedFigure Product<TCount>(Money each, ValueInterval amounts, int eachDecimals, PublishedFigure<TCount> count)
        where TCount : struct, IQuantity<TCount>
    {
        ValueInterval counts = DerivedFigure.ToUnits<TCount>(count.Bounds);
        if (counts.Lower is not Ratio countLow || countLow.Sign < 0 || amounts.Lower is not Ratio amountLow || amountLow.Sign < 0)
        {
            throw new ArgumentException($"A product of {each} and {count} needs both to be not negative.", amounts.Lower is Ratio a && a.Sign >= 0 ? nameof(count) : nameof(each));
        }

        Ratio countValue = DerivedFigure.InUnits<TCount>(count.Value.BaseUnits);
        Money total = each.Times(countValue, RoundingMode.HalfAwayFromZero); // checks the range; exact for whole counts
        Scale scale = total.Fen >= 100_000_000_000_000 ? Scale.WanYi : total.Fen >= 10_000_000_000 ? Scale.Yi : total.Fen >= 1_000_000 ? Scale.Wan : Scale.One;
        return new DerivedFigure(
            DerivedUnit.Yuan,
            DerivedFigure.InUnits<Money>(each.Fen) * countValue,
            NonNegativeProduct(amounts, counts),
            new DisplayFormat(scale),
            new DisplayFormat(scale, Math.Min(Math.Max(eachDecimals, count.Printed.Decimals) + 1, DisplayFormat.MaxDecimals)),
            (f, language, format) => ExplainText.Quantity(each, language) + " × " + ExplainText.Quantity(count.Value, language) + " = " + f.ToString(format, language));
    }

    /// <summary>Throws, for <see cref="UnitCount"/>, when the two figures count different units.</summary>
    private static void CheckSameUnit<T>(PublishedFigure<T> left, PublishedFigure<T> right, string operation)
        where T : struct, IQuantity<T>
    {
        if (typeof(T) == typeof(UnitCount))
        {
            _ = UnitCount.CommonUnit((UnitCount)(object)left.Value, (UnitCount)(object)right.Value, operation);
        }
    }

    /// <summary>Every quotient the true figures could give; an <see cref="ArgumentException"/> naming the caller's
    /// parameter when the numerator may be negative or the denominator may be zero or negative.</summary>
    private static ValueInterval Divide<TNumerator, TDenominator>(PublishedFigure<TNumerator> numerator, string numeratorName, PublishedFigure<TDenominator> denominator, string denominatorName)
        where TNumerator : struct, IQuantity<TNumerator>
        where TDenominator : struct, IQuantity<TDenominator>
    {
        ValueInterval top = numerator.Bounds;
        ValueInterval bottom = denominator.Bounds;
        if (top.Lower is not Ratio topLow || topLow.Sign < 0)
        {
            throw new ArgumentException($"Cannot divide the published figure {numerator}, which may be negative (its true value lies in {top}); the dividend must not be negative.", numeratorName);
        }

        if (bottom.Lower is not Ratio bottomLow || bottomLow.Sign < 0 || (bottomLow.Sign == 0 && bottom.IsLowerClosed))
        {
            throw new ArgumentException($"Cannot divide by the published figure {denominator}, which may be zero or negative (its true value lies in {bottom}); the divisor must be above zero.", denominatorName);
        }

        return top / bottom;
    }

    /// <summary>The products of every pair of values of two intervals that lie at or above zero.</summary>
    private static ValueInterval NonNegativeProduct(ValueInterval left, ValueInterval right)
    {
        if (IsZero(left) || IsZero(right))
        {
            return ValueInterval.Point(Ratio.Zero);
        }

        Ratio lower = left.Lower!.Value * right.Lower!.Value;
        bool lowerClosed = (left.IsLowerClosed && right.IsLowerClosed)
            || (left.IsLowerClosed && left.Lower.Value.Sign == 0)
            || (right.IsLowerClosed && right.Lower.Value.Sign == 0);
        if (left.Upper is not Ratio leftUpper || right.Upper is not Ratio rightUpper)
        {
            return ValueInterval.AtLeast(lower, lowerClosed);
        }

        Ratio upper = leftUpper * rightUpper;
        bool upperClosed = left.IsUpperClosed && right.IsUpperClosed;
        return (lowerClosed, upperClosed) switch
        {
            (true, true) => ValueInterval.Closed(lower, upper),
            (true, false) => ValueInterval.ClosedOpen(lower, upper),
            (false, true) => ValueInterval.OpenClosed(lower, upper),
            _ => ValueInterval.Open(lower, upper),
        };
    }

    private static bool IsZero(ValueInterval interval) => interval.IsPoint && interval.Lower!.Value.Sign == 0;
}
