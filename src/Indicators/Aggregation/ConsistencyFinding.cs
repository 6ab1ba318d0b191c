using System;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// A published figure set against the figure computed from others (a city's total against the sum of its counties): the
/// difference, its bounds, and whether the two can agree. A finding never asserts: published county figures need not sum
/// to the city total (市本级, revisions), and the difference is what there is to report.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ConsistencyFinding
{
    internal ConsistencyFinding(DerivedFigure published, DerivedFigure computed)
    {
        Published = published;
        Computed = computed;
        Difference = DerivedFigure.Subtract(published, computed);
        IsConsistent = Difference.Bounds.Contains(Quantities.Ratio.Zero);
    }

    /// <summary>The figure as published, with the bounds its printing gives it.</summary>
    public DerivedFigure Published { get; }

    /// <summary>The figure computed from the others, with its bounds.</summary>
    public DerivedFigure Computed { get; }

    /// <summary>Published − computed, with bounds: every difference the true figures could have.</summary>
    public DerivedFigure Difference { get; }

    /// <summary>Whether the two can agree: some true value of the published figure equals some true value of the computed
    /// one (the bounds of <see cref="Difference"/> contain zero).</summary>
    public bool IsConsistent { get; }

    /// <summary>
    /// The finding in words: "公布 14.64万人 − 合计 14.62万人 = 0.02万人，区间 (0.01万, 0.03万)：不一致", in traditional
    /// characters "公佈 … 不一致", in English "published 146,400 persons − computed … : inconsistent".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Explain(ExplainLanguage language)
    {
        string verdict = VerdictText(language);
        return ExplainText.Pick(language, "公布 ", "公佈 ", "published ") + Published.ToString(language)
            + ExplainText.Pick(language, " − 合计 ", " − 合計 ", " − computed ") + Computed.ToString(language)
            + " = " + Difference.ToString(Difference.Precision, language)
            + ExplainText.Pick(language, "，区间 ", "，區間 ", ", bounds ") + Difference.BoundsToString(language)
            + ExplainText.Pick(language, "：", "：", ": ") + verdict;
    }

    /// <summary>The verdict alone: "一致" or "不一致" (the same in traditional characters), "consistent" or "inconsistent".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The word.</returns>
    public string VerdictText(ExplainLanguage language) => IsConsistent
        ? ExplainText.Pick(language, "一致", "一致", "consistent")
        : ExplainText.Pick(language, "不一致", "不一致", "inconsistent");

    /// <summary>The finding in English, for example "published 146400人 − computed 146200人: inconsistent".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explain(ExplainLanguage.English);
}
