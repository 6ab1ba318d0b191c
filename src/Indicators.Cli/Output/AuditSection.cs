using System;
using System.Collections.Generic;
using Indicators.Text;

namespace Indicators.Cli.Output;

/// <summary>One table of <c>audit</c>: its title, its header, which columns are numeric, and its rows, each the cells as
/// shown and the figure the row starts at (for the page of <c>audit --html</c>, which links the row to that figure).</summary>
/// <param name="Title">The table's title ("Completion statements").</param>
/// <param name="Header">The column names.</param>
/// <param name="Numeric">Whether each column is right-aligned.</param>
/// <param name="Rows">The rows.</param>
internal sealed record AuditSection(string Title, string[] Header, bool[] Numeric, IReadOnlyList<(ExtractedFigure Figure, string[] Cells)> Rows)
{
    /// <summary>A table of one row per item of <paramref name="items"/>.</summary>
    internal static AuditSection Of<T>(string title, string[] header, bool[] numeric, IReadOnlyList<T> items, Func<T, ExtractedFigure> figure, Func<T, string[]> cells)
    {
        var rows = new List<(ExtractedFigure, string[])>(items.Count);
        foreach (T item in items)
        {
            rows.Add((figure(item), cells(item)));
        }

        return new AuditSection(title, header, numeric, rows);
    }
}
