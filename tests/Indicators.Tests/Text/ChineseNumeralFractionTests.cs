using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>Fractions and percentages in words, 兆 by convention, thousands separators, and ranges.</summary>
public class ChineseNumeralFractionTests
{
    public static TheoryData<string, long, long> Fractions() => new()
    {
        { "三分之一", 1, 3 },
        { "二分之一", 1, 2 },
        { "四分之三", 3, 4 },
        { "十分之五", 1, 2 },              // reduced to lowest terms
        { "千分之三", 3, 1000 },
        { "万分之一", 1, 10_000 },
        { "百分之五", 1, 20 },
        { "百分之三点五", 7, 200 },
        { "百分之百", 1, 1 },              // a bare 百 stands for 一百
        { "百分之一百二十", 6, 5 },
        { "一又二分之一", 3, 2 },          // mixed number
        { "二又三分之二", 8, 3 },
        { "负三分之二", -2, 3 },
        { "百分之负三点八", -19, 500 },
        { "百万分之一", 1, 1_000_000 },
        { "十二分之七", 7, 12 },
        { "參分之壹", 1, 3 },              // capitals and traditional
        { "5分之2", 2, 5 },                // Arabic digits
        { "-3/2", -3, 2 },                 // a slash
        { "３／５", 3, 5 },                 // a full-width slash
    };

    [Theory]
    [MemberData(nameof(Fractions))]
    public void Fractions_AreExactRatios(string text, long numerator, long denominator)
    {
        Assert.Equal(new Ratio(numerator, denominator), ChineseNumeral.ParseFraction(text));
        Assert.True(ChineseNumeral.TryParseFraction(text, out Ratio tried));
        Assert.Equal(new Ratio(numerator, denominator), tried);
    }

    public static TheoryData<string, string> Percents() => new()
    {
        { "百分之五", "5" },
        { "百分之三点五", "3.5" },
        { "百分之零点五", "0.5" },
        { "百分之一百二十", "120" },
        { "百分之负三点八", "-3.8" },
        { "负百分之二", "-2" },
        { "百分之百", "100" },
        { "百分之二十三", "23" },
        { "三点五%", "3.5" },
        { "3.5%", "3.5" },
        { "１２％", "12" },
        { "佰分之伍", "5" },
    };

    [Theory]
    [MemberData(nameof(Percents))]
    public void Percents_AreExact(string text, string percentage)
    {
        Percent expected = Percent.FromPercentage(decimal.Parse(percentage, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, ChineseNumeral.ParsePercent(text));
        Assert.True(ChineseNumeral.TryParsePercent(text, out Percent tried));
        Assert.Equal(expected, tried);
    }

    public static TheoryData<string, int, string> FractionErrors() => new()
    {
        { "分之一", 0, "denominator before it" },
        { "三分之", 3, "numerator after it" },
        { "零分之一", 0, "above zero" },
        { "三点五分之一", 0, "whole number above zero" },
        { "负三分之负一", 4, "one sign" },
        { "又三分之一", 0, "whole number before it" },
        { "三分之一分之二", 4, "one 分之" },
        { "三分之x", 3, "not part of a numeral" },
        { "三兆分之一", 1, "ambiguous" },
        { "三十", 2, "N分之M" },
        { "3/0", 2, "above zero" },
        { "3/-1", 2, "cannot be negative" },
        { "/3", 0, "numerator before it" },
    };

    [Theory]
    [MemberData(nameof(FractionErrors))]
    public void FractionErrors_NameThePosition(string text, int position, string problem)
    {
        FormatException e = Assert.Throws<FormatException>(() => ChineseNumeral.ParseFraction(text));
        Assert.Contains($"at position {position} ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.False(ChineseNumeral.TryParseFraction(text, out Ratio value));
        Assert.Equal(Ratio.Zero, value);
    }

    public static TheoryData<string, int, string> PercentErrors() => new()
    {
        { "千分之三", 0, "百分之M or M%" },
        { "三分之一", 0, "百分之M or M%" },
        { "%", 0, "number before it" },
        { "百分之", 3, "numerator after it" },
        { "百分之五%", 4, "not written together" },
        { "五", 1, "N分之M" },
    };

    [Theory]
    [MemberData(nameof(PercentErrors))]
    public void PercentErrors_NameThePosition(string text, int position, string problem)
    {
        FormatException e = Assert.Throws<FormatException>(() => ChineseNumeral.ParsePercent(text));
        Assert.Contains($"at position {position} ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.False(ChineseNumeral.TryParsePercent(text, out Percent value));
        Assert.Equal(Percent.Zero, value);
    }

    public static TheoryData<string, ChineseNumeralZhao, string> Zhao() => new()
    {
        { "三兆", ChineseNumeralZhao.TenToThe6, "3000000" },
        { "三兆五十万", ChineseNumeralZhao.TenToThe6, "3500000" },
        { "三兆五", ChineseNumeralZhao.TenToThe6, "3500000" },
        { "一兆", ChineseNumeralZhao.TenToThe12, "1000000000000" },
        { "一兆二千亿", ChineseNumeralZhao.TenToThe12, "1200000000000" },
        { "1.5兆", ChineseNumeralZhao.TenToThe12, "1500000000000" },
        { "一兆", ChineseNumeralZhao.TenToThe16, "10000000000000000" },
        { "三兆五千万亿", ChineseNumeralZhao.TenToThe16, "35000000000000000" },
    };

    [Theory]
    [MemberData(nameof(Zhao))]
    public void Zhao_IsReadByTheChosenConvention(string text, ChineseNumeralZhao zhao, string expected)
    {
        decimal value = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(value, ChineseNumeral.Parse(text, zhao));
        Assert.True(ChineseNumeral.TryParse(text, zhao, out decimal tried));
        Assert.Equal(value, tried);
    }

    [Fact]
    public void Zhao_ByDefault_IsRefusedNamingTheConventions()
    {
        FormatException e = Assert.Throws<FormatException>(() => ChineseNumeral.Parse("一兆"));
        Assert.Contains("at position 1 ", e.Message, StringComparison.Ordinal);
        Assert.Contains("ChineseNumeralZhao", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ChineseNumeral.Parse("一兆", ChineseNumeralZhao.Refused));
    }

    [Fact]
    public void Zhao_Overlapping_OrUndefined_IsAnError()
    {
        // Under 10^6, 兆 has only the places of 百万 below 亿, and only 万 groups under 100 below it.
        FormatException e = Assert.Throws<FormatException>(() => ChineseNumeral.Parse("三兆一百万", ChineseNumeralZhao.TenToThe6));
        Assert.Contains("overlaps", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ChineseNumeral.Parse("一兆一万亿", ChineseNumeralZhao.TenToThe12));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumeral.Parse("一兆", (ChineseNumeralZhao)7));
        Assert.False(ChineseNumeral.TryParse("一兆", (ChineseNumeralZhao)7, out _));
    }

    public static TheoryData<string, string> Separated() => new()
    {
        { "1,234,567", "1234567" },
        { "1，234", "1234" },
        { "１，２３４，５６７", "1234567" },
        { "１２３", "123" },
        { "12,345.67", "12345.67" },
        { "1,234万", "12340000" },
        { "1\u2009234\u2009567", "1234567" },
        { "-1,200,000", "-1200000" },
        { "负1,200,000", "-1200000" },
    };

    [Theory]
    [MemberData(nameof(Separated))]
    public void ThousandsSeparators_AreRead(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChineseNumeral.Parse(text));

    public static TheoryData<string, int, string> SeparatorErrors() => new()
    {
        { "1,23,4", 2, "has 2 digits, not three" },
        { "1,2345", 5, "more than three digits" },
        { "1234,567", 4, "one to three digits, not 4" },
        { "1,234，567", 5, "mixed" },
        { "1,", 1, "not part of a numeral" },
        { "12,34", 3, "has 2 digits" },
        { "1,234.5,6", 7, "not part of a numeral" },
    };

    [Theory]
    [MemberData(nameof(SeparatorErrors))]
    public void MalformedGrouping_IsAnErrorWithPosition(string text, int position, string problem)
    {
        FormatException e = Assert.Throws<FormatException>(() => ChineseNumeral.Parse(text));
        Assert.Contains($"at position {position} ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.False(ChineseNumeral.TryParse(text, out _));
    }

    [Property(MaxTest = 500)]
    public bool GroupedDigits_ReadAsTheNumber(NonNegativeInt n)
    {
        long value = (long)n.Get * 1000 + (n.Get % 1000);
        string grouped = value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        return ChineseNumeral.Parse(grouped) == value && ChineseNumeral.Parse(grouped.Replace(',', '，')) == value;
    }

    public static TheoryData<string, ChineseNumeralKind, string, string> Readings() => new()
    {
        { "三千五百万", ChineseNumeralKind.Number, "35000000", "35000000" },
        { "三点四五", ChineseNumeralKind.Number, "3.45", "3.45" },
        { "三分之一", ChineseNumeralKind.Fraction, "1/3", "1/3" },
        { "千分之三", ChineseNumeralKind.Fraction, "0.003", "0.003" },
        { "百分之五", ChineseNumeralKind.Percent, "0.05", "0.05" },
        { "5%", ChineseNumeralKind.Percent, "0.05", "0.05" },
        { "两三", ChineseNumeralKind.Range, "2", "3" },
        { "三四十", ChineseNumeralKind.Range, "30", "40" },
        { "三四十万", ChineseNumeralKind.Range, "300000", "400000" },
        { "十一二", ChineseNumeralKind.Range, "11", "12" },
        { "一两百", ChineseNumeralKind.Range, "100", "200" },
        { "十几", ChineseNumeralKind.Range, "11", "19" },
        { "二十几", ChineseNumeralKind.Range, "21", "29" },
        { "几十", ChineseNumeralKind.Range, "10", "90" },
        { "几百万", ChineseNumeralKind.Range, "1000000", "9000000" },
        { "七八千", ChineseNumeralKind.Range, "7000", "8000" },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void Readings_SayTheirKind(string text, ChineseNumeralKind kind, string low, string high)
    {
        ChineseNumeralReading reading = ChineseNumeralReading.Parse(text);
        Assert.Equal(kind, reading.Kind);
        Assert.Equal(Ratio.Parse(low), reading.Low);
        Assert.Equal(Ratio.Parse(high), reading.High);
        Assert.Equal(kind == ChineseNumeralKind.Range, reading.IsRange);
        Assert.True(ChineseNumeralReading.TryParse(text, out ChineseNumeralReading tried));
        Assert.Equal(reading, tried);
        if (!reading.IsRange)
        {
            Assert.Equal(Ratio.Parse(low), reading.Value);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => reading.Value);
        }
    }

    [Fact]
    public void Ranges_AreRefusedAsNumbers_AndNamedAsRanges()
    {
        FormatException e = Assert.Throws<FormatException>(() => ChineseNumeral.Parse("三四十"));
        Assert.Contains("range", e.Message, StringComparison.Ordinal);
        Assert.Contains("at position 1 ", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ChineseNumeralReading.Parse("两三四五"));
        Assert.Throws<FormatException>(() => ChineseNumeralReading.Parse("三十多"));
        Assert.Throws<FormatException>(() => ChineseNumeralReading.Parse("几几"));
        FormatException d = Assert.Throws<FormatException>(() => ChineseNumeralReading.Parse("一二点三"));
        Assert.Contains("at position 2 ", d.Message, StringComparison.Ordinal);
        Assert.Contains("no decimal part", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_ToString_SaysValueAndKind()
    {
        Assert.Equal("1/3 (fraction)", ChineseNumeralReading.Parse("三分之一").ToString());
        Assert.Equal("30–40 (range)", ChineseNumeralReading.Parse("三四十").ToString());
        Assert.Equal("35000 (number)", ChineseNumeralReading.Parse("三万五").ToString());
        Assert.StartsWith("3.5", ChineseNumeralReading.Parse("百分之三点五").ToString(), StringComparison.Ordinal);
        Assert.NotEqual(ChineseNumeralReading.Parse("百分之五"), ChineseNumeralReading.Parse("二十分之一"));
    }

    [Property(MaxTest = 300)]
    public bool Fractions_OfIntegers_AreExact(PositiveInt d, NonNegativeInt n)
    {
        string text = $"{d.Get}分之{n.Get}";
        return ChineseNumeral.ParseFraction(text) == new Ratio(n.Get, d.Get);
    }

    [Property(MaxTest = 500)]
    public bool ArbitraryStrings_TryParsesNeverThrow(string? text)
    {
        _ = ChineseNumeral.TryParseFraction(text, out _);
        _ = ChineseNumeral.TryParsePercent(text, out _);
        _ = ChineseNumeralReading.TryParse(text, out _);
        _ = ChineseNumeral.TryParse(text, ChineseNumeralZhao.TenToThe6, out _);
        return true;
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public bool NumeralLikeStrings_TryParsesNeverThrow(ChineseNumeralTests.NumeralLike text)
    {
        _ = ChineseNumeral.TryParseFraction(text.Text, out _);
        _ = ChineseNumeral.TryParsePercent(text.Text, out _);
        _ = ChineseNumeralReading.TryParse(text.Text, ChineseNumeralZhao.TenToThe16, out _);
        _ = AmountInWords.TryParse(text.Text, out _);
        return true;
    }

    /// <summary>Strings of the characters fractions, percents, ranges and amounts are made of.</summary>
    public static class Generators
    {
        private const string Alphabet = "零一二两三四五六七八九十百千万亿兆壹贰叁拾佰仟分之又几负点%％,，0123456789.元圆角分整正人民币厘";

        /// <summary>Strings of 0–20 characters from the alphabet.</summary>
        public static Arbitrary<ChineseNumeralTests.NumeralLike> Numeral() =>
            Gen.Choose(0, 20)
                .SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), n))
                .Select(chars => new ChineseNumeralTests.NumeralLike(new string(chars)))
                .ToArbitrary();
    }
}
