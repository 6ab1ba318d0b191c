using System;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>The figure forms of the issue and of the reference report, both scripts, full-width and separators.</summary>
public class ParsingTests
{
    [Theory]
    [InlineData("147.16亿元", 1_471_600_000_000L)]
    [InlineData("147.16億元", 1_471_600_000_000L)]
    [InlineData("1252.7万元", 1_252_700_000L)]
    [InlineData("1252.7萬元", 1_252_700_000L)]
    [InlineData("500元", 50_000L)]
    [InlineData("2369.79万元", 2_369_790_000L)]
    [InlineData("2,369.79万元", 2_369_790_000L)]
    [InlineData("１４７．１６亿元", 1_471_600_000_000L)]
    [InlineData("２，３６９．７９万元", 2_369_790_000L)]
    [InlineData("6051.56元", 605_156L)]
    [InlineData("-0.5元", -50L)]
    [InlineData("−0.5元", -50L)]
    [InlineData(" 500 元 ", 50_000L)]
    [InlineData("147.16 × 10⁸ yuan", 1_471_600_000_000L)]
    [InlineData("14,716,000,000 yuan", 1_471_600_000_000L)]
    [InlineData("25.1万元", 25_100_000L)]
    public void Money_Parse_ReadsTheFen(string text, long fen)
    {
        Assert.Equal(fen, Money.Parse(text, null).Fen);
        Assert.True(Money.TryParse(text, out Money parsed));
        Assert.Equal(fen, parsed.Fen);
    }

    [Theory]
    [InlineData("14.64万人", 146_400L)]
    [InlineData("14.64萬人", 146_400L)]
    [InlineData("１４．６４万人", 146_400L)]
    [InlineData("2569人", 2_569L)]
    [InlineData("3175名", 3_175L)]
    [InlineData("39,221人", 39_221L)]
    [InlineData("39 221人", 39_221L)]
    [InlineData("39\u202F221人", 39_221L)]
    [InlineData("39，221人", 39_221L)]
    [InlineData("1.77万人", 17_700L)]
    [InlineData("39,221 persons", 39_221L)]
    [InlineData("1 person", 1L)]
    [InlineData("14.64 × 10⁴ persons", 146_400L)]
    [InlineData("60万人", 600_000L)]
    public void Headcount_Parse_ReadsThePersons(string text, long persons) =>
        Assert.Equal(persons, Headcount.Parse(text, null).Persons);

    [Theory]
    [InlineData("1.38%", "0.0138")]
    [InlineData("196.11%", "1.9611")]
    [InlineData("１．３８％", "0.0138")]
    [InlineData("196.105%", "1.96105")]
    [InlineData("-0.2%", "-0.002")]
    [InlineData("100/3%", "1/3")]
    public void Percent_Parse_ReadsTheExactRatio(string text, string ratio) =>
        Assert.Equal(Ratio.Parse(ratio, null), Percent.Parse(text, null).Ratio);

    [Theory]
    [InlineData("0.2个百分点", "0.002")]
    [InlineData("-0.2個百分點", "-0.002")]
    [InlineData("0.2 percentage points", "0.002")]
    [InlineData("1 percentage point", "0.01")]
    [InlineData("-0.2pp", "-0.002")]
    public void PercentagePoints_Parse_ReadsTheExactDifference(string text, string ratio) =>
        Assert.Equal(Ratio.Parse(ratio, null), PercentagePoints.Parse(text, null).Ratio);

    [Theory]
    [InlineData("2677家", 2_677L)]
    [InlineData("2,677 enterprises", 2_677L)]
    [InlineData("1 enterprise", 1L)]
    [InlineData("115万家", 1_150_000L)]
    public void Count_Parse_ReadsTheUnits(string text, long value) =>
        Assert.Equal(value, Count<Enterprises>.Parse(text, null).Value);

    [Fact]
    public void Count_Parse_OtherUnits()
    {
        Assert.Equal(5037L, Count<Trips>.Parse("5037班次", null).Value);
        Assert.Equal(115L, Count<Carriages>.Parse("115節", null).Value);
        Assert.Equal(24L, Count<Flights>.Parse("24架次", null).Value);
        Assert.Equal(225_600L, Count<Positions>.Parse("22.56万个", null).Value);
        Assert.Equal(225_600L, Count<Positions>.Parse("22.56萬個", null).Value);
        Assert.Equal(165L, Count<Events>.Parse("165場", null).Value);
        Assert.Equal(170L, Count<Sites>.Parse("170处", null).Value);
        Assert.Equal(3L, Count<Sessions>.Parse("3期", null).Value);
        Assert.Equal(200L, Count<Agreements>.Parse("200份", null).Value);
        Assert.Equal(12L, Count<Projects>.Parse("12个", null).Value);
        Assert.Equal(17_800L, Count<PersonTimes>.Parse("1.78万人次", null).Value);
    }

    [Theory]
    [InlineData("", 0, "a digit", "the text ended")]
    [InlineData("元", 0, "a digit", "found '元'")]
    [InlineData("147.16亿", 7, "a unit", "the text ended")]
    [InlineData("147.16亿人", 7, "a unit", "found '人'")]
    [InlineData("147.元", 4, "a digit after the decimal point", "found '元'")]
    [InlineData("500元整", 4, "the end of the text", "found '整'")]
    [InlineData("1,5万元", 2, "exactly three digits after a thousands separator", "found '5'")]
    [InlineData("1234,567元", 0, "at most three digits before the first thousands separator", "found '1'")]
    [InlineData("1,234 567元", 5, "the same thousands separator", "found ' '")]
    public void Money_Parse_BadText_NamesPositionAndExpectation(string text, int position, string expected, string found)
    {
        FormatException e = Assert.Throws<FormatException>(() => Money.Parse(text, null));
        Assert.Contains($"\"{text}\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("as Money", e.Message, StringComparison.Ordinal);
        Assert.Contains($"at position {position} expected {expected}", e.Message, StringComparison.Ordinal);
        Assert.Contains(found, e.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, out Money result));
        Assert.Equal(Money.Zero, result);
    }

    [Fact]
    public void Money_Parse_SubFen_IsAFormatErrorAtTheLastDigit()
    {
        FormatException e = Assert.Throws<FormatException>(() => Money.Parse("0.001元", null));
        Assert.Contains("at position 4: the amount is finer than a fen", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Money.Parse("1.23456789万元", null));
        Assert.Equal(1_234_567_800L, Money.Parse("1234.5678万元", null).Fen); // 万元 to six decimals is a whole fen
    }

    [Fact]
    public void Money_Parse_OutOfRange_IsAFormatError()
    {
        FormatException e = Assert.Throws<FormatException>(() => Money.Parse("92233720368547758.08元", null));
        Assert.Contains("out of range", e.Message, StringComparison.Ordinal);
        Assert.Equal(Money.MaxValue, Money.Parse("92233720368547758.07元", null));
        Assert.Equal(Money.MinValue, Money.Parse("-92233720368547758.08元", null));
        Assert.Throws<FormatException>(() => Money.Parse("999999999999999999999999999999999999999999元", null));
    }

    [Theory]
    [InlineData("-5人", "no sign")]
    [InlineData("14.645678万人", "not a whole number of persons")]
    [InlineData("500人次", "the end of the text")]
    [InlineData("500家", "a unit")]
    public void Headcount_Parse_BadText_Throws(string text, string message)
    {
        FormatException e = Assert.Throws<FormatException>(() => Headcount.Parse(text, null));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.False(Headcount.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull_TryParseReturnsFalse()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!, null));
        Assert.Throws<ArgumentNullException>(() => Headcount.Parse(null!, null));
        Assert.False(Money.TryParse(null, out _));
        Assert.False(Percent.TryParse(null, null, out _));
    }

    [Fact]
    public void Percent_Parse_BadText_Throws()
    {
        Assert.Contains("a unit (%, ％)", Assert.Throws<FormatException>(() => Percent.Parse("1.38", null)).Message, StringComparison.Ordinal);
        Assert.Contains("denominator", Assert.Throws<FormatException>(() => Percent.Parse("1/0%", null)).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Percent.Parse("1.38万%", null));
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Parse_IsTheSameInEveryCurrentCulture(string culture) =>
        Cultures.With(culture, () =>
        {
            Assert.Equal(1_252_700_000L, Money.Parse("1252.7万元", null).Fen);
            Assert.Equal(2_369_790_000L, Money.Parse("2,369.79万元", null).Fen);
            Assert.Equal(146_400L, Headcount.Parse("14.64万人", null).Persons);
            Assert.Equal(Percent.FromPercentage(1.38m), Percent.Parse("1.38%", null));
            Assert.Throws<FormatException>(() => Money.Parse("1,5万元", null)); // a German decimal comma is not silently read
        });
}
