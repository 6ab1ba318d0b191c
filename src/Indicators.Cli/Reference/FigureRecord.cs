using System;

namespace Indicators.Cli.Reference;

/// <summary>One completion figure of a dataset: an actual with its target and printed completion rate.</summary>
/// <param name="Id">A stable identifier, for example <c>new-urban-employment</c>.</param>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="Definition">The indicator: what the actual and the target count.</param>
/// <param name="AsOf">The date the actual is cumulated to.</param>
/// <param name="Actual">The actual as printed: "39221人", "14.64万人".</param>
/// <param name="Target">The target used, written as a figure: "20000人", "10万人".</param>
/// <param name="TargetSource">Where the target comes from.</param>
/// <param name="CompletionRate">The completion rate as printed: "196.11%".</param>
internal sealed record FigureRecord(
    string Id,
    LocalizedText Indicator,
    Catalog.IndicatorDefinition Definition,
    DateOnly AsOf,
    string Actual,
    string Target,
    string TargetSource,
    string CompletionRate);
