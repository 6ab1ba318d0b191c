using System;
using BenchmarkDotNet.Attributes;
using Indicators.Quantities;

namespace Indicators.Benchmarks.Quantities;

/// <summary>Sums a million <see cref="UnitCount"/> values with <see cref="Quantity.Sum{T}"/>, against the same values as a checked <c>long[]</c> sum.</summary>
[MemoryDiagnoser]
public class UnitCountSum
{
    private long[] longs = [];
    private UnitCount[] quantities = [];

    [GlobalSetup]
    public void Setup()
    {
        longs = SumData.Values();
        quantities = Array.ConvertAll(longs, v => new UnitCount(v, CountUnit.Enterprises));
    }

    [Benchmark(Baseline = true)]
    public long LongArray() => SumData.Sum(longs);

    [Benchmark]
    public UnitCount QuantitySum() => Quantity.Sum<UnitCount>(quantities);
}
