using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using FsCheck.Xunit;

namespace Indicators.Tests.Support;

/// <summary>
/// Generators for the types <see cref="Arbitraries"/> does not cover, used by the JSON round-trip properties. Quantities,
/// ratios, rates and periods come from <see cref="Arbitraries"/>.
/// </summary>
/// <remarks>
/// Published figures cover the whole long range of base units, every qualifier with either inclusive flag, and rates
/// with up to 30 digits and 0 to 30 decimals; rates (<see cref="SmallPercent"/>) have denominators up to 2¹²⁰.
/// </remarks>
public static class JsonGenerators
{

    /// <summary>A GB/T 2260-shaped code: six digits, the first not 0.</summary>
    public static Gen<RegionCode> RegionGen { get; } =
        Gen.Choose(100_000, 999_999).Select(c => Indicators.Regions.RegionCode.Parse(c.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A region code.</summary>
    public static Arbitrary<RegionCode> RegionCode() => RegionGen.ToArbitrary();

    /// <summary>A headcount as published: any scale and decimals it can be printed with, any qualifier and status.</summary>
    public static Arbitrary<PublishedFigure<Headcount>> PublishedHeadcount() =>
        Published(persons => Headcount.FromPersons(Magnitude(persons)), 0).ToArbitrary();

    /// <summary>An amount of money as published.</summary>
    public static Arbitrary<PublishedFigure<Money>> PublishedMoney() => Published(Money.FromFen, 2).ToArbitrary();

    /// <summary>A count of enterprises as published.</summary>
    public static Arbitrary<PublishedFigure<Count<Enterprises>>> PublishedEnterprises() =>
        Published(n => Count<Enterprises>.Of(Magnitude(n)), 0).ToArbitrary();

    /// <summary>A rate as published: up to six decimals, any qualifier and status.</summary>
    public static Arbitrary<PublishedRate> PublishedRate() => PublishedRateGen.ToArbitrary();

    /// <summary>An interval of exact ratios, bounded or not at either end, each end open or closed.</summary>
    public static Arbitrary<ValueInterval> ValueInterval() => IntervalGen.ToArbitrary();

    /// <summary>A rate target of each kind (see <see cref="TargetGenerators"/>).</summary>
    public static Arbitrary<RateTarget> RateTarget() => TargetGenerators.TargetGen.ToArbitrary();

    /// <summary>An unemployment rate of either measure, between 0% and 100%.</summary>
    public static Arbitrary<UnemploymentRate> UnemploymentRate() => UnemploymentGen.ToArbitrary();

    /// <summary>Schedule progress at a date inside a period, by months (for whole-month periods) or days.</summary>
    public static Arbitrary<ScheduleProgress> ScheduleProgress() => ProgressGen.ToArbitrary();

    /// <summary>Rates with any denominator: those of <see cref="Arbitraries"/> and up to 2¹²⁰ (an outcome's margin may then
    /// leave 128 bits; it is written null, see <see cref="RateTargetOutcome.Margin"/>).</summary>
    private static Gen<Percent> PercentGen { get; } = Gen.OneOf(
        Arbitraries.Percent().Generator,
        from n in Arbitraries.AnyLong
        from hi in Arbitraries.NonNegativeLong
        from lo in Arbitraries.NonNegativeLong
        select Percent.FromRatio(new Ratio(n, (((Int128)hi << 59) | lo) + 1)));

    /// <summary>A rate with any denominator (the name stays for the properties that take it).</summary>
    public static Arbitrary<SmallPercent> SmallPercent() => PercentGen.Select(p => new SmallPercent(p)).ToArbitrary();

    private static Gen<PublishedRate> PublishedRateGen { get; } =
        (from digits in Gen.OneOf(
             Gen.Choose(-1_000_000, 1_000_000).Select(i => (Int128)i),
             Arbitraries.AnyLong.Select(l => (Int128)l),
             from a in Arbitraries.AnyLong from b in Gen.Choose(0, 999_999_999) select ((Int128)a * 1_000_000_000_000) + b)
         from decimals in Gen.Choose(0, 30)
         from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
         from inclusive in Gen.Elements(true, false)
         from status in Gen.Elements(Enum.GetValues<FigureStatus>())
         select Try(() => Indicators.Reporting.PublishedRate.Of(
             Percent.FromRatio(new Ratio(digits, 100 * Pow10(decimals))), decimals, qualifier, inclusive, status)))
        .Where(r => r.HasValue).Select(r => r!.Value);

    private static Gen<ValueInterval> IntervalGen { get; } =
        from a in Arbitraries.Ratio().Generator
        from b in Arbitraries.Ratio().Generator
        from shape in Gen.Choose(0, 7)
        select Interval(a < b ? a : b, a < b ? b : a, shape);

    private static Gen<UnemploymentRate> UnemploymentGen { get; } =
        from measure in Gen.Elements(Enum.GetValues<UnemploymentMeasure>())
        from region in RegionGen
        from period in Arbitraries.ReportingPeriod().Generator
        from n in Gen.Choose(0, 1_000_000)
        from d in Gen.Elements(1_000_000L, 3L * 1_000_000, 7L * 1_000_000)
        select new UnemploymentRate(measure, region, period, Percent.FromRatio(new Ratio(n, d)));

    private static Gen<ScheduleProgress> ProgressGen { get; } =
        from period in Arbitraries.ReportingPeriod().Generator
        from offset in Gen.Choose(0, 1000)
        from byDays in Gen.Elements(true, false)
        let asOf = period.Start.PlusDays(offset % period.DayCount)
        select Indicators.Periods.ScheduleProgress.Of(
            period, asOf, byDays || !period.IsWholeMonths ? ScheduleConvention.Days : ScheduleConvention.Months);

    private static Gen<PublishedFigure<T>> Published<T>(Func<long, T> make, int baseExponent)
        where T : struct, IQuantity<T> =>
        (from scale in Gen.Elements(Scale.One, Scale.Wan, Scale.Yi, Scale.WanYi)
         from decimals in Gen.Choose(0, (int)scale + baseExponent)
         from digits in Arbitraries.AnyLong
         let step = (long)Pow10((int)scale + baseExponent - decimals)
         let value = digits / step * step // a multiple of the step anywhere in the long range
         from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
         from inclusive in Gen.Elements(true, false)
         from status in Gen.Elements(Enum.GetValues<FigureStatus>())
         select Try(() => PublishedFigure.Of(make(value), new DisplayFormat(scale, decimals), qualifier, inclusive, status)))
        .Where(f => f.HasValue).Select(f => f!.Value);

    private static ValueInterval Interval(Ratio low, Ratio high, int shape) =>
        low == high && shape < 4
            ? Indicators.Reporting.ValueInterval.Point(low)
            : shape switch
            {
                0 => Indicators.Reporting.ValueInterval.Closed(low, high),
                1 => Indicators.Reporting.ValueInterval.ClosedOpen(low, high),
                2 => Indicators.Reporting.ValueInterval.OpenClosed(low, high),
                3 => Indicators.Reporting.ValueInterval.Open(low, high),
                4 => Indicators.Reporting.ValueInterval.AtLeast(low, true),
                5 => Indicators.Reporting.ValueInterval.AtMost(high, false),
                6 => Indicators.Reporting.ValueInterval.AtLeast(low, false) + Indicators.Reporting.ValueInterval.AtMost(high, true),
                _ => Indicators.Reporting.ValueInterval.Point(high),
            };

    private static Int128 Pow10(int exponent) => Enumerable.Repeat((Int128)10, exponent).Aggregate((Int128)1, (a, b) => a * b);

    private static long Magnitude(long n) => n == long.MinValue ? long.MaxValue : Math.Abs(n);

    /// <summary>The value, or null when the factory refuses it: an argument it documents as invalid, or (for rates printed
    /// with many digits) bounds that do not fit 128-bit terms, its documented <see cref="OverflowException"/>.</summary>
    private static TValue? Try<TValue>(Func<TValue> make)
        where TValue : struct
    {
        try
        {
            return make();
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}

/// <summary>A rate of any denominator (up to 2¹²⁰); named when denominators were kept to 10⁶.</summary>
/// <param name="Value">The rate.</param>
public readonly record struct SmallPercent(Percent Value);

/// <summary>An FsCheck property drawing from <see cref="Arbitraries"/> and <see cref="JsonGenerators"/>.</summary>
public sealed class JsonPropertyAttribute : PropertyAttribute
{
    /// <summary>Uses both generator classes and 300 cases per property.</summary>
    public JsonPropertyAttribute()
    {
        Arbitrary = [typeof(Arbitraries), typeof(JsonGenerators)];
        MaxTest = 300;
    }
}
