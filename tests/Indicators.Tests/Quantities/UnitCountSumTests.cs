using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>
/// <see cref="Quantity.Sum{T}(ReadOnlySpan{T})"/> of counts with run-time units, whose units are compared in the same pass
/// as the values are added, against the oracle of adding one by one with <c>+</c>: for counts, which are never
/// negative, that is the contract, down to the exception, its message and the instance of the unit of the result.
/// </summary>
public class UnitCountSumTests
{
    /// <summary>An instance of its own of a unit equal to 场 (same code and names).</summary>
    private static readonly CountUnit OtherEvents = new(
        CountUnit.Events.Code, CountUnit.Events.Simplified, CountUnit.Events.Traditional, CountUnit.Events.EnglishSingular, CountUnit.Events.EnglishPlural);

    /// <summary>Lengths 0–70: every tail after the vector lanes, and spans long enough for the lanes to be used.</summary>
    public static TheoryData<int> Lengths { get; } = [.. Enumerable.Range(0, 71)];

    [Property(MaxTest = 400, Arbitrary = [typeof(UnitCountSumTests)])]
    public bool Sum_IsWhatAddingOneByOneGives(Counts counts) => SameAsOneByOne(counts.Items);

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_AnotherUnitAtAnyPosition_ThrowsWhatPlusThrows(int length)
    {
        for (int lead = 0; lead <= Math.Min(length, 3); lead++)
        {
            for (int at = lead; at < length; at++)
            {
                // `lead` zeros with no unit, then 场, with one 处 at `at` (the first counted one when at == lead).
                UnitCount[] counts = [.. Enumerable.Range(0, length).Select(i => i < lead ? default : new UnitCount(i + 1, CountUnit.Events))];
                counts[at] = new UnitCount(7, CountUnit.Sites);
                if (at == length - 1 && at == lead)
                {
                    Assert.Equal(counts[at], Quantity.Sum<UnitCount>(counts)); // the only counted one: nothing to differ from
                    continue;
                }

                int first = at == lead ? lead + 1 : at; // the first count whose unit differs from the running total's
                UnitCount before = at == lead ? counts[lead] : new UnitCount(Enumerable.Range(lead, at - lead).Sum(i => i + 1L), CountUnit.Events);
                string expected = Assert.Throws<ArgumentException>(() => before + counts[first]).Message;
                Assert.Contains("different units", expected, StringComparison.Ordinal);
                Assert.Equal(expected, Assert.Throws<ArgumentException>(() => Quantity.Sum<UnitCount>(counts)).Message);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_AnEqualUnitOfAnotherInstance_AtAnyPosition_CountsWithTheFirstInstance(int length)
    {
        for (int at = 0; at < length; at++)
        {
            UnitCount[] counts = [.. Enumerable.Range(0, length).Select(i => new UnitCount(i, CountUnit.Events))];
            counts[at] = new UnitCount(1000, OtherEvents);
            UnitCount sum = Quantity.Sum<UnitCount>(counts);
            Assert.Equal((length * (length - 1L) / 2) - at + 1000, sum.Value);
            Assert.Same(at == 0 ? OtherEvents : CountUnit.Events, sum.Unit);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_DefaultsAnywhere_GoWithTheUnit(int length)
    {
        for (int at = 0; at < length; at++)
        {
            // Zeros with no unit everywhere but one 处 at `at`; then the same with 处 everywhere but one default at `at`.
            UnitCount[] defaults = new UnitCount[length];
            defaults[at] = new UnitCount(5, CountUnit.Sites);
            UnitCount one = Quantity.Sum<UnitCount>(defaults);
            Assert.Equal(5, one.Value);
            Assert.Same(CountUnit.Sites, one.Unit);

            UnitCount[] sites = [.. Enumerable.Repeat(new UnitCount(3, CountUnit.Sites), length)];
            sites[at] = default;
            UnitCount all = Quantity.Sum<UnitCount>(sites);
            Assert.Equal(3L * (length - 1), all.Value);
            Assert.Equal(length == 1 ? null : CountUnit.Sites, all.Unit);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_OverflowNearEitherEnd_ThrowsTheCountsOwnOverflow(int length)
    {
        if (length < 2)
        {
            return;
        }

        foreach (int at in new[] { 0, 1, length - 2, length - 1 }.Where(i => i >= 0).Distinct())
        {
            // Ones, and one count at `at` that takes the total one past long.MaxValue; the running total leaves the range
            // at the last count (adding one by one), or at `at` itself when it comes last.
            UnitCount[] counts = [.. Enumerable.Repeat(new UnitCount(1, CountUnit.Trips), length)];
            counts[at] = new UnitCount(long.MaxValue - length + 2, CountUnit.Trips);
            int last = length - 1;
            UnitCount before = new(at == last ? length - 1 : long.MaxValue, CountUnit.Trips);
            string expected = Assert.Throws<OverflowException>(() => before + counts[last]).Message;
            Assert.Contains("overflowed", expected, StringComparison.Ordinal);
            Assert.Equal(expected, Assert.Throws<OverflowException>(() => Quantity.Sum<UnitCount>(counts)).Message);

            // One less fits exactly.
            counts[at] = new UnitCount(long.MaxValue - length + 1, CountUnit.Trips);
            Assert.Equal(new UnitCount(long.MaxValue, CountUnit.Trips), Quantity.Sum<UnitCount>(counts));
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sum_OverflowAndAnotherUnit_ThrowsWhicheverPlusMeetsFirst(int length)
    {
        if (length < 3)
        {
            return;
        }

        // A count that overflows the running total at position 1, another unit at the last position, and the other way round.
        UnitCount[] overflowFirst = [.. Enumerable.Repeat(new UnitCount(1, CountUnit.Flights), length)];
        overflowFirst[1] = new UnitCount(long.MaxValue, CountUnit.Flights);
        overflowFirst[length - 1] = new UnitCount(1, CountUnit.Projects);
        Assert.Throws<OverflowException>(() => Quantity.Sum<UnitCount>(overflowFirst));

        UnitCount[] unitFirst = [.. Enumerable.Repeat(new UnitCount(1, CountUnit.Flights), length)];
        unitFirst[1] = new UnitCount(1, CountUnit.Projects);
        unitFirst[length - 1] = new UnitCount(long.MaxValue, CountUnit.Flights);
        Assert.Contains("different units", Assert.Throws<ArgumentException>(() => Quantity.Sum<UnitCount>(unitFirst)).Message, StringComparison.Ordinal);
    }

    /// <summary>Arrays of counts of any length 0–90, in one regime of units and one of values each.</summary>
    public static Arbitrary<Counts> CountsArbitrary() =>
        (from length in Gen.Choose(0, 90)
         from units in Gen.Choose(0, 3)
         from values in Gen.Choose(0, 2)
         from seed in Gen.Choose(int.MinValue, int.MaxValue)
         select new Counts(Draw(length, units, values, seed))).ToArbitrary();

    private static UnitCount[] Draw(int length, int unitRegime, int valueRegime, int seed)
    {
        var random = new Random(seed);
        int foreign = random.Next(Math.Max(1, length)); // where regime 2 puts a count of another unit
        var counts = new UnitCount[length];
        for (int i = 0; i < length; i++)
        {
            long value = valueRegime switch
            {
                0 => random.Next(0, 1_000_000),
                1 => random.NextInt64(0, long.MaxValue / Math.Max(1, length - 1)), // near the top: sometimes over
                _ => random.Next(10) == 0 ? random.NextInt64(0, long.MaxValue) : random.Next(0, 100),
            };
            CountUnit? unit = unitRegime switch
            {
                0 => random.Next(4) == 0 ? null : CountUnit.Events, // one unit, with zeros of none
                1 => random.Next(3) switch { 0 => null, 1 => OtherEvents, _ => CountUnit.Events }, // equal instances
                2 => i == foreign ? CountUnit.Sites : random.Next(5) == 0 ? null : CountUnit.Events, // one of another unit
                _ => random.Next(20) switch { 0 => CountUnit.Sites, 1 => null, 2 => OtherEvents, _ => CountUnit.Events },
            };
            counts[i] = unit is null ? default : new UnitCount(value, unit);
        }

        return counts;
    }

    private static bool SameAsOneByOne(UnitCount[] counts)
    {
        UnitCount expected = default;
        Exception? expectedError = null;
        try
        {
            foreach (UnitCount count in counts)
            {
                expected += count;
            }
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            expectedError = e;
        }

        try
        {
            UnitCount sum = Quantity.Sum<UnitCount>(counts);
            return expectedError is null && sum == expected && ReferenceEquals(sum.Unit, expected.Unit);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            return expectedError is not null && e.GetType() == expectedError.GetType() && e.Message == expectedError.Message;
        }
    }

    /// <summary>Counts with their units.</summary>
    public sealed record Counts(UnitCount[] Items)
    {
        /// <inheritdoc />
        public override string ToString() => $"[{string.Join(", ", Items.Select(c => c.Unit is null ? "default" : $"{c.Value} {c.Unit.Code}{(ReferenceEquals(c.Unit, OtherEvents) ? "'" : string.Empty)}"))}]";
    }
}
