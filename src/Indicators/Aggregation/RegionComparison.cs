using System;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Aggregation;

/// <summary>
/// A region's published figure set against another region's (its parent, or a named average such as "全省平均" defined
/// as a region of the dataset): both figures with the bounds their printing gives them, the difference (for a rate in
/// percentage points, for a quantity in its unit) with its bounds, and the verdict by the indicator's polarity.
/// 台州市 1.38% against 浙江省 1.85% is −0.47 percentage points, truly in (−0.48, −0.46): lower, better.
/// </summary>
/// <remarks>
/// <para>The verdict is <see cref="ComparisonVerdict.Better"/> or <see cref="ComparisonVerdict.Worse"/> only when every
/// difference the true figures could have lies on one side of zero; <see cref="ComparisonVerdict.Same"/> when the printed
/// figures are equal; <see cref="ComparisonVerdict.Undetermined"/> when they differ but the bounds of the difference reach
/// zero. An indicator whose polarity is <see cref="Polarity.NearerIsBetter"/> (a level such as "CPI about 3%") has no better
/// side without a target, so its verdict is never better or worse: <see cref="ComparisonVerdict.Same"/> when the printed
/// figures are equal, else <see cref="ComparisonVerdict.Undetermined"/> (<see cref="Direction"/> still says which is higher).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RegionComparison
{
    internal RegionComparison(Observation subject, Observation reference)
    {
        Subject = subject;
        Reference = reference;
        SubjectFigure = subject.ToDerivedFigure();
        ReferenceFigure = reference.ToDerivedFigure();
        Difference = subject.Indicator.Quantity == IndicatorQuantity.Rate
            ? PointsBetween(SubjectFigure, ReferenceFigure)
            : DerivedFigure.Subtract(SubjectFigure, ReferenceFigure);
        Direction = CertainSign(Difference.Bounds);
        Verdict = VerdictOf(Indicator.Polarity, Difference);
    }

    /// <summary>The indicator compared.</summary>
    public IndicatorDefinition Indicator => Subject.Indicator;

    /// <summary>The period of both figures.</summary>
    public ReportingPeriod Period => Subject.Period;

    /// <summary>The region compared.</summary>
    public Region Region => Subject.Region;

    /// <summary>The region compared against: the parent, or the region named (a named average).</summary>
    public Region ReferenceRegion => Reference.Region;

    /// <summary>The region's figure as published.</summary>
    public Observation Subject { get; }

    /// <summary>The other region's figure as published.</summary>
    public Observation Reference { get; }

    /// <summary>The region's figure with the bounds its printing gives it ("1.38%" in [1.375%, 1.385%)).</summary>
    public DerivedFigure SubjectFigure { get; }

    /// <summary>The other region's figure with its bounds.</summary>
    public DerivedFigure ReferenceFigure { get; }

    /// <summary>Region − reference, with the bounds of every difference the true figures could have: for a rate in
    /// percentage points (<see cref="DerivedUnit.Points"/>), for a quantity in its unit.</summary>
    public DerivedFigure Difference { get; }

    /// <summary>1 when every true difference is above zero (the region is certainly higher), −1 when every one is below, 0
    /// when the bounds reach zero.</summary>
    public int Direction { get; }

    /// <summary>Better, worse, the same as printed, or undetermined, by the indicator's polarity (see the remarks).</summary>
    public ComparisonVerdict Verdict { get; }

    /// <summary>
    /// The comparison in words: "台州市 城镇登记失业率 1.38% − 浙江省 1.85% = -0.47个百分点，区间 (-0.48个百分点,
    /// -0.46个百分点)：更低，更好"; traditional "臺州市 城鎮登記失業率 … 區間 …：更低，更好"; English "Taizhou Registered urban
    /// unemployment rate 1.38% − Zhejiang 1.85% = -0.47 percentage points, bounds (…): lower, better". The verdict reads
    /// 更低，更好 / 更高，更差 (lower, better / higher, worse …), 持平 (the same as printed), 区间含零，高低未定 (undetermined: the
    /// bounds include zero), or for a nearer-is-better indicator 更高，优劣未定（以接近目标为好） (higher; nearer a target is
    /// better, so neither is better).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Explain(ExplainLanguage language) =>
        Region.NameIn(language) + " " + Indicator.NameIn(language) + " " + SubjectFigure.ToString(language)
        + " − " + ReferenceRegion.NameIn(language) + " " + ReferenceFigure.ToString(language)
        + " = " + Difference.ToString(language)
        + ExplainText.Pick(language, "，区间 ", "，區間 ", ", bounds ") + Difference.BoundsToString(language)
        + ExplainText.Pick(language, "：", "：", ": ") + VerdictText(language);

    /// <summary>For example "331000 台州市 vs 330000 浙江省 registered-urban-unemployment-rate 2020-10: -0.47个百分点 (Better)".</summary>
    /// <returns>The regions, the indicator, the period, the difference and the verdict.</returns>
    public override string ToString() =>
        $"{Region} vs {ReferenceRegion} {Indicator.Code} {Period}: {Difference.ToString(ExplainLanguage.ZhHans)} ({Verdict})";

    /// <summary>The verdict of a difference by polarity.</summary>
    internal static ComparisonVerdict VerdictOf(Polarity polarity, DerivedFigure difference)
    {
        if (difference.Value.Sign == 0)
        {
            return ComparisonVerdict.Same;
        }

        int sign = CertainSign(difference.Bounds);
        return sign == 0 || polarity == Polarity.NearerIsBetter
            ? ComparisonVerdict.Undetermined
            : (sign > 0) == (polarity == Polarity.HigherIsBetter) ? ComparisonVerdict.Better : ComparisonVerdict.Worse;
    }

    /// <summary>1 when every value of the interval is above zero, −1 when every one is below, else 0.</summary>
    internal static int CertainSign(ValueInterval bounds)
    {
        if (bounds.Lower is Ratio lower && (lower.Sign > 0 || (lower.Sign == 0 && !bounds.IsLowerClosed)))
        {
            return 1;
        }

        if (bounds.Upper is Ratio upper && (upper.Sign < 0 || (upper.Sign == 0 && !bounds.IsUpperClosed)))
        {
            return -1;
        }

        return 0;
    }

    /// <summary>The difference of two rates in percent as percentage points, shown with the more decimals of the two.</summary>
    private static DerivedFigure PointsBetween(DerivedFigure subject, DerivedFigure reference)
    {
        int decimals = Math.Max(subject.Precision.Decimals ?? 2, reference.Precision.Decimals ?? 2);
        return new DerivedFigure(
            DerivedUnit.Points,
            subject.Value - reference.Value,
            subject.Bounds - reference.Bounds,
            new DisplayFormat(Scale.One, decimals),
            new DisplayFormat(Scale.One, Math.Min(decimals + 1, DisplayFormat.MaxDecimals)),
            (f, language, format) => subject.ToString(language) + " − " + reference.ToString(language) + " = " + f.ToString(format, language));
    }

    private string VerdictText(ExplainLanguage language)
    {
        string direction = Direction > 0
            ? ExplainText.Pick(language, "更高，", "更高，", "higher, ")
            : ExplainText.Pick(language, "更低，", "更低，", "lower, ");
        return Verdict switch
        {
            ComparisonVerdict.Same => ExplainText.Pick(language, "持平", "持平", "the same as printed"),
            ComparisonVerdict.Better => direction + ExplainText.Pick(language, "更好", "更好", "better"),
            ComparisonVerdict.Worse => direction + ExplainText.Pick(language, "更差", "更差", "worse"),
            _ when Direction == 0 => ExplainText.Pick(language, "区间含零，高低未定", "區間含零，高低未定", "undetermined: the bounds include zero"),
            _ => direction + ExplainText.Pick(language, "优劣未定（以接近目标为好）", "優劣未定（以接近目標為好）", "neither is better (nearer a target is better)"),
        };
    }
}
