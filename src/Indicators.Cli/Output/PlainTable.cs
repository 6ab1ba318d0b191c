using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Indicators.Cli.Output;

/// <summary>
/// A Spectre.Console table as plain text: the header underlined with hyphens, columns two spaces apart, no edges and no
/// trailing spaces. Text columns are left-aligned and wrap when the table is wider than the console; number columns are
/// right-aligned and never wrap. Wide characters (汉字, full-width punctuation) take two columns.
/// </summary>
internal sealed class PlainTable : Renderable
{
    // The border's edges are empty, but Spectre.Console counts one column for each.
    private const int UndrawnEdges = 2;

    private readonly Table table = new() { Border = new UnderlinedHeaderBorder(), ShowHeaders = true };

    /// <summary>A table with the columns <paramref name="header"/>.</summary>
    /// <param name="header">The header of each column.</param>
    /// <param name="numeric">For each column, whether it holds numbers.</param>
    internal PlainTable(IReadOnlyList<string> header, IReadOnlyList<bool> numeric)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(numeric);
        if (header.Count != numeric.Count || header.Count == 0)
        {
            throw new ArgumentException($"Expected one flag per column ({header.Count}), got {numeric.Count}.", nameof(numeric));
        }

        for (int column = 0; column < header.Count; column++)
        {
            table.AddColumn(new TableColumn(new Spectre.Console.Text(header[column]))
            {
                Alignment = numeric[column] ? Justify.Right : Justify.Left,
                NoWrap = numeric[column],

                // A space of padding and a space of border between columns; none after the last.
                Padding = new Padding(0, 0, column == header.Count - 1 ? 0 : 1, 0),
            });
        }
    }

    /// <summary>Adds a row of plain text (not markup), one cell per column.</summary>
    /// <param name="cells">The cells.</param>
    internal void AddRow(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count != table.Columns.Count)
        {
            throw new ArgumentException($"Expected {table.Columns.Count} cells, got {cells.Count}.", nameof(cells));
        }

        table.AddRow(cells.Select(cell => (IRenderable)new Spectre.Console.Text(cell)));
    }

    /// <inheritdoc/>
    protected override Measurement Measure(RenderOptions options, int maxWidth) =>
        ((IRenderable)table).Measure(options, maxWidth + UndrawnEdges);

    /// <inheritdoc/>
    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        // The top and bottom edges come out as blank lines.
        foreach (SegmentLine line in Segment.SplitLines(((IRenderable)table).Render(options, maxWidth + UndrawnEdges)))
        {
            if (!SegmentLines.IsBlank(line))
            {
                foreach (Segment segment in SegmentLines.TrimEnd(line))
                {
                    yield return segment;
                }

                yield return Segment.LineBreak;
            }
        }
    }

    // Spaces between columns, hyphens under the header across the whole table, nothing at the edges.
    private sealed class UnderlinedHeaderBorder : TableBorder
    {
        public override bool SupportsRowSeparator => false;

        public override string GetPart(TableBorderPart part) => part switch
        {
            TableBorderPart.HeaderBottom or TableBorderPart.HeaderBottomSeparator => "-",
            TableBorderPart.HeaderTopLeft or TableBorderPart.HeaderTopRight
                or TableBorderPart.HeaderLeft or TableBorderPart.HeaderRight
                or TableBorderPart.HeaderBottomLeft or TableBorderPart.HeaderBottomRight
                or TableBorderPart.CellLeft or TableBorderPart.CellRight
                or TableBorderPart.FooterTopLeft or TableBorderPart.FooterTopRight
                or TableBorderPart.FooterBottomLeft or TableBorderPart.FooterBottomRight => string.Empty,
            _ => " ",
        };
    }
}
