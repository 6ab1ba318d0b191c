using System;
using BenchmarkDotNet.Attributes;
using Indicators.Quantities;

namespace Indicators.Benchmarks.Quantities;

/// <summary>Sums a million <see cref="Count{TUnit}"/> values with <see cref="Quantity.Sum{T}"/>, against the same values as a checked <c>long[]</c> sum.</summary>
[MemoryDiagnoser]
public class CountSum
{
    private long[] longs = [];
    private Count<Enterprises>[] quantities = [];

    [GlobalSetup]
    public void Setup()
    {
        longs = SumData.Values();
        quantities = Array.ConvertAll(longs, Count<Enterprises>.Of);
    }

    [Benchmark(Baseline = true)]
    public long LongArray() => SumData.Sum(longs);

    [Benchmark]
    public Count<Enterprises> QuantitySum() => Quantity.Sum<Count<Enterprises>>(quantities);
}
