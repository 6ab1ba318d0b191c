using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Regions;
using Indicators.Targets;
using NodaTime;

namespace Indicators.Serialization;

/// <content>Writing.</content>
public static partial class DatasetJson
{
    private static void WriteRoot(Utf8JsonWriter writer, Dataset dataset)
    {
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("version", Version);
        if (dataset.Title is not null)
        {
            writer.WriteString("title", dataset.Title);
        }

        if (dataset.Source is not null)
        {
            writer.WriteString("source", dataset.Source);
        }

        WriteRegions(writer, dataset.Regions, dataset.RegionsAsOf);
        WriteIndicators(writer, dataset.Catalog);
        writer.WriteStartArray("observations");
        foreach (Observation o in dataset.Observations)
        {
            writer.WriteStartObject();
            WriteKey(writer, o.Indicator.Code, o.Region.Id, o.Period.ToString());
            writer.WriteString("figure", o.FigureText());
            if (o.Source is not null)
            {
                writer.WriteString("source", o.Source);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        List<DatasetTarget> targets = [.. dataset.Targets];
        if (targets.Count > 0)
        {
            targets.Sort((a, b) =>
            {
                int c = dataset.Catalog.IndexOf(a.Indicator.Code).CompareTo(dataset.Catalog.IndexOf(b.Indicator.Code));
                if (c == 0)
                {
                    c = dataset.Regions.IndexOf(a.Region.Id).CompareTo(dataset.Regions.IndexOf(b.Region.Id));
                }

                return c != 0 ? c : Periods.ReportingPeriod.ChronologicalComparer.Compare(a.Period, b.Period);
            });
            writer.WriteStartArray("targets");
            foreach (DatasetTarget t in targets)
            {
                writer.WriteStartObject();
                WriteKey(writer, t.Indicator.Code, t.Region.Id, t.Period.ToString());
                writer.WriteString("target", t.TargetText());
                if (t.InferredBecause is not null)
                {
                    writer.WriteString("inferred", t.InferredBecause);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        var rates = dataset.CompletionRateEntries().ToList();
        if (rates.Count > 0)
        {
            writer.WriteStartArray("completionRates");
            foreach (var (indicator, region, period, rate) in rates)
            {
                writer.WriteStartObject();
                WriteKey(writer, indicator, region, period.ToString());
                writer.WriteString("rate", rate.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (dataset.Derivations.Count > 0)
        {
            writer.WriteStartArray("derived");
            foreach (DatasetDerivation d in dataset.Derivations)
            {
                writer.WriteStartObject();
                writer.WriteString("id", d.Id);
                writer.WriteString("kind", d.Kind switch
                {
                    DerivationKind.Total => "total",
                    DerivationKind.PerUnit => "perUnit",
                    DerivationKind.Share => "share",
                    _ => "product",
                });
                writer.WriteStartArray("indicators");
                foreach (string code in d.Indicators)
                {
                    writer.WriteStringValue(code);
                }

                writer.WriteEndArray();
                writer.WriteString("region", d.Region);
                writer.WriteString("period", d.Period.ToString());
                writer.WriteString("name", d.Name);
                if (d.TraditionalName is not null)
                {
                    writer.WriteString("traditionalName", d.TraditionalName);
                }

                if (d.EnglishName is not null)
                {
                    writer.WriteString("englishName", d.EnglishName);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter writer, string indicator, string region, string period)
    {
        writer.WriteString("indicator", indicator);
        writer.WriteString("region", region);
        writer.WriteString("period", period);
    }

    /// <summary>The built-in divisions at the latest month any of the hierarchy's built-in divisions was first listed
    /// (every one of them is still listed then), and every other region, or region that differs from the built-in one, as defined.</summary>
    private static void WriteRegions(Utf8JsonWriter writer, RegionHierarchy hierarchy, LocalDate? regionsAsOf)
    {
        LocalDate? asOf = regionsAsOf;
        if (asOf is null)
        {
            YearMonth? month = null;
            foreach (Region r in hierarchy.Regions)
            {
                if (r.IsAdministrativeDivision && r.ValidFrom is { } from && (month is null || from > month))
                {
                    month = from;
                }
            }

            asOf = month?.OnDayOfMonth(1);
        }

        RegionHierarchy builtIn = RegionHierarchy.Empty;
        if (asOf is { } date)
        {
            builtIn = AdministrativeDivisions.AsOf(date);
            if (!hierarchy.Regions.Any(r => builtIn.TryGet(r.Id, out Region? b) && b.Equals(r)))
            {
                builtIn = RegionHierarchy.Empty;
                asOf = null;
            }
        }

        writer.WriteStartObject("regions");
        if (asOf is { } written)
        {
            writer.WriteString("asOf", DatePattern.Format(written));
        }

        List<Region> defined = hierarchy.Regions.Where(r => !(builtIn.TryGet(r.Id, out Region? b) && b.Equals(r))).ToList();
        if (defined.Count > 0)
        {
            writer.WriteStartArray("defined");
            foreach (Region r in defined)
            {
                writer.WriteStartObject();
                writer.WriteString("id", r.Id);
                writer.WriteString("name", r.Name);
                WriteOptional(writer, "traditionalName", r.TraditionalName);
                WriteOptional(writer, "englishName", r.EnglishName);
                writer.WriteString("level", r.Level switch
                {
                    RegionLevel.Province => "province",
                    RegionLevel.Prefecture => "prefecture",
                    RegionLevel.County => "county",
                    RegionLevel.CityLevel => "city-level",
                    _ => "group",
                });
                WriteOptional(writer, "parent", r.ParentId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteIndicators(Utf8JsonWriter writer, IndicatorCatalog catalog)
    {
        IndicatorCatalog builtIn = IndicatorCatalog.BuiltIn;
        List<IndicatorDefinition> custom = catalog.Definitions.Where(d => !(builtIn.TryGet(d.Code, out IndicatorDefinition? b) && b.Equals(d))).ToList();
        if (custom.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("indicators");
        foreach (IndicatorDefinition d in custom)
        {
            writer.WriteStartObject();
            writer.WriteString("code", d.Code);
            writer.WriteString("quantity", d.Quantity switch
            {
                IndicatorQuantity.Money => "money",
                IndicatorQuantity.Persons => "persons",
                IndicatorQuantity.Count => "count",
                _ => "rate",
            });
            if (d.Unit is not null)
            {
                writer.WriteString("unit", d.Unit.Code);
            }

            writer.WriteString("nature", d.Nature switch
            {
                TemporalNature.Flow => "flow",
                TemporalNature.Stock => "stock",
                _ => "cumulative",
            });
            writer.WriteString("rollup", d.Rollup.Kind switch
            {
                RollupKind.Sum => "sum",
                RollupKind.NotAdditive => "not-additive",
                _ => "ratio",
            });
            WriteOptional(writer, "numerator", d.Rollup.Numerator);
            WriteOptional(writer, "denominator", d.Rollup.Denominator);
            writer.WriteString("polarity", d.Polarity switch
            {
                Polarity.HigherIsBetter => "higher-is-better",
                Polarity.LowerIsBetter => "lower-is-better",
                _ => "nearer-is-better",
            });
            writer.WriteString("name", d.Name);
            WriteOptional(writer, "traditionalName", d.TraditionalName);
            WriteOptional(writer, "englishName", d.EnglishName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
