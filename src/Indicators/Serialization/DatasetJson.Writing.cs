using System.Collections.Generic;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Regions;
using Indicators.Serialization.Documents;
using Indicators.Targets;
using NodaTime;

namespace Indicators.Serialization;

/// <content>Writing: the dataset as a <see cref="DatasetDocument"/>, serialized through <see cref="DatasetDocumentContext"/>.
/// The fields' order is the documents' declaration order; absent optional fields are left out.</content>
public static partial class DatasetJson
{
    private static DatasetDocument ToDocument(Dataset dataset)
    {
        List<DatasetTarget> targets = [.. dataset.Targets];
        targets.Sort((a, b) =>
        {
            int c = dataset.Catalog.IndexOf(a.Indicator.Code).CompareTo(dataset.Catalog.IndexOf(b.Indicator.Code));
            if (c == 0)
            {
                c = dataset.Regions.IndexOf(a.Region.Id).CompareTo(dataset.Regions.IndexOf(b.Region.Id));
            }

            return c != 0 ? c : Periods.ReportingPeriod.ChronologicalComparer.Compare(a.Period, b.Period);
        });
        var observations = new List<ObservationDocument?>(dataset.Count);
        foreach (Observation o in dataset.Observations)
        {
            observations.Add(new ObservationDocument { Indicator = o.Indicator.Code, Region = o.Region.Id, Period = o.Period, Figure = o.FigureText(), Source = o.Source });
        }

        var rates = dataset.CompletionRateEntries()
            .Select(e => new CompletionRateDocument { Indicator = e.Indicator, Region = e.Region, Period = e.Period, Rate = e.Rate })
            .ToList<CompletionRateDocument?>();
        return new DatasetDocument
        {
            Format = FormatName,
            Version = Version,
            Title = dataset.Title,
            Source = dataset.Source,
            Regions = ToDocument(dataset.Regions, dataset.RegionsAsOf),
            Indicators = NullIfEmpty(dataset.Catalog.Definitions
                .Where(d => !(IndicatorCatalog.BuiltIn.TryGet(d.Code, out IndicatorDefinition? b) && b.Equals(d)))
                .Select(ToDocument)),
            Observations = observations,
            Targets = NullIfEmpty(targets.Select(t => new TargetDocument
            {
                Indicator = t.Indicator.Code, Region = t.Region.Id, Period = t.Period, Target = t.TargetText(), Inferred = t.InferredBecause,
            })),
            CompletionRates = rates.Count > 0 ? rates : null,
            Derived = NullIfEmpty(dataset.Derivations.Select(d => new DerivationDocument
            {
                Id = d.Id,
                Kind = FormatNames.Derivation[d.Kind],
                Indicators = [.. d.Indicators],
                Region = d.Region,
                Period = d.Period,
                Name = d.Name,
                TraditionalName = d.TraditionalName,
                EnglishName = d.EnglishName,
            })),
        };
    }

    private static List<T?>? NullIfEmpty<T>(IEnumerable<T> items)
        where T : class
    {
        List<T?> list = [.. items];
        return list.Count > 0 ? list : null;
    }

    /// <summary>The built-in divisions at the dataset's date, or else at the latest month any of the hierarchy's built-in
    /// divisions was first listed, when the hierarchy holds every division listed then (reading <c>asOf</c> brings in all of
    /// them), with every other region, or region that differs from the built-in one, as defined; otherwise every region
    /// defined, so that reading gives back the same regions.</summary>
    private static RegionsDocument ToDocument(RegionHierarchy hierarchy, LocalDate? regionsAsOf)
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
            if (!builtIn.Regions.All(b => hierarchy.TryGet(b.Id, out Region? r) && r.Equals(b)))
            {
                builtIn = RegionHierarchy.Empty;
                asOf = null;
            }
        }

        var document = new RegionsDocument
        {
            Defined = NullIfEmpty(hierarchy.Regions.Where(r => !(builtIn.TryGet(r.Id, out Region? b) && b.Equals(r))).Select(r => new RegionDocument
            {
                Id = r.Id,
                Name = r.Name,
                TraditionalName = r.TraditionalName,
                EnglishName = r.EnglishName,
                Level = FormatNames.Level[r.Level],
                Parent = r.ParentId,
            })),
        };
        if (asOf is { } written)
        {
            document.AsOf = written;
        }

        return document;
    }

    private static IndicatorDocument ToDocument(IndicatorDefinition d) => new()
    {
        Code = d.Code,
        Quantity = FormatNames.Quantity[d.Quantity],
        Unit = d.Unit?.Code,
        Nature = FormatNames.Nature[d.Nature],
        Rollup = FormatNames.Rollup[d.Rollup.Kind],
        Numerator = d.Rollup.Numerator,
        Denominator = d.Rollup.Denominator,
        Polarity = FormatNames.Polarity[d.Polarity],
        Name = d.Name,
        TraditionalName = d.TraditionalName,
        EnglishName = d.EnglishName,
    };
}
