using System.Collections.Generic;

namespace Indicators.Cli.Reference;

/// <summary>The contents of <c>Data/reference-report.json</c>.</summary>
/// <param name="Report">Which report the figures come from.</param>
/// <param name="Figures">The completion figures, in the order the report prints them.</param>
/// <param name="Derived">Figures that follow from the published ones.</param>
internal sealed record ReportFile(ReportInfo Report, IReadOnlyList<FigureRecord> Figures, IReadOnlyList<DerivedRecord> Derived);
