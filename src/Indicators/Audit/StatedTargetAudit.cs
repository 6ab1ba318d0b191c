using Indicators.Aggregation;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>
/// A target the text states ("全年目标新增就业60万人以上") set against an actual of the same indicator that no completion rate
/// qualifies ("城镇新增就业45.3万人"): met or not, and for a floor the range of completion the printed actual allows
/// (45.3万 of 60万: [75.41…%, 75.58…%)).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class StatedTargetAudit
{
    private readonly System.Func<ExplainLanguage, string> explain;

    internal StatedTargetAudit(ExtractedFigure target, ExtractedFigure actual, TargetVerdict verdict, DerivedFigure? completion, System.Func<ExplainLanguage, string> explain)
    {
        Target = target;
        Actual = actual;
        Verdict = verdict;
        Completion = completion;
        this.explain = explain;
    }

    /// <summary>The stated target.</summary>
    public ExtractedFigure Target { get; }

    /// <summary>The actual it is set against.</summary>
    public ExtractedFigure Actual { get; }

    /// <summary>Whether every true actual meets the target, none does, or the printed actual's bounds straddle it.</summary>
    public TargetVerdict Verdict { get; }

    /// <summary>For a floor (以上, or a target with no qualifier): actual ÷ target in percent with the bounds the actual's
    /// printing gives it; null for a ceiling, which has no completion rate.</summary>
    public DerivedFigure? Completion { get; }

    /// <summary>How the verdict is reached, with the margin ("余量 ∈ …").</summary>
    /// <param name="language">The language of the trace.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language) => explain(language);

    /// <summary>For example "45.3万人 against 60万人以上: NotMet, completion 75.5%".</summary>
    /// <returns>The audit in short, culture-invariant.</returns>
    public override string ToString() =>
        Actual.Text + " against " + Target.Text + ": " + Verdict
        + (Completion is { } c ? ", completion " + c.ToString(ExplainLanguage.English) : string.Empty);
}
