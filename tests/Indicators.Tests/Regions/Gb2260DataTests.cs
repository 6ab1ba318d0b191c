using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Indicators.Regions;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Regions;

/// <summary>The embedded list says exactly what data/gb2260/*.tsv say, and has the sizes the README gives.</summary>
public class Gb2260DataTests
{
    private static readonly string[] Bases =
    [
        "auto:same-name-same-prefecture", "auto:same-name-same-province", "auto:same-stem-same-prefecture",
        "auto:same-stem-same-province", "manual:replaced-by", "manual:merged-into", "manual:split",
    ];

    [Fact]
    public void Sources_HaveTheReadmesCounts()
    {
        Assert.Equal(6879, Gb2260Source.Codes.Length);
        Assert.Equal(6576, Gb2260Source.Codes.Select(r => r.Code).Distinct().Count());
        Assert.Equal(3219, Gb2260Source.Codes.Count(r => r.ValidTo is null));
        Assert.Equal(2796, Gb2260Source.Successors.Length);
        Assert.Equal(155, Gb2260Source.Successors.Count(s => s.OldCode.StartsWith("33", StringComparison.Ordinal)));
        Assert.Equal(72, Gb2260Source.ListMonths.Count);
    }

    [Fact]
    public void ListMonths_AreTheReadmes72Lists()
    {
        Assert.Equal(Gb2260Source.ListMonths, AdministrativeDivisions.ListMonths.Select(Text));
        Assert.Equal(new YearMonth(2019, 4), AdministrativeDivisions.NewestListMonth);

        // Every month in the data is the month of a list.
        IEnumerable<string> used = Gb2260Source.Codes.SelectMany(r => new[] { r.ValidFrom, r.ValidTo }).OfType<string>()
            .Concat(Gb2260Source.Successors.Select(s => s.From));
        Assert.Empty(used.Except(Gb2260Source.ListMonths));
    }

    [Fact]
    public void History_OfEveryCode_IsItsRowsOfCodesTsv()
    {
        var names = Gb2260Source.Names.ToDictionary(n => (n.Code, n.Name));
        foreach (IGrouping<string, Gb2260Source.CodeRow> rows in Gb2260Source.Codes.GroupBy(r => r.Code))
        {
            IReadOnlyList<Region> history = AdministrativeDivisions.History(RegionCode.Parse(rows.Key));
            Assert.Equal(rows.Count(), history.Count);
            foreach ((Gb2260Source.CodeRow row, Region region) in rows.Zip(history))
            {
                Assert.Equal(row.Code, region.Id);
                Assert.Equal(row.Code, region.Code.ToString());
                Assert.Equal(row.Name, region.Name);
                Assert.Equal(row.Level, region.Level.ToString().ToLowerInvariant());
                Assert.Equal(row.Parent, region.ParentId ?? "");
                Assert.Equal(row.ValidFrom, Text(region.ValidFrom!.Value));
                Assert.Equal(row.ValidTo, region.ValidTo is { } to ? Text(to) : null);
                names.TryGetValue((row.Code, row.Name), out Gb2260Source.NameRow? other);
                Assert.Equal(other?.Hant, region.TraditionalName);
                Assert.Equal(other?.English, region.EnglishName);
            }
        }
    }

    [Fact]
    public void Successors_OfEveryCode_AreItsRowsOfSuccessorsTsv()
    {
        var actual = Gb2260Source.Codes.Select(r => r.Code).Distinct()
            .SelectMany(c => AdministrativeDivisions.Successors(RegionCode.Parse(c)))
            .Select(s => (s.OldCode.ToString(), s.NewCode.ToString(), Text(s.From), Bases[(int)s.Basis]))
            .ToList();
        Assert.Equal(Gb2260Source.Successors.Select(s => (s.OldCode, s.NewCode, s.From, s.Basis)), actual);
    }

    [Fact]
    public void Successors_BelongToTheListingThatEndsInTheListBefore()
    {
        foreach (Gb2260Source.SuccessorRow row in Gb2260Source.Successors)
        {
            string before = Gb2260Source.ListMonths[Gb2260Source.ListMonths.ToList().IndexOf(row.From) - 1];
            Gb2260Source.CodeRow retired = Assert.Single(Gb2260Source.Codes, r => r.Code == row.OldCode && r.ValidTo == before);
            Gb2260Source.CodeRow successor = Assert.Single(Gb2260Source.Codes, r => r.Code == row.NewCode && Gb2260Source.IsListedIn(r, row.From));
            RegionSuccession succession = Assert.Single(
                AdministrativeDivisions.Successors(RegionCode.Parse(row.OldCode)),
                s => s.NewCode.ToString() == row.NewCode && Text(s.From) == row.From);
            Assert.Equal(retired.Name, succession.Retired.Name);
            Assert.Equal(before, Text(succession.Retired.ValidTo!.Value));
            Assert.Equal(successor.Name, succession.Successor.Name);
            Assert.Equal(row.Basis.StartsWith("manual:", StringComparison.Ordinal), succession.IsCheckedByHand);
        }
    }

    [Fact]
    public void NamesTsv_CoversTheProvincesZhejiangsPrefecturesAndTaizhousCounties()
    {
        Assert.Equal(34, Gb2260Source.Names.Count(n => n.Code.EndsWith("0000", StringComparison.Ordinal)));
        RegionHierarchy now = AdministrativeDivisions.AsOf(new YearMonth(2019, 4));
        Assert.All(now.Roots, p => Assert.NotNull(p.EnglishName));
        Assert.All(now.Children("330000"), p => Assert.NotNull(p.EnglishName));
        Assert.All(now.Children("331000"), c => Assert.NotNull(c.EnglishName));
        Assert.All(now.Children("331000"), c => Assert.NotNull(c.TraditionalName));
    }

    private static string Text(YearMonth month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
