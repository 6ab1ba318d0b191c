using System.Globalization;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Cli.Reference;

/// <summary>One published completion rate, recomputed from the published actual and the target.</summary>
/// <param name="Figure">The figure as printed.</param>
/// <param name="Actual">The printed actual with the values it stands for, in persons or enterprises (146 400 in
/// [146350, 146450) for "14.64万人"; the point 39 221 for "39221人", printed exactly), written by default as printed.</param>
/// <param name="Target">The target, exact.</param>
/// <param name="TargetFormat">How the target is written (<c>W0</c> for "10万人").</param>
/// <param name="ComputedRate">The exact rate of the printed actual over the target (146 400 ÷ 100 000 = 146.4%).</param>
/// <param name="PublishedRate">The published rate, with the decimals it was printed with.</param>
/// <param name="Implied">The implied targets and whether the target used fits them.</param>
/// <param name="Schedule">The completion of the printed actual against the schedule progress at the as-of date.</param>
/// <param name="Traces">How each result is computed, as the library explains it.</param>
internal sealed record FigureCheck(
    FigureRecord Figure,
    DerivedFigure Actual,
    DerivedFigure Target,
    DisplayFormat TargetFormat,
    Percent ComputedRate,
    PublishedRate PublishedRate,
    ImpliedTargetCheck Implied,
    ScheduleComparison Schedule,
    FigureTraces Traces)
{
    /// <summary>Whether the published rate agrees, as the library judges it: the target used implies at least one whole actual.</summary>
    internal bool Agrees => Implied.Agrees;

    /// <summary>Whether the actual was printed rounded (in 万 with two decimals, say) rather than exactly.</summary>
    internal bool IsActualRounded => !Actual.IsExact;

    /// <summary>The whole numbers the printed actual stands for (146 350–146 449 for "14.64万人"), or <c>null</c> if its
    /// bounds hold none.</summary>
    internal (long Min, long Max)? PrintedActuals =>
        Actual.Bounds.TryGetWholeNumbers(out long min, out long max) ? (min, max) : null;

    /// <summary>The computed rate rounded as the published one was (四舍五入): "196.11%".</summary>
    internal string RoundedRate =>
        ComputedRate.ToString(new DisplayFormat(Scale.One, PublishedRate.Decimals, RoundingMode.HalfAwayFromZero), CultureInfo.InvariantCulture);
}
