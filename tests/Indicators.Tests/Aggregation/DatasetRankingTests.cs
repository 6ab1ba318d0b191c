using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Regions;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Aggregation;

public class DatasetRankingTests
{
    private static readonly ReportingPeriod October = ComparisonFixture.October;

    private static readonly RegionHierarchy Taizhou = RegionHierarchy.Create(
        new[]
        {
            Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Prefecture, traditionalName: "臺州市", englishName: "Taizhou"),
        }.Concat(new (string Code, string Name)[]
        {
            ("331002", "椒江区"), ("331003", "黄岩区"), ("331004", "路桥区"), ("331022", "三门县"),
            ("331081", "温岭市"), ("331082", "临海市"), ("331083", "玉环市"),
        }.Select(c => Region.Division(RegionCode.Parse(c.Code), c.Name, RegionLevel.County, RegionCode.Parse("331000")))));

    // Printed: 温岭 3.1万 [30 500, 31 500), 临海 30 800 exact, 椒江 2.15万 [21 450, 21 550), 黄岩 and 路桥 1.62万
    // [16 150, 16 250), 玉环 16 200 exact; 三门 has no figure.
    private static RegionRanking Counties() => new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou)
        .Add("urban-new-employment", "331002", October, "2.15万人")
        .Add("urban-new-employment", "331003", October, "1.62万人")
        .Add("urban-new-employment", "331004", October, "1.62万人")
        .Add("urban-new-employment", "331081", October, "3.1万人")
        .Add("urban-new-employment", "331082", October, "30800人")
        .Add("urban-new-employment", "331083", October, "16200人")
        .Build()
        .Rank("urban-new-employment", "331000", October);

    [Fact]
    public void Rank_OrdersBestFirst_WithRankRangesFromBounds()
    {
        RegionRanking ranking = Counties();
        Assert.Equal(
            ["331081", "331082", "331002", "331003", "331004", "331083"],
            ranking.Entries.Select(e => e.Region.Id).ToArray());
        Assert.Equal([1, 2, 3, 4, 4, 4], ranking.Entries.Select(e => e.PrintedRank).ToArray());
        Assert.Equal([1, 1, 3, 4, 4, 4], ranking.Entries.Select(e => e.BestRank).ToArray());
        Assert.Equal([2, 2, 3, 6, 6, 6], ranking.Entries.Select(e => e.WorstRank).ToArray());
        Assert.Equal([false, false, false, true, true, true], ranking.Entries.Select(e => e.IsTied).ToArray());
        Assert.Equal("331022", Assert.Single(ranking.Unranked).Id);
    }

    [Fact]
    public void RankText_ChineseAndEnglish()
    {
        RegionRanking ranking = Counties();
        Assert.Equal("居全市第1–2位", ranking.RankOf("331081").RankText(ExplainLanguage.ZhHans));
        Assert.Equal("居全市第3位", ranking.RankOf("331002").RankText(ExplainLanguage.ZhHans));
        Assert.Equal("居全市第4–6位", ranking.RankOf("331083").RankText(ExplainLanguage.ZhHant));
        Assert.Equal("3rd of 6 in Taizhou", ranking.RankOf("331002").RankText(ExplainLanguage.English));
        Assert.Equal("1st–2nd of 6 in Taizhou", ranking.RankOf("331082").RankText(ExplainLanguage.English));
    }

    [Fact]
    public void Rank_LowerIsBetter_CertainFirst()
    {
        RegionRanking ranking = ComparisonFixture.Builder()
            .Add(ComparisonFixture.Rate, "331000", October, "1.38%")
            .Add(ComparisonFixture.Rate, "330200", October, "1.85%")
            .Add(ComparisonFixture.Rate, "330300", October, "1.60%")
            .Build()
            .Rank(ComparisonFixture.Rate, "330000", October);
        Assert.Equal(["331000", "330300", "330200"], ranking.Entries.Select(e => e.Region.Id).ToArray());
        RankedRegion first = ranking.RankOf("331000");
        Assert.True(first.IsCertain);
        Assert.Equal("居全省第一", first.RankText(ExplainLanguage.ZhHans));
        Assert.Equal("first of 3 in Zhejiang", first.RankText(ExplainLanguage.English));
        Assert.Equal("居全省第2位", ranking.RankOf("330300").RankText(ExplainLanguage.ZhHans));
        Assert.Empty(ranking.Unranked);
        Assert.Equal(
            "浙江省 城镇登记失业率 2020-10（越低越好）\n  1. 台州市 1.38%：居全省第一\n  2. 温州市 1.60%：居全省第2位\n  3. 宁波市 1.85%：居全省第3位",
            ranking.Explain(ExplainLanguage.ZhHans));
    }

    [Fact]
    public void Rank_ExactTies_ShareACertainRank()
    {
        RegionRanking ranking = ComparisonFixture.Builder()
            .Add("job-fairs", "331000", October, "165场")
            .Add("job-fairs", "330200", October, "165场")
            .Add("job-fairs", "330300", October, "120场")
            .Build()
            .Rank("job-fairs", "330000", October);
        Assert.Equal("并列全省第一", ranking.RankOf("331000").RankText(ExplainLanguage.ZhHans));
        Assert.Equal("並列全省第一", ranking.RankOf("330200").RankText(ExplainLanguage.ZhHant));
        Assert.Equal("tied first of 3 in Zhejiang", ranking.RankOf("330200").RankText(ExplainLanguage.English));
        Assert.Equal("居全省第3位", ranking.RankOf("330300").RankText(ExplainLanguage.ZhHans)); // competition ranking: 1, 1, 3
    }

    [Fact]
    public void Rank_UnderAGroup_SaysAll()
    {
        RegionHierarchy regions = RegionHierarchy.Create([
            Region.Defined("zhejiang-northeast", "浙东北", RegionLevel.Group),
            Region.Defined("a", "甲", RegionLevel.Group, "zhejiang-northeast"),
            Region.Defined("b", "乙", RegionLevel.Group, "zhejiang-northeast"),
        ]);
        RegionRanking ranking = new DatasetBuilder(IndicatorCatalog.BuiltIn, regions)
            .Add("job-fairs", "a", October, "10场")
            .Add("job-fairs", "b", October, "20场")
            .Build()
            .Rank("job-fairs", "zhejiang-northeast", October);
        Assert.Equal("居全部第一", ranking.RankOf("b").RankText(ExplainLanguage.ZhHans));
    }

    [Fact]
    public void Rank_Errors_NameTheIndicatorOrRegion()
    {
        Dataset data = ComparisonFixture.Builder().Add(ComparisonFixture.Rate, "331000", October, "1.38%").Build();

        var nearer = Assert.Throws<ArgumentException>(() => data.Rank(ComparisonFixture.Cpi, "330000", October));
        Assert.Contains(ComparisonFixture.Cpi, nearer.Message, StringComparison.Ordinal);

        var leaf = Assert.Throws<ArgumentException>(() => data.Rank(ComparisonFixture.Rate, "331000", October));
        Assert.Contains("331000", leaf.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<ArgumentException>(() => data.Rank(ComparisonFixture.Rate, "339999", October));
        Assert.Contains("339999", unknown.Message, StringComparison.Ordinal);

        RegionRanking ranking = data.Rank(ComparisonFixture.Rate, "330000", October);
        var unranked = Assert.Throws<KeyNotFoundException>(() => ranking.RankOf("330200"));
        Assert.Contains("330200", unranked.Message, StringComparison.Ordinal);
        Assert.Contains("no figure", unranked.Message, StringComparison.Ordinal);
        var stranger = Assert.Throws<KeyNotFoundException>(() => ranking.RankOf("zhejiang-average"));
        Assert.Contains("not directly under", stranger.Message, StringComparison.Ordinal);
    }
}
