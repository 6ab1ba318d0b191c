using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="PercentagePoints"/> as its exact, culture-invariant text ("-0.2个百分点") and reads it back with its <c>Parse</c>.</summary>
/// <remarks>Attached to <see cref="PercentagePoints"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class PercentagePointsJsonConverter : TextJsonConverter<PercentagePoints>
{
    /// <inheritdoc/>
    private protected override string Expected => "a difference of rates (PercentagePoints), for example \"-0.2个百分点\"";

    /// <inheritdoc/>
    private protected override PercentagePoints Parse(string text) => PercentagePoints.Parse(text, CultureInfo.InvariantCulture);
}
