using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Cli.Charts;
using Indicators.Periods;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators chart [DATASET] -o FILE.svg|FILE.png [--kind completion|rollup] [--indicator CODE] [--to REGION] [--period P]</c>:
/// draws what the library computes of a dataset (by default the embedded reference dataset): completion against schedule
/// progress for every actual with an at-least target (<see cref="CompletionChart"/>), or one roll-up across regions, its
/// parts, their sum, the published total and the difference (<see cref="RollupChart"/>). The format follows the file's
/// extension. Exit code 0 when the chart is written, 2 for bad usage, unusable input or a missing font.
/// </summary>
internal sealed class ChartCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "chart";

    /// <summary>The kinds of chart (<c>--kind</c>).</summary>
    internal static readonly string[] Kinds = ["completion", "rollup"];

    private const string Description =
        "Draw a dataset's results (without DATASET, the embedded reference report: Taizhou, 2020-11-10) as a bar chart in "
        + "SVG or PNG, as the file's extension says: completion rates against schedule progress (the default), or one "
        + "roll-up across regions with its parts, their sum, the published total and the difference. Labels are in "
        + "Chinese, in the font WenQuanYi Micro Hei (Debian package fonts-wqy-microhei).";

    private readonly string font;

    private readonly Argument<string?> dataset = DatasetInput.Optional();

    private readonly Option<string> outputFile = new("--output", "-o")
    {
        Description = "The file to write: FILE.svg or FILE.png.",
        HelpName = "FILE",
        Required = true,
    };

    private readonly Option<string> kind = new("--kind")
    {
        Description = "completion (the default): completion rate and schedule progress of every actual with an at-least target; rollup: one roll-up across regions.",
        HelpName = "completion|rollup",
        DefaultValueFactory = _ => "completion",
    };

    private readonly Option<string?> indicator = new("--indicator") { Description = "With --kind rollup: the indicator (its code).", HelpName = "CODE" };
    private readonly Option<string?> to = new("--to") { Description = "With --kind rollup: the region rolled up to (its identifier).", HelpName = "REGION" };
    private readonly Option<string?> period = new("--period") { Description = "With --kind rollup: the period (2020, 2020-10, 2020-01-01/P10M …).", HelpName = "P" };

    /// <summary>A <c>chart</c> command drawing in <see cref="ChartFont.Family"/>.</summary>
    internal ChartCommand()
        : this(ChartFont.Family)
    {
    }

    /// <summary>A <c>chart</c> command drawing in <paramref name="font"/> (a test names one that is not installed).</summary>
    /// <param name="font">The font family.</param>
    internal ChartCommand(string font)
    {
        this.font = font;
        kind.AcceptOnlyFromAmong(Kinds);
        outputFile.Validators.Add(result =>
        {
            string? path = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (path is not null && ChartFormats.FromPath(path) is null)
            {
                result.AddError($"The output file '{path}' must end in .svg or .png: its extension gives the chart's format.");
            }
        });
    }

    /// <summary>The <c>chart</c> command.</summary>
    internal Command Create()
    {
        var command = new Command(Name, Description) { dataset, outputFile, kind, indicator, to, period };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult result)
    {
        TextWriter error = result.InvocationConfiguration.Error;
        string path = result.GetValue(outputFile)!;
        ChartFormat format = ChartFormats.FromPath(path)!.Value;
        bool rollup = result.GetValue(kind) == "rollup";
        if (!rollup && (result.GetValue(indicator) is not null || result.GetValue(to) is not null || result.GetValue(period) is not null))
        {
            error.WriteLine($"{CommandLine.ToolName}: --indicator, --to and --period go with --kind rollup.");
            return CommandLine.BadUsage;
        }

        if (!ChartFont.IsInstalled(font))
        {
            error.WriteLine(ChartFont.Missing(font));
            return CommandLine.BadUsage;
        }

        Dataset? data = DatasetInput.TryLoad(result.GetValue(dataset), error);
        if (data is null)
        {
            return CommandLine.BadUsage;
        }

        byte[]? image = rollup ? Rollup(data, result, format, error) : Completion(data, format, error);
        if (image is null)
        {
            return CommandLine.BadUsage;
        }

        try
        {
            File.WriteAllBytes(path, image);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{CommandLine.ToolName}: {path}: {DatasetInput.OneLine(e.Message)}");
            return CommandLine.BadUsage;
        }

        return CommandLine.Agree;
    }

    private byte[]? Completion(Dataset data, ChartFormat format, TextWriter error)
    {
        List<TargetAssessment> drawn = CompletionChart.Drawn(data);
        if (drawn.Count == 0)
        {
            error.WriteLine($"{CommandLine.ToolName}: the dataset has no actual with an at-least target, so no completion rate to draw.");
            return null;
        }

        return ChartImage.Render(CompletionChart.Create(data.Title, drawn, font), format, CompletionChart.Width(drawn.Count), CompletionChart.Height);
    }

    private byte[]? Rollup(Dataset data, ParseResult result, ChartFormat format, TextWriter error)
    {
        if (RollupSelection.TrySelect(data, result.GetValue(indicator), result.GetValue(to), result.GetValue(period), error) is not { } totals)
        {
            return null;
        }

        // A rate is recomputed from its components, never summed: a chart of parts adding up to a total does not show it.
        totals.RemoveAll(t => t.Indicator.Quantity == Indicators.Catalog.IndicatorQuantity.Rate);
        if (totals.Count != 1)
        {
            error.WriteLine(totals.Count == 0
                ? $"{CommandLine.ToolName}: nothing to roll up: no region with figures under it for a summed indicator (rollup lists what there is)."
                : $"{CommandLine.ToolName}: {totals.Count} roll-ups match ({Describe(totals)}): choose one with --indicator, --to and --period.");
            return null;
        }

        RegionalTotal total = totals[0];
        return ChartImage.Render(RollupChart.Create(total, font), format, RollupChart.Width, RollupChart.Height(total));
    }

    private static string Describe(List<RegionalTotal> totals) =>
        string.Join(", ", totals.Take(3).Select(t => $"{t.Indicator.Code} {t.Region.Id} {t.Period}")) + (totals.Count > 3 ? ", …" : string.Empty);
}
