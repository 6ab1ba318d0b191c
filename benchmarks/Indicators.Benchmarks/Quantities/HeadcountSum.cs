using System;
using BenchmarkDotNet.Attributes;
using Indicators.Quantities;

namespace Indicators.Benchmarks.Quantities;

/// <summary>Sums a million <see cref="Headcount"/> values with <see cref="Quantity.Sum{T}"/>, against the same values as a checked <c>long[]</c> sum.</summary>
[MemoryDiagnoser]
public class HeadcountSum
{
    private long[] longs = [];
    private Headcount[] quantities = [];

    [GlobalSetup]
    public void Setup()
    {
        longs = SumData.Values();
        quantities = Array.ConvertAll(longs, Headcount.FromPersons);
    }

    [Benchmark(Baseline = true)]
    public long LongArray() => SumData.Sum(longs);

    [Benchmark]
    public Headcount QuantitySum() => Quantity.Sum<Headcount>(quantities);
}
