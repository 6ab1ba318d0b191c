using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Reporting;
using Indicators.Tests.Support;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// Derived figures hold what they say: their bounds contain their value and the true result of random true values
/// published at random precisions (the true result worked out here with plain ratios from the true values, never from
/// the figures), their text reads back to their value rounded by this test, and implied-target candidates in the
/// figure's unit are the base-unit candidates scaled.
/// </summary>
public class DerivedFigureProperties
{
    [QuantityProperty]
    public bool Sum_And_Difference_OfMoney_ContainTheTrueResult_InYuan(Money a, Money b, byte precisionSeed, byte otherSeed)
    {
        long x = Math.Abs(a.Fen % 1_000_000_000_000L);
        long y = Math.Abs(b.Fen % 1_000_000_000_000L);
        PublishedFigure<Money> px = PublishMoney(x, MoneyPrecision(precisionSeed));
        PublishedFigure<Money> py = PublishMoney(y, MoneyPrecision(otherSeed));
        DerivedFigure sum = PublishedArithmetic.Sum(px, py);
        DerivedFigure difference = PublishedArithmetic.Difference(px, py);
        return sum.Bounds.Contains(new Ratio(x + y, 100)) && sum.Bounds.Contains(sum.Value)
            && difference.Bounds.Contains(new Ratio(x - y, 100)) && difference.Bounds.Contains(difference.Value)
            && sum.Unit == DerivedUnit.Yuan && sum.Value == new Ratio(px.Value.Fen + py.Value.Fen, 100);
    }

    [QuantityProperty]
    public bool PerUnit_Share_Quotient_Product_ContainTheTrueResult(Money a, Money b, Headcount c, Headcount d, byte seed1, byte seed2, byte seed3, byte seed4)
    {
        DisplayFormat moneyPrecision = MoneyPrecision(seed1);
        DisplayFormat wholePrecision = MoneyPrecision(seed2);
        long x = Math.Abs(a.Fen % 10_000_000_000L) + MoneyStep(moneyPrecision); // money is signed: printed as 0 it may be negative
        long y = Math.Abs(b.Fen % 1_000_000_000_000L) + MoneyStep(wholePrecision); // never printed as zero
        DisplayFormat persons = PublishedFigureProperties.Precision(seed3);
        DisplayFormat others = PublishedFigureProperties.Precision(seed4);
        long p = (c.Persons % 10_000_000L) + PublishedFigureProperties.Step(persons); // keeps the product within Money, but in 万亿
        long q = (d.Persons % 1_000_000_000L) + PublishedFigureProperties.Step(others);
        PublishedFigure<Money> px = PublishMoney(x, moneyPrecision);
        PublishedFigure<Money> py = PublishMoney(y, wholePrecision);
        PublishedFigure<Headcount> pp = PublishedFigureProperties.Publish(p, persons);
        PublishedFigure<Headcount> pq = PublishedFigureProperties.Publish(q, others);

        DerivedFigure perPerson = PublishedArithmetic.PerUnit(px, pp);
        DerivedFigure share = PublishedArithmetic.Share(px, py);
        DerivedFigure quotient = PublishedArithmetic.Quotient(pp, pq);
        // Printed in 万亿, an amount times a headcount can leave the range of Money: then the product throws, it never wraps.
        bool productFits = (BigInteger)px.Value.Fen * pp.Value.Persons <= long.MaxValue;
        bool productHolds;
        if (productFits)
        {
            DerivedFigure product = PublishedArithmetic.Product(px, pp);
            productHolds = product.Bounds.Contains(new Ratio(x, 100) * p) && product.Bounds.Contains(product.Value);
        }
        else
        {
            try
            {
                _ = PublishedArithmetic.Product(px, pp);
                productHolds = false;
            }
            catch (OverflowException)
            {
                productHolds = true;
            }
        }

        return perPerson.Bounds.Contains(new Ratio(x, 100) / p) && perPerson.Bounds.Contains(perPerson.Value)
            && share.Bounds.Contains(new Ratio(x, y) * 100) && share.Bounds.Contains(share.Value)
            && quotient.Bounds.Contains(new Ratio(p, q)) && quotient.Bounds.Contains(quotient.Value)
            && productHolds;
    }

    [QuantityProperty]
    public bool ToString_ReadsTheValueRoundedHalfUp(Money a, Headcount c, byte decimalsSeed, byte languageSeed)
    {
        long x = Math.Abs(a.Fen % 1_000_000_000_000L);
        long p = (c.Persons % 1_000_000L) + 1;
        DerivedFigure average = Average.PerUnit(Money.FromFen(x), Headcount.FromPersons(p)).Figure;
        int decimals = decimalsSeed % 6;
        var language = (ExplainLanguage)(languageSeed % 3);
        string text = average.ToString(new DisplayFormat(Scale.One, decimals), language);
        string number = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" yuan", string.Empty, StringComparison.Ordinal).Replace("元", string.Empty, StringComparison.Ordinal);

        // x fen / p persons in 元, rounded half away from zero to `decimals`, as an integer count of 10^-decimals.
        BigInteger scale = BigInteger.Pow(10, decimals);
        BigInteger numerator = x * scale;
        BigInteger denominator = (BigInteger)p * 100;
        BigInteger rounded = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        if (2 * remainder >= denominator)
        {
            rounded += 1;
        }

        return decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) == (decimal)rounded / (decimal)scale
            && average.Value == new Ratio(x, (Int128)p * 100);
    }

    [QuantityProperty(MaxTest = 100)]
    public bool RoundestCandidates_InTheFiguresUnit_AreTheBaseUnitCandidatesScaled(Money a, long targetSeed, byte precisionSeed, byte decimalsSeed)
    {
        DisplayFormat precision = MoneyPrecision(precisionSeed);
        long actual = Math.Abs(a.Fen % 1_000_000_000_000L) + MoneyStep(precision);
        long targetYuan = ((targetSeed & long.MaxValue) % actual) + 1; // the rate is at least 1%: it never prints as 0
        int decimals = decimalsSeed % 4;
        decimal printed = Percent.FromRatio(new Ratio(actual, (Int128)targetYuan * 100)).ToPercentage(decimals, RoundingMode.HalfAwayFromZero);
        ImpliedTarget<Money> implied = ImpliedTarget.From(PublishMoney(actual, precision), PublishedRate.Of(Percent.FromPercentage(printed), decimals));

        long[] baseUnits = [.. implied.RoundestBaseUnits(5)];
        Money[] typed = [.. implied.RoundestCandidates(5)];
        return typed.Length == baseUnits.Length
            && typed.Select(t => t.Fen).SequenceEqual(baseUnits)
            && typed.All(t => DerivedFigure.Of(t).Value == new Ratio(t.Fen, 100) && implied.Targets.Contains(DerivedFigure.Of(t).Value));
    }

    /// <summary>Precisions money is printed with: whole 元 to the fen, or 万/亿/万亿 with some decimals.</summary>
    private static DisplayFormat MoneyPrecision(byte seed) => (seed % 4) switch
    {
        0 => new DisplayFormat(Scale.One, seed / 4 % 3),
        1 => new DisplayFormat(Scale.Wan, seed / 4 % 7),
        2 => new DisplayFormat(Scale.Yi, seed / 4 % 11),
        _ => new DisplayFormat(Scale.WanYi, seed / 4 % 15),
    };

    /// <summary>The fen one unit of the last printed digit stands for.</summary>
    private static long MoneyStep(DisplayFormat precision)
    {
        int power = precision.Scale switch
        {
            Scale.One => 0,
            Scale.Wan => 4,
            Scale.Yi => 8,
            Scale.WanYi => 12,
            _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined scale."),
        };
        int zeros = power + 2 - precision.Decimals!.Value;
        long step = 1;
        for (int i = 0; i < zeros; i++)
        {
            step *= 10;
        }

        return step;
    }

    /// <summary>The true amount of <paramref name="fen"/> as a report prints it: rounded half up to the precision.</summary>
    private static PublishedFigure<Money> PublishMoney(long fen, DisplayFormat precision)
    {
        long step = MoneyStep(precision);
        long printed = (fen + (step / 2)) / step * step;
        return PublishedFigure.Of(Money.FromFen(printed), precision);
    }
}
