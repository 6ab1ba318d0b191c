using System;
using System.Linq;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using Indicators.Quantities;

namespace Indicators.Benchmarks.Quantities;

/// <summary>
/// Sums <see cref="Money"/> amounts with <see cref="Quantity.Sum{T}(ReadOnlySpan{T})"/>, against the same values as a <c>long[]</c>: the baseline
/// is a vectorised checked sum written in this project (<see cref="BaselineSum"/>); <c>Enumerable.Sum</c> (vectorised,
/// checked) and <c>TensorPrimitives.Sum</c> (vectorised, unchecked: it wraps on overflow) are there for reference.
/// </summary>
[MemoryDiagnoser]
public class MoneySum
{
    private long[] plain = []; // for Enumerable.Sum, which is vectorised only for arrays and lists: not aligned
    private ArraySegment<long> longs;
    private ArraySegment<Money> quantities;

    /// <summary>How many values each call sums.</summary>
    [Params(100_000, 1_000_000, 10_000_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        plain = SumData.Values(Length);
        // The quantities first, then the longs at the same place in a cache line (a multiple of 64 bytes, or 8 after one).
        quantities = SumData.Aligned<Money>(plain, Money.FromFen, 0, out int start);
        longs = SumData.Aligned(plain, v => v, start, out _);
    }

    [Benchmark(Baseline = true)]
    public long VectorChecked() => BaselineSum.Sum(longs.AsSpan());

    [Benchmark]
    public long EnumerableSum() => plain.Sum();

    [Benchmark]
    public long TensorPrimitivesSum() => TensorPrimitives.Sum<long>(longs.AsSpan());

    [Benchmark]
    public Money QuantitySum() => Quantity.Sum<Money>(quantities.AsSpan());
}
