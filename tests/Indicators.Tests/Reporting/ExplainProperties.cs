using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;

namespace Indicators.Tests.Reporting;

/// <summary>
/// The numbers a trace shows are the numbers computed: the whole completion trace equals one written here from the
/// actual and the target alone, with the rate worked out in big integers and every digit grouped, cut short and
/// rounded by this test (none of it by the library's formatting).
/// </summary>
public class ExplainProperties
{
    /// <summary>Targets that give terminating rates (so that traces with and without a rounded part both occur) and
    /// some that do not.</summary>
    private static readonly long[] RoundTargets = [1, 2, 3, 4, 5, 7, 8, 10, 12, 16, 20, 25, 40, 100, 125, 1_000, 20_000, 100_000];

    [QuantityProperty]
    public bool Completion_Trace_IsTheOneWrittenFromTheFigures(
        Headcount actualSeed, Headcount targetSeed, byte targetPick, bool english, byte decimalsSeed, byte modeSeed)
    {
        long actual = actualSeed.Persons % 1_000_000_000L;
        long target = targetPick % 2 == 0
            ? RoundTargets[targetPick / 2 % RoundTargets.Length]
            : (targetSeed.Persons % 1_000_000_000L) + 1;
        int decimals = decimalsSeed % 5;
        var mode = (RoundingMode)(modeSeed % 5);
        ExplainLanguage language = english ? ExplainLanguage.English : ExplainLanguage.ZhHans;

        string trace = TargetCompletion.Of(Headcount.FromPersons(actual), Headcount.FromPersons(target)).Explain(language, decimals, mode);
        return trace == Expected(actual, target, english, decimals, mode);
    }

    /// <summary>The trace as DESIGN.md describes it, written independently of the library.</summary>
    private static string Expected(long actual, long target, bool english, int decimals, RoundingMode mode)
    {
        string head = english
            ? $"completion rate = {Persons(actual, true)} ÷ {Persons(target, true)} = "
            : $"完成率 = {Persons(actual, false)} ÷ {Persons(target, false)} = ";

        // The percentage is actual × 100 / target; it has k decimals when actual × 100 × 10^k is a multiple of target.
        BigInteger numerator = (BigInteger)actual * 100;
        int exactDecimals = -1;
        for (int k = 0; k <= 6; k++)
        {
            if (numerator * BigInteger.Pow(10, k) % target == 0)
            {
                exactDecimals = k;
                break;
            }
        }

        string exact = exactDecimals >= 0
            ? Decimal(numerator * BigInteger.Pow(10, exactDecimals) / target, exactDecimals) + "%"
            : Decimal(numerator * BigInteger.Pow(10, 6) / target, 6) + "…%"; // cut short toward zero
        if (exactDecimals >= 0 && exactDecimals <= decimals)
        {
            return head + exact;
        }

        string rounded = Decimal(Round(numerator * BigInteger.Pow(10, decimals), target, mode), decimals) + "%";
        return english
            ? $"{head}{exact} ≈ {rounded} ({EnglishRule(mode)})"
            : $"{head}{exact} ≈ {rounded}（{ChineseRule(mode)}）";
    }

    /// <summary>"39 221 人" or "39,221 persons" ("1 person").</summary>
    private static string Persons(long n, bool english)
    {
        string digits = n.ToString(CultureInfo.InvariantCulture);
        var grouped = new StringBuilder();
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                grouped.Append(english ? ',' : ' ');
            }

            grouped.Append(digits[i]);
        }

        return english ? grouped + (n == 1 ? " person" : " persons") : grouped + " 人";
    }

    /// <summary>A non-negative integer read as having <paramref name="decimals"/> decimals: (19611, 2) is "196.11".</summary>
    private static string Decimal(BigInteger scaled, int decimals)
    {
        string digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        return decimals == 0 ? digits : digits[..^decimals] + "." + digits[^decimals..];
    }

    /// <summary>n / d rounded to an integer, for n ≥ 0 and d &gt; 0.</summary>
    private static BigInteger Round(BigInteger n, BigInteger d, RoundingMode mode)
    {
        BigInteger q = BigInteger.DivRem(n, d, out BigInteger r);
        BigInteger twice = 2 * r;
        bool up = mode switch
        {
            RoundingMode.HalfAwayFromZero => twice >= d,
            RoundingMode.HalfEven => twice > d || (twice == d && !q.IsEven),
            RoundingMode.Ceiling => r != 0,
            _ => false, // toward zero and floor agree on non-negative values
        };
        return up ? q + 1 : q;
    }

    private static string ChineseRule(RoundingMode mode) => mode switch
    {
        RoundingMode.HalfAwayFromZero => "四舍五入",
        RoundingMode.HalfEven => "四舍六入五成双",
        RoundingMode.TowardZero => "截尾",
        RoundingMode.Floor => "向下取整",
        RoundingMode.Ceiling => "向上取整",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    private static string EnglishRule(RoundingMode mode) => mode switch
    {
        RoundingMode.HalfAwayFromZero => "rounded half away from zero",
        RoundingMode.HalfEven => "rounded half to even",
        RoundingMode.TowardZero => "truncated",
        RoundingMode.Floor => "rounded down",
        RoundingMode.Ceiling => "rounded up",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };
}
