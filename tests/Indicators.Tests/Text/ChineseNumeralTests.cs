using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>Reading Chinese numerals: a table of facts, errors with their positions, and round trips through a writer of our own.</summary>
public class ChineseNumeralTests
{
    public static TheoryData<string, string> Facts() => new()
    {
        { "零", "0" },                          // zero alone
        { "〇", "0" },                          // the circle zero
        { "七", "7" },                          // single digit
        { "两", "2" },                          // 两 as a digit
        { "十", "10" },                         // bare leading 十
        { "十五", "15" },                       // leading 十 = 一十
        { "二十", "20" },                       // tens
        { "二十四", "24" },                     // tens and units
        { "一百一十", "110" },                  // 一十 inside a number
        { "一百零八", "108" },                  // 零 gap for the tens
        { "一千零一", "1001" },                 // 零 for two skipped places
        { "两千五百", "2500" },                 // 两 before 千
        { "三千五百万", "35000000" },           // small units then 万
        { "十万", "100000" },                   // leading 十 before a scale
        { "一万零五", "10005" },                // 零 across a group
        { "一亿零五百万", "105000000" },        // 零 after 亿, 五百万 below it
        { "一亿零五十万", "100500000" },        // 零 for 千万 and 百万
        { "十亿零五千", "1000005000" },         // a whole 万 group skipped
        { "三万亿", "3000000000000" },          // compound 万亿 = 10^12
        { "一万亿零五百亿", "1050000000000" },  // compound then 亿
        { "一万三千亿", "1300000000000" },      // 亿 taking a leading 万 group (1.3万亿)
        { "九千九百九十九万亿", "9999000000000000" }, // largest 万亿 group
        { "四万万", "400000000" },              // 万万 = 亿
        { "一亿亿", "10000000000000000" },      // 亿亿 = 10^16
        { "三亿亿零五万亿", "30005000000000000" }, // 亿亿 then 万亿
    };

    public static TheoryData<string, string> MoreFacts() => new()
    {
        { "兩萬", "20000" },                    // traditional 兩 and 萬
        { "三億", "300000000" },                // traditional 億
        { "五萬億", "5000000000000" },          // traditional compound 萬億
        { "壹仟零壹", "1001" },                 // financial capitals with 零
        { "贰拾叁", "23" },                     // financial 贰 拾 叁
        { "貳佰參拾陸", "236" },                // traditional capitals 貳 參 陸
        { "伍佰柒拾捌万玖仟", "5789000" },      // capitals with a scale (colloquial 仟 not involved)
        { "肆拾", "40" },                       // 肆 拾
        { "负五", "-5" },                       // negative
        { "負三點五", "-3.5" },                 // traditional 負 and 點
        { "三点五", "3.5" },                    // decimal with 点
        { "零点零五", "0.05" },                 // zero integer part, 零 in the fraction
        { "一点六万", "16000" },                // decimal with a scale
        { "二十三点五万", "235000" },           // tens, decimal, scale
        { "1.6万", "16000" },                   // Arabic decimal with a scale
        { "2万3千", "23000" },                  // Arabic multipliers
        { "3萬5", "35000" },                    // colloquial trailing digit after 萬
        { "二十四萬二", "242000" },             // colloquial: 二 counts in thousands
        { "一千一", "1100" },                   // colloquial after 千
        { "一百五", "150" },                    // colloquial after 百
        { "三万五", "35000" },                  // colloquial after 万
        { "一亿五", "150000000" },              // colloquial after 亿
        { "1万600", "10600" },                  // multi-digit Arabic after a scale is read as written
        { "１２３", "123" },                    // full-width digits
        { "１．５亿", "150000000" },            // full-width decimal point
        { "1亿2000万", "120000000" },           // Arabic under both scales
        { "一万零600", "10600" },               // 零 before an Arabic number
        { "0.125", "0.125" },                   // a plain Arabic decimal
        { "5亿1万4千6百", "500014600" },        // a digit with its own scale after a larger one, 零 left out
        { "廿二", "22" },                       // 廿 = 二十
        { "卅三", "33" },                       // 卅 = 三十
        { "一万零卌", "10040" },                // 卌 = 四十
        { "一千零十", "1010" },                 // 十 after 零 stands for 一十
        { "一百十一", "111" },                  // colloquial 十 after 百 without its digit
        { "倆千", "2000" },                     // 倆 = 2
        { "1.5万亿", "1500000000000" },         // a decimal with a compound scale
    };

    [Theory]
    [MemberData(nameof(MoreFacts))]
    public void Facts_ReadAsStated_More(string text, string expected) => Facts_ReadAsStated(text, expected);

    [Theory]
    [MemberData(nameof(Facts))]
    public void Facts_ReadAsStated(string text, string expected)
    {
        decimal value = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(value, ChineseNumeral.Parse(text));
        Assert.True(ChineseNumeral.TryParse(text, out decimal tried));
        Assert.Equal(value, tried);
    }

    [Fact]
    public void Results_AreExactDecimals_WithoutTrailingZeros()
    {
        Assert.Equal("16000", ChineseNumeral.Parse("1.6万").ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.1234567890123456789", ChineseNumeral.Parse("零点一二三四五六七八九零一二三四五六七八九").ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, int, string> Errors() => new()
    {
        { "", 0, "empty" },
        { "二二", 1, "digit follows a digit" },
        { "两三", 1, "range" },
        { "十几", 1, "range" },
        { "三十多", 2, "approximate" },
        { "一亿两亿", 3, "comes twice" },
        { "一亿亿一亿亿", 4, "comes twice" },
        { "一万万亿", 3, "comes twice" },
        { "万", 0, "no number before it" },
        { "三兆", 1, "ambiguous" },
        { "一千零五百", 2, "no place is skipped" },
        { "一百零", 2, "零 ends" },
        { "零零", 1, "leading 零" },
        { "一x", 1, "not part of a numeral" },
        { "百五", 0, "no digit before it" },
        { "十百", 1, "no digit before it" },
        { "一十一百", 3, "smaller unit" },
        { "一百一百", 3, "repeated" },
        { "三点", 2, "needs digits" },
        { "负", 1, "sign" },
        { "一亿三万亿", 3, "scales must decrease" },
        { "一百五万", 2, "needs 零" },
        { "三点五六万七", 5, "nothing may follow" },
        { "二零二零", 1, "digit-by-digit" },
        { "10.1万零100", 5, "must end the number" },
        { "1.5万3千", 4, "must end the number" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_NameThePositionAndTheProblem(string text, int position, string problem)
    {
        FormatException e = Assert.Throws<FormatException>(() => ChineseNumeral.Parse(text));
        Assert.Contains($"at position {position} ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.False(ChineseNumeral.TryParse(text, out decimal value));
        Assert.Equal(0m, value);
    }

    [Fact]
    public void OutOfDecimalRange_IsAFormatExceptionNamingTheInput()
    {
        string text = new string('9', 30) + "万";
        FormatException e = Assert.Throws<FormatException>(() => ChineseNumeral.Parse(text));
        Assert.Contains("range of decimal", e.Message, StringComparison.Ordinal);
        Assert.Contains("999", e.Message, StringComparison.Ordinal);
        Assert.False(ChineseNumeral.TryParse(text, out _));
    }

    [Fact]
    public void Null_ParseThrows_TryParseIsFalse()
    {
        Assert.Throws<ArgumentNullException>(() => ChineseNumeral.Parse(null!));
        Assert.False(ChineseNumeral.TryParse(null, out _));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public bool StandardForm_ReadsBack(BelowTenToThe16 n) => ChineseNumeral.Parse(Write(n.Value)) == n.Value;

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool StandardForm_Negated_ReadsBack(BelowTenToThe16 n) => ChineseNumeral.Parse("负" + Write(n.Value)) == -n.Value;

    [Property(MaxTest = 500)]
    public bool ArbitraryStrings_TryParseNeverThrows(string? text)
    {
        _ = ChineseNumeral.TryParse(text, out _);
        return true;
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public bool NumeralLikeStrings_TryParseNeverThrows(NumeralLike text)
    {
        _ = ChineseNumeral.TryParse(text.Text, out _);
        return true;
    }

    [Fact]
    public void Writer_WritesTheStandardForms()
    {
        // The writer in this file is checked against forms written by hand, so the round trip tests a known writer.
        Assert.Equal("零", Write(0));
        Assert.Equal("十五", Write(15));
        Assert.Equal("一百一十", Write(110));
        Assert.Equal("一千零一", Write(1001));
        Assert.Equal("一亿零五十万", Write(100_500_000));
        Assert.Equal("十亿零五千", Write(1_000_005_000));
        Assert.Equal("一万亿零一", Write(1_000_000_000_001));
    }

    /// <summary>
    /// A simple writer of standard forms: groups of four digits under 万亿, 亿, 万 and units; 零 once for each run of
    /// skipped places between written digits; a leading 一十 is written 十.
    /// </summary>
    private static string Write(long n)
    {
        if (n == 0)
        {
            return "零";
        }

        const string digits = "零一二三四五六七八九";
        string[] small = ["", "十", "百", "千"];
        string[] scales = ["", "万", "亿", "万亿"];
        var sb = new StringBuilder();
        bool pendingZero = false;
        bool any = false;
        for (int g = 3; g >= 0; g--)
        {
            long group = n / (long)Math.Pow(10, 4 * g) % 10_000;
            if (group == 0)
            {
                pendingZero |= any;
                continue;
            }

            for (int p = 3; p >= 0; p--)
            {
                int d = (int)(group / (long)Math.Pow(10, p) % 10);
                if (d == 0)
                {
                    pendingZero |= any;
                    continue;
                }

                if (pendingZero)
                {
                    sb.Append('零');
                    pendingZero = false;
                }

                if (!(d == 1 && p == 1 && !any))
                {
                    sb.Append(digits[d]);
                }

                sb.Append(small[p]);
                any = true;
            }

            sb.Append(scales[g]);
        }

        return sb.ToString();
    }

    /// <summary>A non-negative integer below 10^16.</summary>
    public readonly record struct BelowTenToThe16(long Value);

    /// <summary>A string drawn from the characters numerals are made of.</summary>
    public readonly record struct NumeralLike(string Text);

    /// <summary>Generators for the properties.</summary>
    public static class Generators
    {
        private const string Alphabet = "〇零一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟负負点點几多0123456789０１２３４５６７８９.．-";

        /// <summary>Integers spread over every magnitude from 0 to 10^16 − 1, with many zero digits.</summary>
        public static Arbitrary<BelowTenToThe16> Below() =>
            Gen.Choose(1, 16)
                .SelectMany(len => Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0)), (7, Gen.Choose(0, 9))), len))
                .Select(ds =>
                {
                    long v = 0;
                    foreach (int d in ds)
                    {
                        v = (v * 10) + d;
                    }

                    return new BelowTenToThe16(v);
                })
                .ToArbitrary();

        /// <summary>Strings of 0–30 characters from <see cref="Alphabet"/>.</summary>
        public static Arbitrary<NumeralLike> Numeral() =>
            Gen.Choose(0, 30)
                .SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), n))
                .Select(chars => new NumeralLike(new string(chars)))
                .ToArbitrary();
    }
}
