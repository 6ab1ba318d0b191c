using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Cli.Reference;

/// <summary>One published completion rate, recomputed from the published actual and the target.</summary>
/// <param name="Figure">The figure as printed.</param>
/// <param name="Actual">The printed actual, in base units (146 400 for "14.64万人").</param>
/// <param name="ActualFormat">How precisely the actual was printed (<c>W2</c> for "14.64万人").</param>
/// <param name="Target">The target, in base units.</param>
/// <param name="TargetFormat">How the target is written (<c>W0</c> for "10万人").</param>
/// <param name="ComputedRate">The exact rate of the printed actual over the target (146 400 ÷ 100 000 = 146.4%).</param>
/// <param name="PublishedRate">The published rate.</param>
/// <param name="RateFormat">How precisely the rate was published (<c>F2</c>).</param>
/// <param name="PrintedActuals">The whole numbers the printed actual stands for (146 350–146 449 for "14.64万人").</param>
/// <param name="ConsistentActuals">Those whose rate over the target rounds to the published rate, or <c>null</c> if none does.</param>
internal sealed record FigureCheck(
    FigureRecord Figure,
    long Actual,
    DisplayFormat ActualFormat,
    long Target,
    DisplayFormat TargetFormat,
    Percent ComputedRate,
    Percent PublishedRate,
    DisplayFormat RateFormat,
    ActualRange PrintedActuals,
    ActualRange? ConsistentActuals)
{
    /// <summary>Whether the published rate agrees with the actual and the target at the published precision.</summary>
    internal bool Agrees => ConsistentActuals is not null;

    /// <summary>Whether the actual was printed rounded (in 万 with two decimals, say) rather than exactly.</summary>
    internal bool IsActualRounded => !PrintedActuals.IsSingle;

    /// <summary>The computed rate rounded as the published one was (四舍五入): "196.11%".</summary>
    internal string RoundedRate => ComputedRate.ToString(RateFormat, CultureInfo.InvariantCulture);
}
