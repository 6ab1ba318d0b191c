using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Cli.Reference;
using Indicators.Quantities;

namespace Indicators.Cli.Output;

/// <summary>Writes a <see cref="ReportCheck"/> as an aligned text table, with notes on the rounded actuals.</summary>
internal static class ReportTable
{
    private const string Gap = "  ";
    private const string NoValue = "—";

    // Which columns hold numbers (right-aligned).
    private static readonly bool[] Numeric = [false, false, true, true, true, true, true, false, true];

    /// <summary>Writes the table for <paramref name="check"/> in <paramref name="language"/>.</summary>
    internal static void Write(ReportCheck check, OutputLanguage language, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(output);
        Labels labels = Labels.For(language);

        output.WriteLine(Format(labels.Title, check.Report.Title.For(language), Date(check.Report.Published)));
        output.WriteLine();
        WriteRows(output, [Header(labels), .. check.Figures.Select(figure => Row(figure, language, labels))]);
        output.WriteLine();
        output.WriteLine(labels.Method);
        foreach (FigureCheck figure in check.Figures.Where(figure => figure.IsActualRounded))
        {
            output.WriteLine(Note(figure, labels));
        }

        output.WriteLine();
        output.WriteLine(Format(labels.Summary, check.Figures.Count, check.Figures.Count(figure => figure.Agrees)));
    }

    /// <summary>"146425–146434人", or "17711人" for a single value, in the labels' language.</summary>
    internal static string Range(ActualRange range, QuantityKind kind, Labels labels)
    {
        string max = QuantityText.Format(kind, range.Max, new DisplayFormat(Scale.One, 0), labels.FigureProvider);

        // The lower end as a bare number, digits grouped as the library groups figures in this language.
        return range.IsSingle ? max : $"{((Ratio)range.Min).ToString("F0", labels.FigureProvider)}–{max}";
    }

    private static string[] Header(Labels labels) =>
    [
        labels.Indicator, labels.AsOf, labels.Actual, labels.Target, labels.Computed,
        labels.Rounded, labels.Published, labels.Agrees, labels.ConsistentActuals,
    ];

    private static string[] Row(FigureCheck figure, OutputLanguage language, Labels labels)
    {
        QuantityKind kind = figure.Figure.Quantity;
        return
        [
            figure.Figure.Indicator.For(language),
            Date(figure.Figure.AsOf),
            QuantityText.Format(kind, figure.Actual, figure.ActualFormat, labels.FigureProvider),
            QuantityText.Format(kind, figure.Target, figure.TargetFormat, labels.FigureProvider),
            figure.ComputedRate.ToString(),
            figure.RoundedRate,
            figure.PublishedRate.ToString(figure.RateFormat, CultureInfo.InvariantCulture),
            figure.Agrees ? labels.Yes : labels.No,
            figure.IsActualRounded && figure.ConsistentActuals is ActualRange consistent ? Range(consistent, kind, labels) : NoValue,
        ];
    }

    private static string Note(FigureCheck figure, Labels labels)
    {
        QuantityKind kind = figure.Figure.Quantity;
        string actual = QuantityText.Format(kind, figure.Actual, figure.ActualFormat, labels.FigureProvider);
        string published = figure.PublishedRate.ToString(figure.RateFormat, CultureInfo.InvariantCulture);
        return figure.ConsistentActuals is ActualRange consistent
            ? Format(labels.RoundedNote, actual, Range(figure.PrintedActuals, kind, labels), Range(consistent, kind, labels), published)
            : Format(labels.RoundedNoteNone, actual, Range(figure.PrintedActuals, kind, labels), string.Empty, published);
    }

    private static void WriteRows(TextWriter output, IReadOnlyList<string[]> rows)
    {
        int[] widths = [.. Enumerable.Range(0, Numeric.Length).Select(column => rows.Max(row => TextWidth.Of(row[column])))];
        for (int i = 0; i < rows.Count; i++)
        {
            string[] cells = [.. rows[i].Select((cell, column) => Numeric[column] && i > 0
                ? TextWidth.PadLeft(cell, widths[column])
                : TextWidth.PadRight(cell, widths[column]))];
            output.WriteLine(string.Join(Gap, cells).TrimEnd());
            if (i == 0)
            {
                output.WriteLine(new string('-', widths.Sum() + (Gap.Length * (widths.Length - 1))));
            }
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, arguments);
}
