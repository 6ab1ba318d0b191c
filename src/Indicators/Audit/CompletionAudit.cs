using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>
/// The audit of one completion statement ("完成率为196.11%" after "39221人"): the interval of targets that give the printed
/// rate from the printed actual, the roundest of them, the rounding rule under which the target (the stated one, else the
/// roundest) gives the rate, and, where the text states the target, whether it is one of them.
/// </summary>
/// <remarks>
/// <para>The rate is taken to print as shown under half away from zero (四舍五入, DESIGN rule 8) or half-even (GB/T 8170):
/// the exact rates are [196.105%, 196.115%) for 196.11%, whose last digit is odd, and [196.095%, 196.105%] for 196.10%,
/// whose last digit is even (half-even rounds both ends to it), so that a report that rounds half-even is not called
/// inconsistent at the exact values where the rules part.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CompletionAudit
{
    internal CompletionAudit(
        CompletionStatement statement, DerivedFigure? impliedTarget, IReadOnlyList<DerivedFigure> roundestTargets,
        RoundingConsistency? rounding, bool? statedTargetAgrees, bool isConsistent)
    {
        Statement = statement;
        ImpliedTarget = impliedTarget;
        RoundestTargets = roundestTargets;
        Rounding = rounding;
        StatedTargetAgrees = statedTargetAgrees;
        IsConsistent = isConsistent;
    }

    /// <summary>The statement audited, with its rate, its actual and the target the text states, where it does.</summary>
    public CompletionStatement Statement { get; }

    /// <summary>Every target that gives the printed rate from some true actual the printed one stands for, in the unit
    /// figures are printed in (persons, 元, units): for 39 221 人 at 196.11%, (19 998.98…, 20 000]; its value is printed
    /// actual ÷ printed rate and <see cref="DerivedFigure.Explain(ExplainLanguage)"/> says how. Null when the statement
    /// cannot be audited (no actual, or an actual that is not an amount).</summary>
    public DerivedFigure? ImpliedTarget { get; }

    /// <summary>The achievable whole-unit targets with the fewest significant digits, roundest first, at most three (see
    /// <see cref="ImpliedTarget{T}.RoundestCandidates"/>); empty when none is achievable or the statement is not audited.</summary>
    public IReadOnlyList<DerivedFigure> RoundestTargets { get; }

    /// <summary>Under which rules the target gives the printed rate from an actual the printed one allows: half away from
    /// zero, half-even, both, or neither. The target is the one the text states where it states one (neither when that
    /// target does not give the rate), else the roundest; null when there is neither.</summary>
    public RoundingConsistency? Rounding { get; }

    /// <summary>Where the text states the target: whether it gives the printed rate from an actual the printed one allows;
    /// null when the text states none.</summary>
    public bool? StatedTargetAgrees { get; }

    /// <summary>Whether the audit found no inconsistency in this statement: a stated target agrees, or, where the text states
    /// none, a round target is achievable. True, too, for a statement that could not be audited (its finding is a
    /// warning).</summary>
    public bool IsConsistent { get; }

    /// <summary>For example "196.11% of 39221人 促进乡村就业: target in (19998.98… persons, 20000 persons], roundest 20,000
    /// persons, HalfAwayFromZero".</summary>
    /// <returns>The audit in short, culture-invariant.</returns>
    public override string ToString() =>
        Statement + (ImpliedTarget is { } t ? ": target in " + t.BoundsToString(ExplainLanguage.English) : ": not audited")
        + (RoundestTargets.Count > 0 ? ", roundest " + RoundestTargets[0].ToString(ExplainLanguage.English) : string.Empty)
        + (Rounding is { } r ? ", " + r : string.Empty)
        + (StatedTargetAgrees is { } agrees ? agrees ? ", stated target agrees" : ", stated target disagrees" : string.Empty);
}
