using System;
using System.Collections.Generic;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Audit;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;

namespace Indicators.Cli.Output;

/// <summary>
/// Writes a <see cref="ReportAudit"/> as <c>{consistent, figures, completions, statedTargets, rateChanges, rateTargets,
/// sums, findings}</c> with <see cref="Utf8JsonWriter"/> (no reflection). Figures are <see cref="ExtractJson"/>'s objects;
/// a figure elsewhere is named by its index in <c>figures</c>; a derived figure (an implied target, a completion, a margin,
/// a sum) is <c>{value, bounds, text}</c> with the exact value and bounds as <see cref="Indicators.Quantities.Ratio"/> and
/// <see cref="ValueInterval"/> write them and the figure as shown; enums are their names in kebab case (half-away-from-zero, no-round-target).
/// </summary>
internal static class AuditJson
{
    /// <summary>The JSON object, indented, without a final line break.</summary>
    internal static string Object(ReportAudit audit) =>
        JsonOutput.Write(indented: true, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("consistent", audit.IsConsistent);
            writer.WritePropertyName("figures");
            ExtractJson.Write(writer, audit.Extraction.Figures);
            writer.WriteStartArray("completions");
            foreach (CompletionAudit completion in audit.Completions)
            {
                CompletionStatement statement = completion.Statement;
                writer.WriteStartObject();
                writer.WriteString("text", audit.Extraction.Text.AsSpan(statement.Start, statement.Length));
                writer.WriteNumber("start", statement.Start);
                writer.WriteNumber("length", statement.Length);
                WriteIndex(writer, "rate", statement.Rate);
                WriteIndex(writer, "actual", statement.Actual);
                WriteIndex(writer, "statedTarget", statement.StatedTarget);
                WriteDerived(writer, "impliedTarget", completion.ImpliedTarget);
                writer.WriteStartArray("roundestTargets");
                foreach (DerivedFigure target in completion.RoundestTargets)
                {
                    WriteDerived(writer, null, target);
                }

                writer.WriteEndArray();
                writer.WriteString("rounding", completion.Rounding is { } r ? Kebab(r) : null);
                WriteBoolean(writer, "statedTargetAgrees", completion.StatedTargetAgrees);
                writer.WriteBoolean("consistent", completion.IsConsistent);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("statedTargets");
            foreach (StatedTargetAudit stated in audit.StatedTargets)
            {
                writer.WriteStartObject();
                WriteIndex(writer, "target", stated.Target);
                WriteIndex(writer, "actual", stated.Actual);
                writer.WriteString("verdict", Kebab(stated.Verdict));
                WriteDerived(writer, "completion", stated.Completion);
                writer.WriteString("explain", stated.Explain(ExplainLanguage.ZhHans));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rateChanges");
            foreach (RateChangeAudit change in audit.RateChanges)
            {
                writer.WriteStartObject();
                WriteIndex(writer, "rate", change.Rate);
                WriteIndex(writer, "change", change.Change);
                writer.WriteBoolean("decrease", change.Change.IsDecrease);
                WriteDerived(writer, "earlierRate", change.EarlierRate);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rateTargets");
            foreach (RateTargetAudit target in audit.RateTargets)
            {
                writer.WriteStartObject();
                WriteIndex(writer, "actual", target.Actual);
                WriteIndex(writer, "target", target.Target);
                writer.WriteString("kind", Kebab(target.Kind));
                writer.WriteString("verdict", Kebab(target.Verdict));
                WriteDerived(writer, "margin", target.Margin);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sums");
            foreach (SumCheck sum in audit.Sums)
            {
                writer.WriteStartObject();
                WriteIndex(writer, "total", sum.Total);
                writer.WriteStartArray("parts");
                foreach (ExtractedFigure part in sum.Parts)
                {
                    writer.WriteNumberValue(part.Index);
                }

                writer.WriteEndArray();
                WriteDerived(writer, "partsSum", sum.PartsSum);
                writer.WriteString("outcome", Kebab(sum.Outcome));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("findings");
            foreach (AuditFinding finding in audit.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("severity", Kebab(finding.Severity));
                writer.WriteString("kind", Kebab(finding.Kind));
                writer.WriteNumber("start", finding.Start);
                writer.WriteNumber("length", finding.Length);
                writer.WriteString("text", audit.Extraction.Text.AsSpan(finding.Start, finding.Length));
                writer.WriteString("message", finding.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>An enum member's name in the kebab case of the other commands' JSON: HalfAwayFromZero → half-away-from-zero.</summary>
    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, System.Enum
    {
        string name = value.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static void WriteIndex(Utf8JsonWriter writer, string name, ExtractedFigure? figure)
    {
        if (figure is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, figure.Index);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is bool b)
        {
            writer.WriteBoolean(name, b);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteDerived(Utf8JsonWriter writer, string? name, DerivedFigure? figure)
    {
        if (name is not null)
        {
            writer.WritePropertyName(name);
        }

        if (figure is not DerivedFigure f)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("value", f.Value.ToString());
        writer.WriteString("bounds", f.Bounds.ToString());
        writer.WriteString("text", f.ToString(ExplainLanguage.ZhHans));
        writer.WriteEndObject();
    }
}
