using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Quantities;
using Q = Indicators.Quantities;

namespace Indicators.Tests.Support;

/// <summary>
/// Generators over the whole range of the exact numeric types (128-bit ratios, decimals), and BigInteger oracles that do
/// not use the code under test.
/// </summary>
public static class NumericGenerators
{
    /// <summary>The largest magnitude of a ratio's terms.</summary>
    public static readonly BigInteger TermMax = (BigInteger)Int128.MaxValue;

    /// <summary>128 random bits.</summary>
    public static Gen<Int128> RawInt128 { get; } =
        from a in Gen.Choose(int.MinValue, int.MaxValue)
        from b in Gen.Choose(int.MinValue, int.MaxValue)
        from c in Gen.Choose(int.MinValue, int.MaxValue)
        from e in Gen.Choose(int.MinValue, int.MaxValue)
        select unchecked(((Int128)(uint)a << 96) | ((Int128)(uint)b << 64) | ((Int128)(uint)c << 32) | (uint)e);

    /// <summary>A non-negative Int128 of any magnitude: random bit lengths 0–127, values near the top, and edges.</summary>
    public static Gen<Int128> Magnitude { get; } = Gen.Frequency(
        (2, Gen.Choose(0, 1000).Select(i => (Int128)i)),
        (4, from bits in Gen.Choose(1, 127) from raw in RawInt128 select raw & (Int128.MaxValue >> (127 - bits))),
        (2, from raw in RawInt128 select raw & Int128.MaxValue),
        (2, from k in Gen.Choose(0, 1_000_000) select Int128.MaxValue - k),
        (1, from k in Gen.Choose(1, 126) from delta in Gen.Choose(-3, 3) select (Int128.One << k) + delta),
        (1, Gen.Elements(Int128.Zero, Int128.One, Int128.MaxValue, Int128.MaxValue / 2, Int128.MaxValue / 3)));

    /// <summary>A signed Int128 in ±(2¹²⁷ − 1).</summary>
    public static Gen<Int128> Term { get; } =
        from m in Magnitude from negative in Gen.Elements(false, true) select negative ? -m : m;

    /// <summary>A positive Int128 up to 2¹²⁷ − 1.</summary>
    public static Gen<Int128> PositiveTerm { get; } = Magnitude.Select(m => m == 0 ? Int128.One : m);

    /// <summary>Any ratio at all: terms over the whole 128-bit range, including Int128.MaxValue and huge denominators.</summary>
    public static Gen<Ratio> AnyRatio { get; } = Gen.Frequency(
        (4, from n in Term from d in PositiveTerm select new Ratio(n, d)),
        (1, from n in Term select new Ratio(n, 1)),
        (1, from k in Gen.Choose(0, 126) from n in Term select new Ratio(n, Int128.One << k)),
        (1, from k in Gen.Choose(0, 38) from n in Term select new Ratio(n, Pow10(k))));

    /// <summary>Any decimal: any 96-bit mantissa (random bit length), any sign, any scale 0–28, and the edges.</summary>
    public static Gen<decimal> AnyDecimal { get; } = Gen.Frequency(
        (6, from bits in Gen.Choose(0, 96)
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(int.MinValue, int.MaxValue)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select Truncated(lo, mid, hi, bits, negative, (byte)scale)),
        (1, from digits in Gen.Choose(1, 9)
            from scale in Gen.Choose(0, 28)
            from negative in Gen.Elements(false, true)
            select new decimal(digits * 5, 0, 0, negative, (byte)scale)),
        (1, Gen.Elements(decimal.MaxValue, decimal.MinValue, 0m, 1m, -1m, 0.0000000000000000000000025m, 1.5E-27m)));

    /// <summary>Any rounding mode.</summary>
    public static Gen<RoundingMode> Mode { get; } = Gen.Elements(Enum.GetValues<RoundingMode>());

    /// <summary>Any display scale.</summary>
    public static Gen<Scale> AnyScale { get; } = Gen.Elements(Q.Scale.One, Q.Scale.Wan, Q.Scale.Yi, Q.Scale.WanYi);

    /// <summary>Any ratio.</summary>
    public static Arbitrary<Ratio> Ratio() => AnyRatio.ToArbitrary();

    /// <summary>Any rate.</summary>
    public static Arbitrary<Percent> Percent() => AnyRatio.Select(Q.Percent.FromRatio).ToArbitrary();

    /// <summary>Any difference of rates.</summary>
    public static Arbitrary<PercentagePoints> PercentagePoints() => AnyRatio.Select(Q.PercentagePoints.FromRatio).ToArbitrary();

    /// <summary>Any decimal.</summary>
    public static Arbitrary<decimal> DecimalValues() => AnyDecimal.ToArbitrary();

    /// <summary>Any rounding mode.</summary>
    public static Arbitrary<RoundingMode> RoundingModes() => Mode.ToArbitrary();

    /// <summary>Any scale.</summary>
    public static Arbitrary<Scale> Scales() => AnyScale.ToArbitrary();

    /// <summary>Any long, including the extremes.</summary>
    public static Arbitrary<long> Int64Values() => Arbitraries.AnyLong.ToArbitrary();

    /// <summary>Any money, over the whole 64-bit range of fen.</summary>
    public static Arbitrary<Money> Money() => Arbitraries.AnyLong.Select(Q.Money.FromFen).ToArbitrary();

    /// <summary>A format provider to format with.</summary>
    public static Arbitrary<FormatCulture> FormatCulture() => Arbitraries.Provider.Select(c => new FormatCulture(c)).ToArbitrary();

    /// <summary>A display format given by a format string: exact (G, F, W, Y) or F/W/Y with 0–38 decimals.</summary>
    public static Arbitrary<FormatString> FormatString() => Gen.Frequency(
        (1, Gen.Elements("G", "F", "W", "Y")),
        (4, from letter in Gen.Elements("F", "W", "Y") from places in Gen.Choose(0, 38) select letter + places.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .Select(f => new FormatString(f)).ToArbitrary();

    /// <summary>10^<paramref name="k"/> as an Int128 (k ≤ 38).</summary>
    public static Int128 Pow10(int k)
    {
        Int128 p = 1;
        for (int i = 0; i < k; i++)
        {
            p *= 10;
        }

        return p;
    }

    /// <summary>
    /// The exact ratio <paramref name="n"/>/<paramref name="d"/> in lowest terms when both terms fit ±(2¹²⁷ − 1), else
    /// <c>null</c>: the oracle for ratio arithmetic.
    /// </summary>
    public static Ratio? Reduced(BigInteger n, BigInteger d)
    {
        if (d.Sign < 0)
        {
            n = -n;
            d = -d;
        }

        BigInteger g = BigInteger.GreatestCommonDivisor(n, d);
        if (!g.IsZero)
        {
            n /= g;
            d /= g;
        }

        return BigInteger.Abs(n) <= TermMax && d <= TermMax ? new Ratio((Int128)n, (Int128)d) : null;
    }

    /// <summary>
    /// <paramref name="n"/> ÷ <paramref name="d"/> (d &gt; 0) rounded to an integer with <paramref name="mode"/>: an oracle
    /// written from the definitions (floor, and the comparison of the remainder with half the divisor).
    /// </summary>
    public static BigInteger RoundQuotient(BigInteger n, BigInteger d, RoundingMode mode)
    {
        BigInteger floor = BigInteger.Divide(n, d);
        if (n.Sign < 0 && floor * d != n)
        {
            floor -= 1;
        }

        BigInteger remainder = n - (floor * d); // 0 ≤ remainder < d
        if (remainder.IsZero)
        {
            return floor;
        }

        BigInteger ceiling = floor + 1;
        int half = (remainder * 2).CompareTo(d); // < 0: nearer floor; > 0: nearer ceiling
        BigInteger towardZero = n.Sign < 0 ? ceiling : floor;
        BigInteger awayFromZero = n.Sign < 0 ? floor : ceiling;
        return mode switch
        {
            RoundingMode.Floor => floor,
            RoundingMode.Ceiling => ceiling,
            RoundingMode.TowardZero => towardZero,
            RoundingMode.HalfAwayFromZero => half < 0 ? floor : half > 0 ? ceiling : awayFromZero,
            RoundingMode.HalfEven => half < 0 ? floor : half > 0 ? ceiling : (floor.IsEven ? floor : ceiling),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
    }

    /// <summary>A decimal's exact value as mantissa ÷ 10^scale.</summary>
    public static (BigInteger Mantissa, int Scale) Exact(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = unchecked(((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0]);
        return (bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
    }

    private static decimal Truncated(int lo, int mid, int hi, int bits, bool negative, byte scale)
    {
        BigInteger raw = unchecked(((BigInteger)(uint)hi << 64) | ((BigInteger)(uint)mid << 32) | (uint)lo);
        BigInteger m = raw & ((BigInteger.One << bits) - 1);
        return new decimal(unchecked((int)(uint)(m & uint.MaxValue)), unchecked((int)(uint)((m >> 32) & uint.MaxValue)), unchecked((int)(uint)(m >> 64)), negative, scale);
    }
}

/// <summary>A standard format string (wrapped so that FsCheck draws it from <see cref="NumericGenerators"/>).</summary>
/// <param name="Format">The format string.</param>
public sealed record FormatString(string Format)
{
    /// <summary>The display format the string names.</summary>
    public DisplayFormat Display => DisplayFormat.Parse(Format);

    /// <inheritdoc/>
    public override string ToString() => Format;
}

/// <summary>An FsCheck property that draws its arguments from <see cref="NumericGenerators"/> (whole ranges).</summary>
public sealed class NumericPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Uses <see cref="NumericGenerators"/> and 2 000 cases per property.</summary>
    public NumericPropertyAttribute()
    {
        Arbitrary = [typeof(NumericGenerators)];
        MaxTest = 2000;
    }
}
