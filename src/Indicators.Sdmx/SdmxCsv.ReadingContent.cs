using System;
using System.Collections.Generic;
using System.Globalization;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using nietras.SeparatedValues;

namespace Indicators.Sdmx;

/// <content>Reading the rows that are not observations: the dataset's own attributes, targets, completion rates, derived figures.</content>
public static partial class SdmxCsv
{
    /// <content>The rows of the dataflows of targets, completion rates and derived figures, and the dataset's row.</content>
    private sealed partial class ReadSession
    {
        // What those rows add, in the message's order, with the line each comes from; added to the dataset's builder
        // once every row is read (a completion rate needs its observation, which may come later or be replaced).
        private readonly List<(int Line, string? Derivation, Action<DatasetBuilder> Add)> content = [];
        private int datasetLine;
        private string? title;
        private string? source;
        private NodaTime.LocalDate? asOf;

        /// <summary>The builder of the observations, made the first time a row needs it: with the regions given, or else
        /// with the built-in divisions of the message's REGIONS_AS_OF (or of the newest list).</summary>
        private DatasetBuilder Builder => builder ??= new DatasetBuilder(
            catalog,
            regions ?? (asOf is { } date ? AdministrativeDivisions.AsOf(date) : AdministrativeDivisions.AsOf(AdministrativeDivisions.NewestListMonth)));

        /// <summary>Reads the row when it is one of targets, completion rates or derived figures, or the dataset's row;
        /// false for a row of observations (whose columns of those rows must then be empty).</summary>
        private bool Content(int line, SepReader.Row row, char act)
        {
            ReadOnlySpan<char> id = structureId >= 0 ? Coded(row, structureId) : default;
            if (id.SequenceEqual(SdmxCsvOptions.TargetsStructureId))
            {
                Only(line, row, act, SdmxColumns.Tolerance, SdmxColumns.Inferred);
                Target(line, row);
                return true;
            }

            if (id.SequenceEqual(SdmxCsvOptions.CompletionRatesStructureId))
            {
                Only(line, row, act);
                CompletionRate(line, row);
                return true;
            }

            if (id.SequenceEqual(SdmxCsvOptions.DerivationsStructureId))
            {
                Only(line, row, act, SdmxColumns.Derivation, SdmxColumns.DerivedFrom, SdmxColumns.Name, SdmxColumns.NameTraditional, SdmxColumns.NameEnglish);
                Derivation(line, row);
                return true;
            }

            if (row[refArea].Span.IsEmpty && row[indicator].Span.IsEmpty && row[timePeriod].Span.IsEmpty && row[obsValue].Span.IsEmpty
                && (Cell(row, SdmxColumns.Title).Length > 0 || Cell(row, SdmxColumns.SourceDetail).Length > 0 || Cell(row, SdmxColumns.RegionsAsOf).Length > 0))
            {
                Only(line, row, act, SdmxColumns.Title, SdmxColumns.SourceDetail, SdmxColumns.RegionsAsOf);
                DatasetAttributes(line, row);
                return true;
            }

            for (int k = 0; k < contentColumns.Length; k++)
            {
                if (contentColumns[k] >= 0 && !row[contentColumns[k]].Span.IsEmpty)
                {
                    throw Bad(line, contentColumns[k], row[contentColumns[k]].Span, ContentColumns[k] is SdmxColumns.Title or SdmxColumns.SourceDetail or SdmxColumns.RegionsAsOf
                        ? "a dataset attribute is given in the dataset's own row (no REF_AREA, INDICATOR, TIME_PERIOD or OBS_VALUE), not in a row of observations."
                        : $"{ContentColumns[k]} belongs to the rows of targets or derived figures ({SdmxCsvOptions.TargetsStructureId}, {SdmxCsvOptions.DerivationsStructureId}), not to observations.");
                }
            }

            return false;
        }

        /// <summary>Checks that the row's action is I and that of the columns of content only <paramref name="allowed"/> are filled.</summary>
        private void Only(int line, SepReader.Row row, char act, params string[] allowed)
        {
            if (act != 'I')
            {
                throw Bad(line, action, row[action].Span, "rows of a dataset's own attributes, targets, completion rates and derived figures give them once, with the action I.");
            }

            for (int k = 0; k < contentColumns.Length; k++)
            {
                if (contentColumns[k] >= 0 && !row[contentColumns[k]].Span.IsEmpty && Array.IndexOf(allowed, ContentColumns[k]) < 0)
                {
                    throw Bad(line, contentColumns[k], row[contentColumns[k]].Span, $"this row's structure ({Coded(row, structureId).ToString()}) has no {ContentColumns[k]}: leave it empty.");
                }
            }
        }

        private ReadOnlySpan<char> Cell(SepReader.Row row, string column)
        {
            int j = contentColumns[Array.IndexOf(ContentColumns, column)];
            return j >= 0 ? row[j].Span : default;
        }

        private void DatasetAttributes(int line, SepReader.Row row)
        {
            if (datasetLine > 0)
            {
                throw new SdmxCsvException(line, 0, null, string.Create(CultureInfo.InvariantCulture, $"line {datasetLine} gave the dataset's own attributes already; a message gives them in one row."));
            }

            datasetLine = line;
            NoCells(line, row, "the dataset's row has no unit, status, qualifier or note", unitMeasure, unitMult, obsStatus, obsQualifier, comment);
            title = Text(line, row, SdmxColumns.Title);
            source = Text(line, row, SdmxColumns.SourceDetail);
            ReadOnlySpan<char> date = Cell(row, SdmxColumns.RegionsAsOf);
            int column = contentColumns[Array.IndexOf(ContentColumns, SdmxColumns.RegionsAsOf)];
            if (date.IsEmpty)
            {
                return;
            }

            NodaTime.Text.ParseResult<NodaTime.LocalDate> parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(date.ToString());
            if (!parsed.Success)
            {
                throw Bad(line, column, date, "expected the date of a built-in list of divisions, yyyy-MM-dd.");
            }

            try
            {
                _ = AdministrativeDivisions.AsOf(parsed.Value);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw Bad(line, column, date, e.Message, e);
            }

            if (regions is null && builder is not null)
            {
                throw Bad(line, column, date, "the regions are taken from this date, so the dataset's row comes before the rows that name regions.");
            }

            if (regions is not null && !System.Linq.Enumerable.SequenceEqual(regions.Regions, AdministrativeDivisions.AsOf(parsed.Value).Regions))
            {
                throw Bad(line, column, date, "the message's regions are the built-in divisions of this date, and it is read with another hierarchy: read it with the regions it names (SdmxCsv.Read(reader, catalog)), or with AdministrativeDivisions.AsOf of this date.");
            }

            asOf = parsed.Value;
        }

        private void Target(int line, SepReader.Row row)
        {
            (IndicatorDefinition definition, string region, ReportingPeriod period) = Key(line, row);
            NoCell(line, row, obsStatus, "a target has no status");
            NoCell(line, row, comment, "a target has no source note");
            Qualifier qualifier = Qualifier.None;
            bool inclusive = true;
            ReadOnlySpan<char> q = obsQualifier >= 0 ? Coded(row, obsQualifier) : default;
            if (!SdmxCodes.TryQualifier(q, out qualifier, out inclusive) || qualifier is Qualifier.None or Qualifier.Span || (qualifier == Qualifier.Approximately) != (Cell(row, SdmxColumns.Tolerance).Length > 0))
            {
                throw obsQualifier < 0
                    ? new SdmxCsvException(line, 0, null, "a target needs its kind in OBS_QUALIFIER: the header has no OBS_QUALIFIER column.")
                    : Bad(line, obsQualifier, q, "expected the kind of a target: AT_LEAST or OVER (a floor), AT_MOST or BELOW (a ceiling), or APPROX (a level, with its TOLERANCE; only a level has one).");
            }

            (Int128 digits, int decimals) = Value(line, row, definition);
            string? reason = Text(line, row, SdmxColumns.Inferred);
            int toleranceColumn = contentColumns[Array.IndexOf(ContentColumns, SdmxColumns.Tolerance)];
            bool level = qualifier == Qualifier.Approximately;
            (Int128 toleranceDigits, int toleranceDecimals) = level ? Number(line, row, toleranceColumn) : (0, 0);
            if (level && toleranceDigits <= 0)
            {
                throw Bad(line, toleranceColumn, row[toleranceColumn].Span, "a level's tolerance is more than zero.");
            }
            Action<DatasetBuilder> add;
            try
            {
                switch (definition.Quantity)
                {
                    case IndicatorQuantity.Money:
                        add = Adding(definition.Code, region, period, Make(qualifier, inclusive, Money.FromFen(Base(line, row, obsValue, definition, digits, decimals)), level ? Money.FromFen(Base(line, row, toleranceColumn, definition, toleranceDigits, toleranceDecimals)) : default), reason);
                        break;
                    case IndicatorQuantity.Persons:
                        add = Adding(definition.Code, region, period, Make(qualifier, inclusive, Headcount.FromPersons(Base(line, row, obsValue, definition, digits, decimals)), level ? Headcount.FromPersons(Base(line, row, toleranceColumn, definition, toleranceDigits, toleranceDecimals)) : default), reason);
                        break;
                    case IndicatorQuantity.Count:
                        add = Adding(definition.Code, region, period, Make(qualifier, inclusive, new UnitCount(Base(line, row, obsValue, definition, digits, decimals), definition.Unit!), new UnitCount(level ? Base(line, row, toleranceColumn, definition, toleranceDigits, toleranceDecimals) : 0, definition.Unit!)), reason);
                        break;
                    default:
                        add = RateAdding(definition.Code, region, period, qualifier, inclusive, Hundredths(line, row, obsValue, digits, decimals), level ? Hundredths(line, row, toleranceColumn, toleranceDigits, toleranceDecimals) : default, reason);
                        break;
                }
            }
            catch (ArgumentException e)
            {
                throw Bad(line, obsValue, row[obsValue].Span, e.Message, e);
            }

            content.Add((line, null, add));
        }

        private static QuantityTarget<T> Make<T>(Qualifier qualifier, bool inclusive, T value, T tolerance)
            where T : struct, IQuantity<T> => qualifier switch
            {
                Qualifier.AtLeast => QuantityTarget.AtLeast(value, inclusive),
                Qualifier.AtMost => QuantityTarget.AtMost(value, inclusive),
                _ => QuantityTarget.About(value, tolerance),
            };

        private static Action<DatasetBuilder> Adding<T>(string indicator, string region, ReportingPeriod period, QuantityTarget<T> target, string? reason)
            where T : struct, IQuantity<T> =>
            b => _ = reason is null ? b.AddTarget(indicator, region, period, target) : b.AddInferredTarget(indicator, region, period, target, reason);

        private static Action<DatasetBuilder> RateAdding(string indicator, string region, ReportingPeriod period, Qualifier qualifier, bool inclusive, Ratio value, Ratio tolerance, string? reason)
        {
            Percent rate = Percent.FromRatio(value);
            RateTarget target = qualifier switch
            {
                Qualifier.AtLeast => RateTarget.AtLeast(rate, inclusive),
                Qualifier.AtMost => RateTarget.AtMost(rate, inclusive),
                _ => RateTarget.About(rate, PercentagePoints.FromRatio(tolerance)),
            };
            return b => _ = reason is null ? b.AddTarget(indicator, region, period, target) : b.AddInferredTarget(indicator, region, period, target, reason);
        }

        private void CompletionRate(int line, SepReader.Row row)
        {
            (IndicatorDefinition definition, string region, ReportingPeriod period) = Key(line, row);
            NoCell(line, row, comment, "a completion rate has no source note (its observation has)");
            if (unitMeasure >= 0 && Coded(row, unitMeasure) is { IsEmpty: false } u && !u.SequenceEqual(SdmxCodes.Percent))
            {
                throw Bad(line, unitMeasure, u, $"a completion rate is in percent: {SdmxCodes.Percent}.");
            }

            (Int128 digits, int decimals) = Number(line, row, obsValue);
            FigureStatus status = FigureStatus.Normal;
            if (obsStatus >= 0 && !SdmxCodes.TryStatus(Coded(row, obsStatus), out status))
            {
                throw Bad(line, obsStatus, Coded(row, obsStatus), "expected A, E, F or P.");
            }

            Qualifier qualifier = Qualifier.None;
            bool inclusive = true;
            if (obsQualifier >= 0 && !SdmxCodes.TryQualifier(Coded(row, obsQualifier), out qualifier, out inclusive))
            {
                throw Bad(line, obsQualifier, Coded(row, obsQualifier), "expected nothing (no qualifier), APPROX, AT_MOST, BELOW, AT_LEAST, OVER or SPAN.");
            }

            PublishedRate rate;
            try
            {
                rate = PublishedRate.Of(Percent.FromRatio(Hundredths(line, row, obsValue, digits, decimals)), decimals, qualifier, inclusive, status);
            }
            catch (ArgumentException e)
            {
                throw Bad(line, obsValue, row[obsValue].Span, e.Message, e);
            }

            string code = definition.Code;
            content.Add((line, null, b =>
            {
                if (!b.HasFigure(code, region, period))
                {
                    throw new ArgumentException($"the completion rate of \"{code}\" for {region} in {SdmxTimePeriod.Format(period)} qualifies no observation of the message.");
                }

                _ = b.AddCompletionRate(code, region, period, rate);
            }));
        }

        private void Derivation(int line, SepReader.Row row)
        {
            string id = Coded(row, indicator).ToString();
            string region = Region(line, Coded(row, refArea));
            ReportingPeriod period = Period(line, Coded(row, timePeriod));
            NoCell(line, row, obsValue, "a derived figure's value is computed from its indicators, not given");
            NoCells(line, row, "a derived figure's unit, status and qualifier follow from its indicators, and it has no note", unitMeasure, unitMult, obsStatus, obsQualifier, comment);
            int kindColumn = contentColumns[Array.IndexOf(ContentColumns, SdmxColumns.Derivation)];
            if (kindColumn < 0 || !SdmxCodes.TryDerivation(Coded(row, kindColumn), out DerivationKind kind))
            {
                throw kindColumn < 0
                    ? new SdmxCsvException(line, 0, null, "a derived figure needs its DERIVATION: the header has no DERIVATION column.")
                    : Bad(line, kindColumn, row[kindColumn].Span, "expected TOTAL, PER_UNIT, SHARE or PRODUCT.");
            }

            string[] from = Cell(row, SdmxColumns.DerivedFrom).ToString().Split(' ');
            string name = Text(line, row, SdmxColumns.Name) ?? string.Empty;
            string? traditional = Text(line, row, SdmxColumns.NameTraditional);
            string? english = Text(line, row, SdmxColumns.NameEnglish);
            DatasetDerivation derivation;
            try
            {
                derivation = new DatasetDerivation(id, kind, from, region, period, name, traditional, english);
            }
            catch (ArgumentException e)
            {
                int column = e.ParamName switch
                {
                    "id" => indicator,
                    "indicators" => contentColumns[Array.IndexOf(ContentColumns, SdmxColumns.DerivedFrom)],
                    "name" => contentColumns[Array.IndexOf(ContentColumns, SdmxColumns.Name)],
                    "traditionalName" => contentColumns[Array.IndexOf(ContentColumns, SdmxColumns.NameTraditional)],
                    "englishName" => contentColumns[Array.IndexOf(ContentColumns, SdmxColumns.NameEnglish)],
                    _ => -1,
                };
                throw column < 0 ? new SdmxCsvException(line, 0, null, e.Message, e) : Bad(line, column, row[column].Span, e.Message, e);
            }

            content.Add((line, id, b =>
            {
                foreach (string code in derivation.Indicators)
                {
                    if (!b.HasFigure(code, derivation.Region, derivation.Period))
                    {
                        throw new ArgumentException($"the derived figure \"{derivation.Id}\" needs the figure of \"{code}\" for {derivation.Region} in {SdmxTimePeriod.Format(derivation.Period)}, which the message does not give.");
                    }
                }

                _ = b.AddDerivation(derivation);
            }));
        }

        /// <summary>The dataset of the final builder, with what the rows of content give.</summary>
        private Dataset BuildWithContent(DatasetBuilder final)
        {
            final.Title = title;
            final.Source = source;
            final.RegionsAsOf = asOf;
            foreach ((int line, _, Action<DatasetBuilder> add) in content)
            {
                try
                {
                    add(final);
                }
                catch (ArgumentException e)
                {
                    // The builder's refusals: a second target or completion rate of a key, or an inferred target's reason.
                    int column = e.ParamName == "reason" ? contentColumns[Array.IndexOf(ContentColumns, SdmxColumns.Inferred)] : -1;
                    throw new SdmxCsvException(line, column + 1, column >= 0 ? names[column] : null, e.Message, e);
                }
            }

            try
            {
                return final.Build();
            }
            catch (InvalidOperationException e)
            {
                // A derived figure that needs an observation the message does not give, or cannot be computed from them.
                int line = content.Find(c => c.Derivation is not null && e.Message.Contains('"' + c.Derivation + '"', StringComparison.Ordinal)).Line;
                throw new SdmxCsvException(line, 0, null, e.Message, e);
            }
        }

        private (IndicatorDefinition Indicator, string Region, ReportingPeriod Period) Key(int line, SepReader.Row row)
        {
            IndicatorDefinition definition = Indicator(line, Coded(row, indicator));
            if (definition.Quantity == IndicatorQuantity.Rate && Coded(row, structureId).SequenceEqual(SdmxCsvOptions.CompletionRatesStructureId))
            {
                throw Bad(line, indicator, Coded(row, indicator), "a rate has no completion rate, only a target met or not.");
            }

            return (definition, Region(line, Coded(row, refArea)), Period(line, Coded(row, timePeriod)));
        }

        private void NoCells(int line, SepReader.Row row, string why, params int[] columns)
        {
            foreach (int column in columns)
            {
                NoCell(line, row, column, why);
            }
        }

        /// <summary>A text cell of the columns of content (null when empty), refused when it is not valid UTF-16 (a lone
        /// surrogate), which no dataset format can write.</summary>
        private string? Text(int line, SepReader.Row row, string column)
        {
            int j = contentColumns[Array.IndexOf(ContentColumns, column)];
            if (j < 0 || row[j].Span.IsEmpty)
            {
                return null;
            }

            CheckText(line, j, row[j].Span);
            return row[j].ToString();
        }

        private void NoCell(int line, SepReader.Row row, int column, string why)
        {
            if (column >= 0 && !row[column].Span.IsEmpty)
            {
                throw Bad(line, column, row[column].Span, why + ": leave it empty.");
            }
        }

        /// <summary>A target's value: a number with UNIT_MULT 0 (or none) in the indicator's UNIT_MEASURE.</summary>
        private (Int128 Digits, int Decimals) Value(int line, SepReader.Row row, IndicatorDefinition definition)
        {
            if (unitMeasure >= 0 && Coded(row, unitMeasure) is { IsEmpty: false } u && !u.SequenceEqual(SdmxCodes.Unit(definition)))
            {
                throw Bad(line, unitMeasure, u, $"the indicator \"{definition.Code}\" is {Describe(definition)}, whose UNIT_MEASURE is {SdmxCodes.Unit(definition)}.");
            }

            return Number(line, row, obsValue);
        }

        /// <summary>A number of a row of content, in units (UNIT_MULT 0 or empty).</summary>
        private (Int128 Digits, int Decimals) Number(int line, SepReader.Row row, int column)
        {
            if (unitMult >= 0 && Coded(row, unitMult) is { IsEmpty: false } m && !m.SequenceEqual("0"))
            {
                throw Bad(line, unitMult, m, "targets and completion rates are written in units (UNIT_MULT 0).");
            }

            ReadOnlySpan<char> cell = row[column].Span;
            if (!SdmxNumber.TryParse(cell, decimalComma, out Int128 digits, out int decimals))
            {
                throw Bad(line, column, cell, "expected a number: digits with an optional sign and decimals.");
            }

            return (digits, decimals);
        }

        /// <summary>A number in base units (fen, persons, units), refused when it is finer than one.</summary>
        private long Base(int line, SepReader.Row row, int column, IndicatorDefinition definition, Int128 digits, int decimals)
        {
            (digits, decimals) = SdmxNumber.Trimmed(digits, decimals);
            int exponent = (definition.Quantity == IndicatorQuantity.Money ? 2 : 0) - decimals;
            if (exponent < 0)
            {
                throw Bad(line, column, row[column].Span, $"the value is finer than one {(definition.Quantity == IndicatorQuantity.Money ? "fen" : definition.Quantity == IndicatorQuantity.Persons ? "person" : definition.Unit!.EnglishSingular)}.");
            }

            if (digits > long.MaxValue || digits < long.MinValue)
            {
                throw Bad(line, column, row[column].Span, "the value is beyond a 64-bit number of base units.");
            }

            Int128 units = exponent == 2 ? digits * 100 : exponent == 1 ? digits * 10 : digits;
            return units <= long.MaxValue && units >= long.MinValue
                ? (long)units
                : throw Bad(line, column, row[column].Span, "the value is beyond a 64-bit number of base units.");
        }

        /// <summary>A number in percent (or points) as a ratio: 3.5 → 0.035.</summary>
        private Ratio Hundredths(int line, SepReader.Row row, int column, Int128 digits, int decimals)
        {
            if (decimals > 36)
            {
                throw Bad(line, column, row[column].Span, "a rate has at most 36 decimals.");
            }

            Int128 denominator = 100;
            for (int k = 0; k < decimals; k++)
            {
                denominator *= 10;
            }

            return new Ratio(digits, denominator);
        }
    }
}
