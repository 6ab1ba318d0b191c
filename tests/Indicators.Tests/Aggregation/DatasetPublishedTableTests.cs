using System;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// A real published table as a fixture: the national total next to the figures of the provinces, with the difference
/// between the total and the sum of the parts worked out by hand.
/// </summary>
/// <remarks>
/// <para>Source: 中国2010年人口普查资料 (Tabulation on the 2010 Population Census of the People's Republic of China),
/// 表4-20b "各地区分性别、未工作原因的非经济活动人口（镇）", column 合计 (单位：人): the towns' economically inactive
/// population at the census date, 2010-11-01. The rows used here are 全国 and the first eighteen provinces, 北京 to 湖南, as
/// printed; the other thirteen (广东 to 新疆) were not at hand, so they are in the hierarchy without figures. No figure
/// here is made up.</para>
/// <para>By hand: the eighteen provinces sum to 4 419 841 persons; the national total is 6 454 307; the difference, what
/// the thirteen provinces without figures hold, is 2 034 466.</para>
/// </remarks>
public class DatasetPublishedTableTests
{
    private const string Indicator = "town-inactive-population";

    private static readonly ReportingPeriod CensusDay = ReportingPeriod.Range(new LocalDate(2010, 11, 1), new LocalDate(2010, 11, 1));

    private static readonly (string Code, string Name, long? Persons)[] Provinces =
    [
        ("110000", "北京市", 38_758), ("120000", "天津市", 47_263), ("130000", "河北省", 423_943), ("140000", "山西省", 226_916),
        ("150000", "内蒙古自治区", 174_710), ("210000", "辽宁省", 153_708), ("220000", "吉林省", 136_226), ("230000", "黑龙江省", 228_300),
        ("310000", "上海市", 70_199), ("320000", "江苏省", 399_515), ("330000", "浙江省", 282_181), ("340000", "安徽省", 316_604),
        ("350000", "福建省", 213_985), ("360000", "江西省", 294_639), ("370000", "山东省", 369_652), ("410000", "河南省", 431_196),
        ("420000", "湖北省", 240_339), ("430000", "湖南省", 371_707),
        ("440000", "广东省", null), ("450000", "广西壮族自治区", null), ("460000", "海南省", null), ("500000", "重庆市", null),
        ("510000", "四川省", null), ("520000", "贵州省", null), ("530000", "云南省", null), ("540000", "西藏自治区", null),
        ("610000", "陕西省", null), ("620000", "甘肃省", null), ("630000", "青海省", null), ("640000", "宁夏回族自治区", null),
        ("650000", "新疆维吾尔自治区", null),
    ];

    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Create(
        [IndicatorDefinition.Persons(Indicator, TemporalNature.Stock, "镇非经济活动人口", "鎮非經濟活動人口", "Economically inactive population of towns")]);

    private static readonly RegionHierarchy China = RegionHierarchy.Create(
        new[] { Region.Defined("cn", "全国", RegionLevel.Group, englishName: "China") }
            .Concat(Provinces.Select(p => Region.Division(RegionCode.Parse(p.Code), p.Name, RegionLevel.Province).WithParent("cn"))));

    private static Dataset Table()
    {
        var builder = new DatasetBuilder(Catalog, China).Add(Indicator, "cn", CensusDay, "6454307人", "2010 census, table 4-20b, 全国");
        foreach ((string code, string name, long? persons) in Provinces)
        {
            if (persons is long p)
            {
                builder.Add(Indicator, code, CensusDay, PublishedFigure.Of(Headcount.FromPersons(p), new DisplayFormat(Scale.One, 0)), "2010 census, table 4-20b, " + name);
            }
        }

        return builder.Build();
    }

    [Fact]
    public void RollUp_OfTheEighteenProvinces_Is4419841_AndThirteenAreMissing()
    {
        RegionalTotal total = Table().RollUp(Indicator, "cn", CensusDay);
        Assert.Equal(new Ratio(4_419_841, 1), total.Figure.Value);
        Assert.True(total.Figure.IsExact);
        Assert.Equal(18, total.Parts.Count);
        Assert.Equal(
            ["440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000"],
            total.Missing.Select(r => r.Id));
        Assert.False(total.IsComplete);
        Assert.Equal("2010 census, table 4-20b, 湖南省", total.Parts.Single(p => p.Region.Id == "430000").Source);
    }

    [Fact]
    public void Finding_OfTheNationalTotal_IsInconsistentByTheMissingProvinces_2034466()
    {
        ConsistencyFinding finding = Table().RollUp(Indicator, "cn", CensusDay).Finding!;
        Assert.Equal(new Ratio(6_454_307, 1), finding.Published.Value);
        Assert.Equal(new Ratio(2_034_466, 1), finding.Difference.Value);
        Assert.Equal(ValueInterval.Point(new Ratio(2_034_466, 1)), finding.Difference.Bounds);
        Assert.False(finding.IsConsistent);
        Assert.EndsWith("：不一致", finding.Explain(ExplainLanguage.ZhHans), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_OfTheNationalTotal_WithTheOtherProvincesGivenAsOneRest_IsConsistent()
    {
        // The thirteen provinces as one group holding the hand-worked difference: then the parts add up to the total exactly.
        RegionHierarchy regions = China.With(
            new[] { Region.Defined("cn-rest", "其余十三省区市", RegionLevel.Group, "cn") }
                .Concat(Provinces.Where(p => p.Persons is null).Select(p => China[p.Code].WithParent("cn-rest"))));
        Dataset dataset = new DatasetBuilder(Catalog, regions)
            .Add(Indicator, "cn", CensusDay, "6454307人")
            .Add(Indicator, "cn-rest", CensusDay, "2034466人")
            .Build();
        DatasetBuilder all = new(Catalog, regions);
        foreach (Observation o in Table().Observations.Concat(dataset.Observations.Where(o => o.Region.Id == "cn-rest")))
        {
            all.Add(Indicator, o.Region.Id, CensusDay, o.AsPersons());
        }

        RegionalTotal total = all.Build().RollUp(Indicator, "cn", CensusDay);
        Assert.Equal(new Ratio(6_454_307, 1), total.Figure.Value);
        Assert.True(total.IsComplete);
        Assert.True(total.Finding!.IsConsistent);
        Assert.Equal(Ratio.Zero, total.Finding.Difference.Value);
    }
}
