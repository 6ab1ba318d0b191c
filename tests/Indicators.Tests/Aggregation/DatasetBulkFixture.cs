using System.Collections.Generic;
using Indicators.Catalog;
using Indicators.Regions;

namespace Indicators.Tests.Aggregation;

/// <summary>Regions and indicators for the bulk roll-up tests: two provinces, three cities, seven counties.</summary>
internal static class DatasetBulkFixture
{
    /// <summary>浙江省 330000 (杭州市 330100: 330102, 330105; 台州市 331000: 331002, 331003, 331004) and
    /// 江苏省 320000 (南京市 320100: 320102, 320104).</summary>
    public static RegionHierarchy Regions { get; } = RegionHierarchy.Create(
    [
        Province("330000", "浙江省"),
        City("330100", "杭州市", "330000"),
        County("330102", "上城区", "330100"),
        County("330105", "拱墅区", "330100"),
        City("331000", "台州市", "330000"),
        County("331002", "椒江区", "331000"),
        County("331003", "黄岩区", "331000"),
        County("331004", "路桥区", "331000"),
        Province("320000", "江苏省"),
        City("320100", "南京市", "320000"),
        County("320102", "玄武区", "320100"),
        County("320104", "秦淮区", "320100"),
    ]);

    /// <summary>The counties, the leaves of <see cref="Regions"/>.</summary>
    public static IReadOnlyList<string> Counties { get; } = ["330102", "330105", "331002", "331003", "331004", "320102", "320104"];

    /// <summary>jobs (persons, flow), spend (money, flow), jobs-ytd (persons, cumulative), unemployed (persons, stock),
    /// benefit-level (money, not additive), unemployment-rate (a rate of unemployed to jobs).</summary>
    public static IndicatorCatalog Catalog { get; } = IndicatorCatalog.Create(
    [
        IndicatorDefinition.Persons("jobs", TemporalNature.Flow, "新增就业"),
        IndicatorDefinition.Money("spend", TemporalNature.Flow, "支出"),
        IndicatorDefinition.Persons("jobs-ytd", TemporalNature.Cumulative, "累计新增就业"),
        IndicatorDefinition.Persons("unemployed", TemporalNature.Stock, "登记失业人数"),
        IndicatorDefinition.Money("benefit-level", TemporalNature.Stock, "待遇标准", additive: false),
        IndicatorDefinition.Rate("unemployment-rate", RegionalRollup.Ratio("unemployed", "jobs"), "失业率"),
    ]);

    private static Region Province(string code, string name) => Region.Division(RegionCode.Parse(code), name, RegionLevel.Province);

    private static Region City(string code, string name, string parent) =>
        Region.Division(RegionCode.Parse(code), name, RegionLevel.Prefecture, RegionCode.Parse(parent));

    private static Region County(string code, string name, string parent) =>
        Region.Division(RegionCode.Parse(code), name, RegionLevel.County, RegionCode.Parse(parent));
}
