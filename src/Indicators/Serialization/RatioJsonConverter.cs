using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="Ratio"/> as its exact, culture-invariant text ("1.96105", "1/3") and reads it back with its <c>Parse</c>.</summary>
/// <remarks>Attached to <see cref="Ratio"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class RatioJsonConverter : TextJsonConverter<Ratio>
{
    /// <inheritdoc/>
    private protected override string Expected => "an exact ratio (Ratio), for example \"1.96105\" or \"1/3\"";

    /// <inheritdoc/>
    private protected override Ratio Parse(string text) => Ratio.Parse(text, CultureInfo.InvariantCulture);
}
