using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Regions;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Regions;

/// <summary>
/// The rules of a hierarchy built by hand (DESIGN rule 12): unique identifiers, parents present, no cycles, each broken
/// rule an <see cref="ArgumentException"/> naming the region; leaves, ancestors, subtrees and replacements; and the
/// argument checks of <see cref="Region.Division"/>, <see cref="Region.Defined"/> and <see cref="Region.CityLevelOf"/>.
/// </summary>
public class RegionHierarchyRulesTests
{
    private static readonly Region Zhejiang = Region.Division(RegionCode.Parse("330000"), "浙江省", RegionLevel.Province, englishName: "Zhejiang");
    private static readonly Region Taizhou = Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Prefecture, RegionCode.Parse("330000"), "臺州市", "Taizhou");
    private static readonly Region Jiaojiang = County("331002", "椒江区");
    private static readonly Region Huangyan = County("331003", "黄岩区");
    private static readonly Region Yuhuan = County("331083", "玉环市");

    private static RegionHierarchy Small => RegionHierarchy.Create([Zhejiang, Taizhou, Jiaojiang, Huangyan, Yuhuan]);

    [Fact]
    public void Create_WithAnIdentifierListedTwice_NamesIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => RegionHierarchy.Create([Zhejiang, Taizhou, Jiaojiang, County("331002", "椒江县")]));
        Assert.Contains("331002", ex.Message, StringComparison.Ordinal);
        Assert.Contains("椒江区", ex.Message, StringComparison.Ordinal);
        Assert.Contains("椒江县", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithAParentMissing_NamesTheRegionAndTheParent()
    {
        var ex = Assert.Throws<ArgumentException>(() => RegionHierarchy.Create([Zhejiang, Jiaojiang]));
        Assert.Contains("331002", ex.Message, StringComparison.Ordinal);
        Assert.Contains("331000", ex.Message, StringComparison.Ordinal);
        var top = Assert.Throws<ArgumentException>(() => RegionHierarchy.Create([Taizhou, Jiaojiang]));
        Assert.Contains("330000", top.Message, StringComparison.Ordinal);
        Assert.Contains("331000 台州市", top.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithACycle_NamesARegionOnTheCycle()
    {
        Region a = Region.Defined("group-a", "甲", RegionLevel.Group, "group-b");
        Region b = Region.Defined("group-b", "乙", RegionLevel.Group, "group-a");
        var ex = Assert.Throws<ArgumentException>(() => RegionHierarchy.Create([a, b]));
        Assert.Contains("group-a", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cycle", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Zhejiang.WithParent("330000"));
    }

    [Fact]
    public void Create_WithARegionUnderACycle_NamesTheCycle_NotTheRegionUnderIt()
    {
        // "group-c" hangs under the cycle group-a → group-b → group-a; it is not its own ancestor and must not be said to be.
        Region c = Region.Defined("group-c", "丙", RegionLevel.Group, "group-a");
        Region a = Region.Defined("group-a", "甲", RegionLevel.Group, "group-b");
        Region b = Region.Defined("group-b", "乙", RegionLevel.Group, "group-a");
        var ex = Assert.Throws<ArgumentException>(() => RegionHierarchy.Create([c, a, b]));
        Assert.Contains("group-a", ex.Message, StringComparison.Ordinal);
        Assert.Contains("group-b", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("group-c", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RefusesNulls()
    {
        Assert.Throws<ArgumentNullException>(() => RegionHierarchy.Create(null!));
        Assert.Throws<ArgumentNullException>(() => RegionHierarchy.Create([Zhejiang, null!]));
    }

    [Fact]
    public void Create_AcceptsParentsListedAfterTheirChildren()
    {
        RegionHierarchy h = RegionHierarchy.Create([Yuhuan, Jiaojiang, Taizhou, Zhejiang]);
        Assert.Equal(["330000"], h.Roots.Select(r => r.Id));
        Assert.Equal(Taizhou, h.Parent("331083"));
        Assert.Equal(["331083", "331002"], h.Children("331000").Select(r => r.Id));
    }

    [Fact]
    public void Leaves_AreTheRegionsWithNothingUnder_InTheOrderGiven_OrTheRegionItself()
    {
        RegionHierarchy h = Small.With([Region.CityLevelOf(Taizhou)]);
        Assert.Equal(["331002", "331003", "331083", "331000-city-level"], h.Leaves("330000").Select(r => r.Id));
        Assert.Equal(["331002", "331003", "331083", "331000-city-level"], h.Leaves("331000").Select(r => r.Id));
        Assert.Equal(["331003"], h.Leaves("331003").Select(r => r.Id));
        Assert.Throws<KeyNotFoundException>(() => h.Leaves("331021"));
    }

    [Fact]
    public void Ancestors_AreNearestFirst_AndIsUnderIsStrict()
    {
        RegionHierarchy h = Small;
        Assert.Equal(["331000", "330000"], h.Ancestors("331083").Select(r => r.Id));
        Assert.Empty(h.Ancestors("330000"));
        Assert.True(h.IsUnder("331083", "330000"));
        Assert.True(h.IsUnder("331083", "331000"));
        Assert.False(h.IsUnder("331083", "331083"));
        Assert.False(h.IsUnder("330000", "331083"));
        Assert.False(h.IsUnder("331002", "331003"));
        Assert.Throws<KeyNotFoundException>(() => h.Ancestors("331021"));
        Assert.Null(h.Parent("330000"));
    }

    [Fact]
    public void Subtree_IsTheRegionAsARoot_WithEverythingUnderIt()
    {
        RegionHierarchy tree = Small.Subtree("331000");
        Assert.Equal(["331000", "331002", "331003", "331083"], tree.Regions.Select(r => r.Id));
        Assert.Equal(["331000"], tree.Roots.Select(r => r.Id));
        Assert.Null(tree.Parent("331000"));
        Assert.Null(tree["331000"].ParentId);
        Assert.False(tree.Contains("330000"));
        Assert.Equal("台州市", tree["331000"].Name);
        Assert.Single(Small.Subtree("331002").Regions);
        Assert.Throws<KeyNotFoundException>(() => Small.Subtree("331021"));

        // The original is unchanged.
        Assert.Equal("330000", Small["331000"].ParentId);
    }

    [Fact]
    public void With_AddsRegions_AndReplacesThoseAlreadyPresentInPlace()
    {
        Region group = Region.Defined("zhejiang-southeast", "浙东南", RegionLevel.Group, "330000");
        RegionHierarchy moved = Small.With([group, Taizhou.WithParent("zhejiang-southeast")]);
        Assert.Equal(["330000", "331000", "331002", "331003", "331083", "zhejiang-southeast"], moved.Regions.Select(r => r.Id));
        Assert.Equal(["zhejiang-southeast", "330000"], moved.Ancestors("331000").Select(r => r.Id));
        Assert.Equal(["zhejiang-southeast"], moved.Children("330000").Select(r => r.Id));
        Assert.Equal(5, Small.Count);

        Assert.Contains("331002", Assert.Throws<ArgumentException>(() => Small.With([Jiaojiang, Jiaojiang])).Message, StringComparison.Ordinal);

        // A replacement that closes a cycle, or whose parent is missing, breaks the rules of Create.
        Assert.Throws<ArgumentException>(() => Small.With([Zhejiang.WithParent("331002")]));
        Assert.Contains("331099", Assert.Throws<ArgumentException>(() => Small.With([Jiaojiang.WithParent("331099")])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_ByUnknownIdentifiers_NameThem_AndTheTryFormsNeverThrow()
    {
        RegionHierarchy h = Small;
        Assert.Contains("331021", Assert.Throws<KeyNotFoundException>(() => h["331021"]).Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => h.Children("331021"));
        Assert.Throws<KeyNotFoundException>(() => h.Parent("331021"));
        Assert.Throws<KeyNotFoundException>(() => h.IsUnder("331002", "331021"));
        Assert.False(h.TryGet(null, out _));
        Assert.False(h.TryGet("331021", out Region? none));
        Assert.Null(none);
        Assert.False(h.Contains(null!));
        Assert.Empty(RegionHierarchy.Empty.Regions);
        Assert.Empty(RegionHierarchy.Empty.Roots);
    }

    [Fact]
    public void Division_ChecksItsArguments()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.None, "无", RegionLevel.Province)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.CityLevel)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Group)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => Region.Division(RegionCode.Parse("331000"), "台州市", (RegionLevel)99));
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.Parse("331000"), " ", RegionLevel.Prefecture)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Region.Division(RegionCode.Parse("331000"), null!, RegionLevel.Prefecture));
        Assert.Equal("englishName", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Prefecture, englishName: "")).ParamName);
        var ex = Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.Parse("331021"), "玉环县", RegionLevel.County, validFrom: new YearMonth(2017, 5), validTo: new YearMonth(2017, 4)));
        Assert.Contains("331021", ex.Message, StringComparison.Ordinal);

        // 玉环县 331021, listed until 2017-04 and then 玉环市 331083.
        Region county = Region.Division(RegionCode.Parse("331021"), "玉环县", RegionLevel.County, RegionCode.Parse("331000"), "玉環縣", validTo: new YearMonth(2017, 4));
        Assert.Equal("331021", county.Id);
        Assert.Equal("331000", county.ParentId);
        Assert.True(county.IsAdministrativeDivision);
        Assert.True(county.IsListedIn(new YearMonth(2017, 4)));
        Assert.False(county.IsListedIn(new YearMonth(2017, 5)));
        Assert.Null(Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Prefecture, traditionalName: "台州市").TraditionalName);
    }

    [Fact]
    public void Defined_ChecksItsArguments()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Region.Defined("331000", "台州市", RegionLevel.Group)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Region.Defined("000000", "无", RegionLevel.Group)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Region.Defined("", "空", RegionLevel.Group)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Region.Defined(" group", "空", RegionLevel.Group)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Region.Defined(null!, "空", RegionLevel.Group));
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => Region.Defined("zhejiang-northeast", "浙东北", RegionLevel.Province)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => Region.Defined("zhejiang-northeast", "浙东北", RegionLevel.County)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Region.Defined("zhejiang-northeast", "", RegionLevel.Group)).ParamName);
        Assert.Equal("parentId", Assert.Throws<ArgumentException>(() => Region.Defined("zhejiang-northeast", "浙东北", RegionLevel.Group, "")).ParamName);

        Region group = Region.Defined("zhejiang-northeast", "浙东北", RegionLevel.Group, "330000", "浙東北", "Northeast Zhejiang");
        Assert.Equal(RegionCode.None, group.Code);
        Assert.False(group.IsAdministrativeDivision);
        Assert.Equal("330000", group.ParentId);
        Assert.Equal("浙東北", group.NameIn(Indicators.Reporting.ExplainLanguage.ZhHant));
        Assert.Equal("Northeast Zhejiang", group.NameIn(Indicators.Reporting.ExplainLanguage.English));
    }

    [Fact]
    public void Defined_And_Division_RefuseTheRegionAsItsOwnParent()
    {
        Assert.Equal("parentId", Assert.Throws<ArgumentException>(() => Region.Defined("group-a", "甲", RegionLevel.Group, "group-a")).ParamName);
        Assert.Equal("parent", Assert.Throws<ArgumentException>(() => Region.Division(RegionCode.Parse("331000"), "台州市", RegionLevel.Prefecture, RegionCode.Parse("331000"))).ParamName);
    }

    [Fact]
    public void WithParent_RefusesTheRegionItself_AndAnEmptyIdentifier()
    {
        Assert.Equal("parentId", Assert.Throws<ArgumentException>(() => Taizhou.WithParent("331000")).ParamName);
        Assert.Equal("parentId", Assert.Throws<ArgumentException>(() => Taizhou.WithParent("")).ParamName);
        Assert.Null(Taizhou.WithParent(null).ParentId);
    }

    [Fact]
    public void CityLevelOf_IsOnlyForAPrefectureLevelDivision()
    {
        Region cityLevel = Region.CityLevelOf(Taizhou);
        Assert.Equal("331000-city-level", cityLevel.Id);
        Assert.Equal("台州市本级", cityLevel.Name);
        Assert.Equal("臺州市本級", cityLevel.TraditionalName);
        Assert.Equal("Taizhou (city level)", cityLevel.EnglishName);
        Assert.Equal("331000", cityLevel.ParentId);
        Assert.Equal(RegionLevel.CityLevel, cityLevel.Level);
        Assert.False(cityLevel.IsAdministrativeDivision);

        Assert.Equal("city", Assert.Throws<ArgumentException>(() => Region.CityLevelOf(Jiaojiang)).ParamName);
        Assert.Equal("city", Assert.Throws<ArgumentException>(() => Region.CityLevelOf(Zhejiang)).ParamName);
        Assert.Equal("city", Assert.Throws<ArgumentException>(() => Region.CityLevelOf(Region.Defined("zhejiang-northeast", "浙东北", RegionLevel.Group))).ParamName);
        Assert.Equal("city", Assert.Throws<ArgumentException>(() => Region.CityLevelOf(cityLevel)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Region.CityLevelOf(null!));
    }

    private static Region County(string code, string name) =>
        Region.Division(RegionCode.Parse(code), name, RegionLevel.County, RegionCode.Parse("331000"));
}
