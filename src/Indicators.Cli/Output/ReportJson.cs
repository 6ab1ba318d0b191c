using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Indicators.Cli.Reference;

namespace Indicators.Cli.Output;

/// <summary>Writes a <see cref="ReportCheck"/> as indented JSON with camelCase names.</summary>
internal static class ReportJson
{
    // Chinese text stays readable; the output is a document, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the JSON for <paramref name="check"/>, followed by a new line.</summary>
    internal static void Write(ReportCheck check, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(ToJson(check));
    }

    /// <summary>The JSON for <paramref name="check"/>.</summary>
    internal static string ToJson(ReportCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            WriteReport(writer, check.Report);
            writer.WriteStartArray("figures");
            foreach (FigureCheck figure in check.Figures)
            {
                WriteFigure(writer, figure);
            }

            writer.WriteEndArray();
            writer.WriteBoolean("allAgree", check.AllAgree);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteReport(Utf8JsonWriter writer, ReportInfo report)
    {
        writer.WriteStartObject("report");
        WriteText(writer, "publisher", report.Publisher);
        WriteText(writer, "title", report.Title);
        writer.WriteString("published", Date(report.Published));
        writer.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter writer, FigureCheck check)
    {
        FigureRecord figure = check.Figure;
        writer.WriteStartObject();
        writer.WriteString("id", figure.Id);
        WriteText(writer, "indicator", figure.Indicator);
        writer.WriteString("asOf", Date(figure.AsOf));
        writer.WriteString("unit", Unit(figure.Quantity));

        writer.WriteStartObject("actual");
        writer.WriteString("printed", figure.Actual);
        writer.WriteNumber("baseUnits", check.Actual);
        if (check.IsActualRounded)
        {
            WriteRange(writer, "standsFor", check.PrintedActuals);
        }

        writer.WriteEndObject();

        writer.WriteStartObject("target");
        writer.WriteString("printed", figure.Target);
        writer.WriteNumber("baseUnits", check.Target);
        writer.WriteString("source", figure.TargetSource);
        writer.WriteEndObject();

        writer.WriteStartObject("computedRate");
        writer.WriteString("exact", check.ComputedRate.ToString());
        writer.WriteString("rounded", check.RoundedRate);
        writer.WriteEndObject();

        writer.WriteString("publishedRate", figure.CompletionRate);
        if (check.IsActualRounded)
        {
            if (check.ConsistentActuals is ActualRange consistent)
            {
                WriteRange(writer, "consistentActuals", consistent);
            }
            else
            {
                writer.WriteNull("consistentActuals");
            }
        }

        writer.WriteBoolean("agrees", check.Agrees);
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, string name, ActualRange range)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("min", range.Min);
        writer.WriteNumber("max", range.Max);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("zhHans", text.ZhHans);
        writer.WriteString("en", text.En);
        writer.WriteEndObject();
    }

    private static string Unit(QuantityKind kind) => kind switch
    {
        QuantityKind.Persons => "persons",
        QuantityKind.Enterprises => "enterprises",
        _ => throw new InvalidDataException($"Unknown quantity {kind}."),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
