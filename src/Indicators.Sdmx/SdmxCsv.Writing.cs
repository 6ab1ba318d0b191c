using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using nietras.SeparatedValues;

namespace Indicators.Sdmx;

/// <content>Writing.</content>
public static partial class SdmxCsv
{
    private static readonly string[] Header =
    [
        SdmxColumns.Structure, SdmxColumns.StructureId, SdmxColumns.Action, SdmxColumns.RefArea, SdmxColumns.Indicator, SdmxColumns.TimePeriod,
        SdmxColumns.ObsValue, SdmxColumns.UnitMeasure, SdmxColumns.UnitMultiplier, SdmxColumns.ObsStatus, SdmxColumns.ObsQualifier, SdmxColumns.CommentObs,
    ];

    private static readonly string[] ContentColumns =
    [
        SdmxColumns.Tolerance, SdmxColumns.Inferred, SdmxColumns.Derivation, SdmxColumns.DerivedFrom, SdmxColumns.Name, SdmxColumns.NameTraditional,
        SdmxColumns.NameEnglish, SdmxColumns.Title, SdmxColumns.SourceDetail, SdmxColumns.RegionsAsOf,
    ];

    /// <summary>
    /// Writes the message of a dataset: the header <c>STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,
    /// UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS</c>, then one row an observation (action I), in the
    /// dataset's order, with CRLF line ends. A dataset with a title, a source, a regions' date, targets, completion rates or
    /// derived figures has ten more columns (<see cref="SdmxColumns.Tolerance"/> to <see cref="SdmxColumns.RegionsAsOf"/>)
    /// and rows for them: first one row of the dataset's own attributes (no dimension, no value), then the observations,
    /// then one row a target, a completion rate and a derived figure, each in its own dataflow
    /// (<see cref="SdmxCsvOptions.TargetsStructureId"/> and the two after it), as SDMX-CSV writes data of several
    /// structures in one message.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write; left open. Write UTF-8 where it is a file.</param>
    /// <param name="options">The separator and structure, or null for <see cref="SdmxCsvOptions.Default"/>.</param>
    /// <returns>How many observations were written, and what of the dataset the rows do not carry.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing failed; passed through as it is.</exception>
    public static SdmxCsvExport Write(Dataset dataset, TextWriter writer, SdmxCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= SdmxCsvOptions.Default;
        string newLine = writer.NewLine;
        writer.NewLine = "\r\n";
        var completionRates = new List<(Observation Observation, PublishedRate Rate)>();
        foreach (Observation observation in dataset.Observations)
        {
            if (dataset.TryFindCompletionRate(observation.Indicator.Code, observation.Region.Id, observation.Period, out PublishedRate rate))
            {
                completionRates.Add((observation, rate));
            }
        }

        // An empty title or source is written as an empty cell, which is none (as an empty source note is). The regions'
        // date is written where the dataset's regions are that date's built-in list, which the import then takes.
        bool datedRegions = dataset.RegionsAsOf is { } asOf && dataset.Regions.Regions.SequenceEqual(AdministrativeDivisions.AsOf(asOf).Regions);
        bool hasAttributes = !string.IsNullOrEmpty(dataset.Title) || !string.IsNullOrEmpty(dataset.Source) || datedRegions;
        string[] columns = hasAttributes || dataset.Targets.Count > 0 || completionRates.Count > 0 || dataset.Derivations.Count > 0
            ? [.. Header, .. ContentColumns]
            : Header;
        int count = 0;
        int rows = 0;
        int rangesFromJanuary = 0;
        int emptyNotes = 0;
        int unwrittenTargets = 0;
        try
        {
            using SepWriter csv = Sep.New(options.Separator).Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
            Span<char> number = stackalloc char[96];

            // Columns are made in the order they are first set: the first row sets them all by name, in the header's
            // order. Sep writes a row only when each of its columns is set: a row of several structures starts empty.
            SepWriter.Row NewRow(string structureId)
            {
                SepWriter.Row row = csv.NewRow();
                if (rows++ == 0)
                {
                    foreach (string column in columns)
                    {
                        row[column].Set(string.Empty);
                    }
                }
                else if (columns.Length > Header.Length)
                {
                    for (int j = 0; j < columns.Length; j++)
                    {
                        row[j].Set(string.Empty);
                    }
                }

                row[0].Set("dataflow");
                row[1].Set(structureId);
                row[2].Set("I");
                return row;
            }

            if (hasAttributes)
            {
                using SepWriter.Row row = NewRow(options.StructureId);
                row[SdmxColumns.Title].Set(dataset.Title ?? string.Empty);
                row[SdmxColumns.SourceDetail].Set(dataset.Source ?? string.Empty);
                row[SdmxColumns.RegionsAsOf].Set(datedRegions ? NodaTime.Text.LocalDatePattern.Iso.Format(dataset.RegionsAsOf!.Value) : string.Empty);
            }

            // A dataset has few periods: each is formatted once.
            var periodTexts = new Dictionary<Periods.ReportingPeriod, string>();
            string Period(Periods.ReportingPeriod period)
            {
                if (!periodTexts.TryGetValue(period, out string? text))
                {
                    text = SdmxTimePeriod.Format(period);
                    periodTexts[period] = text;
                }

                return text;
            }

            foreach (Observation observation in dataset.Observations)
            {
                using SepWriter.Row row = NewRow(options.StructureId);
                PrintedNumber printed = Printed(observation);
                row[3].Set(observation.Region.Id);
                row[4].Set(observation.Indicator.Code);
                row[5].Set(Period(observation.Period));
                row[6].Set(number[..SdmxNumber.Format(printed, number)]);
                row[7].Set(SdmxCodes.Unit(observation.Indicator));
                row[8].Set(printed.Scale switch
                {
                    Scale.One => "0",
                    Scale.Wan => "4",
                    Scale.Yi => "8",
                    Scale.WanYi => "12",
                    _ => throw new InvalidOperationException($"The observation {observation} is printed in an undefined scale ({(int)printed.Scale})."),
                });
                row[9].Set(SdmxCodes.Status(observation.Status));
                row[10].Set(SdmxCodes.Qualifier(observation.Qualifier, observation.IsInclusive));
                row[11].Set(observation.Source ?? string.Empty);
                if (observation.Source is { Length: 0 })
                {
                    emptyNotes++;
                }

                if (SdmxTimePeriod.ReadsBackAsYearToDate(observation.Period))
                {
                    rangesFromJanuary++;
                }

                count++;
            }

            foreach (DatasetTarget target in dataset.Targets)
            {
                if (!TryExact(target, out PrintedNumber value, out PrintedNumber tolerance, out Targets.TargetKind kind, out bool inclusive))
                {
                    unwrittenTargets++;
                    continue;
                }

                using SepWriter.Row row = NewRow(SdmxCsvOptions.TargetsStructureId);
                rangesFromJanuary += SdmxTimePeriod.ReadsBackAsYearToDate(target.Period) ? 1 : 0;
                row[3].Set(target.Region.Id);
                row[4].Set(target.Indicator.Code);
                row[5].Set(Period(target.Period));
                row[6].Set(number[..SdmxNumber.Format(value, number)]);
                row[7].Set(SdmxCodes.Unit(target.Indicator));
                row[8].Set("0");
                row[10].Set(SdmxCodes.Target(kind, inclusive));
                if (kind == Targets.TargetKind.About)
                {
                    row[SdmxColumns.Tolerance].Set(number[..SdmxNumber.Format(tolerance, number)]);
                }

                row[SdmxColumns.Inferred].Set(target.InferredBecause ?? string.Empty);
            }

            foreach ((Observation observation, PublishedRate rate) in completionRates)
            {
                using SepWriter.Row row = NewRow(SdmxCsvOptions.CompletionRatesStructureId);
                row[3].Set(observation.Region.Id);
                row[4].Set(observation.Indicator.Code);
                row[5].Set(Period(observation.Period));
                row[6].Set(number[..SdmxNumber.Format(rate.Printed, number)]);
                row[7].Set(SdmxCodes.Percent);
                row[8].Set("0");
                row[9].Set(SdmxCodes.Status(rate.Status));
                row[10].Set(SdmxCodes.Qualifier(rate.Qualifier, rate.IsInclusive));
            }

            foreach (DatasetDerivation derivation in dataset.Derivations)
            {
                using SepWriter.Row row = NewRow(SdmxCsvOptions.DerivationsStructureId);
                rangesFromJanuary += SdmxTimePeriod.ReadsBackAsYearToDate(derivation.Period) ? 1 : 0;
                row[3].Set(derivation.Region);
                row[4].Set(derivation.Id);
                row[5].Set(Period(derivation.Period));
                row[SdmxColumns.Derivation].Set(SdmxCodes.Derivation(derivation.Kind));
                row[SdmxColumns.DerivedFrom].Set(string.Join(' ', derivation.Indicators));
                row[SdmxColumns.Name].Set(derivation.Name);
                row[SdmxColumns.NameTraditional].Set(derivation.TraditionalName ?? string.Empty);
                row[SdmxColumns.NameEnglish].Set(derivation.EnglishName ?? string.Empty);
            }

            if (rows == 0)
            {
                // No row: the header alone.
                writer.Write(string.Join(options.Separator, Header));
                writer.Write("\r\n");
            }
        }
        finally
        {
            writer.NewLine = newLine;
        }

        return new SdmxCsvExport(count, Omissions(dataset, datedRegions, unwrittenTargets, rangesFromJanuary, emptyNotes));
    }

    /// <summary>A target's value and tolerance as exact decimals in the indicator's base unit (元, persons, units; percent
    /// and points for a rate), or false for a rate target whose value has no finite decimal.</summary>
    private static bool TryExact(DatasetTarget target, out PrintedNumber value, out PrintedNumber tolerance, out Targets.TargetKind kind, out bool inclusive)
    {
        static PrintedNumber Whole(long units, int decimals)
        {
            (Int128 digits, int places) = SdmxNumber.Trimmed(units, decimals);
            return new PrintedNumber(digits, places, Scale.One);
        }

        static bool Hundredths(Ratio ratio, out PrintedNumber number)
        {
            bool exact = SdmxNumber.TryHundredths(ratio, out Int128 digits, out int decimals);
            number = exact ? new PrintedNumber(digits, decimals, Scale.One) : default;
            return exact;
        }

        kind = target.Kind;
        switch (target.Indicator.Quantity)
        {
            case IndicatorQuantity.Money:
                Targets.QuantityTarget<Money> money = target.AsMoney();
                (value, tolerance, inclusive) = (Whole(money.Value.Fen, 2), Whole(money.Tolerance.Fen, 2), money.IsInclusive);
                return true;
            case IndicatorQuantity.Persons:
                Targets.QuantityTarget<Headcount> persons = target.AsPersons();
                (value, tolerance, inclusive) = (Whole(persons.Value.Persons, 0), Whole(persons.Tolerance.Persons, 0), persons.IsInclusive);
                return true;
            case IndicatorQuantity.Count:
                Targets.QuantityTarget<UnitCount> units = target.AsCount();
                (value, tolerance, inclusive) = (Whole(units.Value.Value, 0), Whole(units.Tolerance.Value, 0), units.IsInclusive);
                return true;
            default:
                Targets.RateTarget rate = target.AsRate();
                inclusive = rate.IsInclusive;
                tolerance = default;
                return Hundredths(rate.Value.Ratio, out value) && (kind != Targets.TargetKind.About || Hundredths(rate.Tolerance.Ratio, out tolerance));
        }
    }

    private static PrintedNumber Printed(Observation observation) => observation.Indicator.Quantity switch
    {
        IndicatorQuantity.Money => observation.AsMoney().Printed,
        IndicatorQuantity.Persons => observation.AsPersons().Printed,
        IndicatorQuantity.Count => observation.AsCount().Printed,
        _ => observation.AsRate().Printed,
    };

    private static List<SdmxCsvOmission> Omissions(Dataset dataset, bool datedRegions, int unwrittenTargets, int rangesFromJanuary, int emptyNotes)
    {
        var omissions = new List<SdmxCsvOmission>();
        void Add(string what, int count)
        {
            if (count > 0)
            {
                omissions.Add(new SdmxCsvOmission(what, count));
            }
        }

        Add("indicators of the dataset's own catalog (not built in)", dataset.Catalog.Definitions.Count(d => !(IndicatorCatalog.BuiltIn.TryGet(d.Code, out IndicatorDefinition? b) && b.Equals(d))));
        Add("regions that are not built-in GB/T 2260 divisions (their names, levels and parents)", dataset.Regions.Regions.Count(r => !IsBuiltIn(r, dataset.RegionsAsOf)));
        Add("rate targets whose rate is no decimal of at most 38 digits and 36 decimals (such as 100/3%)", unwrittenTargets);
        Add("empty title, written as an empty TITLE and read back as none", dataset.Title is { Length: 0 } ? 1 : 0);
        Add("date of the built-in list of divisions (regions as of), which is not the list of the dataset's regions", dataset.RegionsAsOf is not null && !datedRegions ? 1 : 0);
        Add("empty source of the dataset, written as an empty SOURCE_DETAIL and read back as none", dataset.Source is { Length: 0 } ? 1 : 0);
        Add("observations, targets or derived figures of a range from 1 January, written as the same TIME_PERIOD as a year to date and read back as one", rangesFromJanuary);
        Add("empty source notes, written as an empty COMMENT_OBS and read back as none", emptyNotes);
        return omissions;
    }

    private static readonly Lazy<RegionHierarchy> Newest = new(() => AdministrativeDivisions.AsOf(AdministrativeDivisions.NewestListMonth));

    private static bool IsBuiltIn(Region region, NodaTime.LocalDate? asOf)
    {
        if (!region.IsAdministrativeDivision || !RegionCode.TryParse(region.Id, out RegionCode code))
        {
            return false;
        }

        // Without a regions' date the import takes the newest list: a code of an older one is not carried.
        return asOf is { } date
            ? AdministrativeDivisions.TryFind(code, date, out Region? listed) && listed.Equals(region)
            : Newest.Value.TryGet(region.Id, out Region? newest) && newest.Equals(region);
    }
}
