using System.Text.Json;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="ScheduleComparison"/> as <c>{"completion": "196.105%", "progress": {…}, "gap": "…个百分点", "ahead": true}</c>:
/// the completion rate, the progress as <see cref="ScheduleProgressJsonConverter"/> writes it, and the derived gap and
/// verdict, which reading checks.
/// </summary>
/// <remarks>See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class ScheduleComparisonJsonConverter : ObjectJsonConverter<ScheduleComparison>
{
    private static readonly ScheduleProgressJsonConverter Progresses = new();

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, ScheduleComparison value)
    {
        writer.WriteString("completion", value.Completion.ToString());
        writer.WritePropertyName("progress");
        writer.WriteStartObject();
        Progresses.WriteProperties(writer, value.Progress);
        writer.WriteEndObject();
        writer.WriteString("gap", value.Gap.ToString());
        writer.WriteBoolean("ahead", value.IsAheadOfSchedule);
    }

    /// <inheritdoc/>
    private protected override ScheduleComparison ReadProperties(JsonFields fields)
    {
        Percent completion = fields.Value("completion", RateTargetJsonConverter.ReadPercent, RateTargetJsonConverter.PercentExpected);
        var comparison = new ScheduleComparison(completion, fields.Object("progress", Progresses, nameof(ScheduleProgress)));
        fields.Derived("gap", comparison.Gap, RateTargetJsonConverter.ReadPoints, RateTargetJsonConverter.PointsExpected);
        fields.DerivedBoolean("ahead", comparison.IsAheadOfSchedule);
        return comparison;
    }
}
