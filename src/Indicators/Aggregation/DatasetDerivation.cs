using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// A figure a report implies but does not print, declared in a dataset: which calculation (a total, money per unit, a
/// share, a product), of which indicators, for which region and period, under which name. <see cref="Dataset.Evaluate"/>
/// computes it; a dataset file carries it, so that a tool shows the report's arithmetic without doing any of its own.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DatasetDerivation : IEquatable<DatasetDerivation>
{
    private const string Owner = "A derivation's";

    /// <summary>A declared calculation.</summary>
    /// <param name="id">A stable identifier, as an indicator code is written ("burden-relief-total").</param>
    /// <param name="kind">The calculation.</param>
    /// <param name="indicators">The indicators' codes: one or more for a total, exactly two otherwise (see <see cref="DerivationKind"/>).</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period of the figures.</param>
    /// <param name="name">What the figure is, in simplified Chinese.</param>
    /// <param name="traditionalName">In traditional Chinese, where it differs.</param>
    /// <param name="englishName">In English.</param>
    /// <exception cref="ArgumentException">The identifier or a code is not valid, a code is given twice, the number of
    /// indicators does not fit the calculation, the region or a name is empty.</exception>
    public DatasetDerivation(
        string id, DerivationKind kind, IEnumerable<string> indicators, string region, ReportingPeriod period, string name,
        string? traditionalName, string? englishName)
    {
        IndicatorDefinition.CheckCode(id, nameof(id));
        Utility.Preconditions.CheckDefined(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(indicators);
        string[] codes = indicators.ToArray();
        foreach (string code in codes)
        {
            IndicatorDefinition.CheckCode(code, nameof(indicators));
        }

        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Length)
        {
            throw new ArgumentException($"The derivation \"{id}\" names an indicator twice: {string.Join(", ", codes)}.", nameof(indicators));
        }

        if (kind == DerivationKind.Total ? codes.Length == 0 : codes.Length != 2)
        {
            throw new ArgumentException(
                $"The derivation \"{id}\" is a {kind}, which takes {(kind == DerivationKind.Total ? "at least one indicator" : "exactly two indicators")}; got {codes.Length}.",
                nameof(indicators));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        Id = id;
        Kind = kind;
        Indicators = Array.AsReadOnly(codes);
        Region = region;
        Period = period;
        Name = LocalizedNames.Required(name, Owner, nameof(name));
        TraditionalName = LocalizedNames.Optional(traditionalName, name, Owner, nameof(traditionalName));
        EnglishName = LocalizedNames.Optional(englishName, null, Owner, nameof(englishName));
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The calculation.</summary>
    public DerivationKind Kind { get; }

    /// <summary>The indicators' codes, in the order the calculation takes them.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>The region's identifier.</summary>
    public string Region { get; }

    /// <summary>The period of the figures.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The name in simplified Chinese.</summary>
    public string Name { get; }

    /// <summary>The name in traditional Chinese where it differs, or null.</summary>
    public string? TraditionalName { get; }

    /// <summary>The English name, or null.</summary>
    public string? EnglishName { get; }

    /// <summary>The name in a language, falling back to the simplified name.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string NameIn(ExplainLanguage language) => LocalizedNames.In(language, Name, TraditionalName, EnglishName);

    /// <summary>Whether two declarations are the same in every field.</summary>
    /// <param name="other">The other.</param>
    /// <returns>The comparison.</returns>
    public bool Equals(DatasetDerivation? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Indicators.SequenceEqual(other.Indicators) && Region == other.Region
        && Period == other.Period && Name == other.Name && TraditionalName == other.TraditionalName && EnglishName == other.EnglishName;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatasetDerivation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Region, Period);

    /// <summary>For example "burden-relief-total: Total of social-insurance-fees-cut, … for 331000 in 2020-01-01/P10M".</summary>
    /// <returns>The declaration in short.</returns>
    public override string ToString() => $"{Id}: {Kind} of {string.Join(", ", Indicators)} for {Region} in {Period}";
}
