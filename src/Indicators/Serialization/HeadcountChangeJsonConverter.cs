using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="HeadcountChange"/> as its exact, culture-invariant text ("-1200人") and reads it back with its <c>Parse</c>.</summary>
/// <remarks>Attached to <see cref="HeadcountChange"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class HeadcountChangeJsonConverter : TextJsonConverter<HeadcountChange>
{
    /// <inheritdoc/>
    private protected override string Expected => "a change in persons (HeadcountChange), for example \"-1200人\"";

    /// <inheritdoc/>
    private protected override HeadcountChange Parse(string text) => HeadcountChange.Parse(text, CultureInfo.InvariantCulture);
}
