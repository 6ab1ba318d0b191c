using System.Globalization;
using Indicators.Periods;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="ReportingPeriod"/> as its exact, culture-invariant text ("2020-10", "2020-Q3", "2020-01-01/P10M") and reads it back with its <c>Parse</c>.</summary>
/// <remarks>Attached to <see cref="ReportingPeriod"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class ReportingPeriodJsonConverter : TextJsonConverter<ReportingPeriod>
{
    /// <inheritdoc/>
    private protected override string Expected => "a reporting period (ReportingPeriod), for example \"2020-10\", \"2020-Q3\", \"2020-S1\", \"2020\" or \"2020-01-01/P10M\"";

    /// <inheritdoc/>
    private protected override ReportingPeriod Parse(string text) => ReportingPeriod.Parse(text, CultureInfo.InvariantCulture);
}
