using System.Globalization;
using System.Text.Json;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Regions;

namespace Indicators.Serialization;

/// <summary>
/// Writes an <see cref="UnemploymentRate"/> as
/// <c>{"measure": "RegisteredUrban", "region": "331000", "period": "2020-10", "rate": "1.38%"}</c>, each field in the text
/// form of its own type, and reads it back through the <see cref="UnemploymentRate"/> constructor, which checks it.
/// </summary>
/// <remarks>Only what defines the rate is written: the region's province, say, follows from its code.
/// <c>default(UnemploymentRate)</c> (a registered rate of 0% for no region, 000000, in 0001-01) is written and read like
/// any other. See
/// <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class UnemploymentRateJsonConverter : ObjectJsonConverter<UnemploymentRate>
{
    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, UnemploymentRate value)
    {
        writer.WriteString("measure", value.Measure.ToString());
        writer.WriteString("region", value.Region.ToString());
        writer.WriteString("period", value.Period.ToString());
        writer.WriteString("rate", value.Rate.ToString());
    }

    /// <inheritdoc/>
    private protected override UnemploymentRate ReadProperties(JsonFields fields) => new(
        fields.Enum<UnemploymentMeasure>("measure"),
        fields.Value("region", RegionCode.Parse, "a six-digit GB/T 2260 region code, for example \"331000\""),
        fields.Value("period", s => ReportingPeriod.Parse(s, CultureInfo.InvariantCulture), "a reporting period, for example \"2020-10\""),
        fields.Value("rate", RateTargetJsonConverter.ReadPercent, RateTargetJsonConverter.PercentExpected));
}
