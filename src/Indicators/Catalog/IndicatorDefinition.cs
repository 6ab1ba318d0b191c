using System;
using System.Diagnostics.CodeAnalysis;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Utility;

namespace Indicators.Catalog;

/// <summary>
/// What an indicator is: a stable code ("urban-new-employment"), its names, the quantity its figures are, how it behaves
/// over time (flow, stock, cumulative), how it rolls up over regions, and which way is better.
/// </summary>
/// <remarks>
/// <para>Create one with the factory of its quantity: <see cref="Money"/>, <see cref="Persons"/>, <see cref="Count"/> or
/// <see cref="Rate"/>. The built-in definitions are in <see cref="IndicatorCatalog.BuiltIn"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorDefinition : IEquatable<IndicatorDefinition>
{
    private const string Owner = "An indicator's";

    private IndicatorDefinition(
        string code, IndicatorQuantity quantity, CountUnit? unit, TemporalNature nature, RegionalRollup rollup, Polarity polarity,
        string name, string? traditionalName, string? englishName)
    {
        Code = code;
        Quantity = quantity;
        Unit = unit;
        Nature = nature;
        Rollup = rollup;
        Polarity = polarity;
        Name = name;
        TraditionalName = traditionalName;
        EnglishName = englishName;
    }

    /// <summary>The stable code: lower-case ASCII letters and digits in words joined by hyphens ("urban-new-employment").</summary>
    public string Code { get; }

    /// <summary>What the figures are.</summary>
    public IndicatorQuantity Quantity { get; }

    /// <summary>For <see cref="IndicatorQuantity.Count"/>: the unit counted (enterprises, positions …); otherwise null.</summary>
    public CountUnit? Unit { get; }

    /// <summary>Flow, stock or cumulative.</summary>
    public TemporalNature Nature { get; }

    /// <summary>How the figures roll up over regions.</summary>
    public RegionalRollup Rollup { get; }

    /// <summary>Which way is better: higher for most indicators, lower for an unemployment rate.</summary>
    public Polarity Polarity { get; }

    /// <summary>The name in simplified Chinese: "城镇新增就业".</summary>
    public string Name { get; }

    /// <summary>The name in traditional Chinese where it differs ("城鎮新增就業"), or null.</summary>
    public string? TraditionalName { get; }

    /// <summary>The English name ("New urban employment"), or null where none was given.</summary>
    public string? EnglishName { get; }

    /// <summary>An indicator of money (减免企业社保费 45.76亿元).</summary>
    /// <param name="code">The code (see <see cref="IsValidCode"/>).</param>
    /// <param name="nature">Flow, stock or cumulative.</param>
    /// <param name="name">The name in simplified Chinese.</param>
    /// <param name="traditionalName">The name in traditional Chinese where it differs.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="polarity">Which way is better; higher by default.</param>
    /// <param name="additive">Whether the figures of regions add up (an amount paid does; a per-person amount such as a
    /// monthly benefit rate does not).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The code is not valid, a name is empty, or an enum argument is not defined.</exception>
    public static IndicatorDefinition Money(
        string code, TemporalNature nature, string name, string? traditionalName = null, string? englishName = null,
        Polarity polarity = Polarity.HigherIsBetter, bool additive = true) =>
        Create(code, IndicatorQuantity.Money, null, nature, additive ? RegionalRollup.Sum : RegionalRollup.NotAdditive, polarity, name, traditionalName, englishName);

    /// <summary>An indicator of persons (城镇新增就业 14.64万人).</summary>
    /// <param name="code">The code (see <see cref="IsValidCode"/>).</param>
    /// <param name="nature">Flow, stock or cumulative.</param>
    /// <param name="name">The name in simplified Chinese.</param>
    /// <param name="traditionalName">The name in traditional Chinese where it differs.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="polarity">Which way is better; higher by default (lower for the registered unemployed).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The code is not valid, a name is empty, or an enum argument is not defined.</exception>
    public static IndicatorDefinition Persons(
        string code, TemporalNature nature, string name, string? traditionalName = null, string? englishName = null,
        Polarity polarity = Polarity.HigherIsBetter) =>
        Create(code, IndicatorQuantity.Persons, null, nature, RegionalRollup.Sum, polarity, name, traditionalName, englishName);

    /// <summary>An indicator of counted units other than persons (受惠企业 约115万家, 招聘会 165场).</summary>
    /// <param name="code">The code (see <see cref="IsValidCode"/>).</param>
    /// <param name="unit">The unit counted (persons are not a count: use <see cref="Persons"/>; person-times are).</param>
    /// <param name="nature">Flow, stock or cumulative.</param>
    /// <param name="name">The name in simplified Chinese.</param>
    /// <param name="traditionalName">The name in traditional Chinese where it differs.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="polarity">Which way is better; higher by default.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The code is not valid, a name is empty, or an enum argument is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static IndicatorDefinition Count(
        string code, CountUnit unit, TemporalNature nature, string name, string? traditionalName = null, string? englishName = null,
        Polarity polarity = Polarity.HigherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Create(code, IndicatorQuantity.Count, unit, nature, RegionalRollup.Sum, polarity, name, traditionalName, englishName);
    }

    /// <summary>An indicator of rates (城镇登记失业率 1.38%): recomputed over regions from two other indicators, or not
    /// rolled up at all; never summed or averaged.</summary>
    /// <param name="code">The code (see <see cref="IsValidCode"/>).</param>
    /// <param name="rollup"><see cref="RegionalRollup.Ratio"/> of two indicators of the catalog, or
    /// <see cref="RegionalRollup.NotAdditive"/>.</param>
    /// <param name="name">The name in simplified Chinese.</param>
    /// <param name="traditionalName">The name in traditional Chinese where it differs.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="polarity">Which way is better (lower for an unemployment rate).</param>
    /// <param name="nature">How it behaves over time; a rate at a date is a <see cref="TemporalNature.Stock"/> by default.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The rule is a sum, the code is not valid, a name is empty, an enum argument is
    /// not defined, or the rate is said to be a flow (rates do not add up over time).</exception>
    public static IndicatorDefinition Rate(
        string code, RegionalRollup rollup, string name, string? traditionalName = null, string? englishName = null,
        Polarity polarity = Polarity.HigherIsBetter, TemporalNature nature = TemporalNature.Stock)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        if (rollup.Kind == RollupKind.Sum)
        {
            throw new ArgumentException($"The rate \"{code}\" cannot be summed over regions (DESIGN rule 5); give RegionalRollup.Ratio(numerator, denominator) or RegionalRollup.NotAdditive.", nameof(rollup));
        }

        if (nature == TemporalNature.Flow)
        {
            throw new ArgumentException($"The rate \"{code}\" cannot be a flow: rates do not add up over time.", nameof(nature));
        }

        return Create(code, IndicatorQuantity.Rate, null, nature, rollup, polarity, name, traditionalName, englishName);
    }

    /// <summary>Whether a text is an indicator code: 1 to 64 characters, lower-case ASCII letters and digits in words joined
    /// by single hyphens, starting with a letter ("urban-new-employment", "five-reductions-relief").</summary>
    /// <param name="code">The text.</param>
    /// <returns>Whether it is a code.</returns>
    public static bool IsValidCode([NotNullWhen(true)] string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 64 || code[0] is < 'a' or > 'z' || code[^1] == '-')
        {
            return false;
        }

        for (int i = 1; i < code.Length; i++)
        {
            char c = code[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && code[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name in a language, falling back to the simplified name where the other was not given.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string NameIn(ExplainLanguage language) => LocalizedNames.In(language, Name, TraditionalName, EnglishName);

    /// <summary>Whether two definitions agree in every field.</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>The comparison.</returns>
    public bool Equals([NotNullWhen(true)] IndicatorDefinition? other) =>
        other is not null && Code == other.Code && Quantity == other.Quantity && Unit == other.Unit && Nature == other.Nature
        && Rollup.Equals(other.Rollup) && Polarity == other.Polarity && Name == other.Name
        && TraditionalName == other.TraditionalName && EnglishName == other.EnglishName;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorDefinition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Quantity, Nature, Name);

    /// <summary>For example "urban-new-employment 城镇新增就业".</summary>
    /// <returns>The code and the simplified name.</returns>
    public override string ToString() => Code + " " + Name;

    internal static void CheckCode(string code, string parameter)
    {
        ArgumentNullException.ThrowIfNull(code, parameter);
        if (!IsValidCode(code))
        {
            throw new ArgumentException(
                $"{TextExcerpt.Quote(code)} is not an indicator code: expected lower-case ASCII letters and digits in words joined by hyphens, starting with a letter, at most 64 characters (\"urban-new-employment\").",
                parameter);
        }
    }

    private static IndicatorDefinition Create(
        string code, IndicatorQuantity quantity, CountUnit? unit, TemporalNature nature, RegionalRollup rollup, Polarity polarity,
        string name, string? traditionalName, string? englishName)
    {
        CheckCode(code, nameof(code));
        Preconditions.CheckDefined(nature, nameof(nature));
        Preconditions.CheckDefined(polarity, nameof(polarity));
        return new IndicatorDefinition(
            code, quantity, unit, nature, rollup, polarity, LocalizedNames.Required(name, Owner, nameof(name)),
            LocalizedNames.Optional(traditionalName, name, Owner, nameof(traditionalName)), LocalizedNames.Optional(englishName, null, Owner, nameof(englishName)));
    }
}
