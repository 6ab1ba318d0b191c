using System;

namespace Indicators.Cli.Reference;

/// <summary>Which report the figures come from.</summary>
/// <param name="Publisher">Who published it.</param>
/// <param name="Title">What it is.</param>
/// <param name="Published">When it was published.</param>
internal sealed record ReportInfo(LocalizedText Publisher, LocalizedText Title, DateOnly Published);
