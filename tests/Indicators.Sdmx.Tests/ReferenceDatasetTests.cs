using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Serialization;
using nietras.SeparatedValues;
using Xunit;

namespace Indicators.Sdmx.Tests;

/// <summary>
/// The issue's Done-when: the SDMX-CSV of the reference dataset (docs/data/taizhou-2020.json, 71 figures) is read back by
/// our importer and, separately, by Sep alone into plain records; every value, multiplier, period and status matches what
/// the JSON file prints, read here with System.Text.Json and a pattern of our own, not with the library.
/// </summary>
public partial class ReferenceDatasetTests
{
    private static readonly string ReferencePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "taizhou-2020.json");

    private static Dataset Reference => DatasetJson.Read(File.ReadAllText(ReferencePath));

    [Fact]
    public void Export_ReadByOurImporter_GivesEveryObservationBack()
    {
        Dataset reference = Reference;
        string csv = SdmxCsv.ToCsv(reference);
        SdmxCsvImport read = SdmxCsv.Read(csv, IndicatorCatalog.BuiltIn, reference.Regions);
        Assert.Equal(71, read.Dataset.Count);
        Assert.Equal(reference.Observations, read.Dataset.Observations);
        Assert.Empty(read.MissingValues);
        Assert.Empty(read.UnknownColumns);
    }

    [Fact]
    public void Export_ReadByOurImporter_GivesTheTitleSourceRegionsDateTargetsCompletionRatesAndDerivationsBack()
    {
        Dataset reference = Reference;
        Dataset back = SdmxCsv.Read(SdmxCsv.ToCsv(reference), IndicatorCatalog.BuiltIn).Dataset;
        Assert.Equal("台州市稳就业工作新闻发布会（2020-11-10）", back.Title);
        Assert.Equal(reference.Source, back.Source);
        Assert.Equal(new NodaTime.LocalDate(2020, 11, 10), back.RegionsAsOf);
        Assert.Equal(6, back.Targets.Count);
        Assert.Equal(reference.Targets, back.Targets);
        Assert.Equal(5, back.Derivations.Count);
        Assert.Equal(reference.Derivations, back.Derivations);
        int rates = 0;
        foreach (Observation o in reference.Observations)
        {
            bool has = reference.TryFindCompletionRate(o.Indicator.Code, o.Region.Id, o.Period, out Reporting.PublishedRate rate);
            Assert.Equal(has, back.TryFindCompletionRate(o.Indicator.Code, o.Region.Id, o.Period, out Reporting.PublishedRate backRate));
            Assert.Equal(rate, backRate);
            rates += has ? 1 : 0;
        }

        Assert.Equal(5, rates);
        Assert.Equal(DatasetJson.ToJson(reference), DatasetJson.ToJson(back));
    }

    [Fact]
    public void Export_ReadBySepAlone_MatchesTheJsonFileFigureForFigure()
    {
        string csv = SdmxCsv.ToCsv(Reference);
        var records = new List<Dictionary<string, string>>();
        using (SepReader reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(csv))
        {
            foreach (SepReader.Row row in reader)
            {
                var record = new Dictionary<string, string>();
                foreach (string name in reader.Header.ColNames)
                {
                    record[name] = row[name].ToString();
                }

                if (record["STRUCTURE_ID"] == "INDICATORS:DF_INDICATORS(1.0)" && record["INDICATOR"].Length > 0)
                {
                    records.Add(record);
                }
            }
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(ReferencePath));
        var expected = json.RootElement.GetProperty("observations").EnumerateArray().ToList();
        Assert.Equal(71, expected.Count);
        Assert.Equal(expected.Count, records.Count);

        // Same keys, whatever the order: the export is in the dataset's order, the file in the report's.
        foreach (JsonElement observation in expected)
        {
            string indicator = observation.GetProperty("indicator").GetString()!;
            string period = observation.GetProperty("period").GetString()!;
            Dictionary<string, string> record = Assert.Single(records, r => r["INDICATOR"] == indicator && r["TIME_PERIOD"] == period);
            Match figure = Figure().Match(observation.GetProperty("figure").GetString()!);
            Assert.True(figure.Success, observation.GetProperty("figure").GetString());

            Assert.Equal("dataflow", record["STRUCTURE"]);
            Assert.Equal("I", record["ACTION"]);
            Assert.Equal(observation.GetProperty("region").GetString(), record["REF_AREA"]);
            Assert.Equal(figure.Groups["value"].Value, record["OBS_VALUE"]);
            Assert.Equal(figure.Groups["scale"].Value switch { "万" => "4", "亿" => "8", _ => "0" }, record["UNIT_MULT"]);
            Assert.Equal(figure.Groups["forecast"].Success ? "F" : "A", record["OBS_STATUS"]);
            Assert.Equal(
                figure.Groups["about"].Success ? "APPROX" : figure.Groups["below"].Success ? "BELOW" : figure.Groups["span"].Success ? "SPAN" : string.Empty,
                record["OBS_QUALIFIER"]);
            Assert.Equal(Units[figure.Groups["unit"].Value], record["UNIT_MEASURE"]);
            Assert.Equal(observation.GetProperty("source").GetString(), record["COMMENT_OBS"]);
        }
    }

    [Fact]
    public void Export_OfTheReference_WritesTheseRows()
    {
        string[] lines = SdmxCsv.ToCsv(Reference).Split("\r\n");
        Assert.Equal("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS,TOLERANCE,INFERRED,DERIVATION,DERIVED_FROM,NAME,NAME_ZH_HANT,NAME_EN,TITLE,SOURCE_DETAIL,REGIONS_AS_OF", lines[0]);
        Assert.Equal("dataflow,INDICATORS:DF_INDICATORS(1.0),I,,,,,,,,,,,,,,,,,台州市稳就业工作新闻发布会（2020-11-10）,\"Taizhou Human Resources and Social Security Bureau, press conference of 2020-11-10, as reported by Zhejiang Online\",2020-11-10", lines[1]);
        Assert.Contains("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,urban-new-employment,2020-01-01/P10M,14.64,person,4,A,,\"Taizhou HRSS press release 2020-11-10, closing summary\",,,,,,,,,,", lines);
        Assert.Contains("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,registered-urban-unemployment-rate,2020-10,1.38,percent,0,A,,\"Taizhou HRSS press release 2020-11-10, closing summary\",,,,,,,,,,", lines);
        Assert.Contains("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,registered-urban-unemployment-rate,2020,3.5,percent,0,,AT_MOST,,,not printed: Zhejiang's usual ceiling for the registered urban unemployment rate,,,,,,,,", lines);
        Assert.Contains("dataflow,INDICATORS:DF_TARGETS(1.0),I,331000,returning-geese-start-ups,2020,2000,enterprise,0,,AT_LEAST,,,\"not printed: the round target consistent with the printed actual and completion rate (2677家, 133.85%)\",,,,,,,,", lines);
        Assert.Contains("dataflow,INDICATORS:DF_COMPLETION_RATES(1.0),I,331000,rural-employment,2020-01-01/P6M,196.11,percent,0,A,,,,,,,,,,,,", lines);
        Assert.Contains("dataflow,INDICATORS:DF_DERIVATIONS(1.0),I,331000,relief-per-enterprise,2020-01-01/P9M,,,,,,,,,PER_UNIT,five-reductions-relief five-reductions-enterprises,“五减”兑现金额每家受惠企业,「五減」兌現金額每家受惠企業,'Five reductions' relief per enterprise benefiting,,,", lines);
        Assert.Contains(lines, l => l.StartsWith("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,five-reductions-relief,2020-01-01/P9M,147.16,CNY,8,A,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,five-reductions-enterprises,2020-01-01/P9M,115,enterprise,4,A,APPROX,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dataflow,INDICATORS:DF_INDICATORS(1.0),I,331000,labour-cooperation-agreements,2020-01-01/P315D,200,agreement,0,A,BELOW,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",3.8,CNY,8,F,,", StringComparison.Ordinal));
        Assert.Equal(1 + 1 + 71 + 6 + 5 + 5 + 1, lines.Length); // the header, the dataset's row, 71 observations, 6 targets, 5 completion rates, 5 derived figures, and the empty text after the last CRLF
    }

    [Fact]
    public void Export_OfTheReference_LeavesNothingOut()
    {
        using var writer = new StringWriter();
        SdmxCsvExport export = SdmxCsv.Write(Reference, writer);
        Assert.Equal(71, export.Observations);
        Assert.Empty(export.Omissions);
    }

    private static readonly Dictionary<string, string> Units = new()
    {
        ["人"] = "person", ["元"] = "CNY", ["%"] = "percent", ["家"] = "enterprise", ["份"] = "agreement", ["positions"] = "position",
        ["场"] = "event", ["班次"] = "trip", ["节"] = "carriage", ["架次"] = "flight", ["期"] = "session", ["处"] = "site", ["projects"] = "project",
    };

    [GeneratedRegex(@"^(?<forecast>预计)?(?:(?<about>约)|(?<below>不到))?(?<value>\d+(?:\.\d+)?)(?<scale>万|亿)?(?<span>多)? ?(?<unit>.+)$")]
    private static partial Regex Figure();
}
