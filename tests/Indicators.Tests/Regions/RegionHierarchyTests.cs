using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Regions;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Regions;

public class RegionHierarchyTests
{
    private static readonly Region Zhejiang = Region.Division(RegionCode.Parse("330000"), "浙江省", RegionLevel.Province);
    private static readonly Region Taizhou = Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Prefecture, RegionCode.Parse("330000"));
    private static readonly Region Jiaojiang = Region.Division(RegionCode.Parse("331002"), "椒江区", RegionLevel.County, RegionCode.Parse("331000"));
    private static readonly Region Huangyan = Region.Division(RegionCode.Parse("331003"), "黄岩区", RegionLevel.County, RegionCode.Parse("331000"));

    [Fact]
    public void Queries_Leaves_Ancestors_Subtree()
    {
        RegionHierarchy h = RegionHierarchy.Create([Zhejiang, Taizhou, Jiaojiang, Huangyan]);
        Assert.Equal(4, h.Count);
        Assert.Equal(["330000"], h.Roots.Select(r => r.Id));
        Assert.Equal(["331002", "331003"], h.Leaves("330000").Select(r => r.Id));
        Assert.Equal(["331002"], h.Leaves("331002").Select(r => r.Id));
        Assert.Equal(["331000", "330000"], h.Ancestors("331003").Select(r => r.Id));
        Assert.Empty(h.Ancestors("330000"));
        Assert.True(h.IsUnder("331002", "330000"));
        Assert.False(h.IsUnder("330000", "331002"));
        Assert.False(h.IsUnder("331002", "331002"));
        Assert.Null(h.Parent("330000"));

        RegionHierarchy sub = h.Subtree("331000");
        Assert.Equal(["331000", "331002", "331003"], sub.Regions.Select(r => r.Id));
        Assert.Null(sub["331000"].ParentId);
        Assert.Equal(["331000"], sub.Roots.Select(r => r.Id));
        Assert.Throws<KeyNotFoundException>(() => h.Subtree("331004"));
        Assert.Contains("331004", Assert.Throws<KeyNotFoundException>(() => h["331004"]).Message, StringComparison.Ordinal);
        Assert.False(h.TryGet(null, out _));
        Assert.Empty(RegionHierarchy.Empty.Regions);
    }

    [Fact]
    public void With_ReplacesInPlaceAndAdds_AndRejectsTwice()
    {
        RegionHierarchy h = RegionHierarchy.Create([Zhejiang, Taizhou, Jiaojiang]);
        Region renamed = Region.Division(RegionCode.Parse("331002"), "椒江", RegionLevel.County, RegionCode.Parse("331000"));
        RegionHierarchy changed = h.With([renamed, Huangyan]);
        Assert.Equal(["330000", "331000", "331002", "331003"], changed.Regions.Select(r => r.Id));
        Assert.Equal("椒江", changed["331002"].Name);
        Assert.Equal("椒江区", h["331002"].Name);
        Assert.Contains("331003", Assert.Throws<ArgumentException>(() => h.With([Huangyan, Huangyan])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Division_ChecksItsArguments()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.None, "无", RegionLevel.Province)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.Parse("330000"), " ", RegionLevel.Province)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Region.Division(RegionCode.Parse("330000"), null!, RegionLevel.Province)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.Parse("330000"), "浙江省", RegionLevel.Group)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Region.Division(RegionCode.Parse("330000"), "浙江省", (RegionLevel)9)).ParamName);
        Assert.Equal("validTo", Assert.Throws<ArgumentException>(() => Region.Division(
            RegionCode.Parse("331021"), "玉环县", RegionLevel.County, RegionCode.Parse("331000"), validFrom: new YearMonth(2017, 8), validTo: new YearMonth(2017, 7))).ParamName);
        Assert.Null(Region.Division(RegionCode.Parse("330000"), "浙江省", RegionLevel.Province, traditionalName: "浙江省").TraditionalName);
    }

    [Fact]
    public void Defined_ChecksItsArguments()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Region.Defined("331000", "台州", RegionLevel.Group)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Region.Defined("", "台州", RegionLevel.Group)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Region.Defined(" x", "台州", RegionLevel.Group)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => Region.Defined("x", "台州", RegionLevel.County)).ParamName);
        Assert.Equal("parentId", Assert.Throws<ArgumentException>(() => Region.Defined("x", "台州", RegionLevel.Group, "")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Region.Defined("x", "", RegionLevel.Group)).ParamName);
        Assert.Equal("city", Assert.Throws<ArgumentException>(() => Region.CityLevelOf(Jiaojiang)).ParamName);
    }

    [Fact]
    public void AGroup_NortheastZhejiang_OverSixCities()
    {
        string[] cities = ["330100", "330400", "330500", "330600", "330200", "330900"];
        RegionHierarchy national = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));
        Region group = Region.Defined("zhejiang-northeast", "浙东北", RegionLevel.Group, "330000", englishName: "Northeast Zhejiang");
        RegionHierarchy h = national.With([group, .. cities.Select(c => national[c].WithParent("zhejiang-northeast"))]);

        // Children keep the hierarchy's order (the national list's, by code), not the order given.
        Assert.Equal(["330100", "330200", "330400", "330500", "330600", "330900"], h.Children("zhejiang-northeast").Select(r => r.Id));
        Assert.Equal(["杭州市", "宁波市", "嘉兴市", "湖州市", "绍兴市", "舟山市"], h.Children("zhejiang-northeast").Select(r => r.Name));
        Assert.Equal(["330300", "330700", "330800", "331000", "331100", "zhejiang-northeast"], h.Children("330000").Select(r => r.Id));
        Assert.Equal(["330100", "zhejiang-northeast", "330000"], h.Ancestors("330102").Select(r => r.Id));
        Assert.True(h.IsUnder("330282", "zhejiang-northeast"));
        Assert.False(h.IsUnder("331002", "zhejiang-northeast"));
        Assert.Equal(
            cities.Sum(c => national.Leaves(c).Count),
            h.Leaves("zhejiang-northeast").Count);
        Assert.Equal(national.Count + 1, h.Count);
    }

    [Fact]
    public void AYearbooksCityProper_TaizhouShiqu_OverThreeDistricts()
    {
        RegionHierarchy national = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));
        Region shiqu = Region.Defined("331000-shiqu", "台州市区", RegionLevel.Group, "331000", "臺州市區", "Taizhou (city proper)");
        string[] districts = ["331002", "331003", "331004"];
        RegionHierarchy h = national.With([shiqu, .. districts.Select(c => national[c].WithParent("331000-shiqu"))]);

        Assert.Equal(["椒江区", "黄岩区", "路桥区"], h.Children("331000-shiqu").Select(r => r.Name));
        Assert.Equal(
            ["三门县", "天台县", "仙居县", "温岭市", "临海市", "玉环市", "台州市区"],
            h.Children("331000").Select(r => r.Name));
        Assert.Equal(9, h.Leaves("331000").Count);
        Assert.Equal(["331000-shiqu", "331000", "330000"], h.Ancestors("331004").Select(r => r.Id));
        Assert.Equal("臺州市區", h["331000-shiqu"].NameIn(Indicators.Reporting.ExplainLanguage.ZhHant));
    }
}
