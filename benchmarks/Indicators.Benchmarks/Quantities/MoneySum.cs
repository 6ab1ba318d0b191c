using System;
using BenchmarkDotNet.Attributes;
using Indicators.Quantities;

namespace Indicators.Benchmarks.Quantities;

/// <summary>Sums a million <see cref="Money"/> values with <see cref="Quantity.Sum{T}"/>, against the same values as a checked <c>long[]</c> sum.</summary>
[MemoryDiagnoser]
public class MoneySum
{
    private long[] longs = [];
    private Money[] quantities = [];

    [GlobalSetup]
    public void Setup()
    {
        longs = SumData.Values();
        quantities = Array.ConvertAll(longs, Money.FromFen);
    }

    [Benchmark(Baseline = true)]
    public long LongArray() => SumData.Sum(longs);

    [Benchmark]
    public Money QuantitySum() => Quantity.Sum<Money>(quantities);
}
