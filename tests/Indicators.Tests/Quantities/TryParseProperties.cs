using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Tests.Support;

namespace Indicators.Tests.Quantities;

/// <summary><c>TryParse</c> never throws: not on arbitrary strings, and not on valid figures with characters changed.</summary>
public class TryParseProperties
{
    private const string Alphabet = "0123456789０１２３４５６７８９.．,，/ -+−－×^⁴⁸万萬亿億元人名位家个個场場次%％百分点點pyuanersoEe\u3000\u00A0";

    [Property(MaxTest = 500)]
    public bool ArbitraryStrings_NeverThrow(string? text) => NeverThrows(text);

    [Property(Arbitrary = [typeof(Noise)], MaxTest = 1000)]
    public bool FigureLikeStrings_NeverThrow(FigureLike text) => NeverThrows(text.Text);

    [QuantityProperty]
    public bool MutatedFigures_NeverThrow(Money money, int position, char replacement)
    {
        string text = money.ToString("W", null);
        int i = Math.Abs(position % (text.Length + 1));
        return NeverThrows(text.Insert(i, replacement.ToString()))
            && NeverThrows(i < text.Length ? text.Remove(i, 1) : text + text);
    }

    private static bool NeverThrows(string? text)
    {
        _ = Money.TryParse(text, null, out _);
        _ = Headcount.TryParse(text, null, out _);
        _ = HeadcountChange.TryParse(text, null, out _);
        _ = Count<Enterprises>.TryParse(text, null, out _);
        _ = UnitCount.TryParse(text, null, out _);
        _ = Percent.TryParse(text, null, out _);
        _ = PercentagePoints.TryParse(text, null, out _);
        _ = Ratio.TryParse(text, null, out _);
        _ = Money.TryParse(text.AsSpan(), null, out _);
        return true;
    }

    /// <summary>A string drawn from the characters figures are made of.</summary>
    public readonly record struct FigureLike(string Text);

    /// <summary>Generates <see cref="FigureLike"/> strings.</summary>
    public static class Noise
    {
        /// <summary>Strings of 0–40 characters from <see cref="Alphabet"/>.</summary>
        public static Arbitrary<FigureLike> FigureLike() =>
            Gen.Choose(0, 40)
                .SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), n))
                .Select(chars => new FigureLike(new string(chars)))
                .ToArbitrary();
    }
}
