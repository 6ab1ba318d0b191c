using System.Collections.Generic;
using System.Text.Json;
using Indicators.Text;

namespace Indicators.Cli.Output;

/// <summary>Writes the figures <see cref="Extraction"/> found as a JSON array of <c>{text, start, length, kind, unit,
/// value, scale, qualifier, status, label, period, role, decrease, unitInferred}</c>, each absent field <c>null</c>, with
/// <see cref="Utf8JsonWriter"/> (no reflection); the value, kind, unit, scale, qualifier and status are those of
/// <see cref="ParsedInput.FromExtracted"/>.</summary>
internal static class ExtractJson
{
    /// <summary>The JSON array, indented, without a final line break.</summary>
    internal static string Array(IReadOnlyList<ExtractedFigure> figures) =>
        JsonOutput.Write(indented: true, writer => Write(writer, figures));

    /// <summary>Writes the array of <paramref name="figures"/> (as a property's value when a property name was just written).</summary>
    internal static void Write(Utf8JsonWriter writer, IReadOnlyList<ExtractedFigure> figures)
    {
        writer.WriteStartArray();
        foreach (ExtractedFigure figure in figures)
        {
            ParsedInput reading = ParsedInput.FromExtracted(figure);
            writer.WriteStartObject();
            writer.WriteString("text", figure.Text);
            writer.WriteNumber("start", figure.Start);
            writer.WriteNumber("length", figure.Length);
            writer.WriteString("kind", reading.Kind);
            writer.WriteString("unit", reading.Unit);
            writer.WriteString("value", reading.Value);
            writer.WriteString("scale", reading.Scale);
            writer.WriteString("qualifier", reading.Qualifier);
            writer.WriteString("status", reading.Status);
            writer.WriteString("label", figure.Indicator?.Text);
            writer.WriteString("period", figure.Period?.Text);
            writer.WriteString("role", ParseWireNames.Role(figure.Role));
            writer.WriteBoolean("decrease", figure.IsDecrease);
            writer.WriteBoolean("unitInferred", figure.Figure.IsUnitInferred);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
