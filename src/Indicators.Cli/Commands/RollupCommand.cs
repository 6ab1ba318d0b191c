using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Cli.Output;
using Indicators.Periods;
using Indicators.Reporting;
using Spectre.Console;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators rollup DATASET [--indicator CODE] [--to REGION] [--period P] [--json] [--lang zh-Hans|en]</c>: every
/// roll-up the dataset allows (<see cref="Dataset.RollUps"/>), with its bounds and, where the dataset also publishes the
/// region's own figure, the difference and the finding. Exit code 0 when every finding is consistent, 1 when one is not,
/// 2 for unusable input.
/// </summary>
internal sealed class RollupCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "rollup";

    private const string Description =
        "Roll a dataset's figures up its region hierarchy by each indicator's rule (sums; rates recomputed from their "
        + "components), with bounds; where a region publishes its own figure, show the difference from the sum of its "
        + "parts and whether the two can agree.";

    private readonly Argument<string> dataset = DatasetInput.Required();
    private readonly Option<string?> indicator = new("--indicator") { Description = "Only this indicator (its code).", HelpName = "CODE" };
    private readonly Option<string?> to = new("--to") { Description = "Only the roll-up to this region (its identifier).", HelpName = "REGION" };
    private readonly Option<string?> period = new("--period") { Description = "Only this period (2020, 2020-10, 2020-01-01/P10M …).", HelpName = "P" };
    private readonly Option<bool> json = CommonOptions.Json("Print the roll-ups as JSON instead of a table.");
    private readonly Option<OutputLanguage> language = CommonOptions.Language("Language of the table: zh-Hans (default) or en.");

    /// <summary>The <c>rollup</c> command.</summary>
    internal Command Create()
    {
        var command = new Command(Name, Description) { dataset, indicator, to, period, json, language };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult result)
    {
        TextWriter output = result.InvocationConfiguration.Output;
        TextWriter error = result.InvocationConfiguration.Error;
        Dataset? data = DatasetInput.TryLoad(result.GetValue(dataset), error);
        if (data is null)
        {
            return CommandLine.BadUsage;
        }

        if (RollupSelection.TrySelect(data, result.GetValue(indicator), result.GetValue(to), result.GetValue(period), error) is not { } totals)
        {
            return CommandLine.BadUsage;
        }

        ExplainLanguage lang = result.GetValue(language).ToExplain();
        if (result.GetValue(json))
        {
            WriteJson(totals, output);
        }
        else
        {
            WriteTable(totals, lang, Terminal.Create(output));
        }

        return totals.All(t => t.Finding is not { IsConsistent: false }) ? CommandLine.Agree : CommandLine.Disagree;
    }

    // One table per indicator and period, a row per region rolled up to: narrow enough for long English names.
    private static void WriteTable(List<RegionalTotal> totals, ExplainLanguage lang, IAnsiConsole output)
    {
        bool english = lang == ExplainLanguage.English;
        string[] header = english
            ? ["Region", "Sum of parts", "Bounds", "Published", "Difference", "Finding"]
            : ["地区", "下级合计", "区间", "公布", "差额", "结论"];
        bool first = true;
        foreach (IGrouping<(string Indicator, ReportingPeriod Period), RegionalTotal> group in totals.GroupBy(t => (t.Indicator.Code, t.Period)))
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            RegionalTotal sample = group.First();
            FigureDetails.WriteWrapped(output, 0, sample.Indicator.NameIn(lang) + (english ? ", " : "，") + sample.Period);
            var table = new PlainTable(header, [false, true, false, true, true, false]);
            foreach (RegionalTotal t in group)
            {
                ConsistencyFinding? f = t.Finding;
                table.AddRow(
                [
                    t.Region.NameIn(lang),
                    t.Figure.ToString(lang),
                    t.Figure.IsExact ? string.Empty : t.Figure.BoundsToString(lang),
                    t.Published?.ToDerivedFigure().ToString(lang) ?? string.Empty,
                    f?.Difference.ToString(lang) ?? string.Empty,
                    f?.VerdictText(lang) ?? string.Empty,
                ]);
            }

            output.Write(table);
            foreach (RegionalTotal t in group.Where(t => !t.IsComplete))
            {
                IReadOnlyList<Indicators.Regions.Region> missing = t.AllMissing;
                FigureDetails.WriteWrapped(output, 0, (english ? "Missing under " : "缺少下级数据：") + t.Region.NameIn(lang) + (english ? ": " : "：")
                    + string.Join(english ? ", " : "、", missing.Select(r => r.NameIn(lang))));
            }
        }
    }

    private static void WriteJson(List<RegionalTotal> totals, TextWriter output)
    {
        output.WriteLine(JsonOutput.Write(indented: true, writer =>
        {
            writer.WriteStartArray();
            foreach (RegionalTotal t in totals)
            {
                writer.WriteStartObject();
                writer.WriteString("indicator", t.Indicator.Code);
                writer.WriteString("region", t.Region.Id);
                writer.WriteString("period", t.Period.ToString());
                writer.WriteString("sumOfParts", t.Figure.ToString(ExplainLanguage.ZhHans));
                writer.WriteString("bounds", t.Figure.BoundsToString(ExplainLanguage.ZhHans));
                writer.WriteNumber("parts", t.Parts.Count);
                writer.WriteStartArray("missing");
                foreach (var r in t.AllMissing)
                {
                    writer.WriteStringValue(r.Id);
                }

                writer.WriteEndArray();
                if (t.Finding is { } f)
                {
                    writer.WriteString("published", f.Published.ToString(ExplainLanguage.ZhHans));
                    writer.WriteString("difference", f.Difference.ToString(ExplainLanguage.ZhHans));
                    writer.WriteString("differenceBounds", f.Difference.BoundsToString(ExplainLanguage.ZhHans));
                    writer.WriteBoolean("consistent", f.IsConsistent);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }));
    }
}
