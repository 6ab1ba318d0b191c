using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Serialization.Documents;
using Indicators.Targets;
using NodaTime;

namespace Indicators.Serialization;

/// <content>Reading: the document is deserialized through <see cref="DatasetDocumentContext"/>, then checked and built
/// entry by entry; a JSON path is made only for an error.</content>
public static partial class DatasetJson
{
    private static DatasetDocument Deserialize(Func<DatasetDocument?> deserialize)
    {
        DatasetDocument? document;
        try
        {
            document = deserialize();
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }

        return document ?? throw Error("$", "expected a JSON object; got null.");
    }

    /// <summary>The serializer's error with the path first and the problem in the format's words.</summary>
    private static JsonException Translate(JsonException e)
    {
        string path = e.Path ?? "$";
        if (e is JsonValueException value)
        {
            return Error(path, value.Detail, e);
        }

        string message = e.Message;
        int location = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (location >= 0)
        {
            message = message[..location];
        }

        string where = e.LineNumber is long line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})") : string.Empty;
        if (e.InnerException is InvalidOperationException invalid)
        {
            // A string the reader cannot decode: invalid UTF-8 in a stream, an escaped lone surrogate.
            return Error(path, $"the text cannot be read{where}: {invalid.Message}", e);
        }

        if (e.InnerException is null && message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            // Only the objects and arrays of the format are left to the serializer's own converters.
            bool array = !(path == "$" || path.EndsWith(']') || path.EndsWith(".regions", StringComparison.Ordinal));
            return Error(path, array ? "expected a JSON array." : "expected a JSON object.", e);
        }

        return Error(path, $"the text is not a JSON document{where}: {message}", e);
    }

    private static Dataset ReadDocument(DatasetDocument root)
    {
        var at = new Location("$", -1);
        CheckFields(root, at);
        _ = Required(root.Format, 0, root, at);
        Require(root.Has(1), root, 1, at);
        RegionHierarchy regions = ReadRegions(NotNull(root.Regions, 4, root, at, "a JSON object") ?? throw Missing(root, 4, at), out LocalDate? asOf);
        IndicatorCatalog catalog = ReadIndicators(root, at);
        var builder = new DatasetBuilder(catalog, regions) { Title = root.Title, Source = root.Source, RegionsAsOf = asOf };
        Require(root.Has(6), root, 6, at);
        ReadObservations(builder, root, at);
        ForEach(root.Targets, 7, root, at, (TargetDocument item, Location path) => ReadTarget(builder, item, path));
        ForEach(root.CompletionRates, 8, root, at, (CompletionRateDocument item, Location path) => ReadCompletionRate(builder, item, path));
        ForEach(root.Derived, 9, root, at, (DerivationDocument item, Location path) => ReadDerivation(builder, item, path));
        try
        {
            return builder.Build();
        }
        catch (DerivationException e)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"$.derived[{e.Index}]"), e.Message, e); // the reader checks every other cause of Build's refusal item by item
        }
    }

    private static RegionHierarchy ReadRegions(RegionsDocument element, out LocalDate? asOfDate)
    {
        var at = new Location("$.regions", -1);
        CheckFields(element, at);
        asOfDate = null;
        RegionHierarchy hierarchy = RegionHierarchy.Empty;
        if (NotNull(element.AsOf, 0, element, at, IsoDateJsonConverter.Expected) is { } date)
        {
            try
            {
                hierarchy = AdministrativeDivisions.AsOf(date);
                asOfDate = date;
            }
            catch (ArgumentException e)
            {
                throw Error(at.Field("asOf"), e.Message, e);
            }
        }

        if (element.Defined is null && !element.Has(1))
        {
            return hierarchy;
        }

        var list = new List<Region>();
        ForEach(element.Defined, 1, element, at, (RegionDocument item, Location path) => list.Add(ReadRegion(item, path)));
        try
        {
            return hierarchy.With(list);
        }
        catch (ArgumentException e)
        {
            throw Error("$.regions.defined", e.Message, e);
        }
    }

    private static Region ReadRegion(RegionDocument element, Location at)
    {
        string id = Required(element.Id, 0, element, at);
        string name = Required(element.Name, 1, element, at);
        string levelText = Required(element.Level, 4, element, at);
        string? parent = element.Parent;
        RegionLevel level = Named(FormatNames.Level, levelText, at, "level");
        try
        {
            if (RegionCode.TryParse(id, out RegionCode code))
            {
                // A division's parent is a division (a six-digit code) or any region defined in data (a group).
                RegionCode parentCode = default;
                return parent is null || RegionCode.TryParse(parent, out parentCode)
                    ? Region.Division(code, name, level, parentCode, element.TraditionalName, element.EnglishName)
                    : Region.Division(code, name, level, default, element.TraditionalName, element.EnglishName).WithParent(parent);
            }

            return Region.Defined(id, name, level, parent, element.TraditionalName, element.EnglishName);
        }
        catch (ArgumentException e)
        {
            throw Error(at.ToString(), e.Message, e);
        }
    }

    private static IndicatorCatalog ReadIndicators(DatasetDocument root, Location at)
    {
        if (!root.Has(5))
        {
            return IndicatorCatalog.BuiltIn;
        }

        var list = new List<IndicatorDefinition>();
        ForEach(root.Indicators, 5, root, at, (IndicatorDocument item, Location path) =>
        {
            IndicatorDefinition definition = ReadIndicator(item, path);
            try
            {
                IndicatorCatalog.BuiltIn.With([definition]);
            }
            catch (ArgumentException e)
            {
                throw Error(path.ToString(), e.Message, e);
            }

            list.Add(definition);
        });
        try
        {
            return IndicatorCatalog.BuiltIn.With(list);
        }
        catch (ArgumentException e)
        {
            throw Error("$.indicators", e.Message, e);
        }
    }

    private static IndicatorDefinition ReadIndicator(IndicatorDocument element, Location at)
    {
        string code = Required(element.Code, 0, element, at);
        IndicatorQuantity quantity = Named(FormatNames.Quantity, Required(element.Quantity, 1, element, at), at, "quantity");
        string natureText = Required(element.Nature, 3, element, at);
        string name = Required(element.Name, 8, element, at);
        (string? traditional, string? english) = (element.TraditionalName, element.EnglishName);
        (string? unitText, string? rollupText) = (element.Unit, element.Rollup);
        (string? numerator, string? denominator) = (element.Numerator, element.Denominator);
        TemporalNature nature = Named(FormatNames.Nature, natureText, at, "nature");
        Polarity polarity = element.Polarity is { } polarityText ? Named(FormatNames.Polarity, polarityText, at, "polarity") : Polarity.HigherIsBetter;
        RollupKind? rollupKind = rollupText is null ? null : Named(FormatNames.Rollup, rollupText, at, "rollup");
        if (quantity != IndicatorQuantity.Count && unitText is not null)
        {
            throw Error(at.Field("unit"), $"only a count has a unit; this indicator is {FormatNames.Quantity[quantity]}.");
        }

        if (rollupKind != RollupKind.Ratio && (numerator is not null || denominator is not null))
        {
            throw Error(at.Field(numerator is not null ? "numerator" : "denominator"), "only a ratio roll-up has a numerator and a denominator.");
        }

        try
        {
            switch (quantity)
            {
                case IndicatorQuantity.Money:
                    bool additive = rollupKind switch
                    {
                        null or RollupKind.Sum => true,
                        RollupKind.NotAdditive => false,
                        _ => throw Error(at.Field("rollup"), $"money rolls up as sum or not-additive; got {Quote(rollupText!)}."),
                    };
                    return IndicatorDefinition.Money(code, nature, name, traditional, english, polarity, additive);
                case IndicatorQuantity.Persons:
                    CheckSum(rollupKind, rollupText, at);
                    return IndicatorDefinition.Persons(code, nature, name, traditional, english, polarity);
                case IndicatorQuantity.Count:
                    CheckSum(rollupKind, rollupText, at);
                    if (unitText is null)
                    {
                        throw Error(at.ToString(), "missing the required field \"unit\" (a count needs its unit).");
                    }

                    CountUnit unit = CountUnit.TryGetPredefined(unitText, out CountUnit? u)
                        ? u
                        : throw Error(at.Field("unit"), $"unknown unit {Quote(unitText)}; expected one of {string.Join(", ", System.Linq.Enumerable.Select(CountUnit.All, x => x.Code))}.");
                    return IndicatorDefinition.Count(code, unit, nature, name, traditional, english, polarity);
                default:
                    RegionalRollup rollup = rollupKind switch
                    {
                        RollupKind.NotAdditive => RegionalRollup.NotAdditive,
                        RollupKind.Ratio => RegionalRollup.Ratio(
                            numerator ?? throw Error(at.ToString(), "missing the required field \"numerator\" (a ratio roll-up names its numerator)."),
                            denominator ?? throw Error(at.ToString(), "missing the required field \"denominator\" (a ratio roll-up names its denominator).")),
                        null => throw Error(at.ToString(), "missing the required field \"rollup\" (a rate rolls up as ratio or not-additive)."),
                        _ => throw Error(at.Field("rollup"), $"a rate rolls up as ratio or not-additive; got {Quote(rollupText!)}."),
                    };
                    return IndicatorDefinition.Rate(code, rollup, name, traditional, english, polarity, nature);
            }
        }
        catch (ArgumentException e)
        {
            throw Error(at.ToString(), e.Message, e);
        }
    }

    private static void CheckSum(RollupKind? rollup, string? text, Location at)
    {
        if (rollup is not (null or RollupKind.Sum))
        {
            throw Error(at.Field("rollup"), $"persons and counts roll up as sum; got {Quote(text!)}.");
        }
    }

    /// <summary>The member a name of the format stands for, or an error at the field naming the names there are.</summary>
    private static T Named<T>(FormatNames<T> names, string text, Location at, string field)
        where T : struct, Enum =>
        names.TryParse(text, out T value) ? value : throw Error(at.Field(field), $"expected {names.Expected}; got {Quote(text)}.");

    private static void ReadObservations(DatasetBuilder builder, DatasetDocument root, Location rootAt)
    {
        List<ObservationDocument?>? observations = root.Observations;
        ForEach(observations, 6, root, rootAt, (ObservationDocument item, Location at) =>
        {
            (IndicatorDefinition indicator, string region, ReportingPeriod period) = ReadKey(builder, item, at);
            string figure = Required(item.Figure, 3, item, at);
            if (builder.HasFigure(indicator.Code, region, period))
            {
                int first = observations!.FindIndex(o => o is not null && o.Indicator == indicator.Code && o.Region == region && o.Period == period);
                throw Error(at.ToString(), string.Create(CultureInfo.InvariantCulture, $"a second figure of \"{indicator.Code}\" for {region} in {period}; the first is $.observations[{first}]."));
            }

            try
            {
                builder.Add(indicator.Code, region, period, figure, item.Source);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                string problem = indicator.Quantity == IndicatorQuantity.Persons && LooksNegative(figure)
                    ? $"a headcount cannot be negative; got {Quote(figure)}."
                    : $"{Quote(figure)} is not a figure of \"{indicator.Code}\" ({Observation.Describe(indicator)}): {e.Message}";
                throw Error(at.Field("figure"), problem, e);
            }
        });
    }

    private static bool LooksNegative(string figure)
    {
        string t = figure.TrimStart();
        foreach (char prefix in "约約近超逾达達")
        {
            if (t.StartsWith(prefix))
            {
                t = t[1..];
            }
        }

        return t.StartsWith('-') || t.StartsWith('−') || t.StartsWith('负') || t.StartsWith('負');
    }

    private static void ReadTarget(DatasetBuilder builder, TargetDocument item, Location at)
    {
        (IndicatorDefinition indicator, string region, ReportingPeriod period) = ReadKey(builder, item, at);
        string text = Required(item.Target, 3, item, at);
        string? reason = item.Inferred;
        if (reason is not null && string.IsNullOrWhiteSpace(reason))
        {
            throw Error(at.Field("inferred"), "an inferred target needs the reason it was inferred.");
        }

        try
        {
            switch (indicator.Quantity)
            {
                case IndicatorQuantity.Money:
                    AddTarget(builder, indicator.Code, region, period, QuantityTarget<Money>.Parse(text), reason);
                    break;
                case IndicatorQuantity.Persons:
                    AddTarget(builder, indicator.Code, region, period, QuantityTarget<Headcount>.Parse(text), reason);
                    break;
                case IndicatorQuantity.Count:
                    AddTarget(builder, indicator.Code, region, period, CountTarget(QuantityTarget<UnitCount>.Parse(text), indicator.Unit!), reason);
                    break;
                default:
                    RateTarget rate = RateTarget.Parse(text);
                    if (reason is null)
                    {
                        builder.AddTarget(indicator.Code, region, period, rate);
                    }
                    else
                    {
                        builder.AddInferredTarget(indicator.Code, region, period, rate, reason);
                    }

                    break;
            }
        }
        catch (ArgumentException e) when (e.ParamName == "period")
        {
            throw Error(at.ToString(), $"a second target of \"{indicator.Code}\" for {region} in {period}.", e); // the builder's refusal of a second target
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw Error(at.Field("target"), $"{Quote(text)} is not a target of \"{indicator.Code}\" ({Observation.Describe(indicator)}): {e.Message}", e);
        }
    }

    private static QuantityTarget<UnitCount> CountTarget(QuantityTarget<UnitCount> target, CountUnit unit)
    {
        // The measure word may be shared (个 counts positions and projects): read it as the indicator's unit.
        if (target.Value.Unit == unit || target.Value.Unit is not { } given || (given.Simplified != unit.Simplified && given.Traditional != unit.Traditional))
        {
            return target;
        }

        var value = new UnitCount(target.Value.Value, unit);
        return target.Kind switch
        {
            TargetKind.AtLeast => QuantityTarget.AtLeast(value, target.IsInclusive),
            TargetKind.AtMost => QuantityTarget.AtMost(value, target.IsInclusive),
            _ => QuantityTarget.About(value, new UnitCount(target.Tolerance.Value, unit)),
        };
    }

    private static void AddTarget<T>(DatasetBuilder builder, string indicator, string region, ReportingPeriod period, QuantityTarget<T> target, string? reason)
        where T : struct, IQuantity<T>
    {
        if (reason is null)
        {
            builder.AddTarget(indicator, region, period, target);
        }
        else
        {
            builder.AddInferredTarget(indicator, region, period, target, reason);
        }
    }

    private static void ReadCompletionRate(DatasetBuilder builder, CompletionRateDocument item, Location at)
    {
        (IndicatorDefinition indicator, string region, ReportingPeriod period) = ReadKey(builder, item, at);
        Require(item.Has(3), item, 3, at);
        if (indicator.Quantity == IndicatorQuantity.Rate)
        {
            throw Error(at.Field("indicator"), $"\"{indicator.Code}\" is a rate: rates have no completion rate.");
        }

        if (!builder.HasFigure(indicator.Code, region, period))
        {
            throw Error(at.ToString(), $"the completion rate of \"{indicator.Code}\" for {region} in {period} qualifies no figure of $.observations.");
        }

        try
        {
            builder.AddCompletionRate(indicator.Code, region, period, item.Rate);
        }
        catch (ArgumentException e)
        {
            throw Error(at.ToString(), e.ParamName == "period" ? $"a second completion rate of \"{indicator.Code}\" for {region} in {period}." : e.Message, e);
        }
    }

    private static void ReadDerivation(DatasetBuilder builder, DerivationDocument item, Location at)
    {
        string id = Required(item.Id, 0, item, at);
        string kindText = Required(item.Kind, 1, item, at);
        DerivationKind kind = Named(FormatNames.Derivation, kindText, at, "kind");
        List<string> codes = NotNull(item.Indicators, 2, item, at, "a JSON array") ?? throw Missing(item, 2, at);
        for (int j = 0; j < codes.Count; j++)
        {
            if (!builder.Catalog.Contains(codes[j]))
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"{at}.indicators[{j}]"), UnknownIndicator(codes[j]));
            }
        }

        string region = Required(item.Region, 3, item, at);
        if (!builder.Regions.Contains(region))
        {
            throw Error(at.Field("region"), UnknownRegion(region));
        }

        Require(item.Has(4), item, 4, at);
        ReportingPeriod period = item.Period;
        foreach (string code in codes)
        {
            if (!builder.HasFigure(code, region, period))
            {
                throw Error(at.ToString(), $"the derivation needs the figure of \"{code}\" for {region} in {period}, which $.observations does not have.");
            }
        }

        try
        {
            builder.AddDerivation(new DatasetDerivation(id, kind, codes, region, period, Required(item.Name, 5, item, at), item.TraditionalName, item.EnglishName));
        }
        catch (ArgumentException e)
        {
            throw Error(at.ToString(), e.Message, e);
        }
    }

    private static (IndicatorDefinition Indicator, string Region, ReportingPeriod Period) ReadKey(DatasetBuilder builder, KeyedDocument item, Location at)
    {
        string code = Required(item.Indicator, 0, item, at);
        string region = Required(item.Region, 1, item, at);
        Require(item.Has(2), item, 2, at);
        IndicatorDefinition indicator = builder.Catalog.TryGet(code, out IndicatorDefinition? d)
            ? d
            : throw Error(at.Field("indicator"), UnknownIndicator(code));
        if (!builder.Regions.Contains(region))
        {
            throw Error(at.Field("region"), UnknownRegion(region));
        }

        return (indicator, region, item.Period);
    }

    /// <summary>Checks every entry of the array field <paramref name="bit"/> of <paramref name="owner"/> (a <c>null</c> array or
    /// entry and unknown fields are errors) and reads it; an absent field has no entries.</summary>
    private static void ForEach<T>(List<T?>? items, int bit, DocumentObject owner, Location ownerAt, Action<T, Location> read)
        where T : DocumentObject
    {
        if (NotNull(items, bit, owner, ownerAt, "a JSON array") is not { } list)
        {
            return;
        }

        string container = ownerAt.Field(owner.Fields[bit]);
        for (int i = 0; i < list.Count; i++)
        {
            var at = new Location(container, i);
            T item = list[i] ?? throw Error(at.ToString(), "expected a JSON object; got null.");
            CheckFields(item, at);
            read(item, at);
        }
    }

    private static void CheckFields(DocumentObject element, Location at)
    {
        if (element.UnknownFields is { Count: > 0 } unknown)
        {
            foreach (string name in unknown.Keys)
            {
                throw Error(at.Field(name), $"unknown field; expected one of {string.Join(", ", element.Fields)}.");
            }
        }
    }

    /// <summary>The value of a field that may be absent but not <c>null</c>.</summary>
    private static T? NotNull<T>(T? value, int bit, DocumentObject element, Location at, string expected) =>
        value is null && element.Has(bit) ? throw Error(at.Field(element.Fields[bit]), $"expected {expected}; got null.") : value;

    /// <summary>As <see cref="NotNull{T}(T, int, DocumentObject, Location, string)"/> for a value type.</summary>
    private static T? NotNull<T>(T? value, int bit, DocumentObject element, Location at, string expected)
        where T : struct =>
        value is null && element.Has(bit) ? throw Error(at.Field(element.Fields[bit]), $"expected {expected}; got null.") : value;

    private static string UnknownIndicator(string code) => $"unknown indicator {Quote(code)}: it is neither built in nor defined in $.indicators.";

    private static string UnknownRegion(string region) =>
        $"unknown region {Quote(region)}: it is neither a division listed at $.regions.asOf nor defined in $.regions.defined.";

    private static string Required(string? value, int bit, DocumentObject element, Location at) => value ?? throw Missing(element, bit, at);

    private static void Require(bool given, DocumentObject element, int bit, Location at)
    {
        if (!given)
        {
            throw Missing(element, bit, at);
        }
    }

    private static JsonException Missing(DocumentObject element, int bit, Location at) =>
        Error(at.ToString(), $"missing the required field \"{element.Fields[bit]}\".");

    /// <summary>Where an object of the document is: <c>$</c>, <c>$.regions</c>, <c>$.observations[3]</c>.</summary>
    private readonly record struct Location(string Container, int Index)
    {
        public override string ToString() => Index < 0 ? Container : string.Create(CultureInfo.InvariantCulture, $"{Container}[{Index}]");

        public string Field(string name) => $"{this}.{name}";
    }
}
