using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="Percent"/> as its exact, culture-invariant text ("196.105%", "250/3%") and reads it back with its <c>Parse</c>.</summary>
/// <remarks>Attached to <see cref="Percent"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class PercentJsonConverter : TextJsonConverter<Percent>
{
    /// <inheritdoc/>
    private protected override string Expected => "a rate (Percent), for example \"196.105%\" or \"250/3%\"";

    /// <inheritdoc/>
    private protected override Percent Parse(string text) => Percent.Parse(text, CultureInfo.InvariantCulture);
}
