using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;
using NodaTime;

namespace Indicators.Sdmx.Tests.Support;

/// <summary>A generated dataset, with the catalog and regions it was built with (what an import is given).</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Seed">The seed it was made from.</param>
public sealed record GeneratedDataset(Dataset Dataset, int Seed)
{
    /// <inheritdoc />
    public override string ToString() =>
        "seed " + Seed + "\n" + string.Join("\n", Dataset.Observations.Select(o => o + " [" + o.Precision + " " + o.Qualifier + (o.IsInclusive ? "" : " exclusive") + " " + o.Status + "] " + o.Source));
}

/// <summary>
/// Datasets of every quantity kind (money, negative money too; persons; counts of every predefined unit and of a unit of
/// our own; rates, falls too), every scale (1, 万, 亿, 万亿) and decimals, every qualifier (at most and at least inclusive or not), every
/// status, every period kind (months, quarters, halves, years, years to date in months and in days, ranges that do not
/// start on 1 January of the year they end in), regions of a generated tree (divisions, groups, a city's own level), and
/// source notes with separators, quotes, line breaks and Chinese text, or none; and, sometimes, a title, a source, a
/// regions' date, targets, completion rates and derived totals.
/// </summary>
public static class SdmxGenerators
{
    private static readonly CountUnit Crates = new("crate", "箱", "箱", "crate", "crates");

    private static readonly string[] Notes =
    [
        "Taizhou HRSS press release 2020-11-10, closing summary", "表1, 第3行", "a \"quoted\" word", "semi;colon", "line\nbreak", "crlf\r\nbreak",
        " leading and trailing spaces ", "NaN", "#N/A", "-", "A: not a label", "台州市人力社保局", "tab\there", "|pipe|", "'single'", "lone\rcarriage return", "\"", "trailing quote\"",
    ];

    /// <summary>The catalog every generated dataset uses: the built-in indicators, and one of our own of each kind.</summary>
    public static IndicatorCatalog Catalog { get; } = IndicatorCatalog.BuiltIn.With(
    [
        IndicatorDefinition.Money("x-money", TemporalNature.Flow, "资金"),
        IndicatorDefinition.Money("x-balance", TemporalNature.Stock, "余额", additive: false),
        IndicatorDefinition.Persons("x-persons", TemporalNature.Cumulative, "人数"),
        IndicatorDefinition.Rate("x-rate", RegionalRollup.NotAdditive, "比率"),
        IndicatorDefinition.Count("x-crates", Crates, TemporalNature.Flow, "箱数"),
        .. CountUnit.All.Select(u => IndicatorDefinition.Count("x-" + u.Code, u, TemporalNature.Flow, "计数" + u.Simplified)),
    ]);

    /// <summary>Generated datasets.</summary>
    public static Arbitrary<GeneratedDataset> Dataset() => Gen.Choose(0, int.MaxValue).Select(Build).ToArbitrary();

    /// <summary>The dataset of a seed.</summary>
    public static GeneratedDataset Build(int seed)
    {
        var random = new Random(seed);
        GeneratedTree tree = DatasetGenerators.Tree(random);
        var builder = new DatasetBuilder(Catalog, tree.Hierarchy);
        string[] codes = ["x-money", "x-balance", "x-persons", "x-rate", "x-crates", .. CountUnit.All.Select(u => "x-" + u.Code), "urban-new-employment", "registered-urban-unemployment-rate"];
        int wanted = random.Next(0, 40);
        for (int attempt = 0; builder.Count < wanted && attempt < wanted * 4; attempt++)
        {
            string code = codes[random.Next(codes.Length)];
            string region = tree.Hierarchy.Regions[random.Next(tree.Hierarchy.Count)].Id;
            ReportingPeriod period = Period(random);
            if (builder.HasFigure(code, region, period))
            {
                continue;
            }

            var status = (FigureStatus)random.Next(4);
            string? source = random.Next(3) == 0 ? null : Notes[random.Next(Notes.Length)] + (random.Next(2) == 0 ? string.Empty : " " + random.Next());
            IndicatorDefinition definition = Catalog[code];
            switch (definition.Quantity)
            {
                case IndicatorQuantity.Rate:
                    builder.Add(code, region, period, Rate(random, status), source);
                    break;
                case IndicatorQuantity.Money:
                    GeneratedFigure money = Figure(random, GeneratedQuantity.Money);
                    bool negative = random.Next(4) == 0 && money.Qualifier is Qualifier.None or Qualifier.Approximately && money.BaseUnits > 0;
                    builder.Add(code, region, period, PublishedFigure.Of(Money.FromFen(negative ? -money.BaseUnits : money.BaseUnits), new DisplayFormat(money.Scale, money.Decimals), money.Qualifier, money.Inclusive, status), source);
                    break;
                case IndicatorQuantity.Persons:
                    GeneratedFigure persons = Figure(random, GeneratedQuantity.Persons);
                    builder.Add(code, region, period, PublishedFigure.Of(Headcount.FromPersons(persons.BaseUnits), new DisplayFormat(persons.Scale, persons.Decimals), persons.Qualifier, persons.Inclusive, status), source);
                    break;
                default:
                    GeneratedFigure count = Figure(random, GeneratedQuantity.Enterprises);
                    builder.Add(code, region, period, PublishedFigure.Of(new UnitCount(count.BaseUnits, definition.Unit!), new DisplayFormat(count.Scale, count.Decimals), count.Qualifier, count.Inclusive, status), source);
                    break;
            }
        }

        AddContent(random, builder, builder.Build());
        return new GeneratedDataset(builder.Build(), seed);
    }

    /// <summary>
    /// What a dataset holds besides observations, sometimes: a title, a source; targets of every kind
    /// (floors and ceilings inclusive or not, levels with a tolerance; inferred or not) for some indicators and regions;
    /// completion rates of some actuals; derived totals of some figures.
    /// </summary>
    private static void AddContent(Random random, DatasetBuilder builder, Dataset observations)
    {
        string? Text() => random.Next(3) == 0 ? null : Notes[random.Next(Notes.Length)] + (random.Next(2) == 0 ? string.Empty : " " + random.Next());
        builder.Title = Text();
        builder.Source = Text();
        // The regions' date of a generated tree would claim a built-in list it is not (the export names that as not carried;
        // ContentRowTests and the reference dataset carry a date).
        int derivations = 0;
        foreach (Observation o in observations.Observations)
        {
            string code = o.Indicator.Code;
            string region = o.Region.Id;
            if (random.Next(4) == 0)
            {
                ReportingPeriod year = ReportingPeriod.Year(o.Period.End.Year);
                if (!observations.TryFindTarget(code, region, year, out _) && !Added(code, region, year))
                {
                    AddTarget(random, builder, o.Indicator, region, year, Text());
                }
            }

            if (o.Indicator.Quantity != IndicatorQuantity.Rate && random.Next(4) == 0)
            {
                builder.AddCompletionRate(code, region, o.Period, Rate(random, (FigureStatus)random.Next(4)));
            }

            if (o.Indicator.Quantity != IndicatorQuantity.Rate && random.Next(6) == 0)
            {
                builder.AddDerivation(new DatasetDerivation(
                    "d-" + derivations++, DerivationKind.Total, [code], region, o.Period, "合计" + random.Next(), random.Next(2) == 0 ? null : "合計", random.Next(2) == 0 ? null : "Total, \"quoted\""));
            }
        }

        bool Added(string code, string region, ReportingPeriod period) => builder.Build().TryFindTarget(code, region, period, out _);
    }

    private static void AddTarget(Random random, DatasetBuilder builder, IndicatorDefinition definition, string region, ReportingPeriod period, string? reason)
    {
        int kind = random.Next(5); // at least, over, at most, below, about
        void Quantity<T>(T value, T tolerance)
            where T : struct, IQuantity<T>
        {
            QuantityTarget<T> target = kind switch
            {
                0 or 1 => QuantityTarget.AtLeast(value, kind == 0),
                2 or 3 => QuantityTarget.AtMost(value, kind == 2),
                _ => QuantityTarget.About(value, tolerance),
            };
            _ = reason is null ? builder.AddTarget(definition.Code, region, period, target) : builder.AddInferredTarget(definition.Code, region, period, target, reason);
        }

        long units = random.Next(3) == 0 ? random.NextInt64(1, long.MaxValue / 4) : random.NextInt64(1, 2_000_000);
        long tolerance = random.NextInt64(1, units + 1);
        switch (definition.Quantity)
        {
            case IndicatorQuantity.Money:
                Quantity(Money.FromFen(units), Money.FromFen(tolerance));
                break;
            case IndicatorQuantity.Persons:
                Quantity(Headcount.FromPersons(units), Headcount.FromPersons(tolerance));
                break;
            case IndicatorQuantity.Count:
                Quantity(new UnitCount(units, definition.Unit!), new UnitCount(tolerance, definition.Unit!));
                break;
            default:
                Percent rate = Percent.FromRatio(new Ratio(random.NextInt64(1, 100_000), Int128.CreateChecked(Math.Pow(10, random.Next(0, 5) + 2))));
                RateTarget target = kind switch
                {
                    0 or 1 => RateTarget.AtLeast(rate, kind == 0),
                    2 or 3 => RateTarget.AtMost(rate, kind == 2),
                    _ => RateTarget.About(rate, PercentagePoints.FromRatio(new Ratio(random.NextInt64(1, 1000), 10_000))),
                };
                _ = reason is null ? builder.AddTarget(definition.Code, region, period, target) : builder.AddInferredTarget(definition.Code, region, period, target, reason);
                break;
        }
    }

    private static GeneratedFigure Figure(Random random, GeneratedQuantity quantity)
    {
        Qualifier[] qualifiers = [Qualifier.None, Qualifier.None, Qualifier.Approximately, Qualifier.AtMost, Qualifier.AtLeast, Qualifier.Span];
        GeneratedFigure figure = DatasetGenerators.Figure(random, quantity, qualifiers, minDigits: 1, maxDigits: random.Next(3) == 0 ? 9_000_000_000L : 2_000_000);

        // At most, inclusive or not (不超过 / 不到); DatasetGenerators makes at-most figures inclusive only.
        return figure.Qualifier == Qualifier.AtMost ? figure with { Inclusive = random.Next(2) == 0 } : figure;
    }

    private static PublishedRate Rate(Random random, FigureStatus status)
    {
        int decimals = random.Next(0, 4);
        long digits = random.NextInt64(0, 100_000);
        Qualifier qualifier = (Qualifier)random.Next(0, 4);
        if (random.Next(5) == 0 && qualifier is Qualifier.None or Qualifier.Approximately)
        {
            digits = -digits; // a fall: -0.5%
        }

        bool inclusive = random.Next(2) == 0;
        return PublishedRate.Of(Percent.FromRatio(new Ratio(digits, Int128.CreateChecked(Math.Pow(10, decimals + 2)))), decimals, qualifier, inclusive, status);
    }

    private static ReportingPeriod Period(Random random)
    {
        int year = random.Next(10) == 0 ? (random.Next(2) == 0 ? 1 : 9997) : random.Next(1990, 2031);
        switch (random.Next(7))
        {
            case 0:
                return ReportingPeriod.Month(year, random.Next(1, 13));
            case 1:
                return ReportingPeriod.Quarter(year, random.Next(1, 5));
            case 2:
                return ReportingPeriod.HalfYear(year, random.Next(1, 3));
            case 3:
                return ReportingPeriod.Year(year);
            case 4:
                // 截至10月底: a month end.
                return ReportingPeriod.YearToDate(new LocalDate(year, random.Next(1, 13), 1).With(DateAdjusters.EndOfMonth));
            case 5:
                return ReportingPeriod.YearToDate(new LocalDate(year, 1, 1).PlusDays(random.Next(0, 365)));
            default:
                // A range that does not start on 1 January, or ends in a later year.
                LocalDate start = new LocalDate(year, 1, 1).PlusDays(random.Next(1, 365));
                return random.Next(4) == 0
                    ? ReportingPeriod.Range(new LocalDate(year, 1, 1), new LocalDate(year + 1, 1, 1).PlusDays(random.Next(0, 30)))
                    : ReportingPeriod.Range(start, start.PlusDays(random.Next(0, 400)));
        }
    }
}
