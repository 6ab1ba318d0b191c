using System;
using System.Collections.Generic;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Indicators.Cli.Output;

/// <summary>
/// Plain text wrapped by Spectre.Console to the width available, indented by a number of columns and by
/// <see cref="Hanging"/> more on continuation lines, so that where each paragraph starts stays visible.
/// </summary>
internal sealed class HangingText : Renderable
{
    /// <summary>How many more columns continuation lines are indented by.</summary>
    internal const int Hanging = 2;

    private readonly Spectre.Console.Text text;
    private readonly int indent;

    /// <summary>Text indented by <paramref name="indent"/> columns.</summary>
    /// <param name="text">The text, taken as it is (not as markup).</param>
    /// <param name="indent">The indent of the first line, in columns.</param>
    internal HangingText(string text, int indent)
    {
        this.text = new Spectre.Console.Text(text);
        this.indent = indent;
    }

    /// <inheritdoc/>
    protected override Measurement Measure(RenderOptions options, int maxWidth)
    {
        Measurement inner = ((IRenderable)text).Measure(options, Width(maxWidth));
        return new Measurement(inner.Min + indent + Hanging, inner.Max + indent + Hanging);
    }

    /// <inheritdoc/>
    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        // Every line is wrapped to the same width, the first one too: the hanging columns are kept free on every line.
        List<SegmentLine> lines = Segment.SplitLines(((IRenderable)text).Render(options, Width(maxWidth)));
        for (int i = 0; i < lines.Count; i++)
        {
            yield return Segment.Padding(i == 0 ? indent : indent + Hanging);
            foreach (Segment segment in SegmentLines.TrimEnd(lines[i]))
            {
                yield return segment;
            }

            yield return Segment.LineBreak;
        }
    }

    private int Width(int maxWidth) => Math.Max(1, maxWidth - indent - Hanging);
}
