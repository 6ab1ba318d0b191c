using System.Globalization;
using System.Text.Json;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="RateTarget"/> as <c>{"kind": "AtMost", "value": "3.5%", "inclusive": true}</c> (a floor or a ceiling)
/// or <c>{"kind": "About", "value": "5.5%", "tolerance": "0.05个百分点"}</c> (a level). Its text "3.5%以内" is not used: a
/// level's tolerance need not be that of its printing.
/// </summary>
/// <remarks>The polarity follows from the kind and is not written. See <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class RateTargetJsonConverter : ObjectJsonConverter<RateTarget>
{
    internal const string PercentExpected = "a rate, for example \"3.5%\"";
    internal const string PointsExpected = "a difference of rates, for example \"0.05个百分点\"";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, RateTarget value)
    {
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteString("value", value.Value.ToString());
        if (value.Kind == TargetKind.About)
        {
            writer.WriteString("tolerance", value.Tolerance.ToString());
        }
        else
        {
            writer.WriteBoolean("inclusive", value.IsInclusive);
        }
    }

    /// <inheritdoc/>
    private protected override RateTarget ReadProperties(JsonFields fields)
    {
        TargetKind kind = fields.Enum<TargetKind>("kind");
        Percent level = fields.Value("value", ReadPercent, PercentExpected);
        return kind switch
        {
            TargetKind.AtLeast => RateTarget.AtLeast(level, fields.Boolean("inclusive")),
            TargetKind.AtMost => RateTarget.AtMost(level, fields.Boolean("inclusive")),
            _ => RateTarget.About(level, fields.Value("tolerance", ReadPoints, PointsExpected)),
        };
    }

    internal static Percent ReadPercent(string text) => Percent.Parse(text, CultureInfo.InvariantCulture);

    internal static PercentagePoints ReadPoints(string text) => PercentagePoints.Parse(text, CultureInfo.InvariantCulture);
}
