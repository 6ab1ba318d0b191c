using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Aggregation;

/// <summary>
/// The regions directly under a parent ranked by an indicator ("居全省第一"), best first by its polarity: each with its
/// figure, its printed rank and the range of ranks its true value could have given the bounds of every figure; the
/// regions without a figure are listed apart (<see cref="Unranked"/>), never ranked last.
/// </summary>
/// <remarks>
/// <para>A region is certainly better than another when every true value of its figure beats every true value of the
/// other's; it can be better when some true value beats some true value. The true values of different regions are
/// independent, so <see cref="RankedRegion.BestRank"/> and <see cref="RankedRegion.WorstRank"/> are both attainable:
/// rank 1 is certain only when the region's lower bound beats every other region's upper bound (for higher is better).</para>
/// <para>Entries of equal printed figures keep the order of the hierarchy.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RegionRanking
{
    private readonly RankedRegion[] entries;

    internal RegionRanking(IndicatorDefinition indicator, Region parent, ReportingPeriod period, List<Observation> observations, IReadOnlyList<Region> unranked)
    {
        Indicator = indicator;
        Parent = parent;
        Period = period;
        Unranked = unranked;

        // Turn "better" into "higher": lower-is-better figures are ranked by their negations.
        bool lowerIsBetter = indicator.Polarity == Polarity.LowerIsBetter;
        var values = observations.ConvertAll(o => o.ToDerivedFigure());
        Ratio[] keys = values.ConvertAll(f => lowerIsBetter ? -f.Value : f.Value).ToArray();
        ValueInterval[] bounds = values.ConvertAll(f => lowerIsBetter ? -f.Bounds : f.Bounds).ToArray();
        int[] order = Enumerable.Range(0, observations.Count).OrderByDescending(i => keys[i]).ThenBy(i => i).ToArray();

        entries = new RankedRegion[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            int i = order[k];
            int printedBetter = 0, certainlyBetter = 0, possiblyBetter = 0;
            bool tied = false;
            for (int j = 0; j < keys.Length; j++)
            {
                if (j == i)
                {
                    continue;
                }

                printedBetter += keys[j] > keys[i] ? 1 : 0;
                tied |= keys[j] == keys[i];
                certainlyBetter += CertainlyAbove(bounds[j], bounds[i]) ? 1 : 0;
                possiblyBetter += PossiblyAbove(bounds[j], bounds[i]) ? 1 : 0;
            }

            entries[k] = new RankedRegion(this, observations[i], printedBetter + 1, certainlyBetter + 1, possiblyBetter + 1, tied);
        }

        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>The indicator ranked by.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The region whose children are ranked.</summary>
    public Region Parent { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The children with a figure, best first by the indicator's polarity (printed figures).</summary>
    public IReadOnlyList<RankedRegion> Entries { get; }

    /// <summary>The children without a figure for the period, in the order of the hierarchy.</summary>
    public IReadOnlyList<Region> Unranked { get; }

    /// <summary>The entry of a region.</summary>
    /// <param name="regionId">The region's identifier.</param>
    /// <returns>Its entry.</returns>
    /// <exception cref="KeyNotFoundException">The region is not ranked: it is not a child of <see cref="Parent"/>, or it has
    /// no figure (then it is in <see cref="Unranked"/>); the message says which.</exception>
    public RankedRegion RankOf(string regionId)
    {
        ArgumentNullException.ThrowIfNull(regionId);
        foreach (RankedRegion entry in entries)
        {
            if (entry.Region.Id == regionId)
            {
                return entry;
            }
        }

        throw Unranked.Any(r => r.Id == regionId)
            ? new KeyNotFoundException($"The region \"{regionId}\" has no figure of \"{Indicator.Code}\" for {Period}, so it is not ranked under {Parent}.")
            : new KeyNotFoundException($"The region \"{regionId}\" is not directly under {Parent}: the ranking of \"{Indicator.Code}\" does not hold it.");
    }

    /// <summary>
    /// The ranking, one line a region: "浙江省 城镇登记失业率 2020-10（越低越好）", then "  1. 台州市 1.38%：居全省第一", and
    /// a last line naming the regions without a figure ("  无数据：…"; English "no figure: …").
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Explain(ExplainLanguage language)
    {
        var text = new StringBuilder();
        string polarity = Indicator.Polarity == Polarity.LowerIsBetter
            ? ExplainText.Pick(language, "（越低越好）", "（越低越好）", " (lower is better)")
            : ExplainText.Pick(language, "（越高越好）", "（越高越好）", " (higher is better)");
        text.Append(Parent.NameIn(language)).Append(' ').Append(Indicator.NameIn(language)).Append(' ').Append(Period).Append(polarity);
        string separator = ExplainText.Pick(language, "：", "：", ": ");
        foreach (RankedRegion entry in entries)
        {
            text.Append("\n  ").Append(entry.PrintedRank.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ")
                .Append(entry.Region.NameIn(language)).Append(' ').Append(entry.Figure.ToString(language))
                .Append(separator).Append(entry.RankText(language));
        }

        if (Unranked.Count > 0)
        {
            text.Append("\n  ").Append(ExplainText.Pick(language, "无数据：", "無數據：", "no figure: "))
                .Append(string.Join(language == ExplainLanguage.English ? ", " : "、", Unranked.Select(r => r.NameIn(language))));
        }

        return text.ToString();
    }

    /// <summary>For example "330000 浙江省 registered-urban-unemployment-rate 2020-10: 11 ranked, 0 without a figure".</summary>
    /// <returns>The parent, the indicator, the period and the counts.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Parent} {Indicator.Code} {Period}: {entries.Length} ranked, {Unranked.Count} without a figure");

    /// <summary>Whether another entry has the same certain rank.</summary>
    internal bool SharesCertainRank(RankedRegion entry) =>
        entries.Any(e => !ReferenceEquals(e, entry) && e.IsCertain && e.BestRank == entry.BestRank);

    /// <summary>Whether every value of <paramref name="a"/> is above every value of <paramref name="b"/>.</summary>
    internal static bool CertainlyAbove(ValueInterval a, ValueInterval b)
    {
        if (a.Lower is not Ratio low || b.Upper is not Ratio high)
        {
            return false;
        }

        int c = low.CompareTo(high);
        return c > 0 || (c == 0 && (!a.IsLowerClosed || !b.IsUpperClosed));
    }

    /// <summary>Whether some value of <paramref name="a"/> is above some value of <paramref name="b"/>.</summary>
    internal static bool PossiblyAbove(ValueInterval a, ValueInterval b) =>
        a.Upper is not Ratio high || b.Lower is not Ratio low || high > low;
}
