using System.Collections.Generic;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Cli.Output;
using Indicators.Quantities;
using Indicators.Reporting;
using ScottPlot;

namespace Indicators.Cli.Charts;

/// <summary>
/// Completion against schedule progress (<see cref="Dataset.AssessAll"/>): for every actual with an at-least target, a bar
/// for its completion rate (as the dataset prints it, or where it prints none as the library computes it) and one for the
/// schedule progress at the actual's last day, with their values on them and a line at 100%.
/// </summary>
internal static class CompletionChart
{
    /// <summary>The width of the chart of five indicators or fewer, in pixels.</summary>
    internal const int MinWidth = 800;

    /// <summary>The width the chart takes for each indicator beyond five, in pixels.</summary>
    internal const int WidthPerIndicator = 160;

    /// <summary>The height of the chart in pixels.</summary>
    internal const int Height = 500;

    private const double BarSize = 0.38;

    private static readonly Color Hundred = Colors.Black.WithAlpha(0.6);

    /// <summary>The width of the chart of <paramref name="count"/> indicators in pixels: room for each one's name.</summary>
    internal static int Width(int count) => System.Math.Max(MinWidth, WidthPerIndicator * count);

    /// <summary>The assessments drawn: every one with a completion rate (an at-least target), in the dataset's order.</summary>
    internal static List<TargetAssessment> Drawn(Dataset dataset) => [.. dataset.AssessAll().Where(a => a.ExactCompletion is not null)];

    /// <summary>The completion rate written on the bar: as printed ("146.43%"), or as computed, exactly when it has at most
    /// two decimals, else rounded half away from zero to two ("146.4%").</summary>
    internal static string CompletionText(TargetAssessment assessment) =>
        assessment.PublishedCompletion is { } printed ? printed.ToString() : FigureDetails.Short(assessment.ExactCompletion!.Value, OutputLanguage.ZhHans);

    /// <summary>The chart of <paramref name="assessments"/>, in <paramref name="font"/>.</summary>
    internal static Plot Create(string? title, IReadOnlyList<TargetAssessment> assessments, string font)
    {
        var plot = new Plot();
        var completion = new List<Bar>();
        var progress = new List<Bar>();
        var ticks = new List<Tick>();
        double top = 100;
        for (int i = 0; i < assessments.Count; i++)
        {
            TargetAssessment a = assessments[i];
            Percent rate = a.PublishedCompletion is { } printed ? printed.Value : a.ExactCompletion!.Value;
            double height = Percentage(rate);
            top = System.Math.Max(top, height);
            completion.Add(new Bar
            {
                Position = i - (BarSize / 2), Value = height, Size = BarSize, FillColor = ChartImage.Primary, LineWidth = 0,
                Label = CompletionText(a),
            });
            if (a.Schedule is { } schedule)
            {
                progress.Add(new Bar
                {
                    Position = i + (BarSize / 2), Value = Percentage(schedule.Progress.Rate), Size = BarSize, FillColor = ChartImage.Secondary,
                    LineWidth = 0, Label = FigureDetails.Short(schedule.Progress.Rate, OutputLanguage.ZhHans),
                });
            }

            ticks.Add(new Tick(i, a.Actual.Indicator.NameIn(ExplainLanguage.ZhHans) + "\n截至 " + a.Actual.Period.End.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        plot.Add.Bars(completion).ValueLabelStyle.FontName = font;
        if (progress.Count > 0)
        {
            plot.Add.Bars(progress).ValueLabelStyle.FontName = font;
        }

        plot.Add.HorizontalLine(100, 1.5f, Hundred, LinePattern.Dashed);

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => ChartImage.AxisNumber(v) + "%" };
        plot.Axes.SetLimits(-0.6, assessments.Count - 0.4, 0, top * 1.12);
        plot.HideGrid();
        plot.Title(string.IsNullOrEmpty(title) ? "完成率与序时进度" : title + "：完成率与序时进度");
        plot.YLabel("%");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "完成率", FillColor = ChartImage.Primary });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "序时进度（按月）", FillColor = ChartImage.Secondary });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "100%", LineColor = Hundred, LinePattern = LinePattern.Dashed, LineWidth = 1.5f });
        plot.ShowLegend(Alignment.UpperRight);
        ChartImage.UseFont(plot, font);
        return plot;
    }

    // A rate as a bar's height in percent: presentation only, to 1/10 000 of a point.
    private static double Percentage(Percent rate) => (double)rate.ToPercentage(4, RoundingMode.HalfAwayFromZero);
}
