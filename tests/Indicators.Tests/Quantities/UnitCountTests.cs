using System;
using System.Collections.Generic;
using System.Globalization;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

public class UnitCountTests
{
    [Fact]
    public void UnitCount_SameUnit_Adds()
    {
        UnitCount sum = new UnitCount(57, CountUnit.Enterprises) + Count<Enterprises>.Of(18);
        Assert.Equal(new UnitCount(75, CountUnit.Enterprises), sum);
        Assert.Equal(Count<Enterprises>.Of(75), sum.As<Enterprises>());
    }

    [Fact]
    public void UnitCount_DifferentUnits_AddingOrComparingThrows()
    {
        var enterprises = new UnitCount(2677, CountUnit.Enterprises);
        var positions = new UnitCount(773, CountUnit.Positions);
        ArgumentException e = Assert.Throws<ArgumentException>(() => enterprises + positions);
        Assert.Contains("different units (enterprise, position)", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => enterprises - positions);
        Assert.Throws<InvalidCastException>(() => enterprises.As<Positions>());
        Assert.NotEqual(new UnitCount(5, CountUnit.Enterprises), new UnitCount(5, CountUnit.Positions));
    }

    [Fact]
    public void UnitCount_Default_IsAZeroThatAddsToAnyUnit()
    {
        var trips = new UnitCount(5037, CountUnit.Trips);
        Assert.Equal(trips, default(UnitCount) + trips);
        Assert.Equal(trips, trips + default(UnitCount));
        Assert.Null(default(UnitCount).Unit);
    }

    [Fact]
    public void UnitCount_DefaultIsNotAZeroOfAUnit()
    {
        Assert.NotEqual(default, Count<Enterprises>.Zero.ToUnitCount());
        Assert.True(UnitCount.UnitThenValueComparer.Compare(default, Count<Enterprises>.Zero) < 0);
        Assert.Equal(0, UnitCount.UnitThenValueComparer.Compare(default, default));
    }

    [Fact]
    public void UnitCount_Parse_ResolvesTheUnit_AndRejectsSharedMeasureWords()
    {
        Assert.Equal(new UnitCount(2677, CountUnit.Enterprises), UnitCount.Parse("2677家", null));
        Assert.Equal(new UnitCount(24, CountUnit.Flights), UnitCount.Parse("24架次", null));
        Assert.Equal(new UnitCount(17_800, CountUnit.PersonTimes), UnitCount.Parse("1.78万人次", null));
        FormatException e = Assert.Throws<FormatException>(() => UnitCount.Parse("773个", null));
        Assert.Contains("more than one unit", e.Message, StringComparison.Ordinal);
        Assert.False(UnitCount.TryParse("773个", null, out _));
    }

    [Fact]
    public void UnitCount_TryParse_AllocatesNothing()
    {
        Assert.True(UnitCount.TryParse("2677家".AsSpan(), null, out _)); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            UnitCount.TryParse("2677家".AsSpan(), null, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Ordering_Contract() =>
        Contract.AssertEquality(new UnitCount(1, CountUnit.Events), new UnitCount(1, CountUnit.Events), new UnitCount(2, CountUnit.Events));

    [Fact]
    public void UnitCount_IsNotIComparable_MixedUnitsSortByUnitThenValue()
    {
        Assert.False(typeof(IComparable).IsAssignableFrom(typeof(UnitCount)));
        var counts = new List<UnitCount>
        {
            new(5, CountUnit.Positions),
            new(3, CountUnit.Enterprises),
            default,
            new(1, CountUnit.Positions),
            new(9, CountUnit.Enterprises),
        };
        counts.Sort(UnitCount.UnitThenValueComparer);
        Assert.Equal(["0", "3家", "9家", "1 position", "5 positions"], counts.ConvertAll(c => c.ToString()));
    }

    /// <summary>Before the fix "5个" was written for positions and projects alike, and Parse rejects it: 1 807 of 10 000
    /// random counts of a random predefined unit did not read back (the two units of 11 that share 个).</summary>
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public bool ToString_EveryPredefinedUnitAndLong_ReadsBackEqual(long value)
    {
        long count = value == long.MinValue ? long.MaxValue : Math.Abs(value);
        foreach (CountUnit unit in CountUnit.All)
        {
            var c = new UnitCount(count, unit);
            Assert.Equal(c, UnitCount.Parse(c.ToString()));
            Assert.Equal(c, UnitCount.Parse(c.ToString(null, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            Assert.Equal(c.ToString(), $"{c}");
        }

        return true;
    }

    [Fact]
    public void ToString_EdgesOfTheRange_ReadBackEqual()
    {
        foreach (CountUnit unit in CountUnit.All)
        {
            foreach (long n in new[] { 0L, 1L, 2L, long.MaxValue })
            {
                var c = new UnitCount(n, unit);
                Assert.Equal(c, UnitCount.Parse(c.ToString()));
            }
        }

        Assert.Equal(default, UnitCount.Parse(default(UnitCount).ToString()));
    }

    [Fact]
    public void ToString_SharedMeasureWord_NamesTheUnitInEnglish_UnsharedKeepsItsMeasureWord()
    {
        Assert.Equal("2677家", new UnitCount(2677, CountUnit.Enterprises).ToString());
        Assert.Equal("5 positions", new UnitCount(5, CountUnit.Positions).ToString());
        Assert.Equal("1 project", new UnitCount(1, CountUnit.Projects).ToString());
        Assert.Equal("22.56万 positions", new UnitCount(225_600, CountUnit.Positions).ToString("W2"));
        Assert.Equal(new UnitCount(225_600, CountUnit.Positions), UnitCount.Parse("22.56万 positions"));
        Assert.Equal("5个", new UnitCount(5, CountUnit.Projects).ToString(null, CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("5個", new UnitCount(5, CountUnit.Projects).ToString(null, CultureInfo.GetCultureInfo("zh-TW")));
        Assert.Equal("5 projects", new UnitCount(5, CountUnit.Projects).ToString(null, CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void Parse_Zero_IsDefault()
    {
        Assert.Equal(default, UnitCount.Parse("0"));
        Assert.True(UnitCount.TryParse("0", out UnitCount zero));
        Assert.Null(zero.Unit);
        Assert.False(UnitCount.TryParse("00", out _));
    }

    [Fact]
    public void UserDefinedUnit_ReadsBackThroughTheUnitsToRecognise()
    {
        var households = new CountUnit("household", "户", "戶", "household", "households");
        var c = new UnitCount(1234, households);
        Assert.Equal("1234户", c.ToString());
        Assert.Throws<FormatException>(() => UnitCount.Parse(c.ToString()));
        Assert.Equal(c, UnitCount.ParseAmong(c.ToString(), [households]));
        Assert.Equal(c, UnitCount.ParseAmong(c.ToString(), [.. CountUnit.All, households]));
        Assert.True(UnitCount.TryParseAmong("1234戶", [households], out UnitCount back));
        Assert.Equal(c, back);

        // A unit of one's own whose measure word a predefined unit has is named in English, as 个 is.
        var shops = new CountUnit("shop", "家", "家", "shop", "shops");
        var s = new UnitCount(7, shops);
        Assert.Equal("7 shops", s.ToString());
        Assert.Equal(s, UnitCount.ParseAmong(s.ToString(), [.. CountUnit.All, shops]));
        Assert.Equal(new UnitCount(7, CountUnit.Enterprises), UnitCount.ParseAmong("7家", [.. CountUnit.All]));
        FormatException e = Assert.Throws<FormatException>(() => UnitCount.ParseAmong("7家", [.. CountUnit.All, shops]));
        Assert.Contains("more than one unit", e.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool UserDefinedUnit_AnyCount_ReadsBackThroughItsUnit(long value, int pick)
    {
        string[] words = ["户", "台", "辆", "所", "座", "家", "个", "人次", "项"];
        string word = words[(pick & int.MaxValue) % words.Length];
        var unit = new CountUnit("mine-" + word, word, word, "thing", "things");
        var c = new UnitCount(value == long.MinValue ? long.MaxValue : Math.Abs(value), unit);
        Assert.Equal(c, UnitCount.ParseAmong(c.ToString(), [unit]));
        return true;
    }

    [Fact]
    public void ParseWithUnits_NullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => UnitCount.ParseAmong("5家", null!));
        Assert.Throws<ArgumentNullException>(() => UnitCount.ParseAmong(null!, CountUnit.All));
        Assert.Throws<ArgumentException>(() => UnitCount.ParseAmong("5家", [CountUnit.Enterprises, null!]));
        Assert.False(UnitCount.TryParseAmong("5家", null, out _));
        Assert.False(UnitCount.TryParseAmong("5家", [null!], out _));
        Assert.False(UnitCount.TryParseAmong(null, CountUnit.All, out _));
    }
}
