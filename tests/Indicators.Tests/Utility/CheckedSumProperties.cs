using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Utility;
using Xunit;

namespace Indicators.Tests.Utility;

/// <summary>
/// The vectorised sum kernel against two oracles that do not use it: the exact total as a BigInteger (the contract:
/// overflow if and only if that total is outside 64 bits) and, where it does not throw, a checked loop adding one by one.
/// </summary>
public class CheckedSumProperties
{
    /// <summary>Every length 0–200 (every tail after the vector lanes, for 2, 4 and 8 lanes), in several regimes of values.</summary>
    public static TheoryData<int> Lengths { get; } = [.. Enumerable.Range(0, 201)];

    [Property(MaxTest = 500, Arbitrary = [typeof(CheckedSumProperties)])]
    public bool AllKernels_AreExact_AndOverflowExactlyWhenTheTotalDoesNotFit(Values values) => AgreesWithOracles(values.Items);

    [Property(MaxTest = 300, Arbitrary = [typeof(CheckedSumProperties)])]
    public bool AllKernels_AreExact_ForNonNegativeValues(NonNegativeValues values) => AgreesWithOracles(values.Items);

    [Theory]
    [MemberData(nameof(Lengths))]
    public void AllKernels_AreExact_AtEveryLength(int length)
    {
        var random = new Random(length);
        foreach (Func<Random, long> draw in Regimes)
        {
            for (int round = 0; round < 8; round++)
            {
                long[] values = new long[length];
                for (int i = 0; i < length; i++)
                {
                    values[i] = draw(random);
                }

                Assert.True(AgreesWithOracles(values), $"length {length}: [{string.Join(", ", values)}]");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void RunningTotalThatLeavesTheRangeAndComesBack_IsNotAnOverflow(int length)
    {
        if (length < 3)
        {
            return;
        }

        // [.., MaxValue, 1, -1, ..] at every position: adding one by one would throw at MaxValue + 1; the total fits.
        for (int at = 0; at + 3 <= length; at++)
        {
            long[] values = new long[length];
            values[at] = long.MaxValue;
            values[at + 1] = 1;
            values[at + 2] = -1;
            Assert.Equal(long.MaxValue, CheckedSum.Sum(values));
            Assert.Throws<OverflowException>(() => OneByOne(values));
        }

        // Every value at an extreme, signs alternating: lanes wrap, the exact total is small.
        long[] alternating = [.. Enumerable.Range(0, length).Select(i => i % 2 == 0 ? long.MaxValue : long.MinValue)];
        Assert.Equal(length % 2 == 0 ? -(length / 2L) : long.MaxValue - (length / 2L), CheckedSum.Sum(alternating));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TotalOutsideTheRange_Throws(int length)
    {
        if (length < 2)
        {
            return;
        }

        long[] top = [.. Enumerable.Repeat((long.MaxValue / length) + 1, length)];
        long[] bottom = [.. Enumerable.Repeat(long.MinValue, length)];
        long[] belowByOne = new long[length];
        belowByOne[0] = long.MinValue;
        belowByOne[length - 1] = -1;
        foreach (long[] values in new[] { top, bottom, belowByOne })
        {
            Assert.Throws<OverflowException>(() => CheckedSum.Sum(values));
            Assert.False(CheckedSum.TrySum(values, out long sum));
            Assert.Equal(0, sum);
            Assert.False(CheckedSum.TrySumNonNegative(values, out _));
        }

        long[] minimum = new long[length];
        minimum[length / 2] = long.MinValue;
        Assert.Equal(long.MinValue, CheckedSum.Sum(minimum));
        if (length >= 3)
        {
            minimum[0] = -1;
            minimum[length - 1] = 1;
            Assert.Equal(long.MinValue, CheckedSum.Sum(minimum));
        }
    }

    [Fact]
    public void Overflow_MessageSaysWhat()
    {
        OverflowException e = Assert.Throws<OverflowException>(() => CheckedSum.Sum([long.MaxValue, long.MaxValue]));
        Assert.Equal("The sum of 2 64-bit values is outside the range of a 64-bit integer.", e.Message);
    }

    /// <summary>Values as arrays of any length 0–200, drawn from one regime per array.</summary>
    public static Arbitrary<Values> ValuesArbitrary() =>
        (from length in Gen.Choose(0, 200)
         from regime in Gen.Choose(0, Regimes.Count - 1)
         from seed in Gen.Choose(int.MinValue, int.MaxValue)
         select new Values(Draw(length, Regimes[regime], seed))).ToArbitrary();

    /// <summary>Non-negative arrays of any length 0–200, up to long.MaxValue.</summary>
    public static Arbitrary<NonNegativeValues> NonNegativeArbitrary() =>
        (from length in Gen.Choose(0, 200)
         from regime in Gen.Choose(0, Regimes.Count - 1)
         from seed in Gen.Choose(int.MinValue, int.MaxValue)
         select new NonNegativeValues(Draw(length, r => Regimes[regime](r) & long.MaxValue, seed))).ToArbitrary();

    /// <summary>Ways to draw one value: small, anywhere, near each end, the ends themselves, and large of one sign.</summary>
    private static readonly IReadOnlyList<Func<Random, long>> Regimes =
    [
        r => r.Next(-1_000_000, 1_000_000),
        r => r.NextInt64(long.MinValue, long.MaxValue),
        r => long.MaxValue - r.Next(0, 1000),
        r => long.MinValue + r.Next(0, 1000),
        r => r.Next(4) switch { 0 => long.MaxValue, 1 => long.MinValue, 2 => 1, _ => -1 },
        r => r.NextInt64(0, long.MaxValue) / Math.Max(1, r.Next(1, 300)),
        r => -r.NextInt64(0, long.MaxValue) / Math.Max(1, r.Next(1, 300)),
        r => r.Next(2) == 0 ? r.NextInt64(long.MaxValue / 64, long.MaxValue / 32) : -r.NextInt64(long.MaxValue / 64, long.MaxValue / 32),
    ];

    private static long[] Draw(int length, Func<Random, long> draw, int seed)
    {
        var random = new Random(seed);
        long[] values = new long[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = draw(random);
        }

        return values;
    }

    private static bool AgreesWithOracles(long[] values)
    {
        BigInteger exact = values.Aggregate(BigInteger.Zero, (total, v) => total + v);
        bool fits = exact >= long.MinValue && exact <= long.MaxValue;
        long expected = fits ? (long)exact : 0;

        bool oneByOneAgrees = true;
        try
        {
            long sequential = OneByOne(values);
            oneByOneAgrees = fits && sequential == expected; // one by one succeeds only when the total fits
        }
        catch (OverflowException)
        {
            // A running total left the range; the exact total may still fit.
        }

        bool sumAgrees = fits ? CheckedSum.Sum(values) == expected : Throws(values);
        bool tryAgrees = CheckedSum.TrySum(values, out long a) == fits && a == expected;
        bool nonNegativeAgrees = CheckedSum.TrySumNonNegative(values, out long b) == fits && b == expected;

        // The same values in slot 0 and slot 1 of pairs whose other slot holds noise that must be ignored.
        long[] even = new long[values.Length * 2];
        long[] odd = new long[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            even[2 * i] = values[i];
            even[(2 * i) + 1] = long.MinValue + i;
            odd[2 * i] = long.MaxValue - i;
            odd[(2 * i) + 1] = values[i];
        }

        bool evenAgrees = CheckedSum.TrySumNonNegativeEveryOther(even, 0, out long c) == fits && c == expected;
        bool oddAgrees = CheckedSum.TrySumNonNegativeEveryOther(odd, 1, out long d) == fits && d == expected;
        bool wideAgrees = (BigInteger)CheckedSum.SumWide(values) == exact;
        return oneByOneAgrees && sumAgrees && tryAgrees && nonNegativeAgrees && evenAgrees && oddAgrees && wideAgrees;
    }

    private static bool Throws(long[] values)
    {
        try
        {
            CheckedSum.Sum(values);
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    private static long OneByOne(long[] values)
    {
        long total = 0;
        foreach (long value in values)
        {
            total = checked(total + value);
        }

        return total;
    }

    /// <summary>An array of any longs.</summary>
    public sealed record Values(long[] Items)
    {
        /// <inheritdoc />
        public override string ToString() => $"[{string.Join(", ", Items)}]";
    }

    /// <summary>An array of non-negative longs.</summary>
    public sealed record NonNegativeValues(long[] Items)
    {
        /// <inheritdoc />
        public override string ToString() => $"[{string.Join(", ", Items)}]";
    }
}
