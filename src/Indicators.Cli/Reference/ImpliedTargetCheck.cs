using System.Collections.Generic;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Cli.Reference;

/// <summary>What the published actual and rate say about the target, and whether the target used fits, as the library
/// works it out (<see cref="ImpliedTarget{T}"/>, <see cref="TargetAgreement{T}"/>).</summary>
/// <param name="Targets">Every target consistent with the printed actual and rate, in persons or enterprises
/// ("(784420000/39223, 20000]" for 39 221 人 at 196.11%).</param>
/// <param name="Display">The same interval to two decimals, cut short with "…": "(19998.98…, 20000]".</param>
/// <param name="RoundestTargets">The whole targets inside with the fewest significant digits, roundest first.</param>
/// <param name="Agrees">Whether the target used agrees with the published actual and rate.</param>
/// <param name="ConsistentActuals">The whole actuals the target used implies (146 425–146 434 for 14.64万人 at 146.43% with
/// 10万), or <c>null</c> when there is none: the target does not agree.</param>
/// <param name="Rounding">For an actual printed exactly, under which rounding rules the exact rate prints as the published
/// one; <c>null</c> for an actual printed rounded.</param>
internal sealed record ImpliedTargetCheck(
    ValueInterval Targets,
    string Display,
    IReadOnlyList<Ratio> RoundestTargets,
    bool Agrees,
    (long Min, long Max)? ConsistentActuals,
    RoundingConsistency? Rounding);
