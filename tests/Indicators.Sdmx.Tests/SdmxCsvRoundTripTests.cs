using System.Linq;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Sdmx.Tests.Support;
using Indicators.Tests.Support;

namespace Indicators.Sdmx.Tests;

/// <summary>Export then import gives back every observation: indicator, region, period, value, precision, qualifier,
/// status and source note.</summary>
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
        return export.Observations == generated.Dataset.Count && lines[^1].Length == 0
            && lines[0] == "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS";
    }
}
