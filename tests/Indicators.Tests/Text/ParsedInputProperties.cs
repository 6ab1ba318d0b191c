using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Text;

namespace Indicators.Tests.Text;

/// <summary>A headcount printed in 万 and its value in persons, worked out in decimal.</summary>
public sealed record WanPersonsCase(string Text, string Persons);

/// <summary>A rate printed with % and its decimal fraction, worked out in decimal.</summary>
public sealed record RateCase(string Text, string Fraction);

/// <summary>Generators for <see cref="ParsedInputProperties"/>.</summary>
public static class ParsedInputGenerators
{
    /// <summary>Pieces that make figures, numerals, broken ones and hostile text.</summary>
    private static readonly string[] Pieces =
    [
        "3", "14.64", "0", "-", "万", "萬", "亿", "億", "万亿", "元", "人", "家", "%", "％", "个百分点", "约", "近", "超过", "以上",
        "多", "余", "预计", "初步", "三", "千", "五", "百", "分之", "点", "零", "负", "两", "几", "兆", "壹", "拾", " ", "\t", "\n",
        "\0", "\uD800", "\uDC00", "\u200B", "美元", "人民币", "控制在", "以内", "的目标", new string('9', 10_000), "1,234", "，",
    ];

    /// <summary>Arbitrary strings: FsCheck's own, and concatenations of the pieces above.</summary>
    public static Arbitrary<string> Texts() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.Elements(Pieces).ListOf().Select(list => string.Concat(list)),
            Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars))).ToArbitrary();

    /// <summary>A headcount printed in 万 (digits, 0 to 4 decimals), with its value in persons worked out in decimal.</summary>
    public static Arbitrary<WanPersonsCase> WanPersons() =>
        (from digits in Gen.Choose(0, 99_999_999)
         from decimals in Gen.Choose(0, 4)
         let printed = (digits / Pow10(decimals)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
         let persons = digits * 10_000m / Pow10(decimals)
         select new WanPersonsCase(printed + "万人", persons.ToString("0.#", CultureInfo.InvariantCulture))).ToArbitrary();

    /// <summary>A rate printed with 0 to 6 decimals, with its decimal fraction worked out in decimal.</summary>
    public static Arbitrary<RateCase> Rates() =>
        (from digits in Gen.Choose(-9_999_999, 9_999_999)
         from decimals in Gen.Choose(0, 6)
         let printed = (digits / Pow10(decimals)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
         let fraction = digits / Pow10(decimals + 2)
         select new RateCase(printed + "%", fraction.ToString("0.############################", CultureInfo.InvariantCulture))).ToArbitrary();

    private static decimal Pow10(int n) => Enumerable.Repeat(10m, n).Aggregate(1m, (a, b) => a * b);
}

/// <summary>Properties of <see cref="ParsedInput"/>: it never throws, and it reads generated figures to their values.</summary>
[Properties(Arbitrary = [typeof(ParsedInputGenerators)], MaxTest = 300)]
public class ParsedInputProperties
{
    [Property]
    public void TryParse_NeverThrows_AndAgreesWithItself(string text)
    {
        bool ok = ParsedInput.TryParse(text, out ParsedInput parsed);
        Assert(ok == parsed.IsOk);
        Assert(ok == (parsed.Error is null));
        Assert(ok ? parsed.ErrorPosition == -1 : parsed.ErrorPosition >= 0 && parsed.ErrorPosition <= text.Length);
        Assert(ok == (parsed.Kind is not null && parsed.Value is not null && parsed.Qualifier is not null && parsed.Status is not null));
        Assert(string.Equals(parsed.Input, text, StringComparison.Ordinal));
    }

    [Property]
    public void WanPersons_ReadToTheirPersons(WanPersonsCase figure)
    {
        Assert(ParsedInput.TryParse(figure.Text, out ParsedInput parsed), parsed + " for " + figure.Text);
        Assert(parsed.Kind == "headcount" && parsed.Value == figure.Persons && parsed.Scale == "万" && parsed.Qualifier == "exact", parsed + ", expected " + figure.Persons);
    }

    [Property]
    public void Rates_ReadToTheirDecimalFraction(RateCase rate)
    {
        Assert(ParsedInput.TryParse(rate.Text, out ParsedInput parsed), parsed + " for " + rate.Text);
        Assert(parsed.Kind == "percent" && parsed.Value == rate.Fraction, parsed + " for " + rate.Text + ", expected " + rate.Fraction);
    }

    private static void Assert(bool condition, string? what = null)
    {
        if (!condition)
        {
            throw new Xunit.Sdk.XunitException("The property does not hold: " + what);
        }
    }
}
