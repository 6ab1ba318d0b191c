using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Indicators.Cli.Output;

/// <summary>
/// Writes rows as an aligned text table no wider than a given number of columns: when the rows would be wider, the first
/// column is narrowed and its cells wrapped over several lines.
/// </summary>
internal static class TextTable
{
    private const string Gap = "  ";
    private const int NarrowestFirstColumn = 8;

    /// <summary>Writes <paramref name="rows"/>, the first being the header, underlined.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="rows">The header, then the rows; every row has one cell per column.</param>
    /// <param name="numeric">For each column, whether it holds numbers (right-aligned below the header).</param>
    /// <param name="maxWidth">The widest a line may be, in terminal columns.</param>
    internal static void Write(TextWriter output, IReadOnlyList<string[]> rows, IReadOnlyList<bool> numeric, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(numeric);
        int[] widths = [.. Enumerable.Range(0, numeric.Count).Select(column => rows.Max(row => TextWidth.Of(row[column])))];
        int total = widths.Sum() + (Gap.Length * (widths.Length - 1));
        if (total > maxWidth)
        {
            widths[0] = Math.Max(NarrowestFirstColumn, widths[0] - (total - maxWidth));
            widths[0] = rows.Max(row => TextWidth.Wrap(row[0], widths[0]).Max(TextWidth.Of));
            total = widths.Sum() + (Gap.Length * (widths.Length - 1));
        }

        for (int i = 0; i < rows.Count; i++)
        {
            IReadOnlyList<string> first = TextWidth.Wrap(rows[i][0], widths[0]);
            for (int line = 0; line < first.Count; line++)
            {
                string[] cells = [.. rows[i].Select((cell, column) =>
                    column == 0 ? TextWidth.PadRight(first[line], widths[0])
                    : line > 0 ? string.Empty
                    : numeric[column] && i > 0 ? TextWidth.PadLeft(cell, widths[column])
                    : TextWidth.PadRight(cell, widths[column]))];
                output.WriteLine(string.Join(Gap, cells).TrimEnd());
            }

            if (i == 0)
            {
                output.WriteLine(new string('-', total));
            }
        }
    }
}
