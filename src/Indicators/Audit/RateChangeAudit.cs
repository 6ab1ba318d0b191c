using Indicators.Aggregation;
using Indicators.Reporting;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>
/// A rate with a stated change in percentage points ("3.36%，下降0.09个百分点"): the earlier rate it implies, with the bounds
/// the printing of both figures gives it (3.45% in [3.44%, 3.46%)).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RateChangeAudit
{
    internal RateChangeAudit(ExtractedFigure rate, ExtractedFigure change, DerivedFigure earlierRate)
    {
        Rate = rate;
        Change = change;
        EarlierRate = earlierRate;
    }

    /// <summary>The rate now.</summary>
    public ExtractedFigure Rate { get; }

    /// <summary>The change in percentage points; <see cref="ExtractedFigure.IsDecrease"/> says whether it is a fall.</summary>
    public ExtractedFigure Change { get; }

    /// <summary>The earlier rate, in percent: the rate now minus a rise or plus a fall, with the bounds of every value the
    /// two printed figures allow.</summary>
    public DerivedFigure EarlierRate { get; }

    /// <summary>For example "3.36% down 0.09个百分点: earlier 3.45% in [3.44%, 3.46%)".</summary>
    /// <returns>The audit in short, culture-invariant.</returns>
    public override string ToString() =>
        Rate.Text + (Change.IsDecrease ? " down " : " up ") + Change.Text + ": earlier "
        + EarlierRate.ToString(ExplainLanguage.English) + " in " + EarlierRate.BoundsToString(ExplainLanguage.English);
}
