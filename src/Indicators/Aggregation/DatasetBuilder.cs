using System;
using System.Collections.Generic;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Aggregation;

/// <summary>
/// Collects the observations of a <see cref="Dataset"/>: each figure is checked against its indicator (money for money,
/// persons for persons, the indicator's own unit for counts), its region and its period as it is added, and no
/// (indicator, region, period) may be given twice. <see cref="Build"/> makes the immutable dataset.
/// </summary>
/// <remarks>
/// <para>A builder holds 24 bytes an observation (sources aside) while observations come in the order a dataset sorts them
/// (by indicator in catalog order, region in hierarchy order, then period chronologically, as <c>DatasetJson.Write</c> writes
/// them), and 8 to 16 bytes more an observation once one comes out of that order (it then keeps an index of its rows).</para>
/// <para>A builder is not thread-safe; the dataset it builds is.</para>
/// </remarks>
public sealed class DatasetBuilder
{
    private readonly ObservationRows rows = new();
    private readonly Dictionary<int, string> sources = [];
    private readonly Dictionary<(int Indicator, int Region, ReportingPeriod Period), DatasetTarget> targets = [];
    private readonly Dictionary<(int Indicator, int Region, ReportingPeriod Period), PublishedRate> completionRates = [];
    private readonly List<DatasetDerivation> derivations = [];

    // The indicator and region last resolved: observations usually come in runs of one indicator and one region.
    private string? lastIndicatorCode;
    private int lastIndicator;
    private string? lastRegionId;
    private int lastRegion;

    /// <summary>A builder of a dataset of indicators of <paramref name="catalog"/> for regions of <paramref name="regions"/>.</summary>
    /// <param name="catalog">The indicators observations may name (<see cref="IndicatorCatalog.BuiltIn"/>, extended with
    /// one's own).</param>
    /// <param name="regions">The regions observations may name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DatasetBuilder(IndicatorCatalog catalog, RegionHierarchy regions)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(regions);
        Catalog = catalog;
        Regions = regions;
    }

    /// <summary>The indicators observations may name.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The regions observations may name.</summary>
    public RegionHierarchy Regions { get; }

    /// <summary>The dataset's title ("Taizhou: stabilising employment, 2020-11-10"), or null.</summary>
    public string? Title { get; set; }

    /// <summary>Where the dataset as a whole comes from, or null.</summary>
    public string? Source { get; set; }

    /// <summary>The date of the built-in list of administrative divisions the regions were taken from
    /// (<see cref="AdministrativeDivisions.AsOf(NodaTime.LocalDate)"/>), where they were; null otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the first built-in list.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public NodaTime.LocalDate? RegionsAsOf
    {
        get;
        set
        {
            if (value is { } date)
            {
                _ = AdministrativeDivisions.AsOf(date); // refuses a date no built-in list is valid at, naming it
            }

            field = value;
        }
    }

    /// <summary>The number of observations added so far.</summary>
    public int Count => rows.Count;

    /// <summary>Adds the published figure of a money indicator, an indicator of persons, or a count.</summary>
    /// <typeparam name="T"><see cref="Money"/>, <see cref="Headcount"/>, <see cref="UnitCount"/> or a <see cref="Count{TUnit}"/>,
    /// as the indicator's quantity says.</typeparam>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the figure covers (for a cumulative indicator, the year to date).</param>
    /// <param name="figure">The figure as published.</param>
    /// <param name="source">Where it comes from, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The indicator or the region is unknown, the figure is not of the indicator's
    /// quantity or unit, or the (indicator, region, period) was added before; the message names them.</exception>
    public DatasetBuilder Add<T>(string indicator, string region, ReportingPeriod period, PublishedFigure<T> figure, string? source)
        where T : struct, IQuantity<T>
    {
        (int i, int r, int p) = Resolve(indicator, region, period);
        IndicatorDefinition definition = Catalog.At(i);
        CheckQuantity(definition, figure.Value, nameof(figure));
        return Append(i, r, p, period, figure.Value.BaseUnits, PackedPublication.Of(figure.Printed, figure.Qualifier, figure.IsInclusive, figure.Status), source);
    }

    /// <summary>Adds the published figure of a rate indicator.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the rate is for.</param>
    /// <param name="rate">The rate as published.</param>
    /// <param name="source">Where it comes from, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The indicator or the region is unknown, the indicator is not a rate, the rate is
    /// printed with digits beyond the range of a 64-bit integer (more than 18 digits, in general), or the (indicator, region, period) was added before.</exception>
    public DatasetBuilder Add(string indicator, string region, ReportingPeriod period, PublishedRate rate, string? source)
    {
        (int i, int r, int p) = Resolve(indicator, region, period);
        IndicatorDefinition definition = Catalog.At(i);
        if (definition.Quantity != IndicatorQuantity.Rate)
        {
            throw new ArgumentException($"The indicator \"{definition.Code}\" ({definition.Name}) is {Observation.Describe(definition)}; a rate ({rate}) cannot be one of its figures.", nameof(rate));
        }

        if (rate.Printed.Digits > long.MaxValue || rate.Printed.Digits < long.MinValue)
        {
            throw new ArgumentException($"A dataset holds rates whose printed digits fit a 64-bit integer; {rate} has more.", nameof(rate));
        }

        return Append(i, r, p, period, (long)rate.Printed.Digits, PackedPublication.Of(rate.Printed, rate.Qualifier, rate.IsInclusive, rate.Status), source);
    }

    /// <summary>Adds a figure given as printed ("14.64万人", "约115万家", "1.38%"), read as the indicator's quantity says.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the figure covers.</param>
    /// <param name="figure">The figure as printed, in simplified or traditional characters.</param>
    /// <param name="source">Where it comes from, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="FormatException">The text is not a figure of the indicator's quantity.</exception>
    /// <exception cref="ArgumentException">As for the typed overloads.</exception>
    public DatasetBuilder Add(string indicator, string region, ReportingPeriod period, string figure, string? source)
    {
        ArgumentNullException.ThrowIfNull(figure);
        (int i, _) = ResolveKnown(indicator, region);
        IndicatorDefinition definition = Catalog.At(i);
        return definition.Quantity switch
        {
            IndicatorQuantity.Money => Add(indicator, region, period, PublishedFigure.Parse<Money>(figure), source),
            IndicatorQuantity.Persons => Add(indicator, region, period, PublishedFigure.Parse<Headcount>(figure), source),
            IndicatorQuantity.Count => Add(indicator, region, period, ParseCount(definition, figure), source),
            _ => Add(indicator, region, period, PublishedRate.Parse(figure), source),
        };
    }

    /// <summary>Adds the published figure of a money indicator, an indicator of persons, or a count, with no source note.</summary>
    /// <typeparam name="T">As for <see cref="Add{T}(string, string, ReportingPeriod, PublishedFigure{T}, string?)"/>.</typeparam>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the figure covers.</param>
    /// <param name="figure">The figure as published.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">As for the overload with a source.</exception>
    public DatasetBuilder Add<T>(string indicator, string region, ReportingPeriod period, PublishedFigure<T> figure)
        where T : struct, IQuantity<T> => Add(indicator, region, period, figure, null);

    /// <summary>Adds the published figure of a rate indicator, with no source note.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the rate is for.</param>
    /// <param name="rate">The rate as published.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">As for the overload with a source.</exception>
    public DatasetBuilder Add(string indicator, string region, ReportingPeriod period, PublishedRate rate) => Add(indicator, region, period, rate, null);

    /// <summary>Adds a figure given as printed, read as the indicator's quantity says, with no source note.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the figure covers.</param>
    /// <param name="figure">The figure as printed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="FormatException">The text is not a figure of the indicator's quantity.</exception>
    /// <exception cref="ArgumentException">As for the overload with a source.</exception>
    public DatasetBuilder Add(string indicator, string region, ReportingPeriod period, string figure) => Add(indicator, region, period, figure, null);

    /// <summary>Adds a target printed by the report (or set by whoever publishes the dataset).</summary>
    /// <typeparam name="T"><see cref="Money"/>, <see cref="Headcount"/> or <see cref="UnitCount"/>, as the indicator's quantity says.</typeparam>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the target is for (usually the year).</param>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, the target is not of the indicator's quantity
    /// or unit, or the (indicator, region, period) already has a target.</exception>
    public DatasetBuilder AddTarget<T>(string indicator, string region, ReportingPeriod period, QuantityTarget<T> target)
        where T : struct, IQuantity<T> => AddQuantityTarget(indicator, region, period, target, null);

    /// <summary>Adds a target the report does not print, inferred (for example the round target consistent with a printed
    /// actual and completion rate), with the reason.</summary>
    /// <typeparam name="T"><see cref="Money"/>, <see cref="Headcount"/> or <see cref="UnitCount"/>.</typeparam>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the target is for.</param>
    /// <param name="target">The target.</param>
    /// <param name="reason">Why it was inferred; not empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">As for <see cref="AddTarget{T}(string, string, ReportingPeriod, QuantityTarget{T})"/>,
    /// or the reason is empty.</exception>
    public DatasetBuilder AddInferredTarget<T>(string indicator, string region, ReportingPeriod period, QuantityTarget<T> target, string reason)
        where T : struct, IQuantity<T> => AddQuantityTarget(indicator, region, period, target, CheckReason(reason));

    /// <summary>Adds a target of a rate indicator ("城镇登记失业率控制在3.5%以内").</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the target is for.</param>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, the indicator is not a rate, or the
    /// (indicator, region, period) already has a target.</exception>
    public DatasetBuilder AddTarget(string indicator, string region, ReportingPeriod period, RateTarget target) =>
        AddRateTarget(indicator, region, period, target, null);

    /// <summary>Adds an inferred target of a rate indicator, with the reason.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period the target is for.</param>
    /// <param name="target">The target.</param>
    /// <param name="reason">Why it was inferred; not empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">As for <see cref="AddTarget(string, string, ReportingPeriod, RateTarget)"/>, or the reason is empty.</exception>
    public DatasetBuilder AddInferredTarget(string indicator, string region, ReportingPeriod period, RateTarget target, string reason) =>
        AddRateTarget(indicator, region, period, target, CheckReason(reason));

    /// <summary>
    /// Adds the completion rate a report prints for an actual of the dataset (完成率 196.11% for 39 221 人 at 2020-06-30):
    /// with a target it is checked against the target's rate; without one it implies the target.
    /// </summary>
    /// <param name="indicator">The indicator's code; money, persons or a count.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period of the actual it qualifies.</param>
    /// <param name="rate">The completion rate as printed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, the indicator is a rate, or the
    /// (indicator, region, period) already has a completion rate.</exception>
    public DatasetBuilder AddCompletionRate(string indicator, string region, ReportingPeriod period, PublishedRate rate)
    {
        (int i, int r) = ResolveKnown(indicator, region);
        if (Catalog.At(i).Quantity == IndicatorQuantity.Rate)
        {
            throw new ArgumentException($"The indicator \"{indicator}\" is a rate: rates have no completion rate, only a target met or not.", nameof(indicator));
        }

        if (!completionRates.TryAdd((i, r, period), rate))
        {
            throw new ArgumentException($"The dataset already has a completion rate of \"{indicator}\" for {region} in {period}.", nameof(period));
        }

        return this;
    }

    /// <summary>Declares a figure the report implies but does not print (a total, money per unit, a share, a product).</summary>
    /// <param name="derivation">The declaration; its indicators and region must be known here, and its identifier new.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An indicator or the region is unknown, or the identifier was declared before.</exception>
    /// <remarks>Whether the figures it needs are there is checked by <see cref="Build"/>.</remarks>
    public DatasetBuilder AddDerivation(DatasetDerivation derivation)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        foreach (string code in derivation.Indicators)
        {
            ResolveKnown(code, derivation.Region);
        }

        if (derivations.Exists(d => d.Id == derivation.Id))
        {
            throw new ArgumentException($"The derivation \"{derivation.Id}\" is declared twice.", nameof(derivation));
        }

        derivations.Add(derivation);
        return this;
    }

    /// <summary>Whether a figure of an indicator for a region and a period has been added; never throws.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period.</param>
    /// <returns>Whether it has.</returns>
    public bool HasFigure(string? indicator, string? region, ReportingPeriod period)
    {
        int i = indicator is null ? -1 : IndicatorIndex(indicator);
        int r = region is null ? -1 : RegionIndex(region);
        return i >= 0 && r >= 0 && rows.Contains(i, r, rows.Periods.IndexOf(period));
    }

    /// <summary>The dataset of the observations added; the builder may go on and build another.</summary>
    /// <returns>The dataset.</returns>
    /// <exception cref="InvalidOperationException">A completion rate qualifies no figure of the dataset, or a derivation
    /// needs a figure the dataset does not have or cannot be computed from its figures; the message names it.</exception>
    public Dataset Build()
    {
        foreach ((int indicator, int region, ReportingPeriod period) in completionRates.Keys)
        {
            if (!rows.Contains(indicator, region, rows.Periods.IndexOf(period)))
            {
                throw new InvalidOperationException($"The completion rate of \"{Catalog.At(indicator).Code}\" for {Regions.Regions[region]} in {period} qualifies no figure of the dataset: add the actual it is the rate of.");
            }
        }

        for (int d = 0; d < derivations.Count; d++)
        {
            DatasetDerivation derivation = derivations[d];
            foreach (string code in derivation.Indicators)
            {
                if (!HasFigure(code, derivation.Region, derivation.Period))
                {
                    throw new DerivationException(d, $"The derivation \"{derivation.Id}\" needs the figure of \"{code}\" for {derivation.Region} in {derivation.Period}, which the dataset does not have.", null);
                }
            }
        }

        var dataset = new Dataset(
            Title, Source, RegionsAsOf, Catalog, Regions, rows.Indicators(), rows.Regions(), rows.PeriodNumbers(), rows.Periods.ToArray(), rows.Values(), rows.Publications(),
            new Dictionary<int, string>(sources), [.. targets.Values], new Dictionary<(int, int, ReportingPeriod), PublishedRate>(completionRates),
            [.. derivations]);

        // A declared figure the dataset cannot compute (a share of money in persons) is refused here, not when shown.
        for (int d = 0; d < derivations.Count; d++)
        {
            try
            {
                _ = dataset.Evaluate(derivations[d]);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException)
            {
                throw new DerivationException(d, $"The derivation \"{derivations[d].Id}\" cannot be computed: {e.Message}", e);
            }
        }

        return dataset;
    }

    /// <summary>
    /// Reads a count as the indicator's unit. The unit's measure word may be shared with another predefined unit (个 counts
    /// positions and projects) or belong to a unit of one's own, which the general parser does not know: the measure word is
    /// then read in the place of 家 and the count given the indicator's unit.
    /// </summary>
    private static PublishedFigure<UnitCount> ParseCount(IndicatorDefinition definition, string figure)
    {
        CountUnit unit = definition.Unit!;
        bool readAsIs = PublishedFigure.TryParse(figure, out PublishedFigure<UnitCount> parsed);
        if (readAsIs && parsed.Value.Unit == unit)
        {
            return parsed;
        }

        foreach (string word in new[] { unit.Simplified, unit.Traditional })
        {
            int at = figure.LastIndexOf(word, StringComparison.Ordinal);
            if (at > 0 && PublishedFigure.TryParse(string.Concat(figure.AsSpan(0, at), "家", figure.AsSpan(at + word.Length)), out PublishedFigure<UnitCount> read)
                && read.Value.Unit == CountUnit.Enterprises)
            {
                return PublishedFigure.Of(new UnitCount(read.Value.Value, unit), read.Printed.Format, read.Qualifier, read.IsInclusive, read.Status);
            }
        }

        if (readAsIs)
        {
            return parsed; // a count of another unit: refused by the caller with the indicator and both units named
        }

        throw new FormatException($"{Utility.TextExcerpt.Quote(figure)} is not a published count of {unit.EnglishPlural} ({unit.Simplified}), as the indicator \"{definition.Code}\" counts.");
    }

    private static void CheckQuantity<T>(IndicatorDefinition definition, T value, string parameter)
        where T : struct, IQuantity<T>
    {
        IndicatorQuantity given;
        CountUnit? unit = null;
        switch (value)
        {
            case Money:
                given = IndicatorQuantity.Money;
                break;
            case Headcount:
                given = IndicatorQuantity.Persons;
                break;
            case UnitCount count:
                given = IndicatorQuantity.Count;
                unit = count.Unit;
                break;
            case ICountedQuantity counted:
                given = IndicatorQuantity.Count;
                unit = counted.CountedUnit;
                break;
            default:
                throw new ArgumentException($"A dataset holds money, persons and counts; {typeof(T).Name} is none of them.", parameter);
        }

        if (given != definition.Quantity || (unit is not null && unit != definition.Unit))
        {
            string what = given == IndicatorQuantity.Count ? "a count of " + unit!.EnglishPlural : given == IndicatorQuantity.Money ? "money" : "persons";
            throw new ArgumentException($"The indicator \"{definition.Code}\" ({definition.Name}) is {Observation.Describe(definition)}; {value} is {what}.", parameter);
        }
    }

    private DatasetBuilder AddQuantityTarget<T>(string indicator, string region, ReportingPeriod period, QuantityTarget<T> target, string? reason)
        where T : struct, IQuantity<T>
    {
        (int i, int r) = ResolveKnown(indicator, region);
        IndicatorDefinition definition = Catalog.At(i);
        CheckQuantity(definition, target.Value, nameof(target));
        object stored = target switch
        {
            QuantityTarget<Money> or QuantityTarget<Headcount> or QuantityTarget<UnitCount> => target,
            _ => ToUnitCountTarget(target, definition.Unit!),
        };
        return AddTargetValue(i, r, period, stored, reason);
    }

    private DatasetBuilder AddRateTarget(string indicator, string region, ReportingPeriod period, RateTarget target, string? reason)
    {
        (int i, int r) = ResolveKnown(indicator, region);
        IndicatorDefinition definition = Catalog.At(i);
        if (definition.Quantity != IndicatorQuantity.Rate)
        {
            throw new ArgumentException($"The indicator \"{definition.Code}\" ({definition.Name}) is {Observation.Describe(definition)}; a rate target ({target}) cannot be its target.", nameof(target));
        }

        return AddTargetValue(i, r, period, target, reason);
    }

    private DatasetBuilder AddTargetValue(int indicator, int region, ReportingPeriod period, object target, string? reason)
    {
        var key = (indicator, region, period);
        var value = new DatasetTarget(Catalog.At(indicator), Regions.Regions[region], period, target, reason);
        if (!targets.TryAdd(key, value))
        {
            throw new ArgumentException($"The dataset already has a target of \"{value.Indicator.Code}\" for {value.Region} in {period}.", nameof(period));
        }

        return this;
    }

    private static QuantityTarget<UnitCount> ToUnitCountTarget<T>(QuantityTarget<T> target, CountUnit unit)
        where T : struct, IQuantity<T>
    {
        var value = new UnitCount(target.Value.BaseUnits, unit);
        return target.Kind switch
        {
            Targets.TargetKind.AtLeast => QuantityTarget.AtLeast(value, target.IsInclusive),
            Targets.TargetKind.AtMost => QuantityTarget.AtMost(value, target.IsInclusive),
            _ => QuantityTarget.About(value, new UnitCount(target.Tolerance.BaseUnits, unit)),
        };
    }

    private static string CheckReason(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return string.IsNullOrWhiteSpace(reason) ? throw new ArgumentException("An inferred target needs the reason it was inferred.", nameof(reason)) : reason;
    }

    private (int Indicator, int Region) ResolveKnown(string indicator, string region)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(region);
        int i = IndicatorIndex(indicator);
        if (i < 0)
        {
            throw UnknownIndicator(indicator);
        }

        int r = RegionIndex(region);
        return r >= 0 ? (i, r) : throw new ArgumentException($"The region \"{region}\" is not in the dataset's regions.", nameof(region));
    }

    /// <summary>The indicator's and the region's numbers, and the period's (−1 for a period no observation has yet).</summary>
    private (int Indicator, int Region, int Period) Resolve(string indicator, string region, ReportingPeriod period)
    {
        (int i, int r) = ResolveKnown(indicator, region);
        int p = rows.Periods.IndexOf(period);
        if (rows.Contains(i, r, p))
        {
            throw new ArgumentException($"The dataset already has a figure of \"{indicator}\" for {region} {Regions[region].Name} in {period}.", nameof(period));
        }

        return (i, r, p);
    }

    /// <summary>Adds a row that <see cref="Resolve"/> found new and the caller checked; the period gets its number here, so
    /// that a refused figure leaves no period behind.</summary>
    private DatasetBuilder Append(int indicator, int region, int periodIndex, ReportingPeriod period, long value, PackedPublication publication, string? source)
    {
        if (periodIndex < 0)
        {
            periodIndex = rows.Periods.Add(period);
        }

        if (source is not null)
        {
            sources[rows.Count] = source;
        }

        rows.Add(indicator, region, periodIndex, value, publication.Bits);
        return this;
    }

    private int IndicatorIndex(string code)
    {
        if (string.Equals(code, lastIndicatorCode, StringComparison.Ordinal))
        {
            return lastIndicator;
        }

        int i = Catalog.IndexOf(code);
        if (i >= 0)
        {
            lastIndicatorCode = code;
            lastIndicator = i;
        }

        return i;
    }

    private int RegionIndex(string id)
    {
        if (string.Equals(id, lastRegionId, StringComparison.Ordinal))
        {
            return lastRegion;
        }

        int r = Regions.IndexOf(id);
        if (r >= 0)
        {
            lastRegionId = id;
            lastRegion = r;
        }

        return r;
    }

    private static ArgumentException UnknownIndicator(string indicator) =>
        new($"The indicator \"{indicator}\" is not in the dataset's catalog.", nameof(indicator));
}
