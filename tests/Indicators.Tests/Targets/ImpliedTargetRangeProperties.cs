using System;
using System.Linq;
using System.Globalization;
using System.Numerics;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;

namespace Indicators.Tests.Targets;

/// <summary>
/// Implied targets over the whole range: the exact interval or a documented overflow, and roundest candidates that are
/// positive and achievable, checked against a computation in unbounded integers written here, not the library's.
/// </summary>
public class ImpliedTargetRangeProperties
{
    private static readonly BigInteger Int128Max = (BigInteger)Int128.MaxValue;

    [QuantityProperty(MaxTest = 2000)]
    public bool From_AnyPointActualAndRate_GivesTheExactTargets_OrOverflowsOnlyWhenTheyDoNotFit(long actualSeed, long rateSeed, byte decimalsSeed)
    {
        long persons = actualSeed == long.MinValue ? long.MaxValue : Math.Max(1, Math.Abs(actualSeed));
        long rateDigits = rateSeed == long.MinValue ? long.MaxValue : Math.Max(1, Math.Abs(rateSeed));
        int decimals = decimalsSeed % 19;
        PublishedFigure<Headcount> actual = PublishedFigure.Parse<Headcount>(persons.ToString(CultureInfo.InvariantCulture) + "人");
        PublishedRate rate = PublishedRate.Of(Percent.FromRatio(new Ratio(rateDigits, (Int128)BigInteger.Pow(10, decimals + 2))), decimals);

        // The rate stands for [(2R − 1) / 2·10^(d+2), (2R + 1) / 2·10^(d+2)); the actual for the single value v.
        BigInteger twice = 2 * BigInteger.Pow(10, decimals + 2);
        (BigInteger Numerator, BigInteger Denominator) lower = Reduced(persons * twice, (2 * (BigInteger)rateDigits) + 1);
        (BigInteger Numerator, BigInteger Denominator) upper = Reduced(persons * twice, (2 * (BigInteger)rateDigits) - 1);
        bool fits = Fits(lower) && Fits(upper);
        try
        {
            ImpliedTarget<Headcount> implied = ImpliedTarget.From(actual, rate);
            ValueInterval expected = ValueInterval.OpenClosed(
                new Ratio((Int128)lower.Numerator, (Int128)lower.Denominator),
                new Ratio((Int128)upper.Numerator, (Int128)upper.Denominator));
            return fits && implied.Targets == expected;
        }
        catch (OverflowException)
        {
            return !fits;
        }
    }

    [QuantityProperty(MaxTest = 1000)]
    public bool RoundestCandidates_ArePositive_AndAchievedByAWholeActual(long actualSeed, byte scaleSeed, byte decimalsSeed, bool span, long rateSeed, byte rateDecimalsSeed)
    {
        int scale = new[] { 0, 4, 8, 12 }[scaleSeed % 4];
        long digits = Math.Max(1, Math.Abs(actualSeed % (scale == 12 ? 1_000_000 : 10_000_000))); // in 万亿 too, within a long
        int decimals = decimalsSeed % (scale + 1);
        long rateDigits = Math.Max(1, Math.Abs(rateSeed % 1_000_000));
        int rateDecimals = rateDecimalsSeed % 4;

        BigInteger step = BigInteger.Pow(10, scale - decimals);
        BigInteger value = digits * step;
        (BigInteger low, BigInteger high) = span
            ? (value, value + (BigInteger.Pow(10, scale - decimals + TrailingZeros(digits)) - 1))
            : step.IsOne ? (value, value) : (value - (step / 2), value + (step / 2) - 1);
        PublishedFigure<Headcount> actual = PublishedFigure.Of(
            Headcount.FromPersons((long)value), new DisplayFormat((Scale)scale, decimals), span ? Qualifier.Span : Qualifier.None);
        PublishedRate rate = PublishedRate.Of(Percent.FromRatio(new Ratio(rateDigits, (Int128)BigInteger.Pow(10, rateDecimals + 2))), rateDecimals);

        BigInteger places = BigInteger.Pow(10, rateDecimals + 2);
        foreach (long target in ImpliedTarget.From(actual, rate).RoundestCandidates(5).Select(candidate => candidate.Persons))
        {
            if (target <= 0)
            {
                return false;
            }

            // The smallest actual whose rate is not below the rate's lower end, (2R − 1) / (2·places); then it must be inside
            // the actual's whole values and print as the rate, 四舍五入.
            BigInteger witness = BigInteger.Max(low, CeilingDiv(target * ((2 * (BigInteger)rateDigits) - 1), 2 * places));
            BigInteger printed = ((2 * witness * places) + target) / (2 * (BigInteger)target);
            if (witness > high || printed != rateDigits)
            {
                return false;
            }
        }

        return true;
    }

    [QuantityProperty(MaxTest = 1000)]
    public bool SpanFigure_WholeUnits_AreExactlyTheValuesTheWordsMean(long digitsSeed, byte scaleSeed, bool beforeScale, bool yu)
    {
        int scale = new[] { 0, 4, 8, 12 }[scaleSeed % 4];
        long digits = digitsSeed % (scale == 12 ? 1_000_000 : 100_000_000); // in 万亿 too, within a long
        if (digits == 0)
        {
            digits = 1;
        }

        string scaleText = scale switch { 0 => string.Empty, 4 => "万", 8 => "亿", 12 => "万亿", _ => throw new InvalidOperationException() };
        string marker = yu ? "余" : "多";
        string number = digits.ToString(CultureInfo.InvariantCulture);
        string text = beforeScale ? number + marker + scaleText + "人" : number + scaleText + marker + "人";
        PublishedFigure<HeadcountChange> figure = PublishedFigure.Parse<HeadcountChange>(text);

        // "3000多" is 3 000 and up to (not including) one more of its last non-zero digit; "-3000多" the same, downward.
        BigInteger place = BigInteger.Pow(10, scale + TrailingZeros(digits));
        BigInteger value = digits * BigInteger.Pow(10, scale);
        (BigInteger min, BigInteger max) = digits > 0 ? (value, value + place - 1) : (value - place + 1, value);
        return figure.TryGetWholeUnits(out long low, out long high) && low == min && high == max
            && !figure.Bounds.Contains(new Ratio((Int128)(min - 1), 1)) && !figure.Bounds.Contains(new Ratio((Int128)(max + 1), 1))
            && figure.Bounds.Contains(new Ratio((Int128)max, 1) + new Ratio(1, 2)) == (digits > 0);
    }

    private static int TrailingZeros(long digits)
    {
        int zeros = 0;
        for (long d = Math.Abs(digits); d % 10 == 0; d /= 10)
        {
            zeros++;
        }

        return zeros;
    }

    private static BigInteger CeilingDiv(BigInteger a, BigInteger b) => BigInteger.DivRem(a, b) is var (q, r) && r.Sign > 0 ? q + 1 : q;

    private static (BigInteger Numerator, BigInteger Denominator) Reduced(BigInteger numerator, BigInteger denominator)
    {
        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return (numerator / gcd, denominator / gcd);
    }

    private static bool Fits((BigInteger Numerator, BigInteger Denominator) value) =>
        BigInteger.Abs(value.Numerator) <= Int128Max && value.Denominator <= Int128Max;
}
