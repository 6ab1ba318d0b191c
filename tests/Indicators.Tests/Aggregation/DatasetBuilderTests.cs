using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Tests.Support;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// How the builder keeps its observations: a key (indicator, region, period) is taken once whatever the order the
/// observations come in (in key order, where the builder needs no index, or out of it, where it builds one), a refused
/// figure leaves nothing behind, periods that share a start or their days stay apart, and every row reaches the dataset
/// with its value, printing and source, across the builder's chunks of rows.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
public class DatasetBuilderTests
{
    private static readonly string[] Codes = ["persons-a", "persons-b", "money-c"];

    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Create(
    [
        IndicatorDefinition.Persons("persons-a", TemporalNature.Flow, "人数甲"),
        IndicatorDefinition.Persons("persons-b", TemporalNature.Stock, "人数乙"),
        IndicatorDefinition.Money("money-c", TemporalNature.Flow, "金额丙"),
    ]);

    private static readonly string[] RegionIds = ["g0", "g1", "g2", "g3", "g4", "g5", "g6"];

    private static readonly RegionHierarchy Groups = RegionHierarchy.Create(
        RegionIds.Select((id, k) => Region.Defined(id, "组" + k.ToString(System.Globalization.CultureInfo.InvariantCulture), RegionLevel.Group)));

    /// <summary>Periods that share a start, a kind or their days with another: each is a key of its own.</summary>
    private static readonly ReportingPeriod[] Periods =
    [
        ReportingPeriod.Month(2020, 1),
        ReportingPeriod.Month(2020, 2),
        ReportingPeriod.Month(2020, 3),
        ReportingPeriod.Quarter(2020, 1),
        ReportingPeriod.YearToDate(new LocalDate(2020, 1, 31)),
        ReportingPeriod.YearToDate(new LocalDate(2020, 2, 29)),
        ReportingPeriod.Range(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 31)),
        ReportingPeriod.Year(2020),
    ];

    private static int KeyCount => Codes.Length * RegionIds.Length * Periods.Length;

    /// <summary>
    /// Each key drawn (3 indicators × 7 regions × 8 periods) is taken the first time and refused every later time, with
    /// the three named, whether the draws come in key order or not; afterwards the builder and the dataset hold exactly the
    /// first figure of each key drawn.
    /// </summary>
    [Property]
    public void Add_TakesEachKeyOnce_InAnyOrder(uint[] draws, bool sorted)
    {
        int[] keys = Array.ConvertAll(draws, d => (int)(d % (uint)KeyCount));
        if (sorted)
        {
            // In the order the dataset sorts by: indicator, region, then period chronologically.
            keys = [.. keys.OrderBy(k => IndicatorOf(k)).ThenBy(k => RegionOf(k)).ThenBy(k => PeriodOf(k), ReportingPeriod.ChronologicalComparer)];
        }

        var builder = new DatasetBuilder(Catalog, Groups);
        var first = new Dictionary<int, long>();
        for (int n = 0; n < keys.Length; n++)
        {
            int key = keys[n];
            long value = n;
            if (first.TryAdd(key, value))
            {
                AddFigure(builder, key, value);
            }
            else
            {
                var ex = Assert.Throws<ArgumentException>(() => AddFigure(builder, key, value));
                Assert.Equal("period", ex.ParamName);
                Assert.Contains($"\"{Codes[IndicatorOf(key)]}\"", ex.Message, StringComparison.Ordinal);
                Assert.Contains(RegionIds[RegionOf(key)], ex.Message, StringComparison.Ordinal);
                Assert.Contains(PeriodOf(key).ToString(), ex.Message, StringComparison.Ordinal);
            }

            Assert.Equal(first.Count, builder.Count);
        }

        for (int key = 0; key < KeyCount; key++)
        {
            Assert.Equal(first.ContainsKey(key), builder.HasFigure(Codes[IndicatorOf(key)], RegionIds[RegionOf(key)], PeriodOf(key)));
        }

        Dataset dataset = builder.Build();
        Assert.Equal(first.Count, dataset.Count);
        foreach ((int key, long value) in first)
        {
            Observation found = dataset.Find(Codes[IndicatorOf(key)], RegionIds[RegionOf(key)], PeriodOf(key));
            Assert.Equal(value, found.RawValue);
        }

        Assert.Equal(first.Keys.Select(PeriodOf).Distinct().Order(ReportingPeriod.ChronologicalComparer), dataset.Periods);
    }

    /// <summary>A period read back from its text is the same key; any other period is another key, as Equals says.</summary>
    [Property]
    public void HasFigure_TellsPeriodsApart_AsEqualsDoes(ReportingPeriod a, ReportingPeriod b)
    {
        var builder = new DatasetBuilder(Catalog, Groups).Add("persons-a", "g0", a, "1人");
        Assert.True(builder.HasFigure("persons-a", "g0", ReportingPeriod.Parse(a.ToString())));
        Assert.Equal(a.Equals(b), builder.HasFigure("persons-a", "g0", b));
        if (!a.Equals(b))
        {
            builder.Add("persons-a", "g0", b, "2人");
            Assert.Equal(2, builder.Count);
        }
        else
        {
            Assert.Throws<ArgumentException>(() => builder.Add("persons-a", "g0", b, "2人"));
        }
    }

    [Fact]
    public void Add_TheSameKeyTwiceInARow_IsRefused_AndTheBuilderGoesOn()
    {
        var january = ReportingPeriod.Month(2020, 1);
        var builder = new DatasetBuilder(Catalog, Groups).Add("persons-a", "g0", january, "1人");
        var ex = Assert.Throws<ArgumentException>(() => builder.Add("persons-a", "g0", january, PublishedFigure.Parse<Headcount>("2人")));
        Assert.Equal("The dataset already has a figure of \"persons-a\" for g0 组0 in 2020-01.", ex.Message[..ex.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]);
        builder.Add("persons-a", "g0", ReportingPeriod.Month(2020, 2), "3人");
        Assert.Equal(2, builder.Count);
        Assert.Equal(1, builder.Build().Find("persons-a", "g0", january).RawValue);
    }

    [Fact]
    public void Add_OfADuplicate_OfTheWrongQuantity_IsRefusedAsADuplicate()
    {
        var january = ReportingPeriod.Month(2020, 1);
        var builder = new DatasetBuilder(Catalog, Groups).Add("persons-a", "g0", january, "1人");
        var ex = Assert.Throws<ArgumentException>(() => builder.Add("persons-a", "g0", january, PublishedFigure.Parse<Money>("1元")));
        Assert.Equal("period", ex.ParamName);
    }

    [Fact]
    public void Add_Refused_LeavesNoPeriodBehind()
    {
        var builder = new DatasetBuilder(Catalog, Groups).Add("persons-a", "g0", ReportingPeriod.Month(2020, 1), "1人");
        var march = ReportingPeriod.Month(2020, 3);
        Assert.Throws<ArgumentException>(() => builder.Add("persons-a", "g0", march, PublishedFigure.Parse<Money>("1元")));
        Assert.Throws<ArgumentException>(() => builder.Add("persons-a", "g0", march, PublishedRate.Parse("1.5%")));
        Assert.Throws<FormatException>(() => builder.Add("persons-a", "g0", march, "1家"));
        Assert.False(builder.HasFigure("persons-a", "g0", march));
        Dataset dataset = builder.Build();
        Assert.Equal([ReportingPeriod.Month(2020, 1)], dataset.Periods);
        Assert.Equal(1, dataset.Count);
    }

    [Fact]
    public void Build_ThenAddMore_BuildsBothDatasets()
    {
        var builder = new DatasetBuilder(Catalog, Groups).Add("persons-a", "g1", ReportingPeriod.Month(2020, 2), "2人");
        Dataset one = builder.Build();
        builder.Add("persons-a", "g0", ReportingPeriod.Month(2020, 1), "1人"); // out of key order: the builder indexes its rows
        Assert.Throws<ArgumentException>(() => builder.Add("persons-a", "g1", ReportingPeriod.Month(2020, 2), "5人"));
        Dataset two = builder.Build();
        Assert.Equal(1, one.Count);
        Assert.Equal(2, two.Count);
        Assert.Equal(2, two.Find("persons-a", "g1", ReportingPeriod.Month(2020, 2)).RawValue);
        Assert.Equal(1, two.Find("persons-a", "g0", ReportingPeriod.Month(2020, 1)).RawValue);
    }

    /// <summary>Past the first chunk of 65 536 rows and the index's growth: 120 000 figures in key order, then again
    /// in a scrambled order, each with its value, printing and (every 1 000th) a source note.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ManyRows_ReachTheDataset_WithTheirValuesPrintingsAndSources(bool scrambled)
    {
        string[] regionIds = [.. Enumerable.Range(0, 10_000).Select(k => "t" + k.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        RegionHierarchy towns = RegionHierarchy.Create(regionIds.Select(id => Region.Defined(id, "镇", RegionLevel.Group)));
        var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2020, m)).ToArray();
        const int n = 120_000;
        int[] order = [.. Enumerable.Range(0, n)];
        if (scrambled)
        {
            // A fixed permutation: row k goes to place (k × 7 919) mod n (7 919 is prime and does not divide n).
            order = [.. Enumerable.Range(0, n).Select(k => (int)((long)k * 7919 % n))];
        }

        var builder = new DatasetBuilder(Catalog, towns);
        foreach (int k in order)
        {
            string? source = k % 1000 == 0 ? "note " + k.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            var figure = PublishedFigure.Of(Headcount.FromPersons(k * 10L), new DisplayFormat(Scale.One, k % 2 == 0 ? 0 : 1));
            builder.Add("persons-a", regionIds[k / 12], months[k % 12], figure, source);
        }

        Assert.Throws<ArgumentException>(() => builder.Add("persons-a", regionIds[9_999], months[11], "1人"));
        Assert.Throws<ArgumentException>(() => builder.Add("persons-a", regionIds[5_461], months[4], "1人"));
        Dataset dataset = builder.Build();
        Assert.Equal(n, dataset.Count);
        foreach (int k in new[] { 0, 1, 65_535, 65_536, 65_537, 99_999, n - 1 })
        {
            Observation o = dataset.Find("persons-a", regionIds[k / 12], months[k % 12]);
            Assert.Equal(k * 10L, o.RawValue);
            Assert.Equal(k % 2 == 0 ? 0 : 1, o.Precision.Decimals);
            Assert.Equal(k % 1000 == 0 ? "note " + k.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, o.Source);
        }
    }

    /// <summary>One indicator and one region with 3 000 periods (single days), given latest first: the index then holds
    /// many keys that differ in their period alone, and must still tell each from the others.</summary>
    [Fact]
    public void ManyPeriods_OfOneRegion_OutOfOrder_AreEachAKeyOfTheirOwn()
    {
        var start = new LocalDate(2015, 1, 1);
        ReportingPeriod Day(int d) => ReportingPeriod.Range(start.PlusDays(d), start.PlusDays(d));
        var builder = new DatasetBuilder(Catalog, Groups);
        for (int d = 2_999; d >= 0; d--)
        {
            builder.Add("persons-a", "g0", Day(d), PublishedFigure.Of(Headcount.FromPersons(d), new DisplayFormat(Scale.One, 0)));
        }

        Assert.Equal(3_000, builder.Count);
        Assert.True(builder.HasFigure("persons-a", "g0", Day(1_234)));
        Assert.False(builder.HasFigure("persons-a", "g0", Day(3_000)));
        Assert.False(builder.HasFigure("persons-a", "g1", Day(1_234)));
        Assert.Throws<ArgumentException>(() => builder.Add("persons-a", "g0", Day(2_345), "1人"));
        Dataset dataset = builder.Build();
        Assert.Equal(1_234, dataset.Find("persons-a", "g0", Day(1_234)).RawValue);
        Assert.Equal(3_000, dataset.Periods.Count);
    }

    private static int IndicatorOf(int key) => key % Codes.Length;

    private static int RegionOf(int key) => key / Codes.Length % RegionIds.Length;

    private static ReportingPeriod PeriodOf(int key) => Periods[key / Codes.Length / RegionIds.Length];

    private static void AddFigure(DatasetBuilder builder, int key, long value)
    {
        string indicator = Codes[IndicatorOf(key)];
        if (indicator == "money-c")
        {
            builder.Add(indicator, RegionIds[RegionOf(key)], PeriodOf(key), PublishedFigure.Of(Money.FromFen(value), new DisplayFormat(Scale.One, 2)));
        }
        else
        {
            builder.Add(indicator, RegionIds[RegionOf(key)], PeriodOf(key), PublishedFigure.Of(Headcount.FromPersons(value), new DisplayFormat(Scale.One, 0)));
        }
    }
}
