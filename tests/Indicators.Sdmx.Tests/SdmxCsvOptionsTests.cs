using System;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Sdmx.Tests.Support;
using NodaTime;
using Xunit;

namespace Indicators.Sdmx.Tests;

/// <summary>The writer's options, an empty dataset, and what a dataset of our own indicators and regions leaves out.</summary>
public class SdmxCsvOptionsTests
{
    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('|')]
    [InlineData('\t')]
    public void Separator_IsWrittenAfterStructure_AndReadBack(char separator)
    {
        Dataset data = SdmxGenerators.Build(7).Dataset;
        string csv = SdmxCsv.ToCsv(data, new SdmxCsvOptions { Separator = separator, StructureId = "CN_ZJ:DF_X(2.1)" });
        Assert.StartsWith("STRUCTURE" + separator + "STRUCTURE_ID" + separator, csv, StringComparison.Ordinal);
        Assert.Equal(data.Observations, SdmxCsv.Read(csv, data.Catalog, data.Regions).Dataset.Observations);
    }

    [Theory]
    [InlineData('x')]
    [InlineData('"')]
    [InlineData(':')]
    public void OtherSeparators_AreRefused(char separator) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SdmxCsvOptions { Separator = separator });

    [Theory]
    [InlineData("")]
    [InlineData("A,B(1.0)")]
    [InlineData("A:B(1.0): name")]
    public void StructureIdsThatAreNotOne_AreRefused(string id) =>
        Assert.Throws<ArgumentException>(() => new SdmxCsvOptions { StructureId = id });

    [Fact]
    public void EmptyDataset_IsTheHeaderAlone_AndReadsBackEmpty()
    {
        RegionHierarchy regions = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));
        Dataset empty = new DatasetBuilder(IndicatorCatalog.BuiltIn, regions).Build();
        string csv = SdmxCsv.ToCsv(empty);
        Assert.Equal("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS\r\n", csv);
        Assert.Equal(0, SdmxCsv.Read(csv, IndicatorCatalog.BuiltIn, regions).Dataset.Count);
    }

    [Fact]
    public void OwnIndicatorsAndRegions_AreNamedAsNotCarried()
    {
        // The generators' catalog adds 5 + one per predefined unit indicators of its own; its trees are regions of their own.
        Dataset data = SdmxGenerators.Build(7).Dataset;
        using var writer = new System.IO.StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(data, writer);
        Assert.Contains(new SdmxCsvOmission("indicators of the dataset's own catalog (not built in)", 5 + CountUnit.All.Count), export.Omissions);
        SdmxCsvOmission regions = Assert.Single(export.Omissions, o => o.What.StartsWith("regions that are not built-in", StringComparison.Ordinal));
        Assert.Equal(data.Regions.Count, regions.Count); // generated codes and names (110010 区1, …), and groups, are no built-in division
    }
}
