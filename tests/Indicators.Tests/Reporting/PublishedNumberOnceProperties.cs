using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>
/// A published figure reads its number once and lets the quantity read only the unit after it (the hook
/// <c>IQuantity.TryReadUnit</c>); the quantity's own parser of the whole text is the oracle: a figure without markers
/// reads as a published figure only where the quantity reads it, and to the same value.
/// </summary>
public class PublishedNumberOnceProperties
{
    /// <summary>Texts of a number and a unit, plain or not: signs, decimals, spaces, scales, units right and wrong, text after.</summary>
    public static class Figures
    {
        public static Arbitrary<string> Texts()
        {
            Gen<string> digits = from n in Gen.Choose(1, 21)
                                 from ds in Gen.ArrayOf(Gen.Elements("0123456789０".ToCharArray()), n)
                                 select new string(ds);
            Gen<string> fraction = Gen.Frequency((2, Gen.Constant(string.Empty)), (1, digits.Select(d => "." + d)));
            Gen<string> gap = Gen.Elements(string.Empty, string.Empty, " ", "\u3000", "\t", "\u00A0");
            Gen<string> scale = Gen.Elements(string.Empty, "万", "萬", "亿", "億", "×10⁴", "万亿");
            Gen<string> unit = Gen.Elements("人", "名", "位", "元", "圆", "家", "个", "人次", "次", "场", string.Empty, "人人", "x", "%", "元整");
            Gen<string> sign = Gen.Frequency((6, Gen.Constant(string.Empty)), (1, Gen.Elements("-", "+", "−", "－")));
            Gen<string> after = Gen.Elements(string.Empty, string.Empty, " ", "a", "1");
            return (from s in sign
                    from d in digits
                    from f in fraction
                    from g1 in gap
                    from sc in scale
                    from g2 in gap
                    from u in unit
                    from a in after
                    select s + d + f + g1 + sc + g2 + u + a).ToArbitrary();
        }
    }

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 3000)]
    public bool Headcount_ReadsAsItsOwnParser(string text) => Agrees<Headcount>(text);

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 3000)]
    public bool HeadcountChange_ReadsAsItsOwnParser(string text) => Agrees<HeadcountChange>(text);

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 3000)]
    public bool Money_ReadsAsItsOwnParser(string text) => Agrees<Money>(text);

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 3000)]
    public bool Count_ReadsAsItsOwnParser(string text) => Agrees<Count<Enterprises>>(text) && Agrees<Count<PersonTimes>>(text);

    [Property(Arbitrary = [typeof(Figures)], MaxTest = 1000)]
    public bool UnitCount_ReadsAsItsOwnParser(string text) => Agrees<UnitCount>(text);

    [Theory]
    [InlineData("14.64万人", 146_400L)]
    [InlineData("1100万人", 11_000_000L)]
    [InlineData("1100 万 人", 11_000_000L)]
    [InlineData("0人", 0L)]
    public void Headcount_PlainFigures_ReadToTheirPersons(string text, long persons)
    {
        Assert.Equal(persons, PublishedFigure<Headcount>.Parse(text).Value.Persons);
        Assert.Equal(persons, PublishedFigure<Headcount>.Parse("约" + text).Value.Persons);
    }

    [Theory]
    [InlineData("14.64万人x")]
    [InlineData("14.64万人人")]
    [InlineData("14.64万元")]
    [InlineData("14.641人")]
    [InlineData("-5人")]
    public void Headcount_NotAHeadcount_IsRejected(string text) =>
        Assert.False(PublishedFigure<Headcount>.TryParse(text, out _));

    /// <summary>Where the published figure reads, the quantity reads the same text to the same value; where the quantity
    /// does not read it, neither does the published figure.</summary>
    private static bool Agrees<T>(string text)
        where T : struct, IQuantity<T>
    {
        bool plain = T.TryParse(text, CultureInfo.InvariantCulture, out T value);
        bool published = PublishedFigure<T>.TryParse(text, out PublishedFigure<T> figure);
        return published ? plain && figure.Value.Equals(value) : true;
    }
}
