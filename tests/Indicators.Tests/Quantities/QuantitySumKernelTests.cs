using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>
/// <see cref="Quantity.Sum{T}(ReadOnlySpan{T})"/> over spans long enough for its vector kernel: exact totals (BigInteger
/// oracle), overflow exactly when the total does not fit, with the message the quantity's own <c>+</c> gives, and
/// counts of run-time units checked once.
/// </summary>
public class QuantitySumKernelTests
{
    /// <summary>Lengths 0–70: every tail after the vector lanes, and spans long enough for the lanes to be used.</summary>
    public static TheoryData<int> Lengths { get; } = [.. Enumerable.Range(0, 71)];

    [Property(MaxTest = 300, Arbitrary = [typeof(QuantitySumKernelTests)])]
    public bool Sum_OfEveryQuantity_IsTheExactTotal_OnEveryPath(Fen values)
    {
        long[] raw = values.Items;
        BigInteger exact = raw.Aggregate(BigInteger.Zero, (total, v) => total + v);
        if (exact < long.MinValue || exact > long.MaxValue)
        {
            return Throws<Money>(raw.Select(Money.FromFen).ToArray()) && Throws<HeadcountChange>(raw.Select(HeadcountChange.FromPersons).ToArray());
        }

        Money[] money = [.. raw.Select(Money.FromFen)];
        HeadcountChange[] changes = [.. raw.Select(HeadcountChange.FromPersons)];
        return Quantity.Sum<Money>(money).Fen == (long)exact
            && Quantity.Sum(money.Where(_ => true)).Fen == (long)exact
            && Quantity.Sum(new List<Money>(money)).Fen == (long)exact
            && Quantity.Sum<HeadcountChange>(changes).Persons == (long)exact
            && Quantity.Sum(changes.Select(c => c)).Persons == (long)exact;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(QuantitySumKernelTests)])]
    public bool Sum_OfCounts_IsTheExactTotal_OrTheirOwnOverflow(Persons values)
    {
        long[] raw = values.Items;
        BigInteger exact = raw.Aggregate(BigInteger.Zero, (total, v) => total + v);
        Headcount[] persons = [.. raw.Select(Headcount.FromPersons)];
        Count<Enterprises>[] enterprises = [.. raw.Select(Count<Enterprises>.Of)];
        UnitCount[] counts = [.. raw.Select((v, i) => i % 5 == 4 && v == 0 ? default : new UnitCount(v, CountUnit.Enterprises))];
        if (exact > long.MaxValue)
        {
            return Throws<Headcount>(persons) && Throws<Count<Enterprises>>(enterprises) && Throws<UnitCount>(counts);
        }

        UnitCount expectedCount = raw.Length == 0 || raw.All(v => v == 0) && counts.All(c => c.Unit is null)
            ? default
            : new UnitCount((long)exact, CountUnit.Enterprises);
        return Quantity.Sum<Headcount>(persons).Persons == (long)exact
            && Quantity.Sum(persons.Where(_ => true)).Persons == (long)exact
            && Quantity.Sum<Count<Enterprises>>(enterprises).Value == (long)exact
            && Quantity.Sum<UnitCount>(counts) == expectedCount
            && Quantity.Sum(counts.Where(_ => true)) == expectedCount;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_OfMoney_RunningTotalThatLeavesTheRangeAndComesBack_IsTheTotal(int length)
    {
        for (int at = 0; at + 3 <= length; at++)
        {
            Money[] values = [.. Enumerable.Repeat(Money.Zero, length)];
            values[at] = Money.MaxValue;
            values[at + 1] = Money.FromFen(1);
            values[at + 2] = Money.FromFen(-1);
            Assert.Equal(Money.MaxValue, Quantity.Sum<Money>(values));
            Assert.Equal(Money.MaxValue, Quantity.Sum(values.Where(_ => true)));
            Assert.Throws<OverflowException>(() => values.Aggregate((a, b) => a + b));
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_Overflow_ThrowsWhatPlusThrowsAtTheFirstRunningTotalOutOfRange(int length)
    {
        if (length < 2)
        {
            return;
        }

        // Small amounts, then one that takes the running total past the top at position `at`, then small ones again.
        for (int at = 1; at < length; at += Math.Max(1, length / 7))
        {
            Money[] values = [.. Enumerable.Range(0, length).Select(i => Money.FromFen(i + 1))];
            long before = Enumerable.Range(1, at).Sum(i => (long)i);
            values[at] = Money.FromFen(long.MaxValue - before + 1);
            string expected = Assert.Throws<OverflowException>(() => Money.FromFen(before) + values[at]).Message;
            Assert.Equal(expected, Assert.Throws<OverflowException>(() => Quantity.Sum<Money>(values)).Message);
            Assert.Equal(expected, Assert.Throws<OverflowException>(() => Quantity.Sum(values.Where(_ => true))).Message);

            Headcount[] persons = [.. values.Select(m => Headcount.FromPersons(m.Fen))];
            string expectedPersons = Assert.Throws<OverflowException>(() => Headcount.FromPersons(before) + persons[at]).Message;
            Assert.Equal(expectedPersons, Assert.Throws<OverflowException>(() => Quantity.Sum<Headcount>(persons)).Message);
            Assert.StartsWith("Headcount addition overflowed", expectedPersons, StringComparison.Ordinal);

            UnitCount[] counts = [.. values.Select(m => new UnitCount(m.Fen, CountUnit.Sites))];
            string expectedCounts = Assert.Throws<OverflowException>(() => new UnitCount(before, CountUnit.Sites) + counts[at]).Message;
            Assert.Equal(expectedCounts, Assert.Throws<OverflowException>(() => Quantity.Sum<UnitCount>(counts)).Message);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_OfUnitCounts_OfDifferentUnits_ThrowsWhatPlusThrows(int length)
    {
        for (int at = 1; at < length; at += Math.Max(1, length / 5))
        {
            UnitCount[] counts = [.. Enumerable.Range(0, length).Select(i => new UnitCount(i, CountUnit.Events))];
            counts[at] = new UnitCount(7, CountUnit.Sites);
            UnitCount before = new(Enumerable.Range(0, at).Sum(i => (long)i), CountUnit.Events);
            string expected = Assert.Throws<ArgumentException>(() => before + counts[at]).Message;
            Assert.Equal(expected, Assert.Throws<ArgumentException>(() => Quantity.Sum<UnitCount>(counts)).Message);
            Assert.Contains("different units", expected, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_OfUnitCounts_OfOneUnit_IsExact_WithDefaultsAndEqualInstances(int length)
    {
        // A second instance equal to 场 (same code and names), and default zeros, mixed in: all count 场.
        var events = new CountUnit(CountUnit.Events.Code, CountUnit.Events.Simplified, CountUnit.Events.Traditional, CountUnit.Events.EnglishSingular, CountUnit.Events.EnglishPlural);
        UnitCount[] counts = [.. Enumerable.Range(0, length).Select(i => (i % 3) switch
        {
            0 => new UnitCount(long.MaxValue / 71, CountUnit.Events),
            1 => new UnitCount(i, events),
            _ => default,
        })];
        long expected = Enumerable.Range(0, length).Sum(i => (i % 3) switch { 0 => long.MaxValue / 71, 1 => (long)i, _ => 0L });
        UnitCount sum = Quantity.Sum<UnitCount>(counts);
        if (length == 0)
        {
            Assert.Equal(default, sum);
            Assert.Null(sum.Unit);
            return;
        }

        Assert.Equal(expected, sum.Value);
        Assert.Equal(CountUnit.Events, sum.Unit);
        Assert.Equal(Quantity.Sum(counts.Where(_ => true)), sum);
    }

    [Fact]
    public void Sum_OfDefaultUnitCounts_IsDefault()
    {
        UnitCount sum = Quantity.Sum<UnitCount>(new UnitCount[100]);
        Assert.Null(sum.Unit);
        Assert.Equal(0, sum.Value);
    }

    /// <summary>Amounts in fen for arrays of any length 0–200: small, anywhere, or near the ends of the range.</summary>
    public static Arbitrary<Fen> FenArbitrary() =>
        (from length in Gen.Choose(0, 200)
         from regime in Gen.Choose(0, 3)
         from seed in Gen.Choose(int.MinValue, int.MaxValue)
         select new Fen(Draw(length, seed, regime, signed: true))).ToArbitrary();

    /// <summary>Counts for arrays of any length 0–200: small, anywhere in [0, long.MaxValue], or near the top.</summary>
    public static Arbitrary<Persons> PersonsArbitrary() =>
        (from length in Gen.Choose(0, 200)
         from regime in Gen.Choose(0, 3)
         from seed in Gen.Choose(int.MinValue, int.MaxValue)
         select new Persons(Draw(length, seed, regime, signed: false))).ToArbitrary();

    private static long[] Draw(int length, int seed, int regime, bool signed)
    {
        var random = new Random(seed);
        long[] values = new long[length];
        for (int i = 0; i < length; i++)
        {
            long v = regime switch
            {
                0 => random.Next(0, 1_000_000_000),
                1 => random.NextInt64(0, long.MaxValue),
                2 => long.MaxValue - random.Next(0, 1000),
                _ => random.NextInt64(0, long.MaxValue) / Math.Max(1, length),
            };
            values[i] = signed && random.Next(2) == 0 ? -v - (regime == 2 ? 1 : 0) : v;
        }

        return values;
    }

    private static bool Throws<T>(T[] values)
        where T : struct, IQuantity<T>
    {
        try
        {
            Quantity.Sum<T>(values);
            return false;
        }
        catch (OverflowException e) when (e.Message.Contains("overflowed", StringComparison.Ordinal))
        {
            return true;
        }
    }

    /// <summary>Amounts in fen.</summary>
    public sealed record Fen(long[] Items)
    {
        /// <inheritdoc />
        public override string ToString() => $"[{string.Join(", ", Items)}]";
    }

    /// <summary>Numbers of persons or units, not negative.</summary>
    public sealed record Persons(long[] Items)
    {
        /// <inheritdoc />
        public override string ToString() => $"[{string.Join(", ", Items)}]";
    }
}
