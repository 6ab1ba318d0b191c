using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Regions;
using Indicators.Reporting;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Regions;

public class AdministrativeDivisionsTests
{
    private static readonly string[] TaizhouCounties2020 =
        ["331002", "331003", "331004", "331022", "331023", "331024", "331081", "331082", "331083"];

    [Fact]
    public void Taizhou_In2020_HasTheNineCountyLevelUnitsOfDesignRule12()
    {
        RegionHierarchy regions = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));
        Region taizhou = regions["331000"];
        Assert.Equal("台州市", taizhou.Name);
        Assert.Equal(RegionLevel.Prefecture, taizhou.Level);
        Assert.Equal("330000", taizhou.ParentId);
        Assert.Equal("浙江省", regions.Parent("331000")!.Name);
        Assert.Equal(TaizhouCounties2020, regions.Children("331000").Select(r => r.Id));
        Assert.Equal(
            ["椒江区", "黄岩区", "路桥区", "三门县", "天台县", "仙居县", "温岭市", "临海市", "玉环市"],
            regions.Children("331000").Select(r => r.Name));
        Assert.Equal(["331000", "330000"], regions.Ancestors("331083").Select(r => r.Id));
    }

    [Fact]
    public void Taizhou_In2016_HasYuhuanCountyInsteadOfTheCity()
    {
        RegionHierarchy regions = AdministrativeDivisions.AsOf(new LocalDate(2016, 6, 30));
        Assert.Contains("331021", regions.Children("331000").Select(r => r.Id));
        Assert.DoesNotContain("331083", regions.Children("331000").Select(r => r.Id));
        Assert.Equal("玉环县", regions["331021"].Name);
        Assert.False(regions.Contains("331083"));
        Assert.Equal(9, regions.Children("331000").Count);
    }

    [Fact]
    public void Yuhuan_ChangesWithTheList_Of2017_08()
    {
        Assert.Equal("玉环县", AdministrativeDivisions.Find(RegionCode.Parse("331021"), new LocalDate(2017, 7, 31)).Name);
        Assert.False(AdministrativeDivisions.TryFind(RegionCode.Parse("331083"), new LocalDate(2017, 7, 31), out _));
        Assert.Equal("玉环市", AdministrativeDivisions.Find(RegionCode.Parse("331083"), new LocalDate(2017, 8, 1)).Name);
        Assert.False(AdministrativeDivisions.TryFind(RegionCode.Parse("331021"), new LocalDate(2017, 8, 1), out _));
    }

    [Fact]
    public void Successors_OfYuhuanCounty_IsYuhuanCityFrom2017_08()
    {
        RegionSuccession row = Assert.Single(AdministrativeDivisions.Successors(RegionCode.Parse("331021")));
        Assert.Equal(RegionCode.Parse("331021"), row.OldCode);
        Assert.Equal(RegionCode.Parse("331083"), row.NewCode);
        Assert.Equal(new YearMonth(2017, 8), row.From);
        Assert.Equal(SuccessionBasis.SameStemSamePrefecture, row.Basis);
        Assert.False(row.IsCheckedByHand);
        Assert.Equal("玉环县", row.Retired.Name);
        Assert.Equal("玉环市", row.Successor.Name);
        Assert.Equal("331021 玉环县 → 331083 玉环市 from 2017-08 (SameStemSamePrefecture)", row.ToString());
        Assert.Empty(AdministrativeDivisions.Successors(RegionCode.Parse("331083")));
    }

    [Fact]
    public void SuccessorsAsOf_FollowsTheChainFrom332627To331083()
    {
        SuccessionTrace trace = AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("332627"), new LocalDate(2020, 1, 1));
        Assert.Equal("332627", trace.Start.Id);
        Assert.Equal(new YearMonth(2019, 4), trace.ListMonth);
        Assert.Equal("331083", Assert.Single(trace.Divisions).Id);
        Assert.Equal("331000", trace.Divisions[0].ParentId);
        Assert.Equal(
            [("332627", "331021", new YearMonth(1994, 12)), ("331021", "331083", new YearMonth(2017, 8))],
            trace.Steps.Select(s => (s.OldCode.ToString(), s.NewCode.ToString(), s.From)));
        Assert.True(trace.IsComplete);

        // Before 2017-08 the chain stops at 玉环县 331021.
        SuccessionTrace in2016 = AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("332627"), new LocalDate(2016, 1, 1));
        Assert.Equal("331021", Assert.Single(in2016.Divisions).Id);
        Assert.Single(in2016.Steps);
    }

    [Fact]
    public void SuccessorsAsOf_ASplit_GivesEveryPart()
    {
        // 黄岩市 332603 was split in 1994 into 黄岩区 331003 and 路桥区 331004.
        SuccessionTrace trace = AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("332603"), new LocalDate(2020, 1, 1));
        Assert.Equal(["331003", "331004"], trace.Divisions.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Contains(trace.Steps, s => s.Basis == SuccessionBasis.Split);
    }

    [Fact]
    public void SuccessorsAsOf_ACodeStillListed_GivesItself()
    {
        SuccessionTrace trace = AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("331000"), new LocalDate(2020, 1, 1));
        Assert.Equal("331000", Assert.Single(trace.Divisions).Id);
        Assert.Empty(trace.Steps);
        Assert.True(trace.IsComplete);
    }

    [Fact]
    public void SuccessorsAsOf_Rejects_UnknownCodesAndEarlyDates()
    {
        Assert.Contains("999999", Assert.Throws<KeyNotFoundException>(
            () => AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("999999"), new LocalDate(2020, 1, 1))).Message, StringComparison.Ordinal);
        ArgumentException early = Assert.Throws<ArgumentException>(
            () => AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("331083"), new LocalDate(2016, 1, 1)));
        Assert.Equal("date", early.ParamName);
        Assert.Contains("2017-08", early.Message, StringComparison.Ordinal);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(
            () => AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("331000"), new LocalDate(1980, 11, 30))).ParamName);
    }

    [Fact]
    public void AsOf_EveryMonth1980To2019_BuildsAndNestsByCode()
    {
        for (var month = new YearMonth(1980, 12); month <= new YearMonth(2019, 4); month = month.PlusMonths(1))
        {
            RegionHierarchy regions = AdministrativeDivisions.AsOf(month);
            Assert.True(regions.Count > 2800, $"{month}: {regions.Count}");
            foreach (Region region in regions.Regions)
            {
                Assert.Equal(region.Id, region.Code.ToString());
                Region? parent = regions.Parent(region.Id);
                switch (region.Level)
                {
                    case RegionLevel.Province:
                        Assert.Null(parent);
                        break;
                    case RegionLevel.Prefecture:
                        Assert.Equal(region.Code.Province, parent!.Code);
                        break;
                    default:
                        Assert.Equal(RegionLevel.County, region.Level);
                        Assert.True(parent!.Code == region.Code.Prefecture || parent.Code == region.Code.Province, region.ToString());
                        break;
                }
            }
        }
    }

    [Fact]
    public void AsOf_2019_04_Has3219Divisions_AndLaterDatesGetTheNewestList()
    {
        RegionHierarchy newest = AdministrativeDivisions.AsOf(new YearMonth(2019, 4));
        Assert.Equal(3219, newest.Count);
        Assert.Equal(34, newest.Roots.Count());
        Assert.Same(newest, AdministrativeDivisions.AsOf(new LocalDate(2030, 1, 1)));
        Assert.Same(newest, AdministrativeDivisions.AsOf(new YearMonth(2019, 5)));
        Assert.NotSame(newest, AdministrativeDivisions.AsOf(new YearMonth(2019, 3)));
        Assert.Same(AdministrativeDivisions.AsOf(new YearMonth(2018, 1)), AdministrativeDivisions.AsOf(new YearMonth(2019, 3)));
    }

    [Fact]
    public void AsOf_Between2011And2013_UsesThe2011List()
    {
        // 2012 has no list.
        Assert.Same(AdministrativeDivisions.AsOf(new YearMonth(2011, 12)), AdministrativeDivisions.AsOf(new LocalDate(2013, 11, 30)));
        Assert.NotSame(AdministrativeDivisions.AsOf(new YearMonth(2011, 12)), AdministrativeDivisions.AsOf(new LocalDate(2013, 12, 1)));
    }

    [Fact]
    public void AsOf_Before1980_12_Throws()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => AdministrativeDivisions.AsOf(new LocalDate(1980, 11, 30)));
        Assert.Equal("date", e.ParamName);
        Assert.Contains("1980-12", e.Message, StringComparison.Ordinal);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => AdministrativeDivisions.AsOf(new YearMonth(1970, 1))).ParamName);
        Assert.NotNull(AdministrativeDivisions.AsOf(new LocalDate(1980, 12, 1)));
        Assert.False(AdministrativeDivisions.TryFind(RegionCode.Parse("330000"), new LocalDate(1980, 11, 30), out Region? none));
        Assert.Null(none);
    }

    [Fact]
    public void AsOf_OtherCalendars_AreReadAsIsoDates_AndNonIsoMonthsRejected()
    {
        LocalDate julian = new LocalDate(2017, 8, 1).WithCalendar(CalendarSystem.Julian);
        Assert.Same(AdministrativeDivisions.AsOf(new YearMonth(2017, 8)), AdministrativeDivisions.AsOf(julian));
        Assert.Equal("month", Assert.Throws<ArgumentException>(
            () => AdministrativeDivisions.AsOf(new YearMonth(2017, 8, CalendarSystem.Julian))).ParamName);
    }

    [Fact]
    public void Find_NamesTheCodeAndTheList()
    {
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => AdministrativeDivisions.Find(RegionCode.Parse("331083"), new LocalDate(2016, 3, 15)));
        Assert.Contains("331083", e.Message, StringComparison.Ordinal);
        Assert.Contains("2016-03", e.Message, StringComparison.Ordinal);
        Assert.False(AdministrativeDivisions.TryFind(RegionCode.None, new LocalDate(2016, 3, 15), out _));
    }

    [Fact]
    public void History_ShowsRenamesAndReuse()
    {
        // 330402: one unit, renamed 秀城区 → 南湖区 (no successor row).
        Assert.Equal(["城区", "秀城区", "南湖区"], AdministrativeDivisions.History(RegionCode.Parse("330402")).Select(r => r.Name));
        Assert.Empty(AdministrativeDivisions.Successors(RegionCode.Parse("330402")));

        // 330303: 西城区 1980-1982, then another unit, 龙湾区, from 1984.
        IReadOnlyList<Region> history = AdministrativeDivisions.History(RegionCode.Parse("330303"));
        Assert.Equal(
            [("西城区", new YearMonth(1980, 12), (YearMonth?)new YearMonth(1982, 12)), ("龙湾区", new YearMonth(1984, 12), null)],
            history.Select(r => (r.Name, r.ValidFrom!.Value, r.ValidTo)));
        RegionSuccession row = Assert.Single(AdministrativeDivisions.Successors(RegionCode.Parse("330303")));
        Assert.Equal("西城区", row.Retired.Name);
        Assert.Equal(RegionCode.Parse("330302"), row.NewCode);
        Assert.Equal(new YearMonth(1983, 12), row.From);
        Assert.Equal(SuccessionBasis.MergedInto, row.Basis);

        Assert.Empty(AdministrativeDivisions.History(RegionCode.Parse("999999")));
        Assert.Empty(AdministrativeDivisions.History(RegionCode.None));
    }

    [Fact]
    public void SuccessorsAsOf_AReusedCode_StartsFromTheListingOfTheDate()
    {
        // In 1983 330303 is no longer listed: its last listing, 西城区, went into 330302 (鹿城区 from 1984-12).
        SuccessionTrace in1983 = AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("330303"), new LocalDate(1983, 12, 31));
        Assert.Equal("西城区", in1983.Start.Name);
        Assert.Equal("330302", Assert.Single(in1983.Divisions).Id);

        // From 1984-12 the code stands for 龙湾区.
        SuccessionTrace now = AdministrativeDivisions.SuccessorsAsOf(RegionCode.Parse("330303"), new LocalDate(2020, 1, 1));
        Assert.Equal("龙湾区", now.Start.Name);
        Assert.Equal("330303", Assert.Single(now.Divisions).Id);
    }

    /// <summary>
    /// Codes are re-used: a code that stopped being listed was later listed again for another unit. The README names the
    /// 1980s cases; the data also has later ones, pinned here and listed in docs/regions.md.
    /// </summary>
    [Fact]
    public void ReusedCodes_AreTheDocumentedOnes()
    {
        var lists = Gb2260Source.ListMonths.ToList();
        var reused = new List<(string Code, string Name, string From)>();
        foreach (IGrouping<string, Gb2260Source.CodeRow> rows in Gb2260Source.Codes.GroupBy(r => r.Code))
        {
            foreach ((Gb2260Source.CodeRow before, Gb2260Source.CodeRow after) in rows.Zip(rows.Skip(1)))
            {
                if (lists.IndexOf(after.ValidFrom) != lists.IndexOf(before.ValidTo!) + 1)
                {
                    reused.Add((after.Code, after.Name, after.ValidFrom));
                }
            }
        }

        Assert.Equal(39, reused.Count);
        Assert.Equal(28, reused.Count(r => string.CompareOrdinal(r.From, "1995-12") < 0));
        Assert.Equal(
            [
                ("330502", "吴兴区", "2003-12"), ("419001", "济源市", "1997-12"), ("421024", "江陵县", "1998-12"), ("440511", "金平区", "2003-12"),
                ("450107", "西乡塘区", "2004-12"), ("450206", "柳江区", "2016-12"), ("469025", "白沙黎族自治县", "2003-12"),
                ("469026", "昌江黎族自治县", "2003-12"), ("469027", "乐东黎族自治县", "2003-12"),
                ("469028", "陵水黎族自治县", "2003-12"), ("610304", "陈仓区", "2003-12"),
            ],
            reused.Where(r => string.CompareOrdinal(r.From, "1995-12") >= 0));

        // The API keeps them apart: each listing is its own entry of History, and a date picks one.
        Assert.Equal(["义马市", "济源市"], AdministrativeDivisions.History(RegionCode.Parse("419001")).Select(r => r.Name));
        Assert.Equal("义马市", AdministrativeDivisions.Find(RegionCode.Parse("419001"), new LocalDate(1990, 12, 31)).Name);
        Assert.Equal("济源市", AdministrativeDivisions.Find(RegionCode.Parse("419001"), new LocalDate(2000, 1, 1)).Name);
    }

    [Fact]
    public void Names_InTraditionalCharactersAndEnglish_ForTaizhou()
    {
        RegionHierarchy regions = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));
        Assert.Equal(
            ["臺州市", "椒江區", "黃巖區", "路橋區", "三門縣", "天台縣", "仙居縣", "溫嶺市", "臨海市", "玉環市"],
            regions.Subtree("331000").Regions.Select(r => r.NameIn(ExplainLanguage.ZhHant)));
        Assert.Equal(
            ["Taizhou", "Jiaojiang", "Huangyan", "Luqiao", "Sanmen", "Tiantai", "Xianju", "Wenling", "Linhai", "Yuhuan"],
            regions.Subtree("331000").Regions.Select(r => r.NameIn(ExplainLanguage.English)));
        Assert.Equal("Zhejiang", regions["330000"].EnglishName);
        Assert.Null(regions["330000"].TraditionalName);
        Assert.Equal("臺灣省", regions["710000"].TraditionalName);
        Assert.Equal("Hong Kong", regions["810000"].EnglishName);
        Assert.Equal("澳門特別行政區", regions["820000"].NameIn(ExplainLanguage.ZhHant));

        // Where no other name is known, the simplified one stands in.
        Assert.Null(regions["330102"].EnglishName);
        Assert.Equal("上城区", regions["330102"].NameIn(ExplainLanguage.English));
    }

    [Fact]
    public void Taizhou_WithCityLevel_HasTenPartsOutOfTheBox()
    {
        RegionHierarchy regions = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10)).WithCityLevel("331000");
        Assert.Equal([.. TaizhouCounties2020, "331000-city-level"], regions.Children("331000").Select(r => r.Id));
        Region cityLevel = regions["331000-city-level"];
        Assert.Equal(RegionLevel.CityLevel, cityLevel.Level);
        Assert.Equal("台州市本级", cityLevel.Name);
        Assert.Equal("臺州市本級", cityLevel.NameIn(ExplainLanguage.ZhHant));
        Assert.Equal("Taizhou (city level)", cityLevel.NameIn(ExplainLanguage.English));
        Assert.Equal(10, regions.Leaves("331000").Count);
        Assert.True(regions.IsUnder("331000-city-level", "330000"));

        // The built-in hierarchy itself is unchanged, and only cities have a city level.
        Assert.False(AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10)).Contains("331000-city-level"));
        Assert.Equal("city", Assert.Throws<ArgumentException>(() => regions.WithCityLevel("331002")).ParamName);
        Assert.Throws<ArgumentException>(() => regions.WithCityLevel("330000"));
        Assert.Throws<KeyNotFoundException>(() => regions.WithCityLevel("331099"));
    }

    [Fact]
    public void AsOf_FromManyThreads_GivesOneHierarchyPerList()
    {
        YearMonth[] months = Enumerable.Range(0, 2000).Select(i => new YearMonth(1980, 12).PlusMonths(i % 461)).ToArray();
        var seen = new RegionHierarchy[months.Length];
        System.Threading.Tasks.Parallel.For(0, months.Length, i => seen[i] = AdministrativeDivisions.AsOf(months[i]));
        for (int i = 0; i < months.Length; i++)
        {
            Assert.Same(AdministrativeDivisions.AsOf(months[i]), seen[i]);
        }

        Assert.Equal(72, seen.Distinct().Count());
    }

    [Fact]
    public void AsOf_KeepsADivisionAfterItsLastListUntilTheNextList()
    {
        // 110103 崇文区 is last listed in 2009-12; the next list is 2010-12.
        Region chongwen = AdministrativeDivisions.Find(RegionCode.Parse("110103"), new LocalDate(2010, 11, 30));
        Assert.Equal(new YearMonth(2009, 12), chongwen.ValidTo);
        Assert.False(chongwen.IsListedIn(new YearMonth(2010, 11)));
        Assert.False(AdministrativeDivisions.TryFind(RegionCode.Parse("110103"), new LocalDate(2010, 12, 1), out _));
    }
}
