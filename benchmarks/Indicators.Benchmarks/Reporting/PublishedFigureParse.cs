using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Benchmarks.Reporting;

/// <summary>
/// Reads one published figure with <c>PublishedFigure&lt;T&gt;.Parse</c> beside a plain parse of the same figure without its
/// markers (<c>Headcount.Parse(s, CultureInfo.InvariantCulture)</c> and so on), which is the baseline of its category:
/// issue 8 asks for a published figure within 2× of a plain parse, allocating nothing.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PublishedFigureParse
{
    // Fields, not constants, so that nothing is folded at compile time.
    private readonly string persons = "14.64万人";
    private readonly string enterprises = "115万家";
    private readonly string approxEnterprises = "约115万家";
    private readonly string money = "3.8亿元";
    private readonly string forecastMoney = "预计3.8亿元";
    private readonly string wholePersons = "1100万人";
    private readonly string spanPersons = "1100多万人";
    private readonly string atLeastPersons = "1100万人以上";
    private readonly string rate = "196.11%";
    private readonly string ceilingRate = "3.5%以内";

    [Benchmark(Baseline = true), BenchmarkCategory("14.64万人")]
    public Headcount PlainHeadcount() => Headcount.Parse(persons, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("14.64万人")]
    public PublishedFigure<Headcount> PublishedHeadcount() => PublishedFigure<Headcount>.Parse(persons);

    [Benchmark(Baseline = true), BenchmarkCategory("约115万家")]
    public Count<Enterprises> PlainCount() => Count<Enterprises>.Parse(enterprises, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("约115万家")]
    public PublishedFigure<Count<Enterprises>> PublishedApproximateCount() => PublishedFigure<Count<Enterprises>>.Parse(approxEnterprises);

    [Benchmark(Baseline = true), BenchmarkCategory("预计3.8亿元")]
    public Money PlainMoney() => Money.Parse(money, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("预计3.8亿元")]
    public PublishedFigure<Money> PublishedForecastMoney() => PublishedFigure<Money>.Parse(forecastMoney);

    [Benchmark(Baseline = true), BenchmarkCategory("1100多万人")]
    public Headcount PlainWholeHeadcount() => Headcount.Parse(wholePersons, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("1100多万人")]
    public PublishedFigure<Headcount> PublishedSpanHeadcount() => PublishedFigure<Headcount>.Parse(spanPersons);

    [Benchmark(Baseline = true), BenchmarkCategory("1100万人以上")]
    public Headcount PlainAtLeastBase() => Headcount.Parse(wholePersons, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("1100万人以上")]
    public PublishedFigure<Headcount> PublishedAtLeastHeadcount() => PublishedFigure<Headcount>.Parse(atLeastPersons);

    [Benchmark(Baseline = true), BenchmarkCategory("3.5%以内")]
    public Percent PlainRate() => Percent.Parse(rate, CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("3.5%以内")]
    public PublishedRate PublishedCeilingRate() => PublishedRate.Parse(ceilingRate);
}
