using System;
using System.Collections.Generic;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>Counts of a unit chosen at run time: the checks of their units' names, the texts of their errors, the order
/// of units that differ in one name only, and what the units one reads among accept.</summary>
public class UnitCountEdgeTests
{
    private static readonly CountUnit Households = new("household", "户", "戶", "household", "households");

    [Theory]
    [InlineData(0, "code")]
    [InlineData(1, "simplified")]
    [InlineData(2, "traditional")]
    [InlineData(3, "englishSingular")]
    [InlineData(4, "englishPlural")]
    public void CountUnit_ABlankName_IsRefusedNamingIt(int blank, string parameter)
    {
        foreach (string? bad in new[] { null, string.Empty, "  " })
        {
            string?[] names = ["household", "户", "戶", "household", "households"];
            names[blank] = bad;
            var error = Assert.ThrowsAny<ArgumentException>(() => new CountUnit(names[0]!, names[1]!, names[2]!, names[3]!, names[4]!));
            Assert.Equal(parameter, error.ParamName);
        }
    }

    [Fact]
    public void Constructor_NegativeValue_SaysACountCannotBeNegative()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new UnitCount(-3, Households));
        Assert.Equal("value", error.ParamName);
        Assert.StartsWith("A count cannot be negative; got -3.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_Errors_NameTheCountsAndTheUnit()
    {
        Assert.Equal(
            "Cannot subtract 1户 and 2家: they count different units (household, enterprise).",
            Assert.Throws<ArgumentException>(() => new UnitCount(1, Households) - new UnitCount(2, CountUnit.Enterprises)).Message);
        Assert.Equal(
            "Cannot subtract 2户 from 1户: a count cannot be negative. (Parameter 'right')",
            Assert.Throws<ArgumentOutOfRangeException>(() => new UnitCount(1, Households) - new UnitCount(2, Households)).Message);
        Assert.Equal(new UnitCount(3, Households), new UnitCount(3, Households) - default(UnitCount));
        Assert.Equal(default, default(UnitCount) - default(UnitCount));
    }

    [Fact]
    public void As_AnotherUnit_SaysWhatItCounts()
    {
        Assert.Equal(
            "2677家 counts enterprises, not events.",
            Assert.Throws<InvalidCastException>(() => new UnitCount(2677, CountUnit.Enterprises).As<Events>()).Message);
        Assert.Equal(Count<Events>.Of(0), default(UnitCount).As<Events>());
    }

    [Fact]
    public void UnitThenValueComparer_OrdersUnitsByCodeThenEachName()
    {
        CountUnit[] ordered =
        [
            new("mine", "a", "a", "a", "a"),
            new("mine", "a", "a", "a", "b"),
            new("mine", "a", "a", "b", "a"),
            new("mine", "a", "b", "a", "a"),
            new("mine", "b", "a", "a", "a"),
            new("mine2", "a", "a", "a", "a"),
        ];
        IComparer<UnitCount> comparer = UnitCount.UnitThenValueComparer;
        for (int i = 0; i < ordered.Length; i++)
        {
            Assert.Equal(0, comparer.Compare(new UnitCount(5, ordered[i]), new UnitCount(5, ordered[i])));
            Assert.True(comparer.Compare(new UnitCount(5, ordered[i]), default) > 0);
            Assert.True(comparer.Compare(default, new UnitCount(5, ordered[i])) < 0);
            for (int j = i + 1; j < ordered.Length; j++)
            {
                Assert.True(comparer.Compare(new UnitCount(9, ordered[i]), new UnitCount(1, ordered[j])) < 0, $"{i} before {j}");
                Assert.True(comparer.Compare(new UnitCount(1, ordered[j]), new UnitCount(9, ordered[i])) > 0, $"{j} after {i}");
            }
        }

        Assert.True(comparer.Compare(new UnitCount(1, Households), new UnitCount(2, Households)) < 0);
        Assert.True(comparer.Compare(new UnitCount(2, Households), new UnitCount(1, Households)) > 0);
    }

    [Theory]
    [InlineData("-5户")]
    [InlineData("+5户")]
    [InlineData("1/2户")]
    [InlineData("5")]
    public void ParseAmong_TakesNoSignFractionOrBareNumber(string text) =>
        Assert.False(UnitCount.TryParseAmong(text, [Households], out _));

    [Theory]
    [InlineData("1.2万户", 12_000)]
    [InlineData("3亿户", 300_000_000)]
    [InlineData("1,234户", 1_234)]
    [InlineData(" 7 戶 ", 7)]
    [InlineData("7 households", 7)]
    [InlineData("1 household", 1)]
    public void ParseAmong_TakesScalesSeparatorsAndEveryName(string text, long value) =>
        Assert.Equal(new UnitCount(value, Households), UnitCount.ParseAmong(text, [Households]));

    [Fact]
    public void ParseAmong_AUnitGivenTwice_IsOneUnit()
    {
        Assert.Equal(new UnitCount(7, Households), UnitCount.ParseAmong("7户", [Households, Households]));
        Assert.Equal(new UnitCount(7, Households), UnitCount.ParseAmong("7户", [Households, new CountUnit("household", "户", "戶", "household", "households")]));
    }

    [Fact]
    public void ParseAmong_ASharedMarker_NamesItAndSaysWhatToWrite()
    {
        var shops = new CountUnit("shop", "家", "家", "shop", "shops");
        FormatException error = Assert.Throws<FormatException>(() => UnitCount.ParseAmong("7家", [CountUnit.Enterprises, shops]));
        Assert.Contains(
            "the unit's marker is used by more than one unit (家); write the unit's English name (\"5 positions\"), or parse it as Count<TUnit> to say which",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal(new UnitCount(7, shops), UnitCount.ParseAmong("7 shops", [CountUnit.Enterprises, shops]));
    }

    [Fact]
    public void ParseAmong_SeveralSharedMarkers_NamesEach()
    {
        var venues = new CountUnit("venue", "家", "場", "venue", "venues");
        FormatException error = Assert.Throws<FormatException>(() => UnitCount.ParseAmong("7家", [CountUnit.Enterprises, CountUnit.Events, venues]));
        Assert.Contains("the unit's marker is used by more than one unit (家, 場);", error.Message, StringComparison.Ordinal);
    }
}
