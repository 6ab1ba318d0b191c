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
using Indicators.Targets;
using NodaTime;
using NodaTime.Text;

namespace Indicators.Serialization;

/// <content>Reading.</content>
public static partial class DatasetJson
{
    private static readonly string[] RootFields = ["format", "version", "title", "source", "regions", "indicators", "observations", "targets", "completionRates", "derived"];
    private static readonly string[] RegionsFields = ["asOf", "defined"];
    private static readonly string[] RegionFields = ["id", "name", "traditionalName", "englishName", "level", "parent"];
    private static readonly string[] IndicatorFields = ["code", "quantity", "unit", "nature", "rollup", "numerator", "denominator", "polarity", "name", "traditionalName", "englishName"];
    private static readonly string[] ObservationFields = ["indicator", "region", "period", "figure", "source"];
    private static readonly string[] TargetFields = ["indicator", "region", "period", "target", "inferred"];
    private static readonly string[] CompletionFields = ["indicator", "region", "period", "rate"];
    private static readonly string[] DerivedFields = ["id", "kind", "indicators", "region", "period", "name", "traditionalName", "englishName"];

    private static Dataset ReadRoot(JsonElement root)
    {
        CheckObject(root, "$", RootFields);
        string format = RequiredString(root, "format", "$");
        if (format != FormatName)
        {
            throw Error("$.format", $"expected \"{FormatName}\"; got {Quote(format)}.");
        }

        JsonElement version = Required(root, "version", "$");
        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int v) || v != Version)
        {
            throw Error("$.version", $"this library reads version {Version} of the dataset format; got {version.GetRawText()}.");
        }

        string? title = OptionalString(root, "title", "$");
        string? datasetSource = OptionalString(root, "source", "$");
        RegionHierarchy regions = ReadRegions(Required(root, "regions", "$"), "$.regions", out LocalDate? asOf);
        IndicatorCatalog catalog = ReadIndicators(root);
        var builder = new DatasetBuilder(catalog, regions) { Title = title, Source = datasetSource, RegionsAsOf = asOf };
        ReadObservations(builder, root);
        ReadTargets(builder, root);
        ReadCompletionRates(builder, root);
        ReadDerived(builder, root);
        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException e)
        {
            throw Error("$.derived", e.Message, e); // the reader checks every other cause of Build's refusal item by item
        }
    }

    private static RegionHierarchy ReadRegions(JsonElement element, string path, out LocalDate? asOfDate)
    {
        asOfDate = null;
        CheckObject(element, path, RegionsFields);
        RegionHierarchy hierarchy = RegionHierarchy.Empty;
        if (OptionalString(element, "asOf", path) is { } asOf)
        {
            ParseResult<LocalDate> date = DatePattern.Parse(asOf);
            if (!date.Success)
            {
                throw Error(path + ".asOf", $"expected an ISO date (yyyy-MM-dd); got {Quote(asOf)}.");
            }

            try
            {
                hierarchy = AdministrativeDivisions.AsOf(date.Value);
                asOfDate = date.Value;
            }
            catch (ArgumentException e)
            {
                throw Error(path + ".asOf", e.Message, e);
            }
        }

        if (!element.TryGetProperty("defined", out JsonElement defined))
        {
            return hierarchy;
        }

        var list = new List<Region>();
        int i = 0;
        foreach (JsonElement item in Array(defined, path + ".defined"))
        {
            list.Add(ReadRegion(item, $"{path}.defined[{i++}]"));
        }

        try
        {
            return hierarchy.With(list);
        }
        catch (ArgumentException e)
        {
            throw Error(path + ".defined", e.Message, e);
        }
    }

    private static Region ReadRegion(JsonElement element, string path)
    {
        CheckObject(element, path, RegionFields);
        string id = RequiredString(element, "id", path);
        string name = RequiredString(element, "name", path);
        string? traditional = OptionalString(element, "traditionalName", path);
        string? english = OptionalString(element, "englishName", path);
        string levelText = RequiredString(element, "level", path);
        string? parent = OptionalString(element, "parent", path);
        RegionLevel level = levelText switch
        {
            "province" => RegionLevel.Province,
            "prefecture" => RegionLevel.Prefecture,
            "county" => RegionLevel.County,
            "city-level" => RegionLevel.CityLevel,
            "group" => RegionLevel.Group,
            _ => throw Error(path + ".level", $"expected province, prefecture, county, city-level or group; got {Quote(levelText)}."),
        };
        try
        {
            if (RegionCode.TryParse(id, out RegionCode code))
            {
                // A division's parent is a division (a six-digit code) or any region defined in data (a group).
                RegionCode parentCode = default;
                return parent is null || RegionCode.TryParse(parent, out parentCode)
                    ? Region.Division(code, name, level, parentCode, traditional, english)
                    : Region.Division(code, name, level, default, traditional, english).WithParent(parent);
            }

            return Region.Defined(id, name, level, parent, traditional, english);
        }
        catch (ArgumentException e)
        {
            throw Error(path, e.Message, e);
        }
    }

    private static IndicatorCatalog ReadIndicators(JsonElement root)
    {
        if (!root.TryGetProperty("indicators", out JsonElement indicators))
        {
            return IndicatorCatalog.BuiltIn;
        }

        var list = new List<IndicatorDefinition>();
        int i = 0;
        foreach (JsonElement item in Array(indicators, "$.indicators"))
        {
            string path = $"$.indicators[{i++}]";
            IndicatorDefinition definition = ReadIndicator(item, path);
            try
            {
                IndicatorCatalog.BuiltIn.With([definition]);
            }
            catch (ArgumentException e)
            {
                throw Error(path, e.Message, e);
            }

            list.Add(definition);
        }

        try
        {
            return IndicatorCatalog.BuiltIn.With(list);
        }
        catch (ArgumentException e)
        {
            throw Error("$.indicators", e.Message, e);
        }
    }

    private static IndicatorDefinition ReadIndicator(JsonElement element, string path)
    {
        CheckObject(element, path, IndicatorFields);
        string code = RequiredString(element, "code", path);
        string quantity = RequiredString(element, "quantity", path);
        string natureText = RequiredString(element, "nature", path);
        string name = RequiredString(element, "name", path);
        string? traditional = OptionalString(element, "traditionalName", path);
        string? english = OptionalString(element, "englishName", path);
        string? unitText = OptionalString(element, "unit", path);
        string? rollupText = OptionalString(element, "rollup", path);
        string? numerator = OptionalString(element, "numerator", path);
        string? denominator = OptionalString(element, "denominator", path);
        string polarityText = OptionalString(element, "polarity", path) ?? "higher-is-better";
        TemporalNature nature = natureText switch
        {
            "flow" => TemporalNature.Flow,
            "stock" => TemporalNature.Stock,
            "cumulative" => TemporalNature.Cumulative,
            _ => throw Error(path + ".nature", $"expected flow, stock or cumulative; got {Quote(natureText)}."),
        };
        Polarity polarity = polarityText switch
        {
            "higher-is-better" => Polarity.HigherIsBetter,
            "lower-is-better" => Polarity.LowerIsBetter,
            "nearer-is-better" => Polarity.NearerIsBetter,
            _ => throw Error(path + ".polarity", $"expected higher-is-better, lower-is-better or nearer-is-better; got {Quote(polarityText)}."),
        };
        if (quantity != "count" && unitText is not null)
        {
            throw Error(path + ".unit", $"only a count has a unit; this indicator is {quantity}.");
        }

        bool ratio = rollupText == "ratio";
        if (!ratio && (numerator is not null || denominator is not null))
        {
            throw Error(path + (numerator is not null ? ".numerator" : ".denominator"), "only a ratio roll-up has a numerator and a denominator.");
        }

        try
        {
            switch (quantity)
            {
                case "money":
                    bool additive = rollupText switch
                    {
                        null or "sum" => true,
                        "not-additive" => false,
                        _ => throw Error(path + ".rollup", $"money rolls up as sum or not-additive; got {Quote(rollupText)}."),
                    };
                    return IndicatorDefinition.Money(code, nature, name, traditional, english, polarity, additive);
                case "persons":
                    CheckSum(rollupText, path);
                    return IndicatorDefinition.Persons(code, nature, name, traditional, english, polarity);
                case "count":
                    CheckSum(rollupText, path);
                    if (unitText is null)
                    {
                        throw Error(path, "missing the required field \"unit\" (a count needs its unit).");
                    }

                    CountUnit unit = CountUnit.TryGetPredefined(unitText, out CountUnit? u)
                        ? u
                        : throw Error(path + ".unit", $"unknown unit {Quote(unitText)}; expected one of {string.Join(", ", System.Linq.Enumerable.Select(CountUnit.All, x => x.Code))}.");
                    return IndicatorDefinition.Count(code, unit, nature, name, traditional, english, polarity);
                case "rate":
                    RegionalRollup rollup = rollupText switch
                    {
                        "not-additive" => RegionalRollup.NotAdditive,
                        "ratio" => RegionalRollup.Ratio(
                            numerator ?? throw Error(path, "missing the required field \"numerator\" (a ratio roll-up names its numerator)."),
                            denominator ?? throw Error(path, "missing the required field \"denominator\" (a ratio roll-up names its denominator).")),
                        null => throw Error(path, "missing the required field \"rollup\" (a rate rolls up as ratio or not-additive)."),
                        _ => throw Error(path + ".rollup", $"a rate rolls up as ratio or not-additive; got {Quote(rollupText)}."),
                    };
                    return IndicatorDefinition.Rate(code, rollup, name, traditional, english, polarity, nature);
                default:
                    throw Error(path + ".quantity", $"expected money, persons, count or rate; got {Quote(quantity)}.");
            }
        }
        catch (ArgumentException e)
        {
            throw Error(path, e.Message, e);
        }
    }

    private static void CheckSum(string? rollup, string path)
    {
        if (rollup is not (null or "sum"))
        {
            throw Error(path + ".rollup", $"persons and counts roll up as sum; got {Quote(rollup)}.");
        }
    }

    private static void ReadObservations(DatasetBuilder builder, JsonElement root)
    {
        JsonElement observations = Required(root, "observations", "$");
        int i = 0;
        foreach (JsonElement item in Array(observations, "$.observations"))
        {
            string path = $"$.observations[{i}]";
            CheckObject(item, path, ObservationFields);
            (IndicatorDefinition indicator, string region, ReportingPeriod period) = ReadKey(builder, item, path);
            string figure = RequiredString(item, "figure", path);
            string? source = OptionalString(item, "source", path);
            if (builder.HasFigure(indicator.Code, region, period))
            {
                throw Error(path, $"a second figure of \"{indicator.Code}\" for {region} in {period}; the first is $.observations[{FirstIndexOf(observations, indicator.Code, region, period)}].");
            }

            try
            {
                AddFigure(builder, indicator, region, period, figure, source);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                string problem = indicator.Quantity == IndicatorQuantity.Persons && LooksNegative(figure)
                    ? $"a headcount cannot be negative; got {Quote(figure)}."
                    : $"{Quote(figure)} is not a figure of \"{indicator.Code}\" ({Observation.Describe(indicator)}): {e.Message}";
                throw Error(path + ".figure", problem, e);
            }

            i++;
        }
    }

    /// <summary>The index of the first observation of (indicator, region, period): only looked for to name it in an error.</summary>
    private static int FirstIndexOf(JsonElement observations, string indicator, string region, ReportingPeriod period)
    {
        int i = 0;
        foreach (JsonElement item in observations.EnumerateArray())
        {
            if (item.GetProperty("indicator").ValueEquals(indicator) && item.GetProperty("region").ValueEquals(region)
                && ReportingPeriod.TryParse(item.GetProperty("period").GetString(), CultureInfo.InvariantCulture, out ReportingPeriod p) && p == period)
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    private static void AddFigure(DatasetBuilder builder, IndicatorDefinition indicator, string region, ReportingPeriod period, string figure, string? source) =>
        builder.Add(indicator.Code, region, period, figure, source);

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

    private static void ReadTargets(DatasetBuilder builder, JsonElement root)
    {
        if (!root.TryGetProperty("targets", out JsonElement targets))
        {
            return;
        }

        var seen = new HashSet<(string, string, ReportingPeriod)>();
        int i = 0;
        foreach (JsonElement item in Array(targets, "$.targets"))
        {
            string path = $"$.targets[{i++}]";
            CheckObject(item, path, TargetFields);
            (IndicatorDefinition indicator, string region, ReportingPeriod period) = ReadKey(builder, item, path);
            string text = RequiredString(item, "target", path);
            string? reason = OptionalString(item, "inferred", path);
            if (reason is not null && string.IsNullOrWhiteSpace(reason))
            {
                throw Error(path + ".inferred", "an inferred target needs the reason it was inferred.");
            }

            if (!seen.Add((indicator.Code, region, period)))
            {
                throw Error(path, $"a second target of \"{indicator.Code}\" for {region} in {period}.");
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
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                throw Error(path + ".target", $"{Quote(text)} is not a target of \"{indicator.Code}\" ({Observation.Describe(indicator)}): {e.Message}", e);
            }
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

    private static void ReadCompletionRates(DatasetBuilder builder, JsonElement root)
    {
        if (!root.TryGetProperty("completionRates", out JsonElement rates))
        {
            return;
        }

        var seen = new HashSet<(string, string, ReportingPeriod)>();
        int i = 0;
        foreach (JsonElement item in Array(rates, "$.completionRates"))
        {
            string path = $"$.completionRates[{i++}]";
            CheckObject(item, path, CompletionFields);
            (IndicatorDefinition indicator, string region, ReportingPeriod period) = ReadKey(builder, item, path);
            string text = RequiredString(item, "rate", path);
            if (indicator.Quantity == IndicatorQuantity.Rate)
            {
                throw Error(path + ".indicator", $"\"{indicator.Code}\" is a rate: rates have no completion rate.");
            }

            if (!seen.Add((indicator.Code, region, period)))
            {
                throw Error(path, $"a second completion rate of \"{indicator.Code}\" for {region} in {period}.");
            }

            PublishedRate rate = PublishedRate.TryParse(text, out PublishedRate r)
                ? r
                : throw Error(path + ".rate", $"expected a rate as printed (\"196.11%\"); got {Quote(text)}.");
            if (!builder.HasFigure(indicator.Code, region, period))
            {
                throw Error(path, $"the completion rate of \"{indicator.Code}\" for {region} in {period} qualifies no figure of $.observations.");
            }

            try
            {
                builder.AddCompletionRate(indicator.Code, region, period, rate);
            }
            catch (ArgumentException e)
            {
                throw Error(path, e.Message, e);
            }
        }
    }

    private static void ReadDerived(DatasetBuilder builder, JsonElement root)
    {
        if (!root.TryGetProperty("derived", out JsonElement derived))
        {
            return;
        }

        int i = 0;
        foreach (JsonElement item in Array(derived, "$.derived"))
        {
            string path = $"$.derived[{i++}]";
            CheckObject(item, path, DerivedFields);
            string id = RequiredString(item, "id", path);
            string kindText = RequiredString(item, "kind", path);
            DerivationKind kind = kindText switch
            {
                "total" => DerivationKind.Total,
                "perUnit" => DerivationKind.PerUnit,
                "share" => DerivationKind.Share,
                "product" => DerivationKind.Product,
                _ => throw Error(path + ".kind", $"expected total, perUnit, share or product; got {Quote(kindText)}."),
            };
            var codes = new List<string>();
            int j = 0;
            foreach (JsonElement code in Array(Required(item, "indicators", path), path + ".indicators"))
            {
                string codePath = $"{path}.indicators[{j++}]";
                string text = code.ValueKind == JsonValueKind.String ? code.GetString()! : throw Error(codePath, $"expected an indicator code; got {JsonText.Describe(code.ValueKind)}.");
                codes.Add(builder.Catalog.Contains(text) ? text : throw Error(codePath, $"unknown indicator {Quote(text)}: it is neither built in nor defined in $.indicators."));
            }

            string region = RequiredString(item, "region", path);
            if (!builder.Regions.Contains(region))
            {
                throw Error(path + ".region", $"unknown region {Quote(region)}.");
            }

            string periodText = RequiredString(item, "period", path);
            ReportingPeriod period = ReportingPeriod.TryParse(periodText, CultureInfo.InvariantCulture, out ReportingPeriod p)
                ? p
                : throw Error(path + ".period", $"expected a reporting period; got {Quote(periodText)}.");
            foreach (string code in codes)
            {
                if (!builder.HasFigure(code, region, period))
                {
                    throw Error(path, $"the derivation needs the figure of \"{code}\" for {region} in {period}, which $.observations does not have.");
                }
            }

            try
            {
                builder.AddDerivation(new DatasetDerivation(
                    id, kind, codes, region, period, RequiredString(item, "name", path), OptionalString(item, "traditionalName", path),
                    OptionalString(item, "englishName", path)));
            }
            catch (ArgumentException e)
            {
                throw Error(path, e.Message, e);
            }
        }
    }

    private static (IndicatorDefinition Indicator, string Region, ReportingPeriod Period) ReadKey(DatasetBuilder builder, JsonElement item, string path)
    {
        string code = RequiredString(item, "indicator", path);
        string region = RequiredString(item, "region", path);
        string periodText = RequiredString(item, "period", path);
        IndicatorDefinition indicator = builder.Catalog.TryGet(code, out IndicatorDefinition? d)
            ? d
            : throw Error(path + ".indicator", $"unknown indicator {Quote(code)}: it is neither built in nor defined in $.indicators.");
        if (!builder.Regions.Contains(region))
        {
            throw Error(path + ".region", $"unknown region {Quote(region)}: it is neither a division listed at $.regions.asOf nor defined in $.regions.defined.");
        }

        ReportingPeriod period = ReportingPeriod.TryParse(periodText, CultureInfo.InvariantCulture, out ReportingPeriod p)
            ? p
            : throw Error(path + ".period", $"expected a reporting period (\"2020\", \"2020-Q3\", \"2020-01-01/P10M\"); got {Quote(periodText)}.");
        return (indicator, region, period);
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw Error(path, $"expected a JSON array; got {JsonText.Describe(element.ValueKind)}.");

    private static void CheckObject(JsonElement element, string path, string[] fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected a JSON object; got {JsonText.Describe(element.ValueKind)}.");
        }

        // Field names are compared in place (no string per name); a bit per known field catches one given twice.
        long seen = 0;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            int index = -1;
            for (int f = 0; f < fields.Length; f++)
            {
                if (property.NameEquals(fields[f]))
                {
                    index = f;
                    break;
                }
            }

            if (index < 0)
            {
                throw Error($"{path}.{property.Name}", $"unknown field; expected one of {string.Join(", ", fields)}.");
            }

            if ((seen & (1L << index)) != 0)
            {
                throw Error($"{path}.{property.Name}", "the field is given twice.");
            }

            seen |= 1L << index;
        }
    }

    private static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out JsonElement value) ? value : throw Error(path, $"missing the required field \"{name}\".");

    private static string RequiredString(JsonElement element, string name, string path) =>
        AsString(Required(element, name, path), $"{path}.{name}");

    private static string? OptionalString(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out JsonElement value) ? AsString(value, $"{path}.{name}") : null;

    private static string AsString(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, $"expected a JSON string; got {JsonText.Describe(value.ValueKind)}.");
}
