namespace Indicators.Cli.Reference;

/// <summary>The library's <c>Explain</c> traces for one figure, in simplified Chinese and in English.</summary>
/// <param name="Completion">Actual ÷ target (<c>TargetCompletion.Explain</c>), of the printed actual.</param>
/// <param name="ImpliedTarget">The targets the printed actual and rate imply (<c>ImpliedTarget.Explain</c>).</param>
/// <param name="ScheduleProgress">The share of the year passed at the as-of date (<c>ScheduleProgress.Explain</c>).</param>
/// <param name="ScheduleComparison">Completion against that share (<c>ScheduleComparison.Explain</c>).</param>
internal sealed record FigureTraces(
    LocalizedText Completion,
    LocalizedText ImpliedTarget,
    LocalizedText ScheduleProgress,
    LocalizedText ScheduleComparison);
