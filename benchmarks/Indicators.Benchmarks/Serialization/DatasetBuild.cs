using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Indicators.Aggregation;
using Indicators.Benchmarks.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Benchmarks.Serialization;

/// <summary>
/// Building the roll-up data set (<see cref="RollupData"/>, 10 000 000 observations unless
/// <see cref="RollupData.SizeVariable"/> says otherwise) through <see cref="DatasetBuilder"/>: the observations added
/// (figures given as values, as the roll-up benchmarks do, and as printed text, as <c>DatasetJson.Read</c> does), and
/// added then built. Build's share is the difference. <see cref="AddPrepared"/> adds figures made beforehand (a pool of
/// 4 096, so that 10 million need not be held), which leaves the builder's own cost: in the others, making each
/// <see cref="PublishedFigure{T}"/> (<c>PublishedFigure.Of</c>, or the parse of its text) is part of the time.
/// </summary>
[MemoryDiagnoser]
public class DatasetBuild
{
    private RollupData data = null!;
    private IndicatorCatalog catalog = null!;
    private RegionHierarchy hierarchy = null!;
    private string[] codes = [];
    private string[] towns = [];
    private string[] texts = [];
    private ReportingPeriod[] months = [];
    private PublishedFigure<Headcount>[] prepared = [];

    /// <summary>Number of observations: 10 000 000 unless <see cref="RollupData.SizeVariable"/> says otherwise.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Observations { get; set; }

    public static IEnumerable<int> Sizes() => [RollupData.RequestedObservations()];

    [GlobalSetup]
    public void Setup()
    {
        data = RollupData.Create(Observations);
        // The regions and indicators of RollupData.BuildDataset.
        var regions = new List<Region>(RollupData.Provinces + RollupData.Cities + RollupData.Counties + data.Towns);
        for (int p = 0; p < RollupData.Provinces; p++)
        {
            regions.Add(Region.Division(RegionCode.Parse(RollupData.ProvinceId(p)), "省" + p.ToString(CultureInfo.InvariantCulture), RegionLevel.Province));
        }

        for (int c = 0; c < RollupData.Cities; c++)
        {
            regions.Add(Region.Division(RegionCode.Parse(RollupData.CityId(c)), "市" + c.ToString(CultureInfo.InvariantCulture), RegionLevel.Prefecture, RegionCode.Parse(RollupData.ProvinceId(c % RollupData.Provinces))));
        }

        for (int k = 0; k < RollupData.Counties; k++)
        {
            regions.Add(Region.Division(RegionCode.Parse(RollupData.CountyId(k)), "县" + k.ToString(CultureInfo.InvariantCulture), RegionLevel.County, RegionCode.Parse(RollupData.CityId(k % RollupData.Cities))));
        }

        for (int t = 0; t < data.Towns; t++)
        {
            regions.Add(Region.Defined(RollupData.TownId(t), "镇" + t.ToString(CultureInfo.InvariantCulture), RegionLevel.Group, RollupData.CountyId(t % RollupData.Counties)));
        }

        hierarchy = RegionHierarchy.Create(regions);
        var definitions = new List<IndicatorDefinition>();
        for (int i = 0; i < RollupData.Indicators; i++)
        {
            definitions.Add(IndicatorDefinition.Persons(RollupData.IndicatorCode(i), TemporalNature.Flow, "新增就业" + i.ToString(CultureInfo.InvariantCulture)));
        }

        catalog = IndicatorCatalog.Create(definitions);
        codes = new string[RollupData.Indicators];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = RollupData.IndicatorCode(i);
        }

        towns = new string[data.Towns];
        for (int t = 0; t < towns.Length; t++)
        {
            towns[t] = RollupData.TownId(t);
        }

        months = new ReportingPeriod[RollupData.Months];
        for (int m = 0; m < months.Length; m++)
        {
            months[m] = ReportingPeriod.Month(2020, m + 1);
        }

        prepared = new PublishedFigure<Headcount>[4096];
        var exact = new DisplayFormat(Scale.One, 0);
        for (int k = 0; k < prepared.Length; k++)
        {
            prepared[k] = PublishedFigure.Of(Headcount.FromPersons(data.Values[k % data.Count]), exact);
        }

        texts = new string[data.Count];
        for (int row = 0; row < texts.Length; row++)
        {
            texts[row] = data.Values[row].ToString(CultureInfo.InvariantCulture) + "人";
        }
    }

    [Benchmark(Baseline = true)]
    public DatasetBuilder AddValues()
    {
        var builder = new DatasetBuilder(catalog, hierarchy);
        var exact = new DisplayFormat(Scale.One, 0);
        for (int row = 0; row < data.Count; row++)
        {
            builder.Add(codes[data.IndicatorColumn[row]], towns[data.TownColumn[row]], months[data.MonthColumn[row]], PublishedFigure.Of(Headcount.FromPersons(data.Values[row]), exact));
        }

        return builder;
    }

    [Benchmark]
    public DatasetBuilder AddPrepared()
    {
        var builder = new DatasetBuilder(catalog, hierarchy);
        for (int row = 0; row < data.Count; row++)
        {
            builder.Add(codes[data.IndicatorColumn[row]], towns[data.TownColumn[row]], months[data.MonthColumn[row]], prepared[row & 4095]);
        }

        return builder;
    }

    [Benchmark]
    public int AddPreparedAndBuild() => AddPrepared().Build().Count;

    [Benchmark]
    public int AddValuesAndBuild() => AddValues().Build().Count;

    [Benchmark]
    public DatasetBuilder AddText()
    {
        var builder = new DatasetBuilder(catalog, hierarchy);
        for (int row = 0; row < data.Count; row++)
        {
            builder.Add(codes[data.IndicatorColumn[row]], towns[data.TownColumn[row]], months[data.MonthColumn[row]], texts[row], null);
        }

        return builder;
    }

    [Benchmark]
    public int AddTextAndBuild() => AddText().Build().Count;
}
