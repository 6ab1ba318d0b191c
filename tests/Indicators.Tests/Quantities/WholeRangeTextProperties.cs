using System;
using System.Globalization;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Targets;
using Indicators.Tests.Support;
using Xunit;

// The single-argument Parse and ToString overloads are what this file tests; the grammar and the written form are the
// same in every culture (the provider overloads only choose the written language).
#pragma warning disable CA1305

namespace Indicators.Tests.Quantities;

/// <summary>
/// What the library writes it reads: <c>ToString()</c> never throws and reads back through <c>Parse</c> for every
/// value of Ratio, Percent, PercentagePoints and Money over the whole range; every documented format reads back to the
/// value rounded as the format says, and is rejected exactly when that rounded value lies outside the type.
/// </summary>
public class WholeRangeTextProperties
{
    [Fact]
    public void ToString_CompletionRateWithALongExpansion_ParsesBack()
    {
        Percent rate = TargetCompletion.Of(Money.FromYuan(12345.67m), Money.FromFen(549_755_813_888)).Rate;
        Assert.Equal("0.0002245664290967397391796112060546875%", rate.ToString());
        Assert.Equal(rate, Percent.Parse(rate.ToString()));
    }

    [Fact]
    public void ToString_HugeDenominatorsAndNumerators_NeverThrowAndParseBack()
    {
        Percent tiny = Percent.FromRatio(new Ratio(1, Int128.One << 126));
        Assert.Equal(tiny, Percent.Parse(tiny.ToString()));
        Percent huge = Percent.FromRatio(new Ratio(Int128.MaxValue, 1));
        Assert.Equal("17014118346046923173168730371588410572700%", huge.ToString());
        Assert.Equal(huge, Percent.Parse(huge.ToString()));
        PercentagePoints third = PercentagePoints.FromRatio(new Ratio(Int128.MaxValue, 3));
        Assert.Equal("17014118346046923173168730371588410572700/3个百分点", third.ToString());
        Assert.Equal(third, PercentagePoints.Parse(third.ToString()));
        var ratio = new Ratio(Int128.MaxValue - 1, Int128.MaxValue);
        Assert.Equal(ratio, Ratio.Parse(ratio.ToString("Y")));
    }

    [Fact]
    public void ToString_Default_NeverThrows()
    {
        Assert.Equal("0", default(Ratio).ToString());
        Assert.Equal("0%", default(Percent).ToString());
        Assert.Equal("0个百分点", default(PercentagePoints).ToString());
        Assert.Equal("0元", default(Money).ToString());
        Assert.Equal("0.00%", default(Percent).ToString("F2"));
    }

    [Fact]
    public void ParseAndFormat_StringOnlyOverloads_MatchTheProviderOverloads()
    {
        Assert.Equal(Percent.FromPercentage(1.38m), Percent.Parse("1.38%"));
        Assert.True(Percent.TryParse("1.38%", out Percent rate) && rate == Percent.FromPercentage(1.38m));
        Assert.False(Percent.TryParse((string?)null, out _));
        Assert.Equal(PercentagePoints.FromPoints(-0.2m), PercentagePoints.Parse("-0.2个百分点"));
        Assert.True(PercentagePoints.TryParse("0.2pp", out PercentagePoints points) && points == PercentagePoints.FromPoints(0.2m));
        Assert.True(Ratio.TryParse("100/3", out Ratio third) && third == new Ratio(100, 3));
        Assert.False(Ratio.TryParse("1/0", out _));
        Assert.Equal("196.11%", Percent.FromRatio(new Ratio(39_221, 20_000)).ToString("F2"));
        Assert.Equal("0.20个百分点", PercentagePoints.FromPoints(0.2m).ToString("F2"));
        Assert.Equal("33.33", new Ratio(100, 3).ToString("F2"));
        Assert.Equal("147.16亿元", Money.FromYi(147.16m).ToString("Y2"));
    }

    [Fact]
    public void Parse_TraditionalYuan_IsAMoneyUnit()
    {
        Assert.Equal(Money.FromYuan(500m), Money.Parse("500圓"));
        Assert.Equal(Money.FromYi(147.16m), Money.Parse("147.16億圓"));
        Assert.Equal(Money.FromYuan(500m), Money.Parse("500圆"));
    }

    [Fact]
    public void Parse_OutOfRangeRatios_AreRejectedWithTheReason()
    {
        FormatException e = Assert.Throws<FormatException>(() => Ratio.Parse("170141183460469231731687303715884105728"));
        Assert.Contains("does not fit a ratio", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Percent.Parse("1/170141183460469231731687303715884105727%"));
        Assert.False(Ratio.TryParse(new string('1', 401), out _));
        Assert.Equal(new Ratio(1, Int128.MaxValue), Ratio.Parse("1/170141183460469231731687303715884105727"));
    }

    [Fact]
    public void Format_MoneyWithMoreThan38Digits_ParsesBack()
    {
        Assert.Equal(Money.MaxValue, Money.Parse(Money.MaxValue.ToString("F22")));
        Assert.Equal(Money.MinValue, Money.Parse(Money.MinValue.ToString("Y38")));
        Assert.False(Money.TryParse(Money.MaxValue.ToString("Y0"), out _)); // 922337204亿元 is past MaxValue
    }

    [NumericProperty]
    public void ToString_AnyRatio_ParsesBack(Ratio value, FormatCulture provider)
    {
        Assert.Equal(value, Ratio.Parse(value.ToString()));
        foreach (string format in new[] { "G", "F", "W", "Y" })
        {
            Assert.Equal(value, Ratio.Parse(value.ToString(format, provider.Culture)));
        }
    }

    [NumericProperty]
    public void ToString_AnyPercent_ParsesBack(Percent value, FormatCulture provider)
    {
        Assert.Equal(value, Percent.Parse(value.ToString()));
        Assert.Equal(value, Percent.Parse(value.ToString("F", provider.Culture)));
        Assert.True(Percent.TryParse(value.ToString(), out Percent again) && again == value);
    }

    [NumericProperty]
    public void ToString_AnyPercentagePoints_ParsesBack(PercentagePoints value, FormatCulture provider)
    {
        Assert.Equal(value, PercentagePoints.Parse(value.ToString()));
        Assert.Equal(value, PercentagePoints.Parse(value.ToString("G", provider.Culture)));
    }

    [NumericProperty]
    public void ToString_AnyMoney_ParsesBack(Money value, FormatCulture provider)
    {
        Assert.Equal(value, Money.Parse(value.ToString()));
        foreach (string format in new[] { "G", "F", "W", "Y", "F22", "W38", "Y38" })
        {
            Assert.Equal(value, Money.Parse(value.ToString(format, provider.Culture)));
        }
    }

    [NumericProperty]
    public void Format_AnyRatio_ReadsBackAsTheRoundedValue(Ratio value, FormatString format, FormatCulture provider)
    {
        string text = value.ToString(format.Format, provider.Culture);
        AssertReadsBack(Rounded(value.Numerator, value.Denominator, 0, format.Display), text, s => Ratio.TryParse(s, out Ratio r) ? r : null);
    }

    [NumericProperty]
    public void Format_AnyPercent_ReadsBackAsTheRoundedValue(Percent value, PercentagePoints points, FormatString format, FormatCulture provider)
    {
        if (format.Display.Scale != Scale.One)
        {
            Assert.Throws<FormatException>(() => value.ToString(format.Format, provider.Culture));
            return;
        }

        AssertReadsBack(
            Rounded(value.Ratio.Numerator, value.Ratio.Denominator, 2, format.Display),
            value.ToString(format.Format, provider.Culture),
            s => Percent.TryParse(s, out Percent r) ? r.Ratio : null);
        AssertReadsBack(
            Rounded(points.Ratio.Numerator, points.Ratio.Denominator, 2, format.Display),
            points.ToString(format.Format, provider.Culture),
            s => PercentagePoints.TryParse(s, out PercentagePoints r) ? r.Ratio : null);
    }

    [NumericProperty]
    public void Format_AnyMoney_ReadsBackAsTheRoundedAmount(Money value, FormatString format, FormatCulture provider)
    {
        string text = value.ToString(format.Format, provider.Culture);
        // The display value is fen ÷ 10^(2 + scale); the rounded amount, in fen, is always whole.
        BigInteger expected = value.Fen;
        if (format.Display.Decimals is int places)
        {
            BigInteger divisor = BigInteger.Pow(10, 2 + (int)format.Display.Scale);
            BigInteger power = BigInteger.Pow(10, places);
            BigInteger units = NumericGenerators.RoundQuotient(value.Fen * power, divisor, format.Display.Rounding);
            Assert.True((units * divisor) % power == 0);
            expected = units * divisor / power;
        }

        if (expected >= long.MinValue && expected <= long.MaxValue)
        {
            Assert.Equal(Money.FromFen((long)expected), Money.Parse(text));
        }
        else
        {
            Assert.False(Money.TryParse(text, out _), text);
        }
    }

    /// <summary>
    /// The value the text of <paramref name="display"/> stands for: n ÷ d × 10^exponent in the display unit, rounded as
    /// the format says, then back in the type's own unit; <c>null</c> when it does not fit a ratio.
    /// </summary>
    private static Ratio? Rounded(BigInteger n, BigInteger d, int exponent, DisplayFormat display)
    {
        BigInteger scale = BigInteger.Pow(10, (int)display.Scale);
        BigInteger up = BigInteger.Pow(10, exponent);
        if (display.Decimals is not int places)
        {
            return NumericGenerators.Reduced(n, d);
        }

        BigInteger power = BigInteger.Pow(10, places);
        BigInteger units = NumericGenerators.RoundQuotient(n * up * power, d * scale, display.Rounding);
        // units ÷ 10^places is the printed number; times the scale ÷ 10^exponent is the value again.
        return NumericGenerators.Reduced(units * scale, power * up);
    }

    private static void AssertReadsBack(Ratio? expected, string text, Func<string, Ratio?> tryParse)
    {
        Ratio? parsed = tryParse(text);
        if (expected is Ratio value)
        {
            Assert.True(parsed == value, string.Create(CultureInfo.InvariantCulture, $"{text} read back as {parsed}, expected {value}"));
        }
        else
        {
            Assert.True(parsed is null, text);
        }
    }
}
