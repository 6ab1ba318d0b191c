using System;
using System.Globalization;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>The text of every error the quantities raise, written out: each says what was refused and why, with the
/// values it was given.</summary>
public class QuantityErrorTextTests
{
    [Fact]
    public void DivisionByZero_NamesTheDividend()
    {
        Assert.Equal("Cannot divide 5场 by a count of zero.", Assert.Throws<DivideByZeroException>(() => Count<Events>.Of(5) / Count<Events>.Of(0)).Message);
        Assert.Equal("Cannot divide 5人 by a headcount of zero.", Assert.Throws<DivideByZeroException>(() => Headcount.FromPersons(5) / Headcount.FromPersons(0)).Message);
        Assert.Equal("Cannot divide 5元 by zero money.", Assert.Throws<DivideByZeroException>(() => Money.Divide(Money.FromYuan(5), Money.Zero)).Message);
        Assert.Equal("Cannot divide 5元 by zero.", Assert.Throws<DivideByZeroException>(() => Money.FromYuan(5).DividedBy(0m, RoundingMode.HalfEven)).Message);
        Assert.Equal("Cannot divide 5元 by zero.", Assert.Throws<DivideByZeroException>(() => Money.FromYuan(5).DividedBy(0L, RoundingMode.HalfEven)).Message);
        Assert.Equal("Cannot share 5元 among zero persons.", Assert.Throws<DivideByZeroException>(() => Money.FromYuan(5).PerPerson(Headcount.FromPersons(0), RoundingMode.HalfEven)).Message);
        Assert.Equal("Cannot share 5元 among zero enterprises.", Assert.Throws<DivideByZeroException>(() => Money.FromYuan(5).Per(Count<Enterprises>.Of(0), RoundingMode.HalfEven)).Message);
        Assert.Equal("Cannot divide a ratio by zero.", Assert.Throws<DivideByZeroException>(() => Ratio.One / Ratio.Zero).Message);
        Assert.Equal("Cannot divide by zero.", Assert.Throws<DivideByZeroException>(() => Rounding.Divide(1, 0, RoundingMode.HalfEven)).Message);
    }

    [Fact]
    public void CompareToAnotherType_NamesTheExpectedType()
    {
        AssertWrongType("Count<Events> (场)", Count<Events>.Of(1));
        AssertWrongType("Headcount", Headcount.FromPersons(1));
        AssertWrongType("HeadcountChange", HeadcountChange.FromPersons(1));
        AssertWrongType("Money", Money.FromYuan(1));
        AssertWrongType("Percent", Percent.FromPercentage(1m));
        AssertWrongType("PercentagePoints", PercentagePoints.FromPoints(1m));
        AssertWrongType("Ratio", Ratio.One);

        static void AssertWrongType(string typeName, IComparable value)
        {
            var error = Assert.Throws<ArgumentException>(() => value.CompareTo("1"));
            Assert.Equal("obj", error.ParamName);
            Assert.StartsWith($"Object must be of type {typeName}.", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, value.CompareTo(null));
        }
    }

    [Fact]
    public void Overflow_GivesTheOperands()
    {
        Assert.Equal(
            $"Count<Events> (场) addition overflowed: {long.MaxValue} + 1 is more than {long.MaxValue}.",
            Assert.Throws<OverflowException>(() => Count<Events>.Of(long.MaxValue) + Count<Events>.Of(1)).Message);
        Assert.Equal(
            $"Headcount overflowed: {long.MaxValue}人 plus 1人 is more than {long.MaxValue} persons.",
            Assert.Throws<OverflowException>(() => Headcount.FromPersons(long.MaxValue).Plus(HeadcountChange.FromPersons(1))).Message);
        Assert.Equal(
            $"HeadcountChange overflowed: {long.MaxValue}人 + 1人 is outside the 64-bit range.",
            Assert.Throws<OverflowException>(() => HeadcountChange.FromPersons(long.MaxValue) + HeadcountChange.FromPersons(1)).Message);
        Assert.Equal(
            "HeadcountChange negation overflowed: the negation of the smallest 64-bit change does not fit.",
            Assert.Throws<OverflowException>(() => -HeadcountChange.FromPersons(long.MinValue)).Message);
        Assert.Equal(
            "Money negation overflowed: −MinValue is outside the range of Money.",
            Assert.Throws<OverflowException>(() => -Money.MinValue).Message);
        Assert.StartsWith(
            "Money addition overflowed: ",
            Assert.Throws<OverflowException>(() => Money.MaxValue + Money.FromFen(1)).Message,
            StringComparison.Ordinal);
        Assert.EndsWith(
            " is outside the range of Money (±92 233 720 368 547 758.07 元).",
            Assert.Throws<OverflowException>(() => Money.MaxValue + Money.FromFen(1)).Message,
            StringComparison.Ordinal);
        Assert.Equal(
            "Money multiplication overflowed: the result is outside the range of Money (±92 233 720 368 547 758.07 元).",
            Assert.Throws<OverflowException>(() => Money.MaxValue * 2L).Message);
        var huge = new Ratio(Int128.MaxValue, 1);
        Assert.Equal(
            $"Ratio multiplication overflowed: {huge} × 2 in lowest terms does not fit 128-bit terms.",
            Assert.Throws<OverflowException>(() => huge * new Ratio(2, 1)).Message);
        Assert.Equal(
            $"Ratio subtraction overflowed: -{huge} − 1 in lowest terms does not fit 128-bit terms.",
            Assert.Throws<OverflowException>(() => -huge - Ratio.One).Message);
        Assert.Equal(
            $"{huge} rounded to 10 decimals needs more digits than a decimal holds; ask for fewer decimals.",
            Assert.Throws<OverflowException>(() => huge.ToDecimal(10, RoundingMode.HalfEven)).Message);
        Assert.Equal(
            $"{huge} × 10^2 rounded to 1 decimals needs more digits than a decimal holds; ask for fewer decimals.",
            Assert.Throws<OverflowException>(() => Percent.FromRatio(huge).ToPercentage(1, RoundingMode.HalfEven)).Message);
        Assert.Equal(
            $"{huge} × 10^2 rounded to 0 decimals needs more digits than a decimal holds; ask for fewer decimals.",
            Assert.Throws<OverflowException>(() => PercentagePoints.FromRatio(huge).ToPoints(0, RoundingMode.HalfEven)).Message);
    }

    [Fact]
    public void FromWan_GivesTheAmountAndTheUnit()
    {
        Assert.Equal("1.00001万场 is not a whole number of 场. (Parameter 'wan')", Assert.Throws<ArgumentException>(() => Count<Events>.FromWan(1.00001m)).Message);
        Assert.Equal("1.00001万人 is not a whole number of persons. (Parameter 'wan')", Assert.Throws<ArgumentException>(() => HeadcountChange.FromWan(1.00001m)).Message);
        Assert.StartsWith("A Count<Events> (场) cannot be negative; got -1万场. (Parameter 'wan')", Assert.Throws<ArgumentOutOfRangeException>(() => Count<Events>.FromWan(-1m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("A headcount cannot be negative; got -1万人. (Parameter 'wan')", Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromWan(-1m)).Message, StringComparison.Ordinal);
        Assert.Equal(
            $"{decimal.MaxValue}万场 is outside the range of a Count<Events> (场) (0 to {long.MaxValue}场).",
            Assert.Throws<OverflowException>(() => Count<Events>.FromWan(decimal.MaxValue)).Message);
        Assert.Equal(
            $"{decimal.MaxValue}万人 is outside the range of a headcount change ({long.MinValue} to {long.MaxValue}人).",
            Assert.Throws<OverflowException>(() => HeadcountChange.FromWan(decimal.MaxValue)).Message);
        Assert.Equal(
            "1.001 元 is finer than a fen (0.01 元); Money holds whole fen. Round it first with Rounding.Round if that is what you mean. (Parameter 'yuan')",
            Assert.Throws<ArgumentException>(() => Money.FromYuan(1.001m)).Message);
        Assert.Equal(
            $"{decimal.MaxValue} 元 is outside the range of Money (±92 233 720 368 547 758.07 元).",
            Assert.Throws<OverflowException>(() => Money.FromYuan(decimal.MaxValue)).Message);
    }

    [Fact]
    public void Headcount_MovedBelowZero_SaysSo()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(1).Plus(HeadcountChange.FromPersons(-2)));
        Assert.StartsWith("Cannot move 1人 by -2人: a headcount cannot be negative.", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            "Cannot subtract 2人 from 1人: a headcount cannot be negative. Use later.ChangeFrom(earlier) for a signed change (a HeadcountChange). (Parameter 'right')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(1) - Headcount.FromPersons(2)).Message);
        Assert.Equal(
            "Cannot subtract 2场 from 1场: a Count<Events> (场) cannot be negative. (Parameter 'right')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Count<Events>.Of(1) - Count<Events>.Of(2)).Message);
    }

    [Fact]
    public void Formats_NameWhatIsSupported()
    {
        Assert.Equal(
            "The format string \"W99\" is not supported: expected G, or F, W, Y or WY followed by 0 to 38 decimals (for example \"W2\").",
            Assert.Throws<FormatException>(() => DisplayFormat.Parse("W99")).Message);
        Assert.StartsWith(
            "Not a defined Scale.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new DisplayFormat((Scale)7)).Message,
            StringComparison.Ordinal);
        Assert.Equal(
            "A rate has no 万, 亿 or 万亿 scale: use G or F followed by the decimals, not W2.",
            Assert.Throws<FormatException>(() => Percent.FromPercentage(1m).ToString("W2", CultureInfo.InvariantCulture)).Message);
        Assert.StartsWith(
            "Not a defined RoundingMode.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1.5m, 0, (RoundingMode)99)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void CountUnit_WithAPredefinedCode_NamesTheOwner()
    {
        var error = Assert.Throws<ArgumentException>(() => new CountUnit("event", "届", "屆", "edition", "editions"));
        Assert.Equal("code", error.ParamName);
        Assert.StartsWith(
            "The code \"event\" belongs to the predefined unit 场 (events); give the unit 届 a code of its own.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void UnitCount_OfDifferentUnits_NamesBoth()
    {
        Assert.Equal(
            "Cannot add 1家 and 2场: they count different units (enterprise, event).",
            Assert.Throws<ArgumentException>(() => new UnitCount(1, CountUnit.Enterprises) + new UnitCount(2, CountUnit.Events)).Message);
        Assert.Equal(
            "The units to recognise hold a null. (Parameter 'units')",
            Assert.Throws<ArgumentException>(() => UnitCount.ParseAmong("1家", [CountUnit.Enterprises, null!])).Message);
    }

    [Theory]
    [InlineData("Count", "1.5场", "the number is not a whole number of units")]
    [InlineData("Headcount", "1.5人", "the number is not a whole number of persons")]
    [InlineData("HeadcountChange", "1.5人", "the number is not a whole number of persons")]
    [InlineData("UnitCount", "1.5家", "the number is not a whole number of units")]
    [InlineData("Money", "0.001元", "the amount is finer than a fen (0.01 元)")]
    [InlineData("Ratio", "1/0", "a fraction's denominator must be a whole number greater than zero")]
    [InlineData("Ratio", "1/2.5", "a fraction's denominator must be a whole number greater than zero")]
    [InlineData("Ratio", "0.1111111111111111111111111111111111111111", "the value does not fit a ratio (numerator and denominator within ±(2¹²⁷ − 1) in lowest terms)")]
    [InlineData("Headcount", "1,234 567人", "at position 5 expected the same thousands separator throughout the number, but found ' '")]
    [InlineData("Headcount", "1000000000000000000000000000000000000000人", "at position 0: the value is out of range (a 64-bit count of base units)")]
    public void ParseFailures_SayWhy(string type, string text, string detail)
    {
        FormatException error = Assert.Throws<FormatException>(() => Parse(type, text));
        Assert.Contains(detail + ".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFailure_OfAVeryLongNumber_GivesTheLimit()
    {
        string text = new('1', 20_000);
        FormatException error = Assert.Throws<FormatException>(() => Ratio.Parse(text));
        Assert.Contains("the number is longer than ", error.Message, StringComparison.Ordinal);
        Assert.Contains(" characters, more than any exact value needs.", error.Message, StringComparison.Ordinal);
    }

    private static object Parse(string type, string text) => type switch
    {
        "Count" => Count<Events>.Parse(text),
        "Headcount" => Headcount.Parse(text),
        "HeadcountChange" => HeadcountChange.Parse(text),
        "UnitCount" => UnitCount.Parse(text),
        "Money" => Money.Parse(text),
        "Ratio" => Ratio.Parse(text),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no such type in this test"),
    };
}
