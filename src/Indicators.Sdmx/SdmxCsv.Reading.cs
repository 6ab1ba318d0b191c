using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using nietras.SeparatedValues;

namespace Indicators.Sdmx;

/// <content>Reading.</content>
public static partial class SdmxCsv
{
    private static readonly string[] SdmxOwnColumns = ["STRUCTURE_ID", "STRUCTURE_NAME", "SERIES_KEY", "OBS_KEY"];

    private static readonly string[] Components =
    [
        SdmxColumns.Action, SdmxColumns.RefArea, SdmxColumns.Indicator, SdmxColumns.TimePeriod, SdmxColumns.ObsValue, SdmxColumns.UnitMeasure,
        SdmxColumns.UnitMultiplier, SdmxColumns.ObsStatus, SdmxColumns.ObsQualifier, SdmxColumns.CommentObs,
    ];

    private static SdmxCsvImport ReadMessage(TextReader reader, IndicatorCatalog catalog, Regions.RegionHierarchy? regions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string header = ReadLine(reader) ?? throw new SdmxCsvException(1, 0, null, "the message is empty: it starts with a header whose first field is STRUCTURE.");
        char separator = SeparatorOf(header);
        using var headered = new HeaderedReader(header + "\n", reader);
        SepReader csv;
        try
        {
            csv = Sep.New(separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).From(headered);
        }
        catch (ArgumentException e)
        {
            throw new SdmxCsvException(1, 0, null, "the header names a column twice: " + e.Message, e);
        }

        using (csv)
        {
            var session = new ReadSession(catalog, regions, csv.Header.ColNames, separator);
            foreach (SepReader.Row row in csv)
            {
                session.Row(row);
            }

            return session.Finish();
        }
    }

    /// <summary>The first line, without its line end (and without a byte order mark), or null when there is none.</summary>
    private static string? ReadLine(TextReader reader)
    {
        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
            line.Append((char)c);
        }

        if (c < 0 && line.Length == 0)
        {
            return null;
        }

        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        if (line.Length > 0 && line[0] == '\uFEFF')
        {
            line.Remove(0, 1);
        }

        return line.ToString();
    }

    /// <summary>The character after <c>STRUCTURE</c> (and after its sub-field term <c>[…]</c>, if any): the field separator.</summary>
    private static char SeparatorOf(string header)
    {
        int i = 0;
        bool quoted = header.Length > 0 && header[0] == '"';
        if (quoted)
        {
            i++;
        }

        if (string.CompareOrdinal(header, i, SdmxColumns.Structure, 0, SdmxColumns.Structure.Length) != 0)
        {
            throw new SdmxCsvException(1, 1, Excerpt(header), "an SDMX-CSV message starts with a header whose first field is STRUCTURE (optionally STRUCTURE[;]).");
        }

        i += SdmxColumns.Structure.Length;
        if (i < header.Length && header[i] == '[')
        {
            int close = header.IndexOf(']', i);
            if (close < 0)
            {
                throw new SdmxCsvException(1, 1, Excerpt(header), "the sub-field term after STRUCTURE is not closed by ']'.");
            }

            i = close + 1;
        }

        if (quoted)
        {
            if (i >= header.Length || header[i] != '"')
            {
                throw new SdmxCsvException(1, 1, Excerpt(header), "the quoted STRUCTURE field is not closed by '\"'.");
            }

            i++;
        }

        if (i >= header.Length)
        {
            throw new SdmxCsvException(1, 1, SdmxColumns.Structure, "no separator after STRUCTURE: the header has one column; expected STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,… (or with ';').");
        }

        char separator = header[i];
        if (char.IsAsciiLetterOrDigit(separator) || separator is '_' or '"' or '#' or ':' or '[' or ' ' or '-' || (separator < ' ' && separator != '\t') || separator > '~')
        {
            throw new SdmxCsvException(1, 1, Excerpt(header), $"'{separator}' after STRUCTURE is not a field separator (expected ',', ';', '|' or a tab).");
        }

        return separator;
    }

    private static string Excerpt(string header) => header.Length <= 40 ? header : header[..40] + "…";

    /// <summary>The identifier of a labels=both header or cell: the text before the first ": " ("331000: 台州市" → 331000).</summary>
    private static ReadOnlySpan<char> Code(ReadOnlySpan<char> cell)
    {
        int at = cell.IndexOf(": ", StringComparison.Ordinal);
        return at >= 0 ? cell[..at] : cell;
    }

    /// <summary>One message being read: the columns, then a row at a time.</summary>
    private sealed partial class ReadSession
    {
        private readonly IndicatorCatalog catalog;
        private readonly Regions.RegionHierarchy? regions;
        private DatasetBuilder? builder;
        private readonly IReadOnlyList<string> names;
        private readonly bool decimalComma;
        private readonly int action;
        private readonly int refArea;
        private readonly int indicator;
        private readonly int timePeriod;
        private readonly int obsValue;
        private readonly int unitMeasure;
        private readonly int unitMult;
        private readonly int obsStatus;
        private readonly int obsQualifier;
        private readonly int comment;
        private readonly int structureId;
        private readonly int[] contentColumns;
        private readonly bool[] labelled;
        private readonly List<string> unknown = [];
        private readonly List<SdmxMissingValue> missing = [];
        private readonly List<SdmxDeletion> deletions = [];

        // Null while every row so far is plain information (added straight to the builder); the observations by key once a
        // row appends, merges, replaces or deletes.
        private Dictionary<(string Indicator, string Region, ReportingPeriod Period), Pending>? merged;
        private int replaced;

        // The periods read so far, by their text: a message has few of them.
        private readonly Dictionary<string, ReportingPeriod> periods = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        private readonly Dictionary<string, ReportingPeriod>.AlternateLookup<ReadOnlySpan<char>> periodLookup;
#endif

        // The last indicator, region and note read: rows come in runs of them.
        private string? lastIndicatorText;
        private IndicatorDefinition? lastDefinition;
        private string? lastRegion;
        private string? lastNote;

        internal ReadSession(IndicatorCatalog catalog, Regions.RegionHierarchy? regions, IReadOnlyList<string> names, char separator)
        {
            this.catalog = catalog;
            this.regions = regions;
            this.names = names;
            decimalComma = separator != ',';
            var found = new Dictionary<string, int>(StringComparer.Ordinal);
            labelled = new bool[names.Count];
#if NET9_0_OR_GREATER
            periodLookup = periods.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            for (int j = 1; j < names.Count; j++)
            {
                string id = Code(names[j]).ToString();
                labelled[j] = id.Length != names[j].Length;
                if (Array.IndexOf(Components, id) >= 0 || Array.IndexOf(ContentColumns, id) >= 0 || id == SdmxColumns.StructureId)
                {
                    if (!found.TryAdd(id, j))
                    {
                        throw new SdmxCsvException(1, j + 1, names[j], $"the column {id} is given twice (also column {found[id] + 1}, {names[found[id]]}).");
                    }
                }
                else if (Array.IndexOf(SdmxOwnColumns, id) < 0)
                {
                    unknown.Add(names[j]);
                }
            }

            int Column(string id) => found.TryGetValue(id, out int j) ? j : -1;
            action = Column(SdmxColumns.Action);
            refArea = Column(SdmxColumns.RefArea);
            indicator = Column(SdmxColumns.Indicator);
            timePeriod = Column(SdmxColumns.TimePeriod);
            obsValue = Column(SdmxColumns.ObsValue);
            unitMeasure = Column(SdmxColumns.UnitMeasure);
            unitMult = Column(SdmxColumns.UnitMultiplier);
            obsStatus = Column(SdmxColumns.ObsStatus);
            obsQualifier = Column(SdmxColumns.ObsQualifier);
            comment = Column(SdmxColumns.CommentObs);
            structureId = Column(SdmxColumns.StructureId);
            contentColumns = Array.ConvertAll(ContentColumns, Column);

            foreach ((int column, string id) in new[] { (refArea, SdmxColumns.RefArea), (indicator, SdmxColumns.Indicator), (timePeriod, SdmxColumns.TimePeriod), (obsValue, SdmxColumns.ObsValue) })
            {
                if (column < 0)
                {
                    throw new SdmxCsvException(1, 0, null, $"the header has no {id} column: a dataset's rows need REF_AREA, INDICATOR, TIME_PERIOD and OBS_VALUE.");
                }
            }
        }

        /// <summary>A coded cell's code: in a column whose header has a label ("REF_AREA: Region"), the cell is "ID: Name" or "ID".</summary>
        private ReadOnlySpan<char> Coded(SepReader.Row row, int column) => labelled[column] ? Code(row[column].Span) : row[column].Span;

        internal void Row(SepReader.Row row)
        {
            int line = row.LineNumberFrom;
            if ((row.Span.Count('"') & 1) == 1)
            {
                // An opening quote with no closing one takes the rest of the message into its field.
                throw new SdmxCsvException(line, 0, null, "a quoted field is not closed: the quote that opens it has no closing quote before the end of the message.");
            }

            if (row.ColCount != names.Count)
            {
                throw new SdmxCsvException(line, 0, null, string.Create(CultureInfo.InvariantCulture, $"the record has {row.ColCount} fields; the header has {names.Count} (RFC 4180: every record has as many)."));
            }

            ReadOnlySpan<char> structure = row[0].Span;
            if (!structure.Equals("dataflow", StringComparison.OrdinalIgnoreCase) && !structure.Equals("datastructure", StringComparison.OrdinalIgnoreCase)
                && !structure.Equals("dataprovision", StringComparison.OrdinalIgnoreCase))
            {
                throw Bad(line, 0, structure, "expected dataflow, datastructure or dataprovision.");
            }

            char act = 'I';
            if (action >= 0)
            {
                ReadOnlySpan<char> a = Coded(row, action);
                if (a.Length > 1 || (a.Length == 1 && "IAMRD".IndexOf(a[0]) < 0))
                {
                    throw Bad(line, action, a, "expected an action I (information), A (append), M (merge), R (replace) or D (delete).");
                }

                if (a.Length == 1)
                {
                    act = a[0];
                }
            }

            if (Content(line, row, act))
            {
                return;
            }

            IndicatorDefinition definition = Indicator(line, Coded(row, indicator));
            string region = Region(line, Coded(row, refArea));
            ReportingPeriod period = Period(line, Coded(row, timePeriod));
            if (act == 'D')
            {
                Delete(line, definition, region, period);
                return;
            }

            ReadOnlySpan<char> value = row[obsValue].Span;
            if (value.IsEmpty || value.SequenceEqual("NaN") || value.SequenceEqual("#N/A"))
            {
                // Not provided (empty) leaves an earlier row's observation as it is; intentionally missing, in a row that
                // appends, merges or replaces, takes its place: the dataset then has no figure for the key.
                if (!value.IsEmpty && act != 'I')
                {
                    _ = Merged().Remove((definition.Code, region, period));
                }

                missing.Add(new SdmxMissingValue(line, definition.Code, region, period, value.ToString(), obsStatus >= 0 ? row[obsStatus].ToString() : string.Empty));
                return;
            }

            Pending pending = Figure(line, row, definition, region, period, value);
            if (act != 'I')
            {
                _ = Merged();
            }

            if (merged is null)
            {
                Add(line, pending, value);
                return;
            }

            try
            {
                _ = pending.Validate();
            }
            catch (ArgumentException e)
            {
                throw Bad(line, obsValue, value, e.Message, e);
            }

            var key = (definition.Code, region, period);
            if (merged.ContainsKey(key))
            {
                if (act == 'I')
                {
                    throw Duplicate(line, definition, region, period);
                }

                replaced++;
            }

            merged[key] = pending;
        }

        internal SdmxCsvImport Finish()
        {
            DatasetBuilder final = Builder;
            if (merged is not null)
            {
                final = new DatasetBuilder(catalog, final.Regions);
                foreach (Pending p in merged.Values)
                {
                    p.AddTo(final);
                }
            }

            Dataset dataset = BuildWithContent(final);

            return new SdmxCsvImport(dataset, missing.AsReadOnly(), deletions.AsReadOnly(), replaced, unknown.AsReadOnly());
        }

        private void Delete(int line, IndicatorDefinition definition, string region, ReportingPeriod period)
        {
            bool removed = Merged().Remove((definition.Code, region, period));
            deletions.Add(new SdmxDeletion(line, definition.Code, region, period, removed));
        }

        /// <summary>The observations by key, made from the builder's the first time a row needs them.</summary>
        private Dictionary<(string Indicator, string Region, ReportingPeriod Period), Pending> Merged()
        {
            if (merged is null)
            {
                merged = [];
                if (Builder.Count > 0)
                {
                    foreach (Observation o in Builder.Build().Observations)
                    {
                        merged[(o.Indicator.Code, o.Region.Id, o.Period)] = Pending.Of(o);
                    }
                }
            }

            return merged;
        }

        /// <summary>Adds a figure to the builder (figures of plain information rows go straight in).</summary>
        private void Add(int line, Pending pending, ReadOnlySpan<char> value)
        {
            if (Builder.HasFigure(pending.Indicator.Code, pending.Region, pending.Period))
            {
                throw Duplicate(line, pending.Indicator, pending.Region, pending.Period);
            }

            try
            {
                pending.AddTo(Builder);
            }
            catch (ArgumentException e)
            {
                // The key is new and known, the quantity the indicator's: what is refused is the figure itself.
                throw Bad(line, obsValue, value, e.Message, e);
            }
        }

        private Pending Figure(int line, SepReader.Row row, IndicatorDefinition definition, string region, ReportingPeriod period, ReadOnlySpan<char> value)
        {
            if (!SdmxNumber.TryParse(value, decimalComma, out Int128 digits, out int decimals))
            {
                throw Bad(line, obsValue, value, decimalComma
                    ? "expected a number: digits with an optional sign and decimals after '.' or ',' (or NaN, #N/A, or nothing for a missing value)."
                    : "expected a number: digits with an optional sign and decimals after '.' (or NaN, #N/A, or nothing for a missing value).");
            }

            int multiplier = 0;
            if (unitMult >= 0)
            {
                ReadOnlySpan<char> m = Coded(row, unitMult);
                if (!m.IsEmpty && (!int.TryParse(m, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out multiplier) || multiplier is < -15 or > 15))
                {
                    throw Bad(line, unitMult, m, "expected a code of SDMX:CL_UNIT_MULT(1.1), -15 to 15 (0 units, 4 万, 8 亿, 12 万亿).");
                }
            }

            if (unitMeasure >= 0)
            {
                ReadOnlySpan<char> u = Coded(row, unitMeasure);
                string expected = SdmxCodes.Unit(definition);
                if (!u.IsEmpty && !u.SequenceEqual(expected))
                {
                    throw Bad(line, unitMeasure, u, $"the indicator \"{definition.Code}\" is {Describe(definition)}, whose UNIT_MEASURE is {expected}.");
                }
            }

            FigureStatus status = FigureStatus.Normal;
            if (obsStatus >= 0)
            {
                ReadOnlySpan<char> s = Coded(row, obsStatus);
                if (!SdmxCodes.TryStatus(s, out status))
                {
                    throw Bad(line, obsStatus, s, "expected a status of a figure, SDMX:CL_OBS_STATUS A (normal), E (estimated), F (forecast) or P (provisional); other codes go with a missing value (NaN).");
                }
            }

            Qualifier qualifier = Qualifier.None;
            bool inclusive = true;
            if (obsQualifier >= 0)
            {
                ReadOnlySpan<char> q = Coded(row, obsQualifier);
                if (!SdmxCodes.TryQualifier(q, out qualifier, out inclusive))
                {
                    throw Bad(line, obsQualifier, q, "expected nothing (no qualifier), APPROX, AT_MOST, BELOW, AT_LEAST, OVER or SPAN.");
                }
            }

            string? note = null;
            if (comment >= 0)
            {
                ReadOnlySpan<char> c = row[comment].Span;
                if (!c.IsEmpty)
                {
                    CheckText(line, comment, c);
                    note = lastNote is not null && c.SequenceEqual(lastNote) ? lastNote : c.ToString();
                    lastNote = note;
                }
            }

            if (!SdmxNumber.TryPrinting(multiplier, decimals, out Scale scale, out int scaleDecimals))
            {
                throw Bad(line, obsValue, value, string.Create(CultureInfo.InvariantCulture,
                    $"with UNIT_MULT {multiplier} its last digit is worth 10^{multiplier - decimals}; a dataset's figures are printed to 1, 万, 亿 or 万亿 or finer, so write it with more decimals."));
            }

            long stored;
            if (definition.Quantity == IndicatorQuantity.Rate)
            {
                if (multiplier != 0)
                {
                    throw Bad(line, unitMult, Coded(row, unitMult), $"the indicator \"{definition.Code}\" is a rate, printed in percent with UNIT_MULT 0.");
                }

                if (digits > long.MaxValue || digits < long.MinValue || decimals > 36)
                {
                    throw Bad(line, obsValue, value, "a rate of a dataset has at most 18 digits and 36 decimals.");
                }

                stored = (long)digits;
            }
            else
            {
                int exponent = (int)scale - scaleDecimals + (definition.Quantity == IndicatorQuantity.Money ? 2 : 0);
                if (exponent < 0)
                {
                    throw Bad(line, obsValue, value, $"the value is finer than one {(definition.Quantity == IndicatorQuantity.Money ? "fen" : definition.Quantity == IndicatorQuantity.Persons ? "person" : definition.Unit!.EnglishSingular)}, which \"{definition.Code}\" counts in whole.");
                }

                Int128 units = digits;
                for (int k = 0; k <= exponent; k++)
                {
                    if (units > long.MaxValue || units < long.MinValue)
                    {
                        throw Bad(line, obsValue, value, "the value is beyond what a dataset holds (a 64-bit number of base units).");
                    }

                    units *= k < exponent ? 10 : 1;
                }

                stored = (long)units;
            }

            return new Pending(definition, region, period, stored, scale, scaleDecimals, qualifier, inclusive, status, note);
        }

        private IndicatorDefinition Indicator(int line, ReadOnlySpan<char> code)
        {
            if (lastIndicatorText is not null && code.SequenceEqual(lastIndicatorText))
            {
                return lastDefinition!;
            }

            string text = code.ToString();
            if (!catalog.TryGet(text, out IndicatorDefinition? definition))
            {
                throw Bad(line, indicator, code, code.IsEmpty ? "expected an indicator's code (a deletion of every indicator is not supported)." : "not an indicator of the catalog the message is read with.");
            }

            lastIndicatorText = text;
            lastDefinition = definition;
            return definition;
        }

        private string Region(int line, ReadOnlySpan<char> id)
        {
            if (lastRegion is not null && id.SequenceEqual(lastRegion))
            {
                return lastRegion;
            }

            string text = id.ToString();
            if (!Builder.Regions.Contains(text))
            {
                throw Bad(line, refArea, id, id.IsEmpty ? "expected a region's identifier (a deletion of every region is not supported)." : "not a region of the hierarchy the message is read with.");
            }

            lastRegion = text;
            return text;
        }

        private ReportingPeriod Period(int line, ReadOnlySpan<char> text)
        {
#if NET9_0_OR_GREATER
            if (periodLookup.TryGetValue(text, out ReportingPeriod known))
            {
                return known;
            }
#else
            if (periods.TryGetValue(text.ToString(), out ReportingPeriod known))
            {
                return known;
            }
#endif

            if (!SdmxTimePeriod.TryParse(text, out ReportingPeriod period, out string? problem))
            {
                throw Bad(line, timePeriod, text, problem + ".");
            }

            if (periods.Count < 65_536)
            {
                periods[text.ToString()] = period;
            }

            return period;
        }

        /// <summary>Refuses a text that is not valid UTF-16: a surrogate without its pair.</summary>
        private void CheckText(int line, int column, ReadOnlySpan<char> text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    throw new SdmxCsvException(line, column + 1, names[column], string.Create(CultureInfo.InvariantCulture, $"a lone surrogate (U+{(int)text[i]:X4}) at character {i + 1}: the text is not valid UTF-16."));
                }
            }
        }

        private SdmxCsvException Bad(int line, int column, ReadOnlySpan<char> cell, string expected, Exception? inner = null) =>
            new(line, column + 1, names[column], $"\"{Excerpt(cell.ToString())}\": {expected}", inner);

        private static SdmxCsvException Duplicate(int line, IndicatorDefinition definition, string region, ReportingPeriod period) =>
            new(line, 0, null, $"an earlier row gave the observation of \"{definition.Code}\" for {region} in {SdmxTimePeriod.Format(period)}; a row of action I gives each once (A, M or R replace it).");

        private static string Describe(IndicatorDefinition definition) => definition.Quantity switch
        {
            IndicatorQuantity.Money => "money",
            IndicatorQuantity.Persons => "persons",
            IndicatorQuantity.Count => "a count of " + definition.Unit!.EnglishPlural,
            _ => "a rate",
        };
    }
}
