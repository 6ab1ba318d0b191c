using System.Globalization;
using System.IO;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Cli.Reference;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Targets;
using NodaTime.Text;

namespace Indicators.Cli.Output;

/// <summary>Writes one <see cref="FigureCheck"/> as a JSON object. Exact values are strings ("196.105%", "250/3%").</summary>
internal static class FigureJson
{
    /// <summary>Writes <paramref name="check"/>, with an <c>explain</c> object in <paramref name="explain"/> if given.</summary>
    internal static void Write(Utf8JsonWriter writer, FigureCheck check, OutputLanguage? explain)
    {
        FigureRecord figure = check.Figure;
        writer.WriteStartObject();
        writer.WriteString("id", figure.Id);
        ReportJson.WriteText(writer, "indicator", figure.Indicator);
        writer.WriteString("asOf", ReportJson.Date(figure.AsOf));
        writer.WriteString("unit", QuantityText.UnitName(figure.Definition, english: true));

        writer.WriteStartObject("actual");
        writer.WriteString("printed", figure.Actual);
        writer.WriteNumber("baseUnits", Whole(check.Actual.Value));
        writer.WriteString("bounds", check.Actual.Bounds.ToString());
        if (check.IsActualRounded && check.PrintedActuals is { } printed)
        {
            WriteRange(writer, "standsFor", printed);
        }

        writer.WriteEndObject();

        writer.WriteStartObject("target");
        writer.WriteString("printed", figure.Target);
        writer.WriteNumber("baseUnits", Whole(check.Target.Value));
        writer.WriteString("source", figure.TargetSource);
        writer.WriteEndObject();

        writer.WriteStartObject("computedRate");
        writer.WriteString("exact", check.ComputedRate.ToString());
        writer.WriteString("rounded", check.RoundedRate);
        writer.WriteEndObject();

        writer.WriteString("publishedRate", figure.CompletionRate);
        WriteImplied(writer, check);
        WriteSchedule(writer, check.Schedule);
        writer.WriteBoolean("agrees", check.Agrees);
        if (explain is OutputLanguage language)
        {
            WriteExplain(writer, check, language);
        }

        writer.WriteEndObject();
    }

    private static void WriteImplied(Utf8JsonWriter writer, FigureCheck check)
    {
        ImpliedTargetCheck implied = check.Implied;
        writer.WriteStartObject("impliedTarget");
        writer.WriteString("exact", implied.Targets.ToString());
        writer.WriteString("display", implied.Display);
        writer.WriteEndObject();

        writer.WriteStartArray("roundestTargets");
        foreach (Ratio target in implied.RoundestTargets)
        {
            writer.WriteNumberValue(Whole(target));
        }

        writer.WriteEndArray();

        if (check.IsActualRounded)
        {
            if (implied.ConsistentActuals is { } consistent)
            {
                WriteRange(writer, "consistentActuals", consistent);
            }
            else
            {
                writer.WriteNull("consistentActuals");
            }
        }

        if (implied.Rounding is RoundingConsistency rounding)
        {
            writer.WriteString("roundingConsistency", Rounding(rounding));
        }
    }

    private static void WriteSchedule(Utf8JsonWriter writer, ScheduleComparison schedule)
    {
        ScheduleProgress progress = schedule.Progress;
        writer.WriteStartObject("schedule");
        writer.WriteString("asOf", LocalDatePattern.Iso.Format(progress.AsOf));
        writer.WriteString("period", progress.Period.ToString());
        writer.WriteString("convention", progress.Convention == ScheduleConvention.Months ? "months" : "days");
        writer.WriteNumber("elapsed", progress.Elapsed);
        writer.WriteNumber("total", progress.Total);
        writer.WriteString("rate", progress.Rate.ToString());
        writer.WriteString("rounded", progress.Rate.ToString(new DisplayFormat(Scale.One, FigureDetails.Decimals), CultureInfo.InvariantCulture));
        writer.WriteBoolean("aheadOfSchedule", schedule.IsAheadOfSchedule);
        writer.WriteString("gapPoints", DerivedFigure.Of(schedule.Gap).Value.ToString());
        writer.WriteString("gapPointsRounded", FigureDetails.GapSize(schedule));
        writer.WriteEndObject();
    }

    private static void WriteExplain(Utf8JsonWriter writer, FigureCheck check, OutputLanguage language)
    {
        FigureTraces traces = check.Traces;
        Labels labels = Labels.For(language);
        writer.WriteStartObject("explain");
        writer.WriteString("language", language == OutputLanguage.English ? "en" : "zh-Hans");
        writer.WriteString("completion", traces.Completion.For(language));
        if (check.IsActualRounded)
        {
            string printed = check.Actual.ToString(language.ToExplain());
            writer.WriteString("printedValueNote", ReportTable.Format(labels.PrintedValueNote, printed, check.Actual.Bounds.ToString()));
        }

        writer.WriteString("impliedTarget", traces.ImpliedTarget.For(language));
        writer.WriteString("scheduleProgress", traces.ScheduleProgress.For(language));
        writer.WriteString("scheduleComparison", traces.ScheduleComparison.For(language));
        writer.WriteEndObject();
    }

    // A whole number of persons or enterprises as a JSON number.
    private static decimal Whole(Ratio value) => value.ToDecimal(0, RoundingMode.TowardZero);

    private static void WriteRange(Utf8JsonWriter writer, string name, (long Min, long Max) range)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("min", range.Min);
        writer.WriteNumber("max", range.Max);
        writer.WriteEndObject();
    }

    private static string Rounding(RoundingConsistency rounding) => rounding switch
    {
        RoundingConsistency.HalfAwayFromZero => "HalfAwayFromZero",
        RoundingConsistency.HalfEven => "HalfEven",
        RoundingConsistency.Both => "Both",
        _ => "Neither",
    };

}
