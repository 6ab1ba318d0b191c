using System;
using Indicators.Quantities;
using Indicators.Tests.Support;

namespace Indicators.Tests.Quantities;

/// <summary>
/// Half away from zero (四舍五入) and half-even (GB/T 8170) differ exactly on midpoints whose lower neighbour is even,
/// and the exact integer division used for display agrees with <see cref="decimal.Round(decimal, int, MidpointRounding)"/>.
/// </summary>
public class RoundingProperties
{
    [QuantityProperty]
    public bool HalfUpAndHalfEven_DifferExactlyOnMidpoints(long scaled, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 5;
        long digits = scaled % 1_000_000_000_000L;
        // x has decimals + 1 decimals; its last digit decides.
        decimal x = digits / Pow10(decimals + 1);
        decimal up = Rounding.Round(x, decimals, RoundingMode.HalfAwayFromZero);
        decimal even = Rounding.Round(x, decimals, RoundingMode.HalfEven);
        long lastDigit = Math.Abs(digits % 10);
        long keptLastDigit = Math.Abs((digits / 10) % 10);
        bool isMidpoint = lastDigit == 5;
        bool shouldDiffer = isMidpoint && keptLastDigit % 2 == 0;
        return (up != even) == shouldDiffer
            && (!shouldDiffer || Math.Abs(up - even) == 1m / Pow10(decimals));
    }

    [QuantityProperty]
    public bool Divide_AgreesWithDecimalRound(long numerator, int denominatorSeed, byte modeSeed)
    {
        long denominator = Math.Abs((long)denominatorSeed % 100_000) + 1;
        long n = numerator % 1_000_000_000_000L;
        var mode = (RoundingMode)(modeSeed % 5);
        decimal oracle = decimal.Round((decimal)n / denominator, 0, Oracle(mode));
        // decimal division is exact enough here (n has at most 12 digits, the quotient's 28 digits resolve any tie).
        return Rounding.Divide(n, denominator, mode) == (long)oracle;
    }

    [QuantityProperty]
    public bool Money_Multiply_IsTheExactProductRoundedOnce(Money money, int factorSeed, byte modeSeed)
    {
        long fen = money.Fen % 1_000_000_000_000L; // products stay far inside the range of Money
        int seed = factorSeed % 100_000_000;
        var mode = (RoundingMode)(modeSeed % 5);
        MidpointRounding oracleMode = Oracle(mode);

        // A general factor, and one that puts odd amounts exactly on a half fen (0.5 and 2.5), where the modes differ.
        bool general = Money.FromFen(fen).Times(seed / 10_000m, mode).Fen
            == (long)decimal.Round(fen * (decimal)seed / 10_000m, 0, oracleMode);
        bool half = Money.FromFen(fen).Times(0.5m, mode).Fen == (long)decimal.Round(fen * 0.5m, 0, oracleMode)
            && Money.FromFen(fen | 1).Times(2.5m, mode).Fen == (long)decimal.Round((fen | 1) * 2.5m, 0, oracleMode);
        return general && half;
    }

    /// <summary>What each mode means in .NET's own terms, written here rather than taken from the library.</summary>
    private static MidpointRounding Oracle(RoundingMode mode) => mode switch
    {
        RoundingMode.HalfAwayFromZero => MidpointRounding.AwayFromZero,
        RoundingMode.HalfEven => MidpointRounding.ToEven,
        RoundingMode.TowardZero => MidpointRounding.ToZero,
        RoundingMode.Floor => MidpointRounding.ToNegativeInfinity,
        RoundingMode.Ceiling => MidpointRounding.ToPositiveInfinity,
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
