using System;

namespace Indicators.Cli.Reference;

/// <summary>Which dataset the figures come from.</summary>
/// <param name="Title">The dataset's title.</param>
/// <param name="Source">Where it comes from, or null.</param>
internal sealed record ReportInfo(string Title, string? Source);
