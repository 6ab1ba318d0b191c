using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Indicators.Aggregation;
using Indicators.Periods;

namespace Indicators.Cli.Commands;

/// <summary>The roll-ups <c>rollup</c> and <c>chart --kind rollup</c> are asked for with <c>--indicator</c>, <c>--to</c> and
/// <c>--period</c>: <see cref="Dataset.RollUps"/>, or null with one line on the standard error.</summary>
internal static class RollupSelection
{
    /// <summary>The roll-ups of the dataset the options choose (each may be null: every one), or null when the period is
    /// not one or the library refuses the indicator or region, said in one line on <paramref name="error"/>.</summary>
    internal static List<RegionalTotal>? TrySelect(Dataset data, string? indicator, string? to, string? period, TextWriter error)
    {
        ReportingPeriod? wanted = null;
        if (period is not null)
        {
            if (!ReportingPeriod.TryParse(period, CultureInfo.InvariantCulture, out ReportingPeriod p))
            {
                error.WriteLine($"{CommandLine.ToolName}: '{period}' is not a reporting period (2020, 2020-Q3, 2020-10, 2020-01-01/P10M).");
                return null;
            }

            wanted = p;
        }

        try
        {
            return [.. data.RollUps(indicator, to, wanted)];
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"{CommandLine.ToolName}: {DatasetInput.OneLine(e.Message)}");
            return null;
        }
    }
}
