using System;
using System.Globalization;
using System.Text.Json;
using Indicators.Periods;
using Indicators.Targets;
using NodaTime;
using NodaTime.Text;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="ScheduleProgress"/> as
/// <c>{"period": "2020", "asOf": "2020-10-31", "convention": "Months", "rate": "250/3%"}</c>: what defines it (the
/// period, the ISO date, the convention) and the derived rate, which reading checks after recomputing the progress with
/// <see cref="ScheduleProgress.Of"/>.
/// </summary>
/// <remarks><c>default(ScheduleProgress)</c> (0 of 1 month of 0001-01) is written and read like any other. See
/// <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class ScheduleProgressJsonConverter : ObjectJsonConverter<ScheduleProgress>
{
    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, ScheduleProgress value)
    {
        writer.WriteString("period", value.Period.ToString());
        writer.WriteString("asOf", LocalDatePattern.Iso.Format(value.AsOf));
        writer.WriteString("convention", value.Convention.ToString());
        writer.WriteString("rate", value.Rate.ToString());
    }

    /// <inheritdoc/>
    private protected override ScheduleProgress ReadProperties(JsonFields fields)
    {
        ReportingPeriod period = fields.Value("period", s => ReportingPeriod.Parse(s, CultureInfo.InvariantCulture), "a reporting period, for example \"2020\"");
        LocalDate asOf = fields.Value("asOf", ReadDate, "an ISO date, for example \"2020-10-31\"");
        ScheduleProgress progress = ScheduleProgress.Of(period, asOf, fields.Enum<ScheduleConvention>("convention"));
        fields.Derived("rate", progress.Rate, RateTargetJsonConverter.ReadPercent, RateTargetJsonConverter.PercentExpected);
        return progress;
    }

    internal static LocalDate ReadDate(string text)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new FormatException(result.Exception.Message, result.Exception);
    }
}
