using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Quantities;
using Indicators.Regions;
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

    /// <summary>
    /// Writes the message of a dataset: the header <c>STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,
    /// UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_QUALIFIER,COMMENT_OBS</c>, then one row an observation (action I), in the
    /// dataset's order, with CRLF line ends.
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
        int count = 0;
        int completionRates = 0;
        int rangesFromJanuary = 0;
        int emptyNotes = 0;
        try
        {
            using SepWriter csv = Sep.New(options.Separator).Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
            Span<char> number = stackalloc char[96];

            // A dataset has few periods: each is formatted once.
            var periodTexts = new Dictionary<Periods.ReportingPeriod, string>();
            foreach (Observation observation in dataset.Observations)
            {
                using SepWriter.Row row = csv.NewRow();
                if (count == 0)
                {
                    // Columns are made in the order they are first set: the header's order.
                    foreach (string column in Header)
                    {
                        _ = row[column];
                    }
                }

                PrintedNumber printed = Printed(observation);
                row[0].Set("dataflow");
                row[1].Set(options.StructureId);
                row[2].Set("I");
                row[3].Set(observation.Region.Id);
                row[4].Set(observation.Indicator.Code);
                if (!periodTexts.TryGetValue(observation.Period, out string? period))
                {
                    period = SdmxTimePeriod.Format(observation.Period);
                    periodTexts[observation.Period] = period;
                }

                row[5].Set(period);
                row[6].Set(number[..SdmxNumber.Format(printed, number)]);
                row[7].Set(SdmxCodes.Unit(observation.Indicator));
                row[8].Set(printed.Scale switch { Scale.Wan => "4", Scale.Yi => "8", _ => "0" });
                row[9].Set(SdmxCodes.Status(observation.Status));
                row[10].Set(SdmxCodes.Qualifier(observation.Qualifier, observation.IsInclusive));
                row[11].Set(observation.Source ?? string.Empty);
                if (dataset.TryFindCompletionRate(observation.Indicator.Code, observation.Region.Id, observation.Period, out _))
                {
                    completionRates++;
                }

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

            if (count == 0)
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

        return new SdmxCsvExport(count, Omissions(dataset, completionRates, rangesFromJanuary, emptyNotes));
    }

    private static PrintedNumber Printed(Observation observation) => observation.Indicator.Quantity switch
    {
        IndicatorQuantity.Money => observation.AsMoney().Printed,
        IndicatorQuantity.Persons => observation.AsPersons().Printed,
        IndicatorQuantity.Count => observation.AsCount().Printed,
        _ => observation.AsRate().Printed,
    };

    private static List<SdmxCsvOmission> Omissions(Dataset dataset, int completionRates, int rangesFromJanuary, int emptyNotes)
    {
        var omissions = new List<SdmxCsvOmission>();
        void Add(string what, int count)
        {
            if (count > 0)
            {
                omissions.Add(new SdmxCsvOmission(what, count));
            }
        }

        Add("title", dataset.Title is null ? 0 : 1);
        Add("source of the dataset as a whole", dataset.Source is null ? 0 : 1);
        Add("date of the built-in list of divisions (regions as of)", dataset.RegionsAsOf is null ? 0 : 1);
        Add("indicators of the dataset's own catalog (not built in)", dataset.Catalog.Definitions.Count(d => !(IndicatorCatalog.BuiltIn.TryGet(d.Code, out IndicatorDefinition? b) && b.Equals(d))));
        Add("regions that are not built-in GB/T 2260 divisions (their names, levels and parents)", dataset.Regions.Regions.Count(r => !IsBuiltIn(r, dataset.RegionsAsOf)));
        Add("targets", dataset.Targets.Count);
        Add("completion rates", completionRates);
        Add("derived figures", dataset.Derivations.Count);
        Add("observations of a range from 1 January, written as the same TIME_PERIOD as a year to date and read back as one", rangesFromJanuary);
        Add("empty source notes, written as an empty COMMENT_OBS and read back as none", emptyNotes);
        return omissions;
    }

    private static bool IsBuiltIn(Region region, NodaTime.LocalDate? asOf)
    {
        if (!region.IsAdministrativeDivision || !RegionCode.TryParse(region.Id, out RegionCode code))
        {
            return false;
        }

        var history = AdministrativeDivisions.History(code);
        return asOf is { } date ? AdministrativeDivisions.TryFind(code, date, out Region? listed) && listed.Equals(region) : history.Any(r => r.Equals(region));
    }
}
