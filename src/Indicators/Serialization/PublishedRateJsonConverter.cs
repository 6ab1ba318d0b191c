using System.Globalization;
using Indicators.Reporting;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="PublishedRate"/> as its exact, culture-invariant text ("196.11%", "约5.5%", "3.5%以内") and reads it back with its <c>Parse</c>.</summary>
/// <remarks>Attached to <see cref="PublishedRate"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class PublishedRateJsonConverter : TextJsonConverter<PublishedRate>
{
    /// <inheritdoc/>
    private protected override string Expected => "a published rate (PublishedRate), for example \"196.11%\" or \"约5.5%\"";

    /// <inheritdoc/>
    private protected override PublishedRate Parse(string text) => PublishedRate.Parse(text);
}
