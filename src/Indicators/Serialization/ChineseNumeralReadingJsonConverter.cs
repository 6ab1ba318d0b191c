using System.Globalization;
using System.Text.Json;
using Indicators.Quantities;
using Indicators.Text;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="ChineseNumeralReading"/> as <c>{"kind": "Range", "low": "30", "high": "40"}</c> (a number, a
/// fraction or a percentage has equal ends: <c>{"kind": "Fraction", "low": "1/3", "high": "1/3"}</c>), each end an exact
/// <see cref="Ratio"/>, and reads it back, checking that the ends fit the kind.
/// </summary>
/// <remarks><c>default(ChineseNumeralReading)</c> (the number 0) is written and read like any other. See
/// <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class ChineseNumeralReadingJsonConverter : ObjectJsonConverter<ChineseNumeralReading>
{
    private const string RatioExpected = "an exact ratio, for example \"30\", \"1/3\" or \"0.035\" (a ratio that is a finite decimal is written as one)";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, ChineseNumeralReading value)
    {
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteString("low", value.Low.ToString());
        writer.WriteString("high", value.High.ToString());
    }

    /// <inheritdoc/>
    private protected override ChineseNumeralReading ReadProperties(JsonFields fields) => ChineseNumeralReading.Of(
        fields.Enum<ChineseNumeralKind>("kind"),
        fields.Value("low", s => Ratio.Parse(s, CultureInfo.InvariantCulture), RatioExpected),
        fields.Value("high", s => Ratio.Parse(s, CultureInfo.InvariantCulture), RatioExpected));
}
