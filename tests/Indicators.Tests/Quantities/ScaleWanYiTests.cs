using System;
using System.Globalization;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>The scale 万亿 (10¹²): display formats, printed numbers and quantities' text.</summary>
public class ScaleWanYiTests
{
    [Fact]
    public void Scale_IsTheSdmxMultiplier() => Assert.Equal(12, (int)Scale.WanYi);

    [Theory]
    [InlineData("WY", null)]
    [InlineData("WY0", 0)]
    [InlineData("WY1", 1)]
    [InlineData("wy2", 2)]
    [InlineData("WY38", 38)]
    public void DisplayFormat_WY_Is万亿(string text, int? decimals)
    {
        DisplayFormat format = DisplayFormat.Parse(text);
        Assert.Equal(Scale.WanYi, format.Scale);
        Assert.Equal(decimals, format.Decimals);
        Assert.Equal(text.ToUpperInvariant(), format.ToString());
        Assert.Equal(format, DisplayFormat.Parse(format.ToString()));
    }

    [Theory]
    [InlineData("WY39")]
    [InlineData("WYY")]
    [InlineData("WY-1")]
    [InlineData("YW")]
    public void DisplayFormat_BadWY_IsRefused(string text) =>
        Assert.Throws<FormatException>(() => DisplayFormat.Parse(text));

    [Fact]
    public void DisplayFormat_HalfEven_In万亿_NamesItsMode() =>
        Assert.Equal("WY1 (HalfEven)", new DisplayFormat(Scale.WanYi, 1, RoundingMode.HalfEven).ToString());

    [Fact]
    public void PrintedNumber_In万亿()
    {
        var printed = new PrintedNumber(25, 1, Scale.WanYi);
        Assert.Equal("2.5万亿", printed.ToString());
        Assert.Equal(new Ratio(2_500_000_000_000, 1), printed.Value);
        Assert.Equal(new Ratio(100_000_000_000, 1), printed.Step); // 0.1万亿 = 1000亿
        Assert.Equal(new DisplayFormat(Scale.WanYi, 1), printed.Format);
        Assert.Equal(new Ratio(1_000_000_000_000, 1), new PrintedNumber(1000, 3, Scale.WanYi).LastNonZeroPlace);
    }

    [Fact]
    public void PrintedNumber_WhoseValueLeavesARatio_IsRefused()
    {
        // 10³⁰ × 10¹² = 10⁴² is beyond 128-bit terms (10²⁶ in 万亿 is not).
        Int128 huge = Int128.Parse("1000000000000000000000000000000", CultureInfo.InvariantCulture);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedNumber(huge, 0, Scale.WanYi));
        Int128 large = Int128.Parse("100000000000000000000000000", CultureInfo.InvariantCulture);
        Assert.Equal(Scale.WanYi, new PrintedNumber(large, 0, Scale.WanYi).Scale);
        Assert.Equal(new Ratio(10_000, 1), new PrintedNumber(huge, 38, Scale.WanYi).Value); // 10³⁰ ÷ 10³⁸ × 10¹² in lowest terms
    }

    [Theory]
    [InlineData(null, "2.5万亿元")]
    [InlineData("zh-CN", "2.5万亿元")]
    [InlineData("zh-TW", "2.5萬億元")]
    [InlineData("en-US", "2.5 × 10¹² yuan")]
    public void Money_WrittenIn万亿(string? culture, string expected)
    {
        Money amount = Money.FromYuan(2_500_000_000_000m);
        IFormatProvider? provider = culture is null ? null : CultureInfo.GetCultureInfo(culture);
        Assert.Equal(expected, amount.ToString("WY1", provider));
    }

    [Theory]
    [InlineData("2.5万亿元", 250_000_000_000_000)]
    [InlineData("2.5萬億元", 250_000_000_000_000)]
    [InlineData("3万亿元", 300_000_000_000_000)]
    [InlineData("0.00000000000001万亿元", 1)]
    [InlineData("2.5 × 10¹² 元", 250_000_000_000_000)]
    [InlineData("2.5 × 10^12 元", 250_000_000_000_000)]
    [InlineData("-1.2万亿元", -120_000_000_000_000)]
    public void Money_ReadIn万亿(string text, long fen) =>
        Assert.Equal(fen, Money.Parse(text, CultureInfo.InvariantCulture).Fen);

    [Theory]
    [InlineData("92234万亿元")] // just past Money.MaxValue (92 233.72…万亿元)
    [InlineData("0.000000000000001万亿元")] // finer than a fen
    public void Money_In万亿_OutsideWholeFen_IsAClearError(string text)
    {
        Assert.False(Money.TryParse(text, CultureInfo.InvariantCulture, out _));
        Assert.Throws<FormatException>(() => Money.Parse(text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Money_MaxValue_In万亿_IsExact_AndRoundedItLeavesTheRange()
    {
        Assert.Equal("92233.72036854775807万亿元", Money.MaxValue.ToString("WY", CultureInfo.InvariantCulture));
        Assert.Equal("92234万亿元", Money.MaxValue.ToString("WY0", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => Money.Parse(Money.MaxValue.ToString("WY0", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Headcount_In万亿() =>
        Assert.Equal("1.5万亿人", Headcount.FromPersons(1_500_000_000_000).ToString("WY1", CultureInfo.InvariantCulture));

    [Fact]
    public void Percent_Refuses万亿() =>
        Assert.Throws<FormatException>(() => Percent.FromPercentage(1.5m).ToString("WY1", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2549999999999.99", 1, "2500000000000")]
    [InlineData("2550000000000", 1, "2600000000000")] // half away from zero
    [InlineData("-2550000000000", 1, "-2600000000000")]
    [InlineData("2550000000000", 0, "3000000000000")]
    public void Rounding_In万亿(string value, int decimals, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, CultureInfo.InvariantCulture),
            Rounding.Round(decimal.Parse(value, CultureInfo.InvariantCulture), Scale.WanYi, decimals, RoundingMode.HalfAwayFromZero));

    [Fact]
    public void Rounding_In万亿_OfTheSmallestDecimals_NeedsNoPowerBeyond10Pow38()
    {
        // 28 decimals rounded to whole 万亿 divide by 10⁴⁰: exact, and never an index past the table of powers.
        Assert.Equal(0m, Rounding.Round(0.0000000000000000000000000001m, Scale.WanYi, 0, RoundingMode.HalfAwayFromZero));
        Assert.Equal(1_000_000_000_000m, Rounding.Round(0.0000000000000000000000000001m, Scale.WanYi, 0, RoundingMode.Ceiling));
        Assert.Equal(-1_000_000_000_000m, Rounding.Round(-0.0000000000000000000000000001m, Scale.WanYi, 0, RoundingMode.Floor));
    }
}
