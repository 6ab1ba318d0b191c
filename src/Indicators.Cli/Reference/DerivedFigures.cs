using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Cli.Reference;

/// <summary>Computes the figures that follow from the published ones, with the library, and their bounds.</summary>
internal static class DerivedFigures
{
    private static readonly CultureInfo Hans = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Computes one derived figure.</summary>
    /// <exception cref="InvalidDataException">The operation is unknown or has the wrong number of figures.</exception>
    /// <exception cref="FormatException">A figure is not of the kind its operation needs.</exception>
    internal static DerivedCheck Run(DerivedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Operation switch
        {
            "sum" => Sum(record),
            "perEnterprise" when record.Figures.Count == 2 => PerEnterprise(record),
            "perPerson" when record.Figures.Count == 2 => PerPerson(record),
            "share" when record.Figures.Count == 2 => Share(record),
            "product" when record.Figures.Count == 2 => Product(record),
            "unemploymentRate" when record.Figures.Count == 1 => Rate(record),
            _ => throw new InvalidDataException($"Derived figure {record.Id}: cannot {record.Operation} {record.Figures.Count} figures."),
        };
    }

    private static DerivedCheck Sum(DerivedRecord record)
    {
        PublishedFigure<Money>[] figures = [.. record.Figures.Select(PublishedFigure.Parse<Money>)];
        BoundedValue sum = PublishedArithmetic.Sum<Money>(figures);
        Money total = Money.FromFen((long)sum.Value.Numerator); // a sum of whole fen is a whole number of fen

        // Exact in the first figure's scale: a total is never rounded to fewer digits than its addends need.
        string format = new DisplayFormat(figures[0].Printed.Scale).ToString();
        return new DerivedCheck(
            record,
            Localized(total, format),
            Bounds(sum.Bounds, figures[0]),
            new LocalizedText(
                string.Join(" + ", record.Figures) + " = " + total.ToString(format, Hans),
                string.Join(" + ", figures.Select(f => f.Printed(English))) + " = " + total.ToString(format, English)));
    }

    private static DerivedCheck PerEnterprise(DerivedRecord record)
    {
        PublishedFigure<Money> money = PublishedFigure.Parse<Money>(record.Figures[0]);
        PublishedFigure<Count<Enterprises>> enterprises = PublishedFigure.Parse<Count<Enterprises>>(record.Figures[1]);
        Average<Count<Enterprises>> average = Average.PerUnit(money.Value, enterprises.Value);
        BoundedValue bounded = PublishedArithmetic.Quotient(money, enterprises);
        return new DerivedCheck(
            record,
            Localized(average.Rounded(RoundingMode.HalfAwayFromZero), "F2"),
            Both(bounded.Bounds * new Ratio(1, 100), 2, "元", " yuan"),
            Explain(average));
    }

    private static DerivedCheck PerPerson(DerivedRecord record)
    {
        PublishedFigure<Money> money = PublishedFigure.Parse<Money>(record.Figures[0]);
        PublishedFigure<Headcount> persons = PublishedFigure.Parse<Headcount>(record.Figures[1]);
        Average<Headcount> average = Average.PerUnit(money.Value, persons.Value);
        return new DerivedCheck(
            record,
            Localized(average.Rounded(RoundingMode.HalfAwayFromZero), "F2"),
            Both(PublishedArithmetic.Quotient(money, persons).Bounds * new Ratio(1, 100), 2, "元", " yuan"),
            Explain(average));
    }

    private static DerivedCheck Share(DerivedRecord record)
    {
        PublishedFigure<Money> part = PublishedFigure.Parse<Money>(record.Figures[0]);
        PublishedFigure<Money> whole = PublishedFigure.Parse<Money>(record.Figures[1]);
        Percent share = Percent.FromRatio(part.Value / whole.Value);
        string rounded = share.ToString("F2", CultureInfo.InvariantCulture);
        string tail = ExplainText.EqualsRate(share, 2, RoundingMode.HalfAwayFromZero, ExplainLanguage.ZhHans);
        string tailEn = ExplainText.EqualsRate(share, 2, RoundingMode.HalfAwayFromZero, ExplainLanguage.English);
        return new DerivedCheck(
            record,
            new LocalizedText(rounded, rounded),
            Both(PublishedArithmetic.Quotient(part, whole).Bounds * 100, 3, "%", "%"),
            new LocalizedText(
                $"{record.Figures[0]} ÷ {record.Figures[1]} {tail}",
                $"{part.Printed(English)} ÷ {whole.Printed(English)} {tailEn}"));
    }

    private static DerivedCheck Product(DerivedRecord record)
    {
        Money each = PublishedFigure.Parse<Money>(record.Figures[0]).Value;
        Headcount persons = PublishedFigure.Parse<Headcount>(record.Figures[1]).Value;
        Money total = each * persons.Persons;
        return new DerivedCheck(
            record,
            Localized(total, "W"),
            null,
            new LocalizedText(
                $"{ExplainText.Quantity(each, ExplainLanguage.ZhHans)} × {ExplainText.Quantity(persons, ExplainLanguage.ZhHans)} = {total.ToString("W", Hans)}",
                $"{ExplainText.Quantity(each, ExplainLanguage.English)} × {ExplainText.Quantity(persons, ExplainLanguage.English)} = {total.ToString("W", English)}"));
    }

    private static DerivedCheck Rate(DerivedRecord record)
    {
        PublishedRate rate = PublishedRate.Parse(record.Figures[0]);
        LocalizedText note = record.Note ?? new LocalizedText(string.Empty, string.Empty);
        return new DerivedCheck(
            record,
            new LocalizedText(rate.ToString(), rate.ToString()),
            Both(rate.Bounds * 100, rate.Decimals + 1, "%", "%"),
            new LocalizedText($"{rate}：{note.ZhHans}", $"{rate}: {note.En}"));
    }

    /// <summary>A published money figure at its printed precision, in English ("45.76 × 10⁸ yuan").</summary>
    private static string Printed(this PublishedFigure<Money> figure, IFormatProvider provider) =>
        figure.Value.ToString(new DisplayFormat(figure.Printed.Scale, figure.Printed.Decimals), provider);

    private static LocalizedText Explain<T>(Average<T> average)
        where T : struct, IQuantity<T> =>
        new(average.Explain(ExplainLanguage.ZhHans), average.Explain(ExplainLanguage.English));

    private static LocalizedText Localized(Money money, string format) => new(money.ToString(format, Hans), money.ToString(format, English));

    private static LocalizedText Bounds(ValueInterval fen, PublishedFigure<Money> like)
    {
        (Ratio perUnit, string unit, string english) = like.Printed.Scale switch
        {
            Scale.Yi => (new Ratio(1, 10_000_000_000), "亿元", " × 10⁸ yuan"),
            Scale.Wan => (new Ratio(1, 1_000_000), "万元", " × 10⁴ yuan"),
            _ => (new Ratio(1, 100), "元", " yuan"),
        };
        return Both(fen * perUnit, like.Printed.Decimals + 1, unit, english);
    }

    private static LocalizedText Both(ValueInterval interval, int decimals, string unit, string english) =>
        new(interval.ToString(decimals, unit), interval.ToString(decimals, english));
}
