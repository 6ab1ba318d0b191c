using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// One region of a <see cref="RegionRanking"/>: its figure, its rank as printed, and the best and worst rank its true value
/// could have given the bounds of every figure.
/// </summary>
/// <remarks>
/// <para>Ranks count as in competition ("1224"): a region's rank is one more than the number of regions whose value is
/// better than its own, so regions of equal value share a rank.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RankedRegion
{
    private readonly RegionRanking ranking;

    internal RankedRegion(RegionRanking ranking, Observation observation, int printedRank, int bestRank, int worstRank, bool isTied)
    {
        this.ranking = ranking;
        Observation = observation;
        Figure = observation.ToDerivedFigure();
        PrintedRank = printedRank;
        BestRank = bestRank;
        WorstRank = worstRank;
        IsTied = isTied;
    }

    /// <summary>The region.</summary>
    public Region Region => Observation.Region;

    /// <summary>Its published figure.</summary>
    public Observation Observation { get; }

    /// <summary>Its figure with the bounds its printing gives it.</summary>
    public DerivedFigure Figure { get; }

    /// <summary>Its rank by the printed figures: one more than the number of regions printed better.</summary>
    public int PrintedRank { get; }

    /// <summary>The best rank its true value could have: one more than the number of regions certainly better (every true
    /// value of theirs beats every true value of this region's).</summary>
    public int BestRank { get; }

    /// <summary>The worst rank its true value could have: one more than the number of regions that could be better (some
    /// true value of theirs beats some true value of this region's).</summary>
    public int WorstRank { get; }

    /// <summary>Whether the rank is certain: <see cref="BestRank"/> equals <see cref="WorstRank"/>.</summary>
    public bool IsCertain => BestRank == WorstRank;

    /// <summary>Whether another region is printed with the same figure (the two share <see cref="PrintedRank"/>).</summary>
    public bool IsTied { get; }

    /// <summary>
    /// The rank in words, within the parent: "居全省第一" (first, certain), "并列全省第一" (first, certain, shared with another
    /// region of exactly the same value), "居全市第3位" (a certain rank after the first), "居全市第2–3位" (a range from
    /// <see cref="BestRank"/> to <see cref="WorstRank"/>), traditional "居全縣第2–3位"; in English "first of 9 in Zhejiang",
    /// "tied first of 9 in Zhejiang", "3rd of 9 in Taizhou", "2nd–3rd of 9 in Taizhou". 全省, 全市, 全县 follow the parent's
    /// level (province, prefecture, county); any other parent gives 全部. The count is that of the regions ranked.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string RankText(ExplainLanguage language)
    {
        bool tiedCertain = IsCertain && IsTied && ranking.SharesCertainRank(this);
        if (language == ExplainLanguage.English)
        {
            string place = IsCertain ? (BestRank == 1 ? "first" : Ordinal(BestRank)) : Ordinal(BestRank) + "–" + Ordinal(WorstRank);
            return (tiedCertain ? "tied " : string.Empty) + place + " of " + ranking.Entries.Count + " in " + ranking.Parent.NameIn(language);
        }

        string scope = ranking.Parent.Level switch
        {
            RegionLevel.Province => "全省",
            RegionLevel.Prefecture => "全市",
            RegionLevel.County => ExplainText.Pick(language, "全县", "全縣", "全县"),
            _ => "全部",
        };
        string rank = IsCertain ? (BestRank == 1 ? "第一" : "第" + Number(BestRank) + "位") : "第" + Number(BestRank) + "–" + Number(WorstRank) + "位";
        return (tiedCertain ? ExplainText.Pick(language, "并列", "並列", "并列") : "居") + scope + rank;
    }

    /// <summary>For example "331002 椒江区 1.20%: 1–2".</summary>
    /// <returns>The region, the figure and the rank range.</returns>
    public override string ToString() =>
        Region + " " + Observation.FigureText() + ": " + (IsCertain ? Number(BestRank) : Number(BestRank) + "–" + Number(WorstRank));

    private static string Ordinal(int n)
    {
        string suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Number(n) + suffix;
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
