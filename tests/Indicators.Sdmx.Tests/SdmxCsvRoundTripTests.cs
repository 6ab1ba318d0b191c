using System.Linq;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Sdmx.Tests.Support;
using Indicators.Tests.Support;

namespace Indicators.Sdmx.Tests;

/// <summary>Export then import gives back every observation (indicator, region, period, value, precision, qualifier,
/// status and source note), and the dataset's title, source, regions' date, targets, completion rates and derived figures.</summary>
[Properties(Arbitrary = [typeof(SdmxGenerators)], MaxTest = 300)]
public class SdmxCsvRoundTripTests
{
    [Property]
    public bool WriteThenRead_GivesEveryObservationBack(GeneratedDataset generated)
    {
        Dataset original = generated.Dataset;
        string csv = SdmxCsv.ToCsv(original);
        SdmxCsvImport read = SdmxCsv.Read(csv, original.Catalog, original.Regions);
        return read.Dataset.Observations.SequenceEqual(original.Observations)
            && read.MissingValues.Count == 0 && read.Deletions.Count == 0 && read.UnknownColumns.Count == 0 && read.Replaced == 0;
    }

    [Property]
    public bool WriteThenRead_GivesTheTitleSourceRegionsDateTargetsCompletionRatesAndDerivationsBack(GeneratedDataset generated)
    {
        Dataset original = generated.Dataset;
        Dataset back = SdmxCsv.Read(SdmxCsv.ToCsv(original), original.Catalog, original.Regions).Dataset;
        return back.Title == original.Title && back.Source == original.Source && back.RegionsAsOf == original.RegionsAsOf
            && back.Targets.SequenceEqual(original.Targets) && back.Derivations.SequenceEqual(original.Derivations)
            && original.Observations.All(o =>
                original.TryFindCompletionRate(o.Indicator.Code, o.Region.Id, o.Period, out Reporting.PublishedRate rate)
                    == back.TryFindCompletionRate(o.Indicator.Code, o.Region.Id, o.Period, out Reporting.PublishedRate backRate)
                && rate == backRate);
    }

    [Property(MaxTest = 60)]
    public bool SemicolonSeparated_UnderEveryCulture_GivesEveryObservationBack(GeneratedDataset generated)
    {
        Dataset original = generated.Dataset;
        return Cultures.Current.All(culture => Cultures.With(culture, () =>
        {
            string csv = SdmxCsv.ToCsv(original, new SdmxCsvOptions { Separator = ';' });
            return SdmxCsv.Read(csv, original.Catalog, original.Regions).Dataset.Observations.SequenceEqual(original.Observations);
        }));
    }

    [Property]
    public bool Export_CountsItsRows(GeneratedDataset generated)
    {
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(generated.Dataset, writer);
        string[] lines = writer.ToString().Split("\r\n");
        Dataset d = generated.Dataset;
        bool content = d.Title is not null || d.Source is not null || d.RegionsAsOf is not null || d.Targets.Count > 0 || d.Derivations.Count > 0
            || d.Observations.Any(o => d.TryFindCompletionRate(o.Indicator.Code, o.Region.Id, o.Period, out _));
        return export.Observations == d.Count && lines[^1].Length == 0
            && lines[0] == "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS"
                + (content ? ",TOLERANCE,INFERRED,DERIVATION,DERIVED_FROM,NAME,NAME_ZH_HANT,NAME_EN,TITLE,SOURCE_DETAIL,REGIONS_AS_OF" : string.Empty);
    }
}
