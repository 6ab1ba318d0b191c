using System.IO;
using System.Linq;
using System.Text.Json;

namespace Indicators.Cli.Reference;

/// <summary>
/// The reference report (Taizhou's press release of 2020-11-10 on stabilising employment): its completion figures, embedded
/// in this assembly as <c>Data/reference-report.json</c>, and their reproduction.
/// </summary>
internal static class ReferenceReport
{
    /// <summary>The name of the embedded resource.</summary>
    internal const string ResourceName = "Indicators.Cli.Data.reference-report.json";

    /// <summary>Reads the embedded figures.</summary>
    /// <exception cref="InvalidDataException">The resource is missing.</exception>
    /// <exception cref="JsonException">The resource is not a valid report file; the message gives the JSON path.</exception>
    internal static ReportFile Load()
    {
        using Stream stream = typeof(ReferenceReport).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize(stream, ReportJsonContext.Default.ReportFile)
            ?? throw new InvalidDataException($"The embedded resource {ResourceName} holds null.");
    }

    /// <summary>Recomputes every completion rate of <paramref name="report"/>.</summary>
    internal static ReportCheck Reproduce(ReportFile report) =>
        new(report.Report, [.. report.Figures.Select(CompletionCheck.Run)], [.. report.Derived.Select(DerivedFigures.Run)]);

    /// <summary>Recomputes every completion rate of the embedded reference report.</summary>
    internal static ReportCheck Reproduce() => Reproduce(Load());
}
