using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// A parent's published rate set against its parts' published rates and numerators (<see cref="Dataset.CheckParentRate"/>):
/// each part's denominator is bounded by its numerator and its rounded rate, so the parent's rate, Σ numerators ÷
/// Σ denominators, lies in <see cref="Interval"/>; the check says whether the published parent rate can lie in it.
/// Like a <see cref="ConsistencyFinding"/>, it never asserts: it reports.
/// </summary>
/// <remarks>
/// <para>The interval is the exact hull of every parent rate the parts' printed figures allow (each numerator and rate
/// anywhere in its bounds, the denominator following from the two); numerators and rates are taken as not negative.
/// Where some part's numerator has no upper end (至少, 以上), the interval is the coarser [lowest rate, highest rate] of the
/// parts; where some part's rate can be 0, it reaches down to 0; where some rate has no upper end, it has none. An end
/// whose exact terms outgrow <see cref="Ratio"/>'s 128 bits is moved outward to the next multiple of 10⁻¹⁵ percent, so that
/// the interval only widens.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ParentRateCheck
{
    internal ParentRateCheck(
        IndicatorDefinition indicator, Region region, ReportingPeriod period, List<(Observation Rate, Observation Numerator)> parts,
        IReadOnlyList<Region> missing, Observation? published)
    {
        Indicator = indicator;
        Region = region;
        Period = period;
        Missing = missing;
        Published = published;

        var bounds = parts.ConvertAll(p => (Numerator: p.Numerator.ToDerivedFigure().Bounds, Rate: p.Rate.ToDerivedFigure().Bounds));
        Parts = parts.Select((p, k) => new ParentRatePart(p.Rate, p.Numerator, DenominatorOf(bounds[k].Numerator, bounds[k].Rate))).ToArray();
        ValueInterval interval = ParentRateBounds.Of(bounds);
        int decimals = published?.Precision.Decimals ?? parts.Max(p => p.Rate.Precision.Decimals ?? 2);
        Interval = new DerivedFigure(
            DerivedUnit.Rate,
            Estimate(parts),
            interval,
            new DisplayFormat(Scale.One, decimals),
            new DisplayFormat(Scale.One, Math.Min(decimals + 1, DisplayFormat.MaxDecimals)),
            (f, language, format) => ExplainText.Pick(language, "Σ分子 ÷ Σ分母 = ", "Σ分子 ÷ Σ分母 = ", "Σ numerators ÷ Σ denominators = ") + f.ToString(format, language));

        if (published is not null)
        {
            ValueInterval own = published.ToDerivedFigure().Bounds;
            IsConsistent = own.TryIntersect(interval, out _);
            ContainsPublishedValue = interval.Contains(published.ToDerivedFigure().Value);
        }
    }

    /// <summary>The rate checked.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The parent region.</summary>
    public Region Region { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The parts: for each region directly under <see cref="Region"/> with both a rate and a numerator, its
    /// figures, or where it has not both, those of the regions under it, and so on down.</summary>
    public IReadOnlyList<ParentRatePart> Parts { get; }

    /// <summary>The regions without both figures and with nothing under them that has them: what the interval leaves out.
    /// When it is not empty, the parent's true rate need not lie in <see cref="Interval"/>.</summary>
    public IReadOnlyList<Region> Missing { get; }

    /// <summary>Whether every part had both figures (<see cref="Missing"/> is empty).</summary>
    public bool IsComplete => Missing.Count == 0;

    /// <summary>The parent's rate from the parts, in percent: <see cref="DerivedFigure.Bounds"/> is every rate the parts'
    /// printed figures allow; <see cref="DerivedFigure.Value"/> is Σ printed numerators ÷ Σ (printed numerator ÷ printed
    /// rate), the parts with a printed numerator of 0 left out (0 when a part prints a rate of 0 over a numerator above 0).</summary>
    public DerivedFigure Interval { get; }

    /// <summary>The parent's own published rate, or null when the dataset has none.</summary>
    public Observation? Published { get; }

    /// <summary>Whether the published parent rate can be right: the bounds its printing gives it ("1.38%": [1.375%, 1.385%))
    /// meet <see cref="Interval"/>'s bounds. Null when no parent rate is published.</summary>
    public bool? IsConsistent { get; }

    /// <summary>Whether the published parent rate's printed value itself lies in <see cref="Interval"/>'s bounds (a
    /// stricter test than <see cref="IsConsistent"/>). Null when no parent rate is published.</summary>
    public bool? ContainsPublishedValue { get; }

    /// <summary>
    /// How the interval was found, one line each: the parent, indicator and period; each part ("  椒江区：3000人 ÷ 1.50% →
    /// 分母 ∈ (199335.54…人, 200668.89…人]"); the regions missing; the interval ("  Σ分子 ÷ Σ分母 = 1.38%，区间 […]"); and the
    /// finding: "公布 1.38%：在区间内，一致", "公布 1.38%：不在区间内，但其取值范围与区间相交，一致", "公布 1.38%：在区间外，不一致", or
    /// "未公布". In traditional characters 公佈、區間、範圍; in English "3,000 persons ÷ 1.50% → denominator in (…)",
    /// "published 1.38%: inside the bounds, consistent", "… outside the bounds, but its own bounds meet them, consistent",
    /// "… outside the bounds, inconsistent", "not published".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language)
    {
        var text = new StringBuilder();
        text.Append(Region.NameIn(language)).Append(' ').Append(Indicator.NameIn(language)).Append(' ').Append(Period);
        string colon = ExplainText.Pick(language, "：", "：", ": ");
        foreach (ParentRatePart part in Parts)
        {
            DerivedFigure numerator = part.Numerator.ToDerivedFigure();
            string unit = (language == ExplainLanguage.English ? " " : string.Empty) + numerator.Unit.Name(language);
            text.Append("\n  ").Append(part.Region.NameIn(language)).Append(colon)
                .Append(numerator.ToString(language)).Append(" ÷ ").Append(part.Rate.ToDerivedFigure().ToString(language))
                .Append(ExplainText.Pick(language, " → 分母 ∈ ", " → 分母 ∈ ", " → denominator in "))
                .Append(part.DenominatorBounds.ToString(2, unit));
        }

        if (Missing.Count > 0)
        {
            text.Append("\n  ").Append(ExplainText.Pick(language, "缺：", "缺：", "missing: "))
                .Append(string.Join(language == ExplainLanguage.English ? ", " : "、", Missing.Select(r => r.NameIn(language))));
        }

        text.Append("\n  ").Append(Interval.Explain(language))
            .Append(ExplainText.Pick(language, "，区间 ", "，區間 ", ", bounds ")).Append(Interval.BoundsToString(language));
        text.Append("\n  ").Append(FindingText(language));
        return text.ToString();
    }

    /// <summary>For example "330000 浙江省 registered-urban-unemployment-rate 2020-10: [1.37%, 1.39%) (published 1.38%: consistent)".</summary>
    /// <returns>The parent, the indicator, the period, the interval and the finding.</returns>
    public override string ToString() => $"{Region} {Indicator.Code} {Period}: {Interval.Bounds.ToString(4, "%")} ({FindingText(ExplainLanguage.English)})";

    private string FindingText(ExplainLanguage language)
    {
        if (Published is null)
        {
            return ExplainText.Pick(language, "未公布", "未公佈", "not published");
        }

        string head = ExplainText.Pick(language, "公布 ", "公佈 ", "published ") + Published.ToDerivedFigure().ToString(language)
            + ExplainText.Pick(language, "：", "：", ": ");
        return head + (ContainsPublishedValue == true
            ? ExplainText.Pick(language, "在区间内，一致", "在區間內，一致", "inside the bounds, consistent")
            : IsConsistent == true
                ? ExplainText.Pick(language, "不在区间内，但其取值范围与区间相交，一致", "不在區間內，但其取值範圍與區間相交，一致", "outside the bounds, but its own bounds meet them, consistent")
                : ExplainText.Pick(language, "在区间外，不一致", "在區間外，不一致", "outside the bounds, inconsistent"));
    }

    /// <summary>Every denominator a numerator in <paramref name="numerator"/> and a rate (in percent) in <paramref name="rate"/> allow.</summary>
    private static ValueInterval DenominatorOf(ValueInterval numerator, ValueInterval rate)
    {
        ValueInterval n = ParentRateBounds.NotNegative(numerator, "numerator");
        ValueInterval r = ParentRateBounds.NotNegative(rate, "rate");
        if (r.Lower!.Value.Sign == 0 && r.IsLowerClosed)
        {
            // A rate of 0 allows any denominator (over a numerator of 0); a rate above 0 gives at least the smallest
            // numerator over the highest rate.
            return r.Upper is Ratio high && high.Sign > 0
                ? ValueInterval.AtLeast(n.Lower!.Value / high * 100, inclusive: true)
                : ValueInterval.AtLeast(Ratio.Zero, inclusive: true);
        }

        return n / r * 100;
    }

    private static Ratio Estimate(List<(Observation Rate, Observation Numerator)> parts)
    {
        ExactFraction num = 0;
        ExactFraction den = 0;
        foreach ((Observation rate, Observation numerator) in parts)
        {
            Ratio n = numerator.ToDerivedFigure().Value;
            Ratio r = rate.ToDerivedFigure().Value;
            if (n.Sign <= 0)
            {
                continue;
            }

            if (r.Sign <= 0)
            {
                return Ratio.Zero;
            }

            num += n;
            den += (ExactFraction)n / r;
        }

        return den.Sign == 0 ? Ratio.Zero : ParentRateBounds.Outward(num / den, up: false);
    }
}
