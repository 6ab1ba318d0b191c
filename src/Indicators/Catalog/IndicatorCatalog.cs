using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Indicators.Catalog;

/// <summary>
/// A set of indicator definitions with unique codes, in which every ratio's numerator and denominator are defined too.
/// <see cref="BuiltIn"/> covers every indicator of the reference report; a dataset may bring its own (<see cref="With"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe. Definitions are kept in the order given; lookups by code are O(1).</remarks>
public sealed class IndicatorCatalog
{
    private static readonly Lazy<IndicatorCatalog> BuiltInCatalog = new(() => Create(BuiltInIndicators.All()));

    private readonly IndicatorDefinition[] definitions;
    private readonly Dictionary<string, int> indexByCode;

    private IndicatorCatalog(IndicatorDefinition[] definitions, Dictionary<string, int> indexByCode)
    {
        this.definitions = definitions;
        this.indexByCode = indexByCode;
    }

    /// <summary>An empty catalog.</summary>
    public static IndicatorCatalog Empty { get; } = new([], new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The built-in definitions: every indicator of the reference report (城镇新增就业, 城镇失业人员再就业,
    /// 城镇登记失业率, social-insurance fees cut and returned, subsidies, enterprises and persons benefiting, job fairs,
    /// positions, agreements, trainees, guarantee loans and interest subsidies, poverty-alleviation bases and positions …).</summary>
    public static IndicatorCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>The number of definitions.</summary>
    public int Count => definitions.Length;

    /// <summary>Every definition, in the order given.</summary>
    public IReadOnlyList<IndicatorDefinition> Definitions => Array.AsReadOnly(definitions);

    /// <summary>The definition with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">No definition has that code; the message names it.</exception>
    public IndicatorDefinition this[string code] => TryGet(code, out IndicatorDefinition? definition)
        ? definition
        : throw new KeyNotFoundException($"The indicator \"{code}\" is not in this catalog.");

    /// <summary>A catalog of definitions.</summary>
    /// <param name="definitions">The definitions.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">A code is defined twice, or a ratio names an indicator that is not defined or
    /// is a rate itself, or two of different quantities or units; the message names the indicator.</exception>
    public static IndicatorCatalog Create(IEnumerable<IndicatorDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        IndicatorDefinition[] array = definitions.ToArray();
        var index = new Dictionary<string, int>(array.Length, StringComparer.Ordinal);
        for (int i = 0; i < array.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(array[i], nameof(definitions));
            if (!index.TryAdd(array[i].Code, i))
            {
                throw new ArgumentException($"The indicator \"{array[i].Code}\" is defined twice.", nameof(definitions));
            }
        }

        foreach (IndicatorDefinition definition in array)
        {
            if (definition.Rollup.Kind == RollupKind.Ratio)
            {
                CheckComponent(definition, definition.Rollup.Numerator!, array, index, nameof(definitions));
                CheckComponent(definition, definition.Rollup.Denominator!, array, index, nameof(definitions));
                IndicatorDefinition numerator = array[index[definition.Rollup.Numerator!]];
                IndicatorDefinition denominator = array[index[definition.Rollup.Denominator!]];
                if (numerator.Quantity != denominator.Quantity || numerator.Unit != denominator.Unit)
                {
                    throw new ArgumentException(
                        $"The rate \"{definition.Code}\" is recomputed from \"{numerator.Code}\" ({numerator.Quantity}) over \"{denominator.Code}\" ({denominator.Quantity}): a rate divides figures of one quantity and unit.",
                        nameof(definitions));
                }
            }
        }

        return new IndicatorCatalog(array, index);
    }

    /// <summary>This catalog with more definitions. A code already defined may be given again only with the same
    /// definition; a different one is an error, so that a dataset cannot silently redefine a built-in indicator.</summary>
    /// <param name="definitions">The definitions to add.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentException">A code is already defined differently, or the result breaks a rule of
    /// <see cref="Create"/>.</exception>
    public IndicatorCatalog With(IEnumerable<IndicatorDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var list = new List<IndicatorDefinition>(this.definitions);
        foreach (IndicatorDefinition definition in definitions)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(definitions));
            if (TryGet(definition.Code, out IndicatorDefinition? existing))
            {
                if (!existing.Equals(definition))
                {
                    throw new ArgumentException($"The indicator \"{definition.Code}\" is already defined as {Describe(existing)}; it cannot be redefined as {Describe(definition)}.", nameof(definitions));
                }

                continue;
            }

            list.Add(definition);
        }

        return Create(list);
    }

    /// <summary>Whether a code is defined.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains([NotNullWhen(true)] string? code) => code is not null && indexByCode.ContainsKey(code);

    /// <summary>The definition with a code, if there is one; never throws.</summary>
    /// <param name="code">The code.</param>
    /// <param name="definition">The definition, or null.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out IndicatorDefinition? definition)
    {
        if (code is not null && indexByCode.TryGetValue(code, out int i))
        {
            definition = definitions[i];
            return true;
        }

        definition = null;
        return false;
    }

    /// <summary>The position of a code in the catalog, or −1.</summary>
    internal int IndexOf(string code) => indexByCode.TryGetValue(code, out int i) ? i : -1;

    /// <summary>The definition at a position.</summary>
    internal IndicatorDefinition At(int index) => definitions[index];

    private static void CheckComponent(IndicatorDefinition ratio, string code, IndicatorDefinition[] array, Dictionary<string, int> index, string parameter)
    {
        if (!index.TryGetValue(code, out int i))
        {
            throw new ArgumentException($"The rate \"{ratio.Code}\" is recomputed from \"{code}\", which is not defined.", parameter);
        }

        if (array[i].Quantity == IndicatorQuantity.Rate)
        {
            throw new ArgumentException($"The rate \"{ratio.Code}\" is recomputed from \"{code}\", which is a rate itself: a ratio is recomputed from quantities that add up.", parameter);
        }
    }

    private static string Describe(IndicatorDefinition d) =>
        $"{d.Quantity}{(d.Unit is null ? string.Empty : " (" + d.Unit.Code + ")")}, {d.Nature}, {d.Rollup}, {d.Polarity}, \"{d.Name}\"";
}
