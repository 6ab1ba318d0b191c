using System;
using System.Collections.Generic;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Regions;
using Indicators.Targets;

namespace Indicators.Serialization.Documents;

/// <summary>The names the dataset format gives the members of an enum ("city-level", "perUnit"): one table that the
/// reader and the writer share.</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class FormatNames<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] names;

    internal FormatNames(params (T Value, string Name)[] names)
    {
        this.names = names;
        var list = new List<string>(names.Length);
        foreach ((_, string name) in names)
        {
            list.Add(name);
        }

        Expected = string.Join(", ", list.GetRange(0, list.Count - 1)) + " or " + list[^1];
    }

    /// <summary>The names for a message: "flow, stock or cumulative".</summary>
    internal string Expected { get; }

    /// <summary>The name of a member.</summary>
    internal string this[T value]
    {
        get
        {
            foreach ((T v, string name) in names)
            {
                if (EqualityComparer<T>.Default.Equals(v, value))
                {
                    return name;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(value), value, $"The dataset format has no name for {typeof(T).Name} {value}.");
        }
    }

    /// <summary>The member a name stands for, compared ordinally.</summary>
    internal bool TryParse(string text, out T value)
    {
        foreach ((T v, string name) in names)
        {
            if (name == text)
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }
}

/// <summary>The tables of <see cref="FormatNames{T}"/> of the dataset format.</summary>
internal static class FormatNames
{
    internal static readonly FormatNames<RegionLevel> Level = new(
        (RegionLevel.Province, "province"), (RegionLevel.Prefecture, "prefecture"), (RegionLevel.County, "county"),
        (RegionLevel.CityLevel, "city-level"), (RegionLevel.Group, "group"));

    internal static readonly FormatNames<IndicatorQuantity> Quantity = new(
        (IndicatorQuantity.Money, "money"), (IndicatorQuantity.Persons, "persons"), (IndicatorQuantity.Count, "count"), (IndicatorQuantity.Rate, "rate"));

    internal static readonly FormatNames<TemporalNature> Nature = new(
        (TemporalNature.Flow, "flow"), (TemporalNature.Stock, "stock"), (TemporalNature.Cumulative, "cumulative"));

    internal static readonly FormatNames<RollupKind> Rollup = new(
        (RollupKind.Sum, "sum"), (RollupKind.NotAdditive, "not-additive"), (RollupKind.Ratio, "ratio"));

    internal static readonly FormatNames<Polarity> Polarity = new(
        (Targets.Polarity.HigherIsBetter, "higher-is-better"), (Targets.Polarity.LowerIsBetter, "lower-is-better"), (Targets.Polarity.NearerIsBetter, "nearer-is-better"));

    internal static readonly FormatNames<DerivationKind> Derivation = new(
        (DerivationKind.Total, "total"), (DerivationKind.PerUnit, "perUnit"), (DerivationKind.Share, "share"), (DerivationKind.Product, "product"));
}
