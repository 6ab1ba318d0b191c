using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Indicators.Cli.Reference;

namespace Indicators.Cli.Output;

/// <summary>Writes a <see cref="ReportCheck"/> as indented JSON with camelCase names, with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class ReportJson
{
    // Chinese text stays readable; the output is a document, never embedded in HTML.
    /// <summary>Writes the JSON for <paramref name="check"/>, followed by a new line.</summary>
    /// <param name="check">The checked report.</param>
    /// <param name="language">The language of the traces.</param>
    /// <param name="explain">Whether each figure carries an <c>explain</c> object of the library's traces.</param>
    /// <param name="output">Where to write.</param>
    internal static void Write(ReportCheck check, OutputLanguage language, bool explain, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(ToJson(check, language, explain));
    }

    /// <summary>The JSON for <paramref name="check"/>.</summary>
    /// <param name="check">The checked report.</param>
    /// <param name="language">The language of the traces.</param>
    /// <param name="explain">Whether each figure carries an <c>explain</c> object of the library's traces.</param>
    internal static string ToJson(ReportCheck check, OutputLanguage language, bool explain)
    {
        ArgumentNullException.ThrowIfNull(check);
        return JsonOutput.Write(indented: true, writer =>
        {
            writer.WriteStartObject();
            WriteReport(writer, check.Report);
            writer.WriteStartArray("figures");
            foreach (FigureCheck figure in check.Figures)
            {
                FigureJson.Write(writer, figure, explain ? language : null);
            }

            writer.WriteEndArray();
            WriteChecks(writer, "derived", check.Derived);
            WriteChecks(writer, "targets", check.Targets);
            writer.WriteBoolean("allAgree", check.AllAgree);
            writer.WriteEndObject();
        });
    }

    private static void WriteChecks(Utf8JsonWriter writer, string name, IReadOnlyList<DerivedCheck> checks)
    {
        writer.WriteStartArray(name);
        foreach (DerivedCheck derived in checks)
        {
            writer.WriteStartObject();
            writer.WriteString("id", derived.Record.Id);
            WriteText(writer, "label", derived.Record.Label);
            writer.WriteStartArray("from");
            foreach (string figure in derived.Record.Figures)
            {
                writer.WriteStringValue(figure);
            }

            writer.WriteEndArray();
            WriteText(writer, "result", derived.Result);
            if (derived.Bounds is { } bounds)
            {
                WriteText(writer, "bounds", bounds);
            }

            WriteText(writer, "explain", derived.Explain);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <paramref name="text"/> as <c>{ "zhHans": …, "en": … }</c>.</summary>
    internal static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        writer.WriteStartObject(name);
        writer.WriteString("zhHans", text.ZhHans);
        writer.WriteString("en", text.En);
        writer.WriteEndObject();
    }

    /// <summary>A date as yyyy-MM-dd.</summary>
    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteReport(Utf8JsonWriter writer, ReportInfo report)
    {
        writer.WriteStartObject("report");
        writer.WriteString("title", report.Title);
        if (report.Source is not null)
        {
            writer.WriteString("source", report.Source);
        }
        writer.WriteEndObject();
    }
}
