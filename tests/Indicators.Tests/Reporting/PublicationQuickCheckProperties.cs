using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>
/// The quick checks that a publication of whole base units, or of a rate, stands for its value give the exact check's
/// verdict, for numbers around their limits (10¹⁵ and 10¹⁸ digits, 12 and 18 decimals) and for values the printed number
/// does show and does not.
/// </summary>
public class PublicationQuickCheckProperties
{
    public sealed record WholeCase(PrintedNumber Printed, long BaseUnits, int BaseExponent, Qualifier Qualifier, bool Inclusive, FigureStatus Status, bool NonNegative);

    public sealed record RateCase(PrintedNumber Printed, Ratio Value, Qualifier Qualifier, bool Inclusive, FigureStatus Status);

    private static readonly Int128[] EdgeDigits =
    [
        0, 1, -1, 5, 10, 100, 999_999_999_999_999, 1_000_000_000_000_000, 1_000_000_000_000_001, -1_000_000_000_000_000,
        -1_000_000_000_000_001, 999_999_999_999_999_999, 1_000_000_000_000_000_000, 1_000_000_000_000_000_001,
        -1_000_000_000_000_000_000, -1_000_000_000_000_000_001,
    ];

    private static Gen<Int128> Digits =>
        Gen.OneOf(
            Gen.Elements(EdgeDigits),
            Gen.Choose(-100_000, 100_000).Select(i => (Int128)i),
            ArbMap.Default.GeneratorFor<long>().Select(l => (Int128)l));

    private static Gen<PrintedNumber> Printed(Gen<Scale> scales) =>
        from digits in Digits
        from decimals in Gen.OneOf(Gen.Choose(0, 4), Gen.Choose(11, 20))
        from scale in scales
        select new PrintedNumber(digits, decimals, scale);

    public static Arbitrary<WholeCase> Wholes() =>
        (from printed in Printed(Gen.Elements(Scale.One, Scale.Wan, Scale.Yi))
         from exponent in Gen.Elements(0, 2)
         from offset in Gen.Elements(0, 0, 0, 1, -1, 7)
         from other in ArbMap.Default.GeneratorFor<long>()
         from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
         from inclusive in ArbMap.Default.GeneratorFor<bool>()
         from status in Gen.Elements(Enum.GetValues<FigureStatus>())
         from nonNegative in ArbMap.Default.GeneratorFor<bool>()
         select new WholeCase(printed, BaseUnitsNear(printed, exponent, offset) ?? other, exponent, qualifier, inclusive, status, nonNegative))
        .ToArbitrary();

    public static Arbitrary<RateCase> Rates() =>
        (from printed in Printed(Gen.Elements(Scale.One, Scale.One, Scale.One, Scale.Wan))
         from offBy in Gen.Elements(0, 0, 0, 1, -1)
         from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
         from inclusive in ArbMap.Default.GeneratorFor<bool>()
         from status in Gen.Elements(Enum.GetValues<FigureStatus>())
         select new RateCase(printed, printed.Value * new Ratio(1, 100) + new Ratio(offBy, 1_000_000_000_000), qualifier, inclusive, status))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(PublicationQuickCheckProperties)], MaxTest = 3000)]
    public void QuickCheckOfWholeBaseUnits_GivesTheExactVerdict(WholeCase c)
    {
        bool quick = Publication.TryCreateWhole(c.Printed, c.BaseUnits, c.BaseExponent, c.Qualifier, c.Inclusive, c.Status, c.NonNegative, out Publication fast, out _);
        bool exact = Publication.TryCreate(
            c.Printed, c.BaseUnits, new Ratio(c.BaseExponent == 2 ? 100 : 1, 1), c.Qualifier, c.Inclusive, c.Status, c.NonNegative, wholeBaseUnits: true, out Publication slow, out _);
        Assert.Equal(exact, quick);
        Assert.Equal(slow, fast);
    }

    [Property(Arbitrary = [typeof(PublicationQuickCheckProperties)], MaxTest = 3000)]
    public void QuickCheckOfARate_GivesTheExactVerdict(RateCase c)
    {
        bool quick = Publication.TryCreateRate(c.Printed, c.Value, c.Qualifier, c.Inclusive, c.Status, out Publication fast, out _);
        bool exact = Publication.TryCreate(
            c.Printed, c.Value, new Ratio(1, 100), c.Qualifier, c.Inclusive, c.Status, nonNegative: false, wholeBaseUnits: false, out Publication slow, out _);
        Assert.Equal(exact, quick);
        Assert.Equal(slow, fast);
    }

    [Theory]
    [InlineData(5, 0, 6, 1, "the number printed (5) is not the value it stands for")]
    [InlineData(125, 2, 126, 100, "the number printed (1.25) is not the value it stands for")]
    public void ExactCheck_RefusesAValueItsDigitsDoNotShow(long digits, int decimals, long value, long per, string problem)
    {
        PrintedNumber printed = new(digits, decimals, Scale.One);

        Assert.False(Publication.TryCreate(
            printed, new Ratio(value, per), Ratio.One, Qualifier.None, true, FigureStatus.Normal, nonNegative: false, wholeBaseUnits: false, out _, out string? reason));
        Assert.Equal(problem, reason);
        Assert.True(Publication.TryCreate(
            printed, new Ratio(digits, per), Ratio.One, Qualifier.None, true, FigureStatus.Normal, nonNegative: false, wholeBaseUnits: false, out _, out _));
    }

    /// <summary>The base units the printed number shows, moved by <paramref name="offset"/>; null when they are not whole or do not fit.</summary>
    private static long? BaseUnitsNear(PrintedNumber printed, int baseExponent, int offset)
    {
        int exponent = (int)printed.Scale + baseExponent - printed.Decimals;
        BigInteger digits = (BigInteger)printed.Digits;
        BigInteger value;
        if (exponent >= 0)
        {
            value = digits * BigInteger.Pow(10, exponent);
        }
        else
        {
            BigInteger power = BigInteger.Pow(10, -exponent);
            if (!(digits % power).IsZero)
            {
                return null;
            }

            value = digits / power;
        }

        value += offset;
        return value >= long.MinValue && value <= long.MaxValue ? (long)value : null;
    }
}
