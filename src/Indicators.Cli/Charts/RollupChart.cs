using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using ScottPlot;

namespace Indicators.Cli.Charts;

/// <summary>
/// One roll-up across regions (<see cref="Dataset.RollUps"/>) as horizontal bars: a bar per part, the sum of the parts, and
/// where the region publishes its own figure that figure and the difference (published − sum), each with its value as
/// the library writes it; the regions without a figure are counted under the axis.
/// </summary>
internal static class RollupChart
{
    /// <summary>The width of the chart in pixels.</summary>
    internal const int Width = 800;

    private const int RowHeight = 26;

    private const int Margins = 150;

    /// <summary>The height of the chart of <paramref name="total"/> in pixels: a row per bar.</summary>
    internal static int Height(RegionalTotal total) => Margins + (RowHeight * Rows(total).Count);

    /// <summary>The chart of <paramref name="total"/>, in <paramref name="font"/>.</summary>
    internal static Plot Create(RegionalTotal total, string font)
    {
        var plot = new Plot();
        List<(string Name, DerivedFigure Figure, string Text, Color Color)> rows = Rows(total);
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        double low = 0;
        double high = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            // The first row at the top.
            int position = rows.Count - 1 - i;
            double value = (double)rows[i].Figure.Value.ToDecimal(2, RoundingMode.HalfAwayFromZero);
            low = System.Math.Min(low, value);
            high = System.Math.Max(high, value);
            bars.Add(new Bar { Position = position, Value = value, FillColor = rows[i].Color, LineWidth = 0, Label = rows[i].Text, Size = 0.7 });
            ticks.Add(new Tick(position, rows[i].Name));
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = font;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartImage.AxisNumber };

        // Room to the right (and left, for a negative difference) for the values written beside the bars.
        double span = high - low;
        plot.Axes.SetLimits(low < 0 ? low - (span * 0.3) : 0, high + (span * 0.3), -0.6, rows.Count - 0.4);
        plot.HideGrid();
        plot.Title($"{total.Region.NameIn(ExplainLanguage.ZhHans)} {total.Indicator.NameIn(ExplainLanguage.ZhHans)}，{total.Period}：下级合计" + (total.Finding is null ? string.Empty : "与公布数"));
        string unit = total.Figure.Unit.Name(ExplainLanguage.ZhHans);
        plot.XLabel(total.AllMissing.Count == 0 ? unit : $"{unit}（{total.AllMissing.Count} 个下级地区无数据，未计入合计）");
        ChartImage.UseFont(plot, font);
        return plot;
    }

    private static List<(string Name, DerivedFigure Figure, string Text, Color Color)> Rows(RegionalTotal total)
    {
        var rows = new List<(string, DerivedFigure, string, Color)>();
        foreach (Observation part in total.Parts)
        {
            rows.Add((part.Region.NameIn(ExplainLanguage.ZhHans), part.ToDerivedFigure(), part.FigureText(), ChartImage.Primary));
        }

        rows.Add(("下级合计", total.Figure, total.Figure.ToString(ExplainLanguage.ZhHans), ChartImage.Dark));
        if (total.Finding is { } finding)
        {
            rows.Add(("公布", finding.Published, total.Published!.FigureText(), ChartImage.Secondary));
            rows.Add((
                "差额（公布 − 合计）",
                finding.Difference,
                finding.Difference.ToString(finding.Difference.Precision, ExplainLanguage.ZhHans) + "：" + finding.VerdictText(ExplainLanguage.ZhHans),
                finding.IsConsistent ? ChartImage.Neutral : ChartImage.Warning));
        }

        return rows;
    }
}
