using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Parquet;
using Indicators.Regions;
using Indicators.Sdmx;
using Indicators.Serialization;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>indicators convert DATASET --to json|sdmx-csv|parquet [-o FILE]</c> and <c>indicators convert FILE.csv --from sdmx-csv --to json</c>:
/// rewrites a dataset in the canonical form of the JSON dataset format (<see cref="DatasetJson.ToJson"/>) or as an
/// SDMX-CSV message (<see cref="SdmxCsv.Write"/>) or a Parquet file (<see cref="DatasetParquet.Write(Dataset, Stream)"/>), and reads an SDMX-CSV message into a dataset
/// (<see cref="SdmxCsv.Read(TextReader, IndicatorCatalog, RegionHierarchy)"/>). Every conversion is the packages'; this
/// command reads, writes and reports.
/// </summary>
internal sealed class ConvertCommand
{
    /// <summary>The command's name.</summary>
    internal const string Name = "convert";

    /// <summary>The formats read (<c>--from</c>).</summary>
    internal static readonly string[] Sources = ["json", "sdmx-csv"];

    /// <summary>The formats written (<c>--to</c>).</summary>
    internal static readonly string[] Targets = ["json", "sdmx-csv", "parquet"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Argument<string> dataset = DatasetInput.Required();

    private readonly Option<string> from = new("--from")
    {
        Description = "The format DATASET is in: json (the dataset format, the default) or sdmx-csv (read with the built-in indicators and the built-in list of divisions of the message's REGIONS_AS_OF, or of --regions-as-of, or the newest).",
        HelpName = "json|sdmx-csv",
        DefaultValueFactory = _ => "json",
    };

    private readonly Option<string> to = new("--to")
    {
        Description = "The format to write: json (the canonical form of the dataset format), sdmx-csv (SDMX-CSV 2.0: one row an observation, target, completion rate or derived figure) or parquet (one row an observation, for DuckDB, Spark, Polars).",
        HelpName = "json|sdmx-csv|parquet",
        Required = true,
    };

    private readonly Option<string?> regionsAsOf = new("--regions-as-of")
    {
        Description = "With --from sdmx-csv: read REF_AREA codes in the built-in list of divisions of this date (yyyy-MM-dd) rather than the newest; a message whose REGIONS_AS_OF names another list is refused.",
        HelpName = "DATE",
    };

    private readonly Option<string?> outputFile = new("--output", "-o") { Description = "Write to this file instead of the standard output.", HelpName = "FILE" };

    private readonly Func<Stream> openOutput;

    /// <summary>A <c>convert</c> command that writes Parquet without <c>-o</c> to the process's standard output stream.</summary>
    internal ConvertCommand()
        : this(Console.OpenStandardOutput)
    {
    }

    /// <summary>A <c>convert</c> command that writes Parquet without <c>-o</c> to the stream <paramref name="openOutput"/> opens
    /// (Parquet is binary: it does not go through the output's <see cref="TextWriter"/>).</summary>
    /// <param name="openOutput">Opens the standard output as a stream.</param>
    internal ConvertCommand(Func<Stream> openOutput) => this.openOutput = openOutput;

    /// <summary>The <c>convert</c> command.</summary>
    internal Command Create()
    {
        dataset.Description = "A dataset file: the JSON dataset format (docs/datasets.md), or an SDMX-CSV message with --from sdmx-csv (docs/sdmx.md).";
        from.AcceptOnlyFromAmong(Sources);
        to.AcceptOnlyFromAmong(Targets);
        var command = new Command(Name, "Rewrite a dataset in another format: json gives the canonical form of the dataset format, sdmx-csv an SDMX-CSV message, parquet a Parquet file; --from sdmx-csv reads an SDMX-CSV message.")
        {
            dataset, from, to, regionsAsOf, outputFile,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult result)
    {
        TextWriter error = result.InvocationConfiguration.Error;
        string path = result.GetValue(dataset)!;
        bool sdmx = result.GetValue(from) == "sdmx-csv";
        string? date = result.GetValue(regionsAsOf);
        if (date is not null && !sdmx)
        {
            error.WriteLine($"{CommandLine.ToolName}: --regions-as-of goes with --from sdmx-csv (a JSON dataset names its own regions).");
            return CommandLine.BadUsage;
        }

        Dataset? data;
        if (sdmx)
        {
            RegionHierarchy? regions = date is null ? null : Divisions(date, error);
            data = date is not null && regions is null ? null : TryReadSdmx(path, regions, error);
        }
        else
        {
            data = DatasetInput.TryLoad(path, error);
        }

        if (data is null)
        {
            return CommandLine.BadUsage;
        }

        string format = result.GetValue(to)!;
        if (format == "parquet")
        {
            return WriteParquet(data, result.GetValue(outputFile), error);
        }

        if (result.GetValue(outputFile) is { } file)
        {
            try
            {
                using var writer = new StreamWriter(file, append: false, Utf8);
                Write(data, format, writer, error);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{CommandLine.ToolName}: {file}: {DatasetInput.OneLine(e.Message)}");
                return CommandLine.BadUsage;
            }
        }
        else
        {
            Write(data, format, result.InvocationConfiguration.Output, error);
        }

        return CommandLine.Agree;
    }

    /// <summary>Writes the dataset in <paramref name="format"/>; what the format leaves out is said on <paramref name="error"/>, one line.</summary>
    private static void Write(Dataset data, string format, TextWriter output, TextWriter error)
    {
        switch (format)
        {
            case "sdmx-csv":
                SdmxCsvExport export = SdmxCsv.Write(data, output);
                if (export.Omissions.Count > 0)
                {
                    error.WriteLine($"{CommandLine.ToolName}: SDMX-CSV does not carry: {string.Join("; ", export.Omissions)} (the json format carries them).");
                }

                break;

            default:
                output.Write(DatasetJson.ToJson(data));
                break;
        }
    }

    /// <summary>Writes the dataset as Parquet to <paramref name="file"/> (removed again if the writing fails) or to the
    /// standard output's stream.</summary>
    private int WriteParquet(Dataset data, string? file, TextWriter error)
    {
        try
        {
            if (file is null)
            {
                using Stream stream = openOutput();
                DatasetParquet.Write(data, stream);
            }
            else
            {
                DatasetParquet.Write(data, file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"{CommandLine.ToolName}: {file ?? "standard output"}: {DatasetInput.OneLine(e.Message)}");
            return CommandLine.BadUsage;
        }

        return CommandLine.Agree;
    }

    /// <summary>Reads an SDMX-CSV file with the built-in indicators and divisions; says on <paramref name="error"/> what it
    /// did not import (one line each: missing values, deletions, replaced rows, unknown columns), and gives null with one line
    /// when the file cannot be read or imported.</summary>
    private static Dataset? TryReadSdmx(string path, RegionHierarchy? regions, TextWriter error)
    {
        SdmxCsvImport read;
        try
        {
            using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
            read = regions is null ? SdmxCsv.Read(reader, IndicatorCatalog.BuiltIn) : SdmxCsv.Read(reader, IndicatorCatalog.BuiltIn, regions);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SdmxCsvException or DecoderFallbackException)
        {
            error.WriteLine($"{CommandLine.ToolName}: {path}: {DatasetInput.OneLine(e.Message)}");
            return null;
        }

        if (read.MissingValues.Count > 0)
        {
            error.WriteLine($"{CommandLine.ToolName}: {path}: {read.MissingValues.Count} rows without a value (not imported), on lines {Lines(read.MissingValues.Select(m => m.Line))}.");
        }

        if (read.Deletions.Count > 0)
        {
            error.WriteLine($"{CommandLine.ToolName}: {path}: {read.Deletions.Count} rows of action D, {read.Deletions.Count(d => d.Removed)} of which removed an observation of an earlier row.");
        }

        if (read.Replaced > 0)
        {
            error.WriteLine($"{CommandLine.ToolName}: {path}: {read.Replaced} rows of action A, M or R replaced an earlier row's observation.");
        }

        if (read.UnknownColumns.Count > 0)
        {
            error.WriteLine($"{CommandLine.ToolName}: {path}: columns not imported: {string.Join(", ", read.UnknownColumns)}.");
        }

        return read.Dataset;
    }

    /// <summary>The built-in divisions listed at a date, or null with one line on <paramref name="error"/>.</summary>
    private static RegionHierarchy? Divisions(string text, TextWriter error)
    {
        NodaTime.Text.ParseResult<NodaTime.LocalDate> date = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!date.Success)
        {
            error.WriteLine($"{CommandLine.ToolName}: --regions-as-of {text}: not a date (yyyy-MM-dd).");
            return null;
        }

        try
        {
            return AdministrativeDivisions.AsOf(date.Value);
        }
        catch (ArgumentOutOfRangeException e)
        {
            error.WriteLine($"{CommandLine.ToolName}: --regions-as-of {text}: {DatasetInput.OneLine(e.Message)}");
            return null;
        }
    }

    private static string Lines(System.Collections.Generic.IEnumerable<int> lines)
    {
        int[] all = lines.ToArray();
        return string.Join(", ", all.Take(10)) + (all.Length > 10 ? $" and {all.Length - 10} more" : string.Empty);
    }
}
