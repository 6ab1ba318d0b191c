using System;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>The figure grammar at its edges: every written form of "× 10ⁿ" followed by a unit, fractions only where a type
/// takes them, numbers at the length and digit limits, the units a syntax expects, and the hint towards PublishedFigure.</summary>
public class FigureGrammarEdgeTests
{
    private const string Hint = " A figure with a qualifier or status (约115万家, 3000多人, 1100万人以上, 预计3.8亿元) is read by PublishedFigure.Parse.";

    [Theory]
    [InlineData("1.5 × 10⁴人", 15_000)]
    [InlineData("1.5 × 10^4人", 15_000)]
    [InlineData("1.5×10⁸人", 150_000_000)]
    [InlineData("1.5 × 10^8 人", 150_000_000)]
    [InlineData("1.5 × 10¹²人", 1_500_000_000_000)]
    [InlineData("1.5 × 10^12人", 1_500_000_000_000)]
    public void ScaleWrittenAsAPowerOfTen_IsFollowedByTheUnit(string text, long persons) =>
        Assert.Equal(persons, Headcount.Parse(text).Persons);

    [Theory]
    [InlineData("1/2人")]
    [InlineData("1/1人")]
    public void Fraction_IsNotAHeadcount(string text) =>
        Assert.False(Headcount.TryParse(text, out _));

    [Theory]
    [InlineData("1.5/2")]
    [InlineData("1/x")]
    [InlineData("1/")]
    [InlineData("1/-2")]
    public void Fraction_NeedsAWholeNumberOverAWholeNumber(string text) =>
        Assert.False(Ratio.TryParse(text, out _));

    [Fact]
    public void LongNumber_UpTo400Characters_IsRead()
    {
        Assert.Equal(Ratio.One, Ratio.Parse("1." + new string('0', 398)));
        Assert.Contains("the number is longer than 400 characters", Assert.Throws<FormatException>(() => Ratio.Parse("1." + new string('0', 399))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongNumber_IsMeasuredFromItsFirstDigit()
    {
        string spaces = new(' ', 300);
        Assert.Equal(Ratio.One, Ratio.Parse(spaces + "1." + new string('0', 398)));
        Assert.Equal(-Ratio.One, Ratio.Parse(spaces + "-1." + new string('0', 398)));
        Assert.Contains("at position 300: the number is longer than 400 characters", Assert.Throws<FormatException>(() => Ratio.Parse(spaces + "1." + new string('0', 399))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintedNumber_OfMoreThan128Bits_IsNotRead()
    {
        Assert.True(PrintedNumber.TryRead("170141183460469231731687303715884105727", out PrintedNumber max, out int length));
        Assert.Equal(Int128.MaxValue, max.Digits);
        Assert.Equal(39, length);
        Assert.False(PrintedNumber.TryRead("170141183460469231731687303715884105728", out _, out _));
        Assert.False(PrintedNumber.TryRead("1" + new string('0', 40), out _, out _));
        Assert.False(PrintedNumber.TryRead("0." + new string('0', 38) + "1", out _, out _));
        Assert.True(PrintedNumber.TryRead("0." + new string('0', 37) + "1", out PrintedNumber tiny, out _));
        Assert.Equal(38, tiny.Decimals);
    }

    [Fact]
    public void UnitCount_Refusals_SayWhatTheSyntaxExpects()
    {
        var households = new CountUnit("household", "户", "戶", "household", "households");
        Assert.Contains("at position 1 expected a unit (households, household, 户, 戶), but found 'x'", Assert.Throws<FormatException>(() => UnitCount.ParseAmong("5x", [households])).Message, StringComparison.Ordinal);
        Assert.Contains("at position 0 expected no sign: UnitCount cannot be negative, but found '-'", Assert.Throws<FormatException>(() => UnitCount.ParseAmong("-5户", [households])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitCount_ALongerMarker_WinsOverItsPrefix()
    {
        var persons = new CountUnit("persons", "人", "人", "person", "persons");
        Assert.Equal(new UnitCount(5, CountUnit.PersonTimes), UnitCount.ParseAmong("5人次", [persons, CountUnit.PersonTimes]));
        Assert.Equal(new UnitCount(5, persons), UnitCount.ParseAmong("5人", [persons, CountUnit.PersonTimes]));
    }

    [Theory]
    [InlineData("约115万家", true)]
    [InlineData("一5家", true)]
    [InlineData("\u9FFF5家", true)]
    [InlineData("\u4DFF5家", false)]
    [InlineData("\uA0005家", false)]
    [InlineData("x5家", false)]
    [InlineData("115多家", true)]
    [InlineData("115家家", true)]
    [InlineData("115家x", false)]
    [InlineData("115", false)]
    public void Refusal_OfTextThatLooksPublished_PointsToPublishedFigure(string text, bool hinted)
    {
        string message = Assert.Throws<FormatException>(() => Count<Enterprises>.Parse(text)).Message;
        Assert.Equal(hinted, message.EndsWith(Hint, StringComparison.Ordinal));
        Assert.EndsWith(".", message, StringComparison.Ordinal);
        if (!hinted)
        {
            Assert.DoesNotContain("PublishedFigure", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Stryker", message, StringComparison.Ordinal);
            Assert.False(message.EndsWith("..", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Headcount", "5名", "5人")]
    [InlineData("Headcount", "5位", "5人")]
    [InlineData("Headcount", "5 people", "5人")]
    [InlineData("Money", "5圆", "5元")]
    [InlineData("Money", "5圓", "5元")]
    [InlineData("Percent", "1.5％", "1.5%")]
    [InlineData("PercentagePoints", "1.5百分点", "1.5个百分点")]
    [InlineData("PercentagePoints", "1.5百分點", "1.5个百分点")]
    [InlineData("PercentagePoints", "1.5pp", "1.5个百分点")]
    public void Aliases_ReadAsTheUnit(string type, string alias, string canonical) =>
        Assert.Equal(canonical, type switch
        {
            "Headcount" => Headcount.Parse(alias).ToString(),
            "Money" => Money.Parse(alias).ToString(),
            "Percent" => Percent.Parse(alias).ToString(),
            _ => PercentagePoints.Parse(alias).ToString(),
        });
}
