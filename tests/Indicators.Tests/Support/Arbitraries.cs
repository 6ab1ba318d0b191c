using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Quantities;
using Q = Indicators.Quantities;

namespace Indicators.Tests.Support;

/// <summary>
/// The FsCheck generators, in one place. Quantities are drawn from edge values, small values and large values; the
/// default ranges keep three-term sums inside 64 bits, so that arithmetic laws can be stated without overflow.
/// </summary>
public static class Arbitraries
{
    /// <summary>Values up to 2⁶¹ in magnitude: three of them add without overflow.</summary>
    public const long Bound = 1L << 61;

    /// <summary>A long anywhere in ±<see cref="Bound"/>, with small values and edges well represented.</summary>
    public static Gen<long> SignedLong { get; } = Gen.Frequency(
        (3, Gen.Choose(-100_000, 100_000).Select(i => (long)i)),
        (3, Wide(Bound)),
        (1, Gen.Elements(0L, 1L, -1L, 100L, -100L, Bound, -Bound)));

    /// <summary>A long in [0, <see cref="Bound"/>].</summary>
    public static Gen<long> NonNegativeLong { get; } = SignedLong.Select(Math.Abs);

    /// <summary>Any long at all, including the extremes (for round trips).</summary>
    public static Gen<long> AnyLong { get; } = Gen.Frequency(
        (4, SignedLong),
        (1, Gen.Elements(long.MinValue, long.MaxValue, long.MinValue + 1, long.MaxValue - 1)),
        (2, from hi in Gen.Choose(int.MinValue, int.MaxValue) from lo in Gen.Choose(int.MinValue, int.MaxValue) select ((long)hi << 32) | unchecked((uint)lo)));

    /// <summary>One of the cultures the suite runs under.</summary>
    public static Gen<string> CurrentCulture { get; } = Gen.Elements(Cultures.Current);

    /// <summary>One of the format providers whose written forms we support (null and invariant included).</summary>
    public static Gen<CultureInfo?> Provider { get; } = Gen.Elements(Cultures.Providers);

    /// <summary>One of the predefined count units.</summary>
    public static Gen<CountUnit> Unit { get; } = Gen.Elements(CountUnit.All.ToArray());

    /// <summary>Any long, so that properties over plain <c>long</c> parameters see large values too (FsCheck's default
    /// stays within a few hundred).</summary>
    public static Arbitrary<long> Int64Values() => AnyLong.ToArbitrary();

    /// <summary>Any int, small values and the whole range.</summary>
    public static Arbitrary<int> Int32Values() => Gen.Frequency(
        (2, Gen.Choose(-1000, 1000)),
        (2, Gen.Choose(int.MinValue, int.MaxValue)),
        (1, Gen.Elements(0, 1, -1, int.MinValue, int.MaxValue))).ToArbitrary();

    /// <summary>A current culture to run under.</summary>
    public static Arbitrary<CultureName> CultureName() => CurrentCulture.Select(n => new CultureName(n)).ToArbitrary();

    /// <summary>A format provider to format with.</summary>
    public static Arbitrary<FormatCulture> FormatCulture() => Provider.Select(c => new FormatCulture(c)).ToArbitrary();

    /// <summary>Money in ±2⁶¹ fen.</summary>
    public static Arbitrary<Money> Money() => SignedLong.Select(Q.Money.FromFen).ToArbitrary();

    /// <summary>A headcount in [0, 2⁶¹].</summary>
    public static Arbitrary<Headcount> Headcount() => NonNegativeLong.Select(Q.Headcount.FromPersons).ToArbitrary();

    /// <summary>A signed change in ±2⁶¹ persons.</summary>
    public static Arbitrary<HeadcountChange> HeadcountChange() => SignedLong.Select(Q.HeadcountChange.FromPersons).ToArbitrary();

    /// <summary>A count of enterprises in [0, 2⁶¹].</summary>
    public static Arbitrary<Count<Enterprises>> Enterprises() => NonNegativeLong.Select(Count<Q.Enterprises>.Of).ToArbitrary();

    /// <summary>A count of person-times in [0, 2⁶¹].</summary>
    public static Arbitrary<Count<PersonTimes>> PersonTimes() => NonNegativeLong.Select(Count<Q.PersonTimes>.Of).ToArbitrary();

    /// <summary>A count of enterprises as a run-time-unit count (so that three of them share a unit).</summary>
    public static Arbitrary<UnitCount> UnitCount() => NonNegativeLong.Select(v => new UnitCount(v, CountUnit.Enterprises)).ToArbitrary();

    /// <summary>An exact rate: a ratio of two longs, sometimes terminating, sometimes not.</summary>
    public static Arbitrary<Percent> Percent() => RatioGen.Select(Q.Percent.FromRatio).ToArbitrary();

    /// <summary>An exact difference of rates.</summary>
    public static Arbitrary<PercentagePoints> PercentagePoints() => RatioGen.Select(Q.PercentagePoints.FromRatio).ToArbitrary();

    /// <summary>An exact ratio of two longs.</summary>
    public static Arbitrary<Ratio> Ratio() => RatioGen.ToArbitrary();

    /// <summary>A display format: any scale, exact or 0–6 decimals, any rounding mode.</summary>
    public static Arbitrary<DisplayFormat> DisplayFormat() => Gen.OneOf(
        Gen.Elements(Scale.One, Scale.Wan, Scale.Yi, Scale.WanYi).Select(s => new DisplayFormat(s)),
        from s in Gen.Elements(Scale.One, Scale.Wan, Scale.Yi, Scale.WanYi)
        from d in Gen.Choose(0, 6)
        from m in Gen.Elements(Enum.GetValues<RoundingMode>())
        select new DisplayFormat(s, d, m)).ToArbitrary();

    /// <summary>Dates over years 1 to 9999: mostly 1990–2030, some anywhere, some within 800 days of either end.</summary>
    public static Gen<NodaTime.LocalDate> DateGen { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 365 * 41).Select(days => new NodaTime.LocalDate(1990, 1, 1).PlusDays(days))),
        (1, Gen.Choose(0, WholeRangeDays).Select(days => FirstDate.PlusDays(days))),
        (1, Gen.Choose(0, 800).Select(days => FirstDate.PlusDays(days))),
        (1, Gen.Choose(0, 800).Select(days => LastDate.PlusDays(-days))));

    /// <summary>Dates from 0001-01-01 to 9999-12-31 (the years a reporting period can fall in), edges included.</summary>
    public static Arbitrary<NodaTime.LocalDate> LocalDate() => DateGen.ToArbitrary();

    /// <summary>Periods of every kind over years 1 to 9999, most of them near today, some at the very ends.</summary>
    public static Arbitrary<Indicators.Periods.ReportingPeriod> ReportingPeriod() => Gen.OneOf(PeriodGens).ToArbitrary();

    /// <summary>Three reporting periods of one kind (any kind), so that ties and near-ties happen often.</summary>
    public static Arbitrary<SameKindPeriods> SameKindPeriods() => Gen.Elements(PeriodGens)
        .SelectMany(gen => from a in gen from b in gen from c in gen select new SameKindPeriods(a, b, c))
        .ToArbitrary();

    private static NodaTime.LocalDate FirstDate => new(1, 1, 1);

    private static NodaTime.LocalDate LastDate => new(9999, 12, 31);

    private static int WholeRangeDays => NodaTime.Period.DaysBetween(FirstDate, LastDate);

    private static Gen<int> YearGen => Gen.Frequency(
        (3, Gen.Choose(1990, 2030)),
        (1, Gen.Choose(1, 9999)),
        (1, Gen.Elements(1, 2, 9998, 9999)));

    /// <summary>One generator per period kind: months, quarters, halves, years, years to date, ranges.</summary>
    private static Gen<Indicators.Periods.ReportingPeriod>[] PeriodGens { get; } =
    [
        from y in YearGen from m in Gen.Choose(1, 12) select Indicators.Periods.ReportingPeriod.Month(y, m),
        from y in YearGen from q in Gen.Choose(1, 4) select Indicators.Periods.ReportingPeriod.Quarter(y, q),
        from y in YearGen from h in Gen.Choose(1, 2) select Indicators.Periods.ReportingPeriod.HalfYear(y, h),
        YearGen.Select(Indicators.Periods.ReportingPeriod.Year),
        DateGen.Select(Indicators.Periods.ReportingPeriod.YearToDate),
        from a in DateGen
        from n in Gen.Choose(0, 800)
        select Indicators.Periods.ReportingPeriod.Range(a, a.PlusDays(Math.Min(n, NodaTime.Period.DaysBetween(a, LastDate)))),
    ];

    private static Gen<Ratio> RatioGen { get; } =
        from n in SignedLong
        from d in Gen.Frequency(
            (2, Gen.Elements(1L, 2L, 3L, 7L, 100L, 10_000L, 20_000L, 1_000_000L)),
            (1, NonNegativeLong.Where(x => x > 0)))
        select new Q.Ratio(n, d);

    private static Gen<long> Wide(long bound) =>
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        select (((long)hi << 32) | unchecked((uint)lo)) % (bound + 1);
}
