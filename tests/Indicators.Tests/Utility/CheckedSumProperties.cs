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
/// The vectorised sum kernels against two oracles that do not use it: the exact total as a BigInteger (the contract:
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

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TaggedSum_AnotherTagAnywhere_IsOtherTag_WhateverTheValues(int length)
    {
        if (length < 2)
        {
            return;
        }

        // Tags that differ from the first in one bit, in all bits, by a subset of its bits, or are a small number.
        const long tag = 0x0000_7F3A_5C21_9E40;
        long[] others = [tag ^ 0x40, tag & (tag - 1), ~tag, tag + 16, 1, -1, long.MinValue];
        long[][] regimes =
        [
            [.. Enumerable.Range(0, length).Select(i => (long)i)],
            [.. Enumerable.Repeat(long.MaxValue / 2, length)], // the total overflows: the other tag still wins
            [.. Enumerable.Range(0, length).Select(i => i % 2 == 0 ? long.MinValue : -1L)], // negative: the one-by-one path
        ];
        for (int slot = 0; slot < 2; slot++)
        {
            foreach (long[] values in regimes)
            {
                for (int at = 1; at < length; at++)
                {
                    long[] pairs = Tagged(values, slot, tag);
                    pairs[(2 * at) + 1 - slot] = others[at % others.Length];
                    Assert.Equal(TaggedSumOutcome.OtherTag, CheckedSum.TrySumTagged(pairs, slot, out long sum));
                    Assert.Equal(0, sum);
                    Assert.Equal(TaggedSumOutcome.OtherTag, CheckedSum.TrySumTagged<TagTest.ByEquality>(pairs, slot, out _));
                    Assert.Equal(TaggedSumOutcome.OtherTag, CheckedSum.TrySumTagged<TagTest.ByMinimum>(pairs, slot, out _));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TaggedSum_FirstTagZero_MakesEveryOtherTagOther(int length)
    {
        if (length < 2)
        {
            return;
        }

        long[] values = [.. Enumerable.Range(0, length).Select(i => (long)i)];
        long[] zeros = new long[length * 2];
        for (int i = 0; i < length; i++)
        {
            zeros[(2 * i) + 1] = values[i];
        }

        Assert.Equal(TaggedSumOutcome.Exact, CheckedSum.TrySumTagged(zeros, 1, out long sum));
        Assert.Equal(length * (length - 1L) / 2, sum);
        zeros[2 * (length - 1)] = 8;
        Assert.Equal(TaggedSumOutcome.OtherTag, CheckedSum.TrySumTagged<TagTest.ByEquality>(zeros, 1, out _));
        Assert.Equal(TaggedSumOutcome.OtherTag, CheckedSum.TrySumTagged<TagTest.ByMinimum>(zeros, 1, out _));
    }

    [Fact]
    public void TaggedSum_OfNothing_IsExactZero()
    {
        Assert.Equal(TaggedSumOutcome.Exact, CheckedSum.TrySumTagged([], 0, out long sum));
        Assert.Equal(0, sum);
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

        // The same values in slot 0 and slot 1 of pairs whose other slot is a tag: the first pair's, or 0 (every third).
        long[] even = Tagged(values, 0, long.MinValue + values.Length);
        long[] odd = Tagged(values, 1, 0x7F12_3456_789A_BCD8);
        TaggedSumOutcome fitsOutcome = fits ? TaggedSumOutcome.Exact : TaggedSumOutcome.Overflow;
        bool evenAgrees = CheckedSum.TrySumTagged(even, 0, out long c) == fitsOutcome && c == expected;
        bool oddAgrees = CheckedSum.TrySumTagged(odd, 1, out long d) == fitsOutcome && d == expected;
        bool byEqualityAgrees = CheckedSum.TrySumTagged<TagTest.ByEquality>(odd, 1, out long e) == fitsOutcome && e == expected;
        bool byMinimumAgrees = CheckedSum.TrySumTagged<TagTest.ByMinimum>(even, 0, out long f) == fitsOutcome && f == expected;
        bool wideAgrees = (BigInteger)CheckedSum.SumWide(values) == exact;
        return oneByOneAgrees && sumAgrees && tryAgrees && nonNegativeAgrees && evenAgrees && oddAgrees && byEqualityAgrees && byMinimumAgrees
            && wideAgrees;
    }

    /// <summary>Pairs of <paramref name="values"/> at <paramref name="slot"/> and a tag in the other slot: <paramref name="tag"/>
    /// in the first pair and two of every three, 0 in the others.</summary>
    private static long[] Tagged(long[] values, int slot, long tag)
    {
        long[] pairs = new long[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            pairs[(2 * i) + slot] = values[i];
            pairs[(2 * i) + 1 - slot] = i % 3 == 2 ? 0 : tag;
        }

        return pairs;
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
