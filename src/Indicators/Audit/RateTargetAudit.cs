using Indicators.Aggregation;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>
/// A rate set against a ceiling or a floor the text states ("城镇登记失业率2.24%…控制在3.5%以内"): met or not, with the
/// margin in percentage points (ceiling − actual, actual − floor) and its bounds.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RateTargetAudit
{
    internal RateTargetAudit(ExtractedFigure actual, ExtractedFigure target, TargetKind kind, TargetVerdict verdict, DerivedFigure margin)
    {
        Actual = actual;
        Target = target;
        Kind = kind;
        Verdict = verdict;
        Margin = margin;
    }

    /// <summary>The rate.</summary>
    public ExtractedFigure Actual { get; }

    /// <summary>The ceiling or floor, as stated.</summary>
    public ExtractedFigure Target { get; }

    /// <summary><see cref="TargetKind.AtMost"/> for a ceiling (以内, 以下, 不超过 …), <see cref="TargetKind.AtLeast"/> for a floor.</summary>
    public TargetKind Kind { get; }

    /// <summary>Met when every rate the printed one allows meets the target, not met when none does, otherwise undetermined.</summary>
    public TargetVerdict Verdict { get; }

    /// <summary>The margin in percentage points, positive when met: ceiling − rate or rate − floor, with the bounds of the
    /// rates the printed one allows (3.5% − 2.24% = 1.26 个百分点 in (1.255, 1.265]).</summary>
    public DerivedFigure Margin { get; }

    /// <summary>For example "2.24% against 控制在3.5%以内: Met, margin 1.26个百分点".</summary>
    /// <returns>The audit in short, culture-invariant.</returns>
    public override string ToString() =>
        Actual.Text + " against " + Target.Text + ": " + Verdict + ", margin " + Margin.ToString(ExplainLanguage.English);
}
