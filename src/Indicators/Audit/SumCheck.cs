using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Reporting;
using Indicators.Text;

namespace Indicators.Audit;

/// <summary>
/// A total and the parts listed after it with 其中 in one sentence ("工业产值1000亿元，其中制造业600亿元、建筑业400亿元"): the
/// sum of the parts with its bounds, against the total's bounds.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SumCheck
{
    internal SumCheck(ExtractedFigure total, IReadOnlyList<ExtractedFigure> parts, DerivedFigure partsSum, SumCheckOutcome outcome)
    {
        Total = total;
        Parts = parts;
        PartsSum = partsSum;
        Outcome = outcome;
    }

    /// <summary>The total.</summary>
    public ExtractedFigure Total { get; }

    /// <summary>The parts: the actuals after 其中 of the total's kind and unit, joined by 、 up to the next clause break,
    /// the next 其中 or the end of the sentence.</summary>
    public IReadOnlyList<ExtractedFigure> Parts { get; }

    /// <summary>The sum of the parts as printed, in the unit figures are printed in, with the bounds of every sum their
    /// true values allow.</summary>
    public DerivedFigure PartsSum { get; }

    /// <summary>How the sum compares with the total.</summary>
    public SumCheckOutcome Outcome { get; }

    /// <summary>For example "1000亿元 = 600亿元 + 400亿元: Agrees".</summary>
    /// <returns>The check in short, culture-invariant.</returns>
    public override string ToString()
    {
        var parts = new List<string>(Parts.Count);
        foreach (ExtractedFigure part in Parts)
        {
            parts.Add(part.Text);
        }

        return Total.Text + " = " + string.Join(" + ", parts) + ": " + Outcome + " (sum " + PartsSum.ToString(ExplainLanguage.English) + ")";
    }
}
