using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Quantities;
using Indicators.Regions;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// From generated true figures, published as a report prints them (rounded half up), the derived results must hold the
/// truth: the parent-rate interval holds the true parent rate, rank ranges hold the true ranks, and a verdict of better
/// or worse is never wrong.
/// </summary>
public class DatasetComparisonProperties
{
    private static readonly Indicators.Periods.ReportingPeriod October = ComparisonFixture.October;

    private static RegionHierarchy Group(int children) => RegionHierarchy.Create(
        new[] { Region.Defined("p", "全体", RegionLevel.Group) }
            .Concat(Enumerable.Range(0, children).Select(i => Region.Defined(Child(i), "部分" + Child(i), RegionLevel.Group, "p"))));

    private static string Child(int i) => "c" + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>n ÷ d as a percent rounded half up at two decimals: "1.38%".</summary>
    private static string RateText(long n, long d)
    {
        long digits = ((2 * n * 10_000) + d) / (2 * d);
        return FormattableString.Invariant($"{digits / 100}.{digits % 100:D2}%");
    }

    /// <summary>Persons in 万 rounded half up at <paramref name="decimals"/> decimals ("14.64万人"), or exactly when negative.</summary>
    private static string PersonsText(long persons, int decimals)
    {
        if (decimals < 0)
        {
            return FormattableString.Invariant($"{persons}人");
        }

        long unit = (long)Math.Pow(10, 4 - decimals);
        long w = ((2 * persons) + unit) / (2 * unit);
        long scale = (long)Math.Pow(10, decimals);
        return decimals == 0
            ? FormattableString.Invariant($"{w}万人")
            : FormattableString.Invariant($"{w / scale}.{(w % scale).ToString("D" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}万人");
    }

    private static readonly Gen<(long N, long D, int Decimals)> Part =
        from n in Gen.Choose(0, 200_000)
        from extra in Gen.Choose(0, 5_000_000)
        from decimals in Gen.Elements(-1, 2)
        select ((long)n, Math.Max(n, 1) + (long)extra, decimals);

    [Property(MaxTest = 200)]
    public Property ParentRateInterval_HoldsTheTrueParentRate()
    {
        Gen<(long N, long D, int Decimals)[]> parts = Gen.Choose(1, 6).SelectMany(k => Part.ArrayOf(k));
        return Prop.ForAll(parts.ToArbitrary(), ps =>
        {
            DatasetBuilder builder = new(IndicatorCatalog.BuiltIn, Group(ps.Length));
            for (int i = 0; i < ps.Length; i++)
            {
                builder.Add(ComparisonFixture.Unemployed, Child(i), October, PersonsText(ps[i].N, ps[i].Decimals))
                    .Add(ComparisonFixture.Rate, Child(i), October, RateText(ps[i].N, ps[i].D));
            }

            long totalN = ps.Sum(p => p.N);
            long totalD = ps.Sum(p => p.D);
            builder.Add(ComparisonFixture.Rate, "p", October, RateText(totalN, totalD));
            ParentRateCheck check = builder.Build().CheckParentRate(ComparisonFixture.Rate, "p", October);
            Ratio truth = new Ratio(totalN * 100, totalD);
            return check.Interval.Bounds.Contains(truth) && check.IsConsistent == true && check.IsComplete;
        });
    }

    [Property(MaxTest = 200)]
    public Property RankRanges_HoldTheTrueRanks()
    {
        Gen<(long Value, int Decimals)> figure =
            from v in Gen.Choose(0, 300_000)
            from decimals in Gen.Elements(-1, 0, 1, 2)
            select ((long)v, decimals);
        Gen<(bool Lower, (long Value, int Decimals)[] Figures)> input =
            from lower in Gen.Elements(true, false)
            from figures in Gen.Choose(2, 7).SelectMany(k => figure.ArrayOf(k))
            select (lower, figures);
        return Prop.ForAll(input.ToArbitrary(), x =>
        {
            string indicator = x.Lower ? ComparisonFixture.Unemployed : "urban-new-employment";
            DatasetBuilder builder = new(IndicatorCatalog.BuiltIn, Group(x.Figures.Length));
            for (int i = 0; i < x.Figures.Length; i++)
            {
                builder.Add(indicator, Child(i), October, PersonsText(x.Figures[i].Value, x.Figures[i].Decimals));
            }

            RegionRanking ranking = builder.Build().Rank(indicator, "p", October);
            return Enumerable.Range(0, x.Figures.Length).All(i =>
            {
                long v = x.Figures[i].Value;
                int trueRank = 1 + x.Figures.Count(f => x.Lower ? f.Value < v : f.Value > v);
                RankedRegion entry = ranking.RankOf(Child(i));
                return entry.BestRank <= trueRank && trueRank <= entry.WorstRank
                    && entry.BestRank <= entry.PrintedRank && entry.PrintedRank <= entry.WorstRank;
            });
        });
    }

    [Property(MaxTest = 300)]
    public Property Verdict_IsNeverWrongAboutTheTrueRates()
    {
        // True rates in units of 0.0001 percentage points, printed with 0 to 2 decimals.
        Gen<(long True, int Decimals)> rate =
            from t in Gen.Choose(0, 100_000)
            from decimals in Gen.Choose(0, 2)
            select ((long)t, decimals);
        Gen<(string Indicator, (long True, int Decimals) A, (long True, int Decimals) B)> input =
            from indicator in Gen.Elements(ComparisonFixture.Rate, ComparisonFixture.Employment, ComparisonFixture.Cpi)
            from a in rate
            from b in rate
            select (indicator, a, b);
        return Prop.ForAll(input.ToArbitrary(), x =>
        {
            Dataset data = ComparisonFixture.Builder()
                .Add(x.Indicator, "331000", October, Printed(x.A))
                .Add(x.Indicator, "330000", October, Printed(x.B))
                .Build();
            RegionComparison c = data.Compare(x.Indicator, "331000", October);
            bool higher = x.A.True > x.B.True;
            bool lower = x.A.True < x.B.True;
            bool printedEqual = PrintedValue(x.A) == PrintedValue(x.B);
            return c.Verdict switch
            {
                ComparisonVerdict.Better => x.Indicator == ComparisonFixture.Employment ? higher : x.Indicator == ComparisonFixture.Rate && lower,
                ComparisonVerdict.Worse => x.Indicator == ComparisonFixture.Employment ? lower : x.Indicator == ComparisonFixture.Rate && higher,
                ComparisonVerdict.Same => printedEqual,
                _ => !printedEqual,
            };
        });
    }

    private static long Digits((long True, int Decimals) rate)
    {
        long unit = (long)Math.Pow(10, 4 - rate.Decimals);
        return ((2 * rate.True) + unit) / (2 * unit);
    }

    private static Ratio PrintedValue((long True, int Decimals) rate) => new(Digits(rate), (long)Math.Pow(10, rate.Decimals));

    private static string Printed((long True, int Decimals) rate)
    {
        long digits = Digits(rate);
        long scale = (long)Math.Pow(10, rate.Decimals);
        return rate.Decimals == 0
            ? FormattableString.Invariant($"{digits}%")
            : FormattableString.Invariant($"{digits / scale}.{(digits % scale).ToString("D" + rate.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}%");
    }
}
