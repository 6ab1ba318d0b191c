using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Cli.Reference;

/// <summary>
/// Asks the library for the figures that follow from the published ones (<see cref="PublishedArithmetic"/>): each is a
/// <see cref="DerivedFigure"/> that knows its unit, its bounds and its trace; this class only picks the operation.
/// </summary>
internal static class DerivedFigures
{
    /// <summary>Computes one derived figure.</summary>
    /// <exception cref="InvalidDataException">The operation is unknown or has the wrong number of figures.</exception>
    /// <exception cref="FormatException">A figure is not of the kind its operation needs.</exception>
    internal static DerivedCheck Run(DerivedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Operation switch
        {
            "sum" => Check(record, PublishedArithmetic.Sum<Money>([.. record.Figures.Select(PublishedFigure.Parse<Money>)])),
            "perEnterprise" when record.Figures.Count == 2 => Check(record, PublishedArithmetic.PerUnit(Money(record, 0), PublishedFigure.Parse<Count<Enterprises>>(record.Figures[1]))),
            "perPerson" when record.Figures.Count == 2 => Check(record, PublishedArithmetic.PerUnit(Money(record, 0), PublishedFigure.Parse<Headcount>(record.Figures[1]))),
            "share" when record.Figures.Count == 2 => Check(record, PublishedArithmetic.Share(Money(record, 0), Money(record, 1))),
            "product" when record.Figures.Count == 2 => Check(record, PublishedArithmetic.Product(Quantities.Money.Parse(record.Figures[0], CultureInfo.InvariantCulture), PublishedFigure.Parse<Headcount>(record.Figures[1]))),
            "unemploymentRate" when record.Figures.Count == 1 => Rate(record),
            _ => throw new InvalidDataException($"Derived figure {record.Id}: cannot {record.Operation} {record.Figures.Count} figures."),
        };
    }

    // The amount of a product is a set amount (an allowance standard, 500 元 a month), exact; the count is as printed.
    private static PublishedFigure<Money> Money(DerivedRecord record, int index) => PublishedFigure.Parse<Money>(record.Figures[index]);

    private static DerivedCheck Check(DerivedRecord record, DerivedFigure figure) =>
        new(record, Both(figure.ToString), figure.IsExact ? null : Both(figure.BoundsToString), Both(figure.Explain));

    // A published rate is shown with its bounds and what the report says of it that cannot be computed.
    private static DerivedCheck Rate(DerivedRecord record)
    {
        DerivedFigure rate = DerivedFigure.Of(PublishedRate.Parse(record.Figures[0]));
        LocalizedText note = record.Note ?? new LocalizedText(string.Empty, string.Empty);
        return new DerivedCheck(
            record,
            Both(rate.ToString),
            Both(rate.BoundsToString),
            new LocalizedText($"{rate.ToString(ExplainLanguage.ZhHans)}：{note.ZhHans}", $"{rate.ToString(ExplainLanguage.English)}: {note.En}"));
    }

    private static LocalizedText Both(Func<ExplainLanguage, string> text) =>
        new(text(ExplainLanguage.ZhHans), text(ExplainLanguage.English));
}
