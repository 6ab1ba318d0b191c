using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>Amounts in words as on invoices and cheques.</summary>
public class AmountInWordsTests
{
    public static TheoryData<string, long> Amounts() => new()
    {
        { "人民币壹拾万零壹佰壹拾壹元壹角壹分", 10_011_111 },
        { "伍仟元整", 500_000 },
        { "壹拾壹元正", 1_100 },
        { "壹佰壹拾壹圆整", 11_100 },
        { "壹佰捌拾壹圓柒角", 18_170 },
        { "玖仟陆佰陆拾伍圆壹角捌分", 966_518 },
        { "壹拾元零壹分", 1_001 },
        { "壹拾元壹分", 1_001 },               // 零 before 分 may be left out
        { "壹仟零伍拾元零伍角", 105_050 },
        { "壹元壹角整", 110 },
        { "壹角", 10 },
        { "壹分", 1 },
        { "零元壹角", 10 },
        { "零元零角壹分", 1 },
        { "壹拾元零角零分", 1_000 },
        { "人民币零元整", 0 },
        { "人民币负壹元整", -100 },
        { "人民幣貳佰零伍元", 20_500 },
        { "￥叁拾元整", 3_000 },
        { "壹拾亿零壹佰万零贰拾壹元整", 100_100_002_100 },
        { "三百元整", 30_000 },                 // ordinary characters
        { "壹万亿元整", 100_000_000_000_000 },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Amounts_AreExactFen(string text, long fen)
    {
        Assert.Equal(Money.FromFen(fen), AmountInWords.Parse(text));
        Assert.True(AmountInWords.TryParse(text, out Money tried));
        Assert.Equal(Money.FromFen(fen), tried);
    }

    public static TheoryData<string, int, string> Errors() => new()
    {
        { "", 0, "needs 元, 角 or 分" },
        { "元整", 0, "needs an amount before it" },
        { "圆", 0, "needs an amount before it" },
        { "壹拾壹", 3, "needs 元, 角 or 分" },
        { "壹万伍元", 2, "needs 零" },           // no colloquial reading in amounts
        { "5000元整", 0, "Arabic digits" },
        { "壹点伍元", 1, "decimal point" },
        { "壹元壹角壹分整", 6, "not written after 分" },
        { "壹元壹分壹角", 5, "角 comes before 分" },
        { "壹元壹角壹角", 5, "repeated" },
        { "壹元壹厘", 3, "whole fen" },
        { "壹元整壹角", 3, "nothing may follow 整" },
        { "壹元零", 2, "零 needs 角 or 分" },
        { "壹元伍", 3, "needs 角 or 分 after it" },
        { "壹拾万零壹佰壹拾壹元壹角壹分x", 14, "not part of an amount" },
        { "人民币", 3, "needs 元, 角 or 分" },
        { "整", 1, "needs 元, 角 or 分" },
        { "两三元", 1, "range" },
        { "壹兆元", 1, "ambiguous" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_NameThePositionAndTheProblem(string text, int position, string problem)
    {
        FormatException e = Assert.Throws<FormatException>(() => AmountInWords.Parse(text));
        Assert.Contains($"at position {position} ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.False(AmountInWords.TryParse(text, out Money value));
        Assert.Equal(Money.Zero, value);
    }

    [Fact]
    public void Null_ParseThrows_TryParseIsFalse()
    {
        Assert.Throws<ArgumentNullException>(() => AmountInWords.Parse(null!));
        Assert.False(AmountInWords.TryParse(null, out _));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public bool WrittenAmounts_ReadBack(Fen amount) => AmountInWords.Parse(Write(amount.Value)) == Money.FromFen(amount.Value);

    [Property(MaxTest = 500)]
    public bool ArbitraryStrings_TryParseNeverThrows(string? text)
    {
        _ = AmountInWords.TryParse(text, out _);
        return true;
    }

    [Fact]
    public void Writer_WritesTheChequeForms()
    {
        // The writer below is checked against forms written by hand, so the round trip tests a known writer.
        Assert.Equal("人民币壹拾万零壹佰壹拾壹元壹角壹分", Write(10_011_111));
        Assert.Equal("人民币伍仟元整", Write(500_000));
        Assert.Equal("人民币壹拾元零壹分", Write(1_001));
        Assert.Equal("人民币零元壹角整", Write(10));
        Assert.Equal("人民币壹拾元整", Write(1_000));
    }

    /// <summary>
    /// A writer of cheque forms: capitals in groups of four under 亿 and 万, 零 once per run of skipped places, 整 after 元 or 角, 零 between 元 and 分 when 角 is zero.
    /// </summary>
    private static string Write(long fen)
    {
        const string digits = "零壹贰叁肆伍陆柒捌玖";
        string[] small = ["", "拾", "佰", "仟"];
        string[] scales = ["", "万", "亿"];
        long yuan = fen / 100;
        int jiao = (int)(fen / 10 % 10);
        int f = (int)(fen % 10);
        var sb = new StringBuilder("人民币");
        if (yuan == 0)
        {
            sb.Append('零');
        }

        bool pendingZero = false;
        bool any = false;
        for (int g = 2; g >= 0; g--)
        {
            long group = g == 2 ? yuan / 100_000_000 : yuan / (long)Math.Pow(10, 4 * g) % 10_000;
            if (group == 0)
            {
                pendingZero |= any;
                continue;
            }

            string groupText = g == 2 && group >= 10_000 ? Write(group * 100).Replace("人民币", "").Replace("元整", "") : "";
            if (groupText.Length > 0)
            {
                sb.Append(groupText).Append(scales[g]);
                any = true;
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

                sb.Append(digits[d]).Append(small[p]);
                any = true;
            }

            sb.Append(scales[g]);
        }

        sb.Append('元');
        if (jiao == 0 && f == 0)
        {
            return sb.Append('整').ToString();
        }

        if (jiao > 0)
        {
            sb.Append(digits[jiao]).Append('角');
        }

        if (f > 0)
        {
            if (jiao == 0)
            {
                sb.Append('零');
            }

            sb.Append(digits[f]).Append('分');
        }
        else
        {
            sb.Append('整');
        }

        return sb.ToString();
    }

    /// <summary>A non-negative amount in fen, below 10^15 元.</summary>
    public readonly record struct Fen(long Value);

    /// <summary>Generators for the properties.</summary>
    public static class Generators
    {
        /// <summary>Amounts spread over every magnitude, with many zero digits.</summary>
        public static Arbitrary<Fen> Amount() =>
            Gen.Choose(1, 17)
                .SelectMany(len => Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(0)), (6, Gen.Choose(0, 9))), len))
                .Select(ds =>
                {
                    long v = 0;
                    foreach (int d in ds)
                    {
                        v = (v * 10) + d;
                    }

                    return new Fen(v);
                })
                .ToArbitrary();
    }
}
