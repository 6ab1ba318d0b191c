using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="Money"/> as its exact, culture-invariant text ("14716000000元") and reads it back with its <c>Parse</c>.</summary>
/// <remarks>Attached to <see cref="Money"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class MoneyJsonConverter : TextJsonConverter<Money>
{
    /// <inheritdoc/>
    private protected override string Expected => "an amount of money (Money), for example \"14716000000元\"";

    /// <inheritdoc/>
    private protected override Money Parse(string text) => Money.Parse(text, CultureInfo.InvariantCulture);
}
