using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Tests.Contracts;

/// <summary>
/// The parse contract of every parsable type, attacked with text: TryParse never throws; Parse throws only
/// FormatException, exactly when TryParse says no; whatever reads writes back through ToString to an equal value.
/// </summary>
[Properties(Arbitrary = [typeof(ParseContractProperties.Texts)], MaxTest = 400)]
public class ParseContractProperties
{
    [Property]
    public bool Money_Holds(AttackText t) => Holds<Money>(t.Value);

    [Property]
    public bool Headcount_Holds(AttackText t) => Holds<Headcount>(t.Value);

    [Property]
    public bool HeadcountChange_Holds(AttackText t) => Holds<HeadcountChange>(t.Value);

    [Property]
    public bool Count_Holds(AttackText t) => Holds<Count<Enterprises>>(t.Value) && Holds<Count<PersonTimes>>(t.Value);

    [Property]
    public bool UnitCount_Holds(AttackText t) => Holds<UnitCount>(t.Value);

    [Property]
    public bool Ratio_Holds(AttackText t) => Holds<Ratio>(t.Value);

    [Property]
    public bool Percent_Holds(AttackText t) => Holds<Percent>(t.Value) && Holds<PercentagePoints>(t.Value);

    [Property]
    public bool ReportingPeriod_Holds(AttackText t) => Holds<ReportingPeriod>(t.Value);

    [Property]
    public bool RegionCode_Holds(AttackText t) => Holds<RegionCode>(t.Value);

    [Property]
    public bool PublishedFigures_Hold(AttackText t) =>
        Holds<PublishedFigure<Headcount>>(t.Value)
        && Holds<PublishedFigure<Money>>(t.Value)
        && Holds<PublishedFigure<HeadcountChange>>(t.Value)
        && Holds<PublishedFigure<Count<Enterprises>>>(t.Value)
        && Holds<PublishedRate>(t.Value);

    [Property]
    public bool RateTarget_NeverThrowsFromTryParse(AttackText t) => Agrees<RateTarget>(t.Value);

    /// <summary>TryParse and Parse agree and never throw what they must not; a value read writes back to itself.</summary>
    private static bool Holds<T>(string text)
        where T : ISpanParsable<T>, IEquatable<T>
    {
        if (!Agrees<T>(text))
        {
            return false;
        }

        if (!T.TryParse(text, CultureInfo.InvariantCulture, out T? value))
        {
            return true;
        }

        string written = value.ToString()!;
        return T.TryParse(written, CultureInfo.InvariantCulture, out T? back) && back.Equals(value);
    }

    private static bool Agrees<T>(string text)
        where T : ISpanParsable<T>
    {
        bool ok = T.TryParse(text, CultureInfo.InvariantCulture, out _)
            & T.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out _);
        try
        {
            _ = T.Parse(text, CultureInfo.InvariantCulture);
            return ok;
        }
        catch (FormatException e)
        {
            return !ok && e.Message.Length < 1_000;
        }
    }

    /// <summary>Generated attack text.</summary>
    public sealed record AttackText(string Value)
    {
        /// <inheritdoc />
        public override string ToString() => Value.Length > 200 ? Value[..200] + $"… ({Value.Length} chars)" : Value;
    }

    /// <summary>Text that looks like figures, periods and codes, broken in every way, plus arbitrary Unicode.</summary>
    public static class Texts
    {
        private static readonly string[] Pieces =
        [
            "0", "1", "9", "00", "12", "3000", "14.64", "147.16", "1,234", "１４．６４", ".", ",", "-", "+", "−", "/", "%",
            "万", "萬", "亿", "億", "万亿", "元", "圆", "圓", "万元", "亿元", "人", "名", "位", "人次", "家", "个", "個", "场", "期", "份",
            "个百分点", "约", "近", "多", "余", "以上", "以内", "左右", "不到", "超过", "预计", "初步", " ", "\t", "\u00A0",
            "2020", "-Q3", "-S1", "-10", "-01-01", "/P10M", "/P366D", "/", "9999", "0000", "331000", "000000", "e", "E", "∞",
            "\uD83D\uDE00", "\uD800", "\u0000", "persons", "yuan", " × 10⁴", "NaN",
        ];

        /// <summary>The generator.</summary>
        public static Arbitrary<AttackText> AttackText() => Gen.Frequency(
            (6, Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts))),
            (2, Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(cs => new string(cs))),
            (2, from digits in Gen.Choose(1, 120) from decimals in Gen.Choose(0, 60) from unit in Gen.Elements("人", "元", "万元", "%", "家", "亿元", "")
                from lead in Gen.Elements("", "约", "-", "近", "预计")
                select lead + new string('9', digits) + (decimals > 0 ? "." + new string('0', decimals - 1) + "1" : string.Empty) + unit),
            (1, Gen.Choose(1_000, 20_000).Select(n => new StringBuilder().Append('1', n).Append('人').ToString())))
            .Select(s => new ParseContractProperties.AttackText(s))
            .ToArbitrary();
    }
}
