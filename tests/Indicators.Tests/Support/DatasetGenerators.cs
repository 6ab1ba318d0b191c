using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Catalog;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Tests.Support;

/// <summary>What a generated figure counts: persons, money (in fen) or enterprises.</summary>
public enum GeneratedQuantity
{
    /// <summary>Persons (<see cref="Headcount"/>).</summary>
    Persons,

    /// <summary>Money (<see cref="Money"/>, base unit the fen).</summary>
    Money,

    /// <summary>Enterprises (<see cref="UnitCount"/> of <see cref="CountUnit.Enterprises"/>).</summary>
    Enterprises,
}

/// <summary>
/// A figure generated the way a report prints one: the printed digits first, then a scale and decimals the digits are
/// printed at, the value they stand for (in base units), a qualifier, and a "true" value the printing could stand for.
/// </summary>
/// <param name="Quantity">What it counts.</param>
/// <param name="Digits">The printed digits (14.64万 → 1464).</param>
/// <param name="Scale">The printed scale.</param>
/// <param name="Decimals">The printed decimals.</param>
/// <param name="Qualifier">The qualifier.</param>
/// <param name="Inclusive">For at-least figures: whether the printed number is included.</param>
/// <param name="BaseUnits">The value as printed, in base units (persons, fen, enterprises).</param>
/// <param name="TrueValue">A value, in base units, that the printing stands for (inside its bounds by the rules of DESIGN rule 7,
/// applied here by hand).</param>
public sealed record GeneratedFigure(
    GeneratedQuantity Quantity, long Digits, Scale Scale, int Decimals, Qualifier Qualifier, bool Inclusive, long BaseUnits, long TrueValue)
{
    /// <summary>Base units per printed unit: 100 fen a 元, 1 otherwise.</summary>
    public long Unit => Quantity == GeneratedQuantity.Money ? 100 : 1;

    /// <summary>The base units one printed last digit is worth (100 persons for 14.64万人).</summary>
    public BigInteger Step => BigInteger.Pow(10, (int)Scale) * Unit / BigInteger.Pow(10, Decimals);

    /// <summary>The figure as a published figure of persons.</summary>
    public PublishedFigure<Headcount> AsPersons() =>
        PublishedFigure.Of(Headcount.FromPersons(BaseUnits), new DisplayFormat(Scale, Decimals), Qualifier, Inclusive);

    /// <summary>The figure as published money.</summary>
    public PublishedFigure<Money> AsMoney() =>
        PublishedFigure.Of(Money.FromFen(BaseUnits), new DisplayFormat(Scale, Decimals), Qualifier, Inclusive);

    /// <summary>The figure as a published count of enterprises.</summary>
    public PublishedFigure<UnitCount> AsEnterprises() =>
        PublishedFigure.Of(new UnitCount(BaseUnits, CountUnit.Enterprises), new DisplayFormat(Scale, Decimals), Qualifier, Inclusive);

    /// <inheritdoc />
    public override string ToString() => Quantity switch
    {
        GeneratedQuantity.Money => AsMoney().ToString(),
        GeneratedQuantity.Enterprises => AsEnterprises().ToString(),
        _ => AsPersons().ToString(),
    } + " (true " + TrueValue.ToString(CultureInfo.InvariantCulture) + ")";
}

/// <summary>A generated hierarchy: a root, regions under it to a depth of 1 to 4, and its leaves.</summary>
/// <param name="Hierarchy">The hierarchy (its regions listed in a shuffled order: parents may come after children).</param>
/// <param name="Root">The root's identifier.</param>
/// <param name="Leaves">The leaves' identifiers, as this generator made them.</param>
/// <param name="Children">Each region's children, as this generator made them.</param>
public sealed record GeneratedTree(RegionHierarchy Hierarchy, string Root, IReadOnlyList<string> Leaves, IReadOnlyDictionary<string, IReadOnlyList<string>> Children)
{
    /// <summary>The leaves under a region (the region itself when it is a leaf), worked out from <see cref="Children"/>.</summary>
    public IEnumerable<string> LeavesUnder(string id) =>
        Children[id].Count == 0 ? [id] : Children[id].SelectMany(LeavesUnder);

    /// <inheritdoc />
    public override string ToString() => Write(Root, 0);

    private string Write(string id, int depth) =>
        new string(' ', depth * 2) + id + "\n" + string.Concat(Children[id].Select(c => Write(c, depth + 1)));
}

/// <summary>A generated roll-up case: a tree, what is counted, a figure for some leaves, and one for the root.</summary>
/// <param name="Tree">The hierarchy.</param>
/// <param name="Quantity">What the figures count.</param>
/// <param name="Figures">A figure for each leaf that has one (some have none).</param>
/// <param name="RootFigure">A figure published for the root itself (near the sum of the leaves' figures), printed without
/// a qualifier or with 约.</param>
/// <param name="Shuffle">A seed for shuffling the order the observations are added in.</param>
public sealed record RollupCase(GeneratedTree Tree, GeneratedQuantity Quantity, IReadOnlyDictionary<string, GeneratedFigure> Figures, GeneratedFigure RootFigure, int Shuffle)
{
    /// <inheritdoc />
    public override string ToString() =>
        Quantity + "\n" + Tree + string.Join("\n", Figures.Select(f => f.Key + ": " + f.Value)) + "\nroot: " + RootFigure + "\nshuffle " + Shuffle;
}

/// <summary>A generated ratio case: a tree whose every leaf has a numerator and a denominator.</summary>
/// <param name="Tree">The hierarchy.</param>
/// <param name="Numerators">The numerator of each leaf (persons).</param>
/// <param name="Denominators">The denominator of each leaf (persons, printed above zero).</param>
public sealed record RatioCase(GeneratedTree Tree, IReadOnlyDictionary<string, GeneratedFigure> Numerators, IReadOnlyDictionary<string, GeneratedFigure> Denominators)
{
    /// <inheritdoc />
    public override string ToString() =>
        Tree + string.Join("\n", Tree.Leaves.Select(l => l + ": " + Numerators[l] + " / " + Denominators[l]));
}

/// <summary>Twelve generated figures of one year, one for each month (for a flow: the month's; for a cumulative
/// indicator: the year to the month's end).</summary>
/// <param name="Quantity">What the figures count.</param>
/// <param name="Year">The year.</param>
/// <param name="Months">The figures of January to December.</param>
/// <param name="Selected">Some months (at least one), for sums over periods.</param>
public sealed record MonthsCase(GeneratedQuantity Quantity, int Year, IReadOnlyList<GeneratedFigure> Months, IReadOnlyList<int> Selected)
{
    /// <inheritdoc />
    public override string ToString() =>
        Year.ToString(CultureInfo.InvariantCulture) + ": " + string.Join("; ", Months.Select((f, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + " " + f))
        + " | selected " + string.Join(",", Selected);
}

/// <summary>
/// FsCheck generators for datasets: random trees of regions (administrative divisions, groups defined in data and a
/// city's own level, to a depth of 1 to 4), figures printed at random precisions with random qualifiers, and the true
/// values the printings could stand for. Every value is derived from its printed digits, so each figure is printable.
/// </summary>
public static class DatasetGenerators
{
    /// <summary>Roll-up cases over generated trees.</summary>
    public static Arbitrary<RollupCase> RollupCase() => Seed.Select(BuildRollup).ToArbitrary();

    /// <summary>Ratio cases over generated trees.</summary>
    public static Arbitrary<RatioCase> RatioCase() => Seed.Select(BuildRatio).ToArbitrary();

    /// <summary>Twelve months of figures.</summary>
    public static Arbitrary<MonthsCase> MonthsCase() => Seed.Select(BuildMonths).ToArbitrary();

    private static Gen<int> Seed => Gen.Choose(0, int.MaxValue);

    /// <summary>A tree of depth 1 to 4 under a root.</summary>
    public static GeneratedTree Tree(Random random)
    {
        int depth = random.Next(1, 5);
        var regions = new List<Region>();
        var children = new Dictionary<string, IReadOnlyList<string>>();
        int counter = 0;

        string Add(Region? parent, int level)
        {
            counter++;
            Region region;
            bool division = random.Next(3) > 0;
            if (division)
            {
                // Six-digit codes that are unique in the tree: 110000 + 10 × counter (first digit never 0).
                var code = RegionCode.Parse((110000 + (10 * counter)).ToString(CultureInfo.InvariantCulture));
                RegionLevel divisionLevel = level == 0 ? RegionLevel.Province : level == 1 ? RegionLevel.Prefecture : RegionLevel.County;
                region = Region.Division(code, "区" + counter.ToString(CultureInfo.InvariantCulture), divisionLevel,
                    traditionalName: "區" + counter.ToString(CultureInfo.InvariantCulture), englishName: "Division " + counter.ToString(CultureInfo.InvariantCulture));
                if (parent is not null)
                {
                    region = region.WithParent(parent.Id);
                }
            }
            else
            {
                region = Region.Defined("group-" + counter.ToString(CultureInfo.InvariantCulture), "组" + counter.ToString(CultureInfo.InvariantCulture),
                    RegionLevel.Group, parent?.Id, "組" + counter.ToString(CultureInfo.InvariantCulture), "Group " + counter.ToString(CultureInfo.InvariantCulture));
            }

            regions.Add(region);
            var mine = new List<string>();
            children[region.Id] = mine;
            bool leaf = level == depth || (level > 0 && random.Next(4) == 0);
            if (!leaf)
            {
                int fan = random.Next(1, 4);
                for (int k = 0; k < fan; k++)
                {
                    mine.Add(Add(region, level + 1));
                }

                if (region.Level == RegionLevel.Prefecture && region.IsAdministrativeDivision && random.Next(3) == 0)
                {
                    Region cityLevel = Region.CityLevelOf(region);
                    regions.Add(cityLevel);
                    children[cityLevel.Id] = [];
                    mine.Add(cityLevel.Id);
                }
            }

            return region.Id;
        }

        string root = Add(null, 0);
        Region[] shuffled = [.. regions];
        random.Shuffle(shuffled);
        var tree = new GeneratedTree(RegionHierarchy.Create(shuffled), root, [], children);
        return tree with { Leaves = tree.LeavesUnder(root).ToList() };
    }

    /// <summary>
    /// A figure: the printed digits first, then a precision (scale 1 with 0 decimals, or 0–2 decimals for money; 万 with
    /// 0–2 decimals; rarely 亿 with 2–4; rarely 万亿 with 1–4, its digits then below 1 000 so that a figure, at most
    /// 999.9万亿元 = 9.999 × 10¹⁶ fen, and the sums of a generated dataset stay within a long), the value derived from
    /// them, and a true value inside the printing's interval.
    /// </summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="quantity">What it counts.</param>
    /// <param name="qualifiers">The qualifiers to draw from.</param>
    /// <param name="minDigits">The least printed digits.</param>
    /// <param name="maxDigits">The most printed digits.</param>
    public static GeneratedFigure Figure(Random random, GeneratedQuantity quantity, Qualifier[] qualifiers, long minDigits = 0, long maxDigits = 2_000_000)
    {
        long digits = random.NextInt64(minDigits, maxDigits + 1);
        (Scale scale, int decimals) = random.Next(11) switch
        {
            < 4 => (Scale.One, quantity == GeneratedQuantity.Money ? random.Next(0, 3) : 0),
            < 9 => (Scale.Wan, random.Next(0, 3)),
            9 => (Scale.Yi, random.Next(2, 5)),
            _ => (Scale.WanYi, random.Next(1, 5)),
        };
        if (scale == Scale.WanYi)
        {
            digits = minDigits + ((digits - minDigits) % Math.Min(1_000, maxDigits - minDigits + 1));
        }

        Qualifier qualifier = qualifiers[random.Next(qualifiers.Length)];
        bool inclusive = qualifier != Qualifier.AtLeast || random.Next(2) == 0;
        long unit = quantity == GeneratedQuantity.Money ? 100 : 1;
        long step = checked((long)BigInteger.Pow(10, (int)scale) * unit / (long)BigInteger.Pow(10, decimals));
        long value = checked(digits * step);
        long place = step;
        for (long d = digits; d != 0 && d % 10 == 0; d /= 10)
        {
            place *= 10;
        }

        bool nonNegative = quantity != GeneratedQuantity.Money;
        long truth = qualifier switch
        {
            // [v − s/2, v + s/2): exact where a step is one base unit.
            Qualifier.None => step <= 1 ? value : value + random.NextInt64(-step / 2, step / 2),
            // (v − p/2, v + p/2), p the place of the last significant digit.
            Qualifier.Approximately => place <= 1 ? value : value + random.NextInt64((-place / 2) + 1, place / 2),
            // [v, v + p).
            Qualifier.Span => value + random.NextInt64(0, place),
            // [v, ∞) or (v, ∞).
            Qualifier.AtLeast => value + random.NextInt64(inclusive ? 0 : 1, 1000),
            // (−∞, v] (from 0 for what cannot be negative).
            _ => value - random.NextInt64(0, 1000),
        };
        if (nonNegative && truth < 0)
        {
            truth = random.NextInt64(0, Math.Max(1, value + 1));
        }

        return new GeneratedFigure(quantity, digits, scale, decimals, qualifier, inclusive, value, truth);
    }

    private static RollupCase BuildRollup(int seed)
    {
        var random = new Random(seed);
        GeneratedTree tree = Tree(random);
        var quantity = (GeneratedQuantity)random.Next(3);
        Qualifier[] qualifiers = random.Next(3) == 0
            ? [Qualifier.None]
            : [Qualifier.None, Qualifier.None, Qualifier.Approximately, Qualifier.AtLeast, Qualifier.AtMost, Qualifier.Span];
        int absentOneIn = random.Next(2, 8);
        var figures = new Dictionary<string, GeneratedFigure>();
        foreach (string leaf in tree.Leaves)
        {
            if (random.Next(absentOneIn) != 0)
            {
                figures[leaf] = Figure(random, quantity, qualifiers);
            }
        }

        // The root's own figure: near the sum of its parts as printed, so that it sometimes agrees and sometimes does not.
        long sum = figures.Values.Sum(f => f.BaseUnits);
        GeneratedFigure near = Figure(random, quantity, [Qualifier.None, Qualifier.Approximately]);
        BigInteger step = near.Step;
        long digits = Math.Max(0, (long)(new BigInteger(sum) / step) + random.Next(-2, 3));
        GeneratedFigure root = near with { Digits = digits, BaseUnits = checked((long)(digits * step)), TrueValue = checked((long)(digits * step)) };
        return new RollupCase(tree, quantity, figures, root, random.Next());
    }

    private static RatioCase BuildRatio(int seed)
    {
        var random = new Random(seed);
        GeneratedTree tree = Tree(random);
        var numerators = new Dictionary<string, GeneratedFigure>();
        var denominators = new Dictionary<string, GeneratedFigure>();
        foreach (string leaf in tree.Leaves)
        {
            numerators[leaf] = Figure(random, GeneratedQuantity.Persons, [Qualifier.None, Qualifier.None, Qualifier.Approximately, Qualifier.AtMost, Qualifier.Span]);

            // Denominators printed above zero with a lower bound above zero: no at-most figures.
            denominators[leaf] = Figure(random, GeneratedQuantity.Persons, [Qualifier.None, Qualifier.None, Qualifier.Approximately, Qualifier.Span], minDigits: 1);
        }

        return new RatioCase(tree, numerators, denominators);
    }

    private static MonthsCase BuildMonths(int seed)
    {
        var random = new Random(seed);
        var quantity = (GeneratedQuantity)random.Next(3);
        Qualifier[] qualifiers = random.Next(2) == 0 ? [Qualifier.None] : [Qualifier.None, Qualifier.Approximately, Qualifier.Span, Qualifier.AtLeast, Qualifier.AtMost];
        var months = Enumerable.Range(1, 12).Select(_ => Figure(random, quantity, qualifiers)).ToList();
        var selected = Enumerable.Range(1, 12).Where(_ => random.Next(2) == 0).ToList();
        if (selected.Count == 0)
        {
            selected.Add(random.Next(1, 13));
        }

        return new MonthsCase(quantity, random.Next(2000, 2031), months, selected);
    }
}
