using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="Headcount"/> as its exact, culture-invariant text ("146400人") and reads it back with its <c>Parse</c>.</summary>
/// <remarks>Attached to <see cref="Headcount"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class HeadcountJsonConverter : TextJsonConverter<Headcount>
{
    /// <inheritdoc/>
    private protected override string Expected => "a number of persons (Headcount), for example \"146400人\"";

    /// <inheritdoc/>
    private protected override Headcount Parse(string text) => Headcount.Parse(text, CultureInfo.InvariantCulture);
}
