using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using Indicators.Regions;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Regions;

/// <summary>The hierarchy at any date is exactly the rows of codes.tsv in force then; traces end in force.</summary>
public class AdministrativeDivisionsProperties
{
    [Property(Arbitrary = [typeof(RegionArbitraries)], MaxTest = 200)]
    public void AsOf_IsTheRowsOfTheNewestListAtOrBeforeTheDate(ListDate date)
    {
        string list = Gb2260Source.ListFor(Month(date.Date));
        var expected = Gb2260Source.Codes.Where(r => Gb2260Source.IsListedIn(r, list)).ToList();
        RegionHierarchy hierarchy = AdministrativeDivisions.AsOf(date.Date);
        Assert.Equal(expected.Select(r => r.Code), hierarchy.Regions.Select(r => r.Id));
        var listed = expected.Select(r => r.Code).ToHashSet();
        foreach ((Gb2260Source.CodeRow row, Region region) in expected.Zip(hierarchy.Regions))
        {
            Assert.Equal(row.Name, region.Name);
            string? parent = row.Parent.Length == 0 ? null : listed.Contains(row.Parent) ? row.Parent : row.Code[..2] + "0000";
            Assert.Equal(parent, region.ParentId);
        }

        Assert.Same(hierarchy, AdministrativeDivisions.AsOf(new YearMonth(date.Date.Year, date.Date.Month)));
    }

    [Property(Arbitrary = [typeof(RegionArbitraries)], MaxTest = 300)]
    public void FindAndTryFind_AgreeWithAsOf(CodeListing listing, ListDate date)
    {
        RegionCode code = RegionCode.Parse(listing.Row.Code);
        RegionHierarchy hierarchy = AdministrativeDivisions.AsOf(date.Date);
        bool listed = hierarchy.TryGet(listing.Row.Code, out Region? expected);
        Assert.Equal(listed, AdministrativeDivisions.TryFind(code, date.Date, out Region? found));
        Assert.Same(expected, found);
        if (listed)
        {
            Assert.Same(expected, AdministrativeDivisions.Find(code, date.Date));
        }
        else
        {
            Assert.Contains(listing.Row.Code, Assert.Throws<KeyNotFoundException>(() => AdministrativeDivisions.Find(code, date.Date)).Message, System.StringComparison.Ordinal);
        }
    }

    [Property(Arbitrary = [typeof(RegionArbitraries)], MaxTest = 300)]
    public void SuccessorsAsOf_EndsInDivisionsInForce(CodeListing listing, ListDate date)
    {
        RegionCode code = RegionCode.Parse(listing.Row.Code);
        LocalDate start = Day(listing.Row.ValidFrom);
        LocalDate asOf = date.Date < start ? start : date.Date;
        SuccessionTrace trace = AdministrativeDivisions.SuccessorsAsOf(code, asOf);
        string list = Gb2260Source.ListFor(Month(asOf));
        Assert.Equal(list, Month(trace.ListMonth.OnDayOfMonth(1)));
        Assert.Equal(listing.Row.Code, trace.Start.Id);
        RegionHierarchy hierarchy = AdministrativeDivisions.AsOf(asOf);
        Assert.All(trace.Divisions, d => Assert.Same(hierarchy[d.Id], d));
        Assert.All(trace.Unresolved, u => Assert.True(string.CompareOrdinal(Month(u.ValidTo!.Value.OnDayOfMonth(1)), list) < 0));
        Assert.Equal(trace.Unresolved.Count == 0, trace.IsComplete);
        Assert.NotEmpty(trace.Divisions.Concat(trace.Unresolved));

        // Every Zhejiang code that stops being listed has successor rows (README), so its traces are complete.
        if (listing.Row.Code.StartsWith("33", System.StringComparison.Ordinal))
        {
            Assert.True(trace.IsComplete, string.Join(", ", trace.Unresolved));
            Assert.All(trace.Divisions, d => Assert.StartsWith("33", d.Id, System.StringComparison.Ordinal));
        }

        // A code still listed gives itself, and only itself.
        if (hierarchy.Contains(listing.Row.Code))
        {
            Assert.Equal(listing.Row.Code, Assert.Single(trace.Divisions).Id);
            Assert.Empty(trace.Steps);
        }
    }

    private static string Month(LocalDate date) => date.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    private static LocalDate Day(string month) =>
        new(int.Parse(month[..4], CultureInfo.InvariantCulture), int.Parse(month[5..], CultureInfo.InvariantCulture), 1);
}
