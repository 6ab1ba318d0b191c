using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <summary>
/// An exact rational number: <see cref="Numerator"/> ÷ <see cref="Denominator"/>, always in lowest terms with a
/// positive denominator. It is what dividing two quantities of the same kind gives (39 221 人 ÷ 20 000 人 = 39221/20000),
/// and what <see cref="Percent"/> and <see cref="PercentagePoints"/> hold, so that no rate is ever rounded until it is displayed.
/// </summary>
/// <remarks>
/// <para><c>default</c> is zero (0/1). Numerator and denominator are 128-bit integers: every ratio of two 64-bit
/// quantities is held exactly. Arithmetic on ratios is exact: it gives the exact result whenever that result, in lowest
/// terms, fits 128-bit terms (however large the intermediate products), and otherwise throws an
/// <see cref="OverflowException"/> that says which operation overflowed rather than losing precision.</para>
/// <para>Equality and ordering are numeric (1/2 = 2/4). <see cref="ToString()"/> writes the exact decimal expansion
/// when it is finite ("1.96105", however long) and the fraction otherwise ("1/3"); it never throws and both forms parse
/// back to the same ratio, for every ratio.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.RatioJsonConverter))]
public readonly struct Ratio :
    IEquatable<Ratio>,
    IComparable<Ratio>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<Ratio>,
    IComparisonOperators<Ratio, Ratio, bool>,
    IAdditionOperators<Ratio, Ratio, Ratio>,
    ISubtractionOperators<Ratio, Ratio, Ratio>,
    IMultiplyOperators<Ratio, Ratio, Ratio>,
    IDivisionOperators<Ratio, Ratio, Ratio>,
    IUnaryNegationOperators<Ratio, Ratio>,
    IFigure<Ratio>
{
    private static readonly UnitText NoUnit = new(string.Empty, string.Empty, string.Empty, string.Empty);
    private static readonly FigureSyntax Syntax = new(nameof(Ratio), NoUnit, allowsSign: true, allowsScale: true, allowsFraction: true);
    private static readonly BigInteger MaxTerm = (BigInteger)Int128.MaxValue;

    private readonly Int128 numerator;
    private readonly Int128 denominatorMinusOne; // so that default is 0/1

    /// <summary>Creates the ratio <paramref name="numerator"/> ÷ <paramref name="denominator"/>, reduced to lowest terms.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; not zero.</param>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    /// <exception cref="OverflowException">An argument is <see cref="Int128.MinValue"/>.</exception>
    public Ratio(Int128 numerator, Int128 denominator)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException(
                string.Create(CultureInfo.InvariantCulture, $"A ratio's denominator cannot be zero (numerator {numerator})."));
        }

        if (numerator == Int128.MinValue || denominator == Int128.MinValue)
        {
            throw new OverflowException("A ratio's numerator and denominator must lie within ±(2¹²⁷ − 1).");
        }

        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        Int128 gcd = Gcd(Int128.Abs(numerator), denominator);
        this.numerator = numerator / gcd;
        denominatorMinusOne = (denominator / gcd) - 1;
    }

    private Ratio(Int128 numerator, Int128 denominator, bool lowestTerms)
    {
        _ = lowestTerms;
        this.numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>Zero (0/1); also <c>default</c>.</summary>
    public static Ratio Zero => default;

    /// <summary>One (1/1).</summary>
    public static Ratio One => new(1, 1);

    /// <summary>The numerator, in lowest terms; carries the sign.</summary>
    public Int128 Numerator => numerator;

    /// <summary>The denominator, in lowest terms; always positive.</summary>
    public Int128 Denominator => denominatorMinusOne + 1;

    /// <summary>Whether the ratio is a whole number.</summary>
    public bool IsInteger => denominatorMinusOne == 0;

    /// <summary>The sign: −1, 0 or 1.</summary>
    public int Sign => numerator.CompareTo(Int128.Zero);

    /// <summary>The whole number <paramref name="value"/> as a ratio.</summary>
    /// <param name="value">The whole number.</param>
    public static implicit operator Ratio(long value) => new(value, 1);

    /// <summary>Adds two ratios exactly.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The result does not fit 128-bit terms.</exception>
    public static Ratio operator +(Ratio left, Ratio right) => Add(left, right);

    /// <summary>Subtracts one ratio from another exactly.</summary>
    /// <param name="left">The ratio to subtract from.</param>
    /// <param name="right">The ratio to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The result does not fit 128-bit terms.</exception>
    public static Ratio operator -(Ratio left, Ratio right) => Subtract(left, right);

    /// <summary>Negates a ratio.</summary>
    /// <param name="value">The ratio.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    public static Ratio operator -(Ratio value) => new(-value.numerator, value.Denominator);

    /// <summary>Multiplies two ratios exactly.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The result does not fit 128-bit terms.</exception>
    public static Ratio operator *(Ratio left, Ratio right) => Multiply(left, right);

    /// <summary>Divides one ratio by another exactly.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The exact quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The result does not fit 128-bit terms.</exception>
    public static Ratio operator /(Ratio left, Ratio right)
    {
        if (right.numerator == 0)
        {
            throw new DivideByZeroException("Cannot divide a ratio by zero.");
        }

        // The reciprocal of a ratio in lowest terms is in lowest terms, and its terms fit.
        Int128 sign = right.numerator < 0 ? -1 : 1;
        return Multiply(left, FromLowestTerms(sign * right.Denominator, sign * right.numerator));
    }

    /// <summary>Whether two ratios are equal.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><c>true</c> when they are the same number.</returns>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Whether two ratios differ.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><c>true</c> when they are different numbers.</returns>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>The exact value of a <see cref="decimal"/> as a ratio (1.38 → 69/50).</summary>
    /// <param name="value">The decimal.</param>
    /// <returns>The same number, exactly.</returns>
    public static Ratio FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Int128 mantissa = unchecked(((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0]);
        return new Ratio(bits[3] < 0 ? -mantissa : mantissa, Pow10.Of(value.Scale));
    }

    /// <summary>Adds two ratios exactly (the named form of <c>+</c>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum, in lowest terms, does not fit 128-bit terms.</exception>
    public static Ratio Add(Ratio left, Ratio right) => AddOrSubtract(left, right, subtract: false);

    /// <summary>Subtracts one ratio from another exactly (the named form of <c>−</c>).</summary>
    /// <param name="left">The ratio to subtract from.</param>
    /// <param name="right">The ratio to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference, in lowest terms, does not fit 128-bit terms.</exception>
    public static Ratio Subtract(Ratio left, Ratio right) => AddOrSubtract(left, right, subtract: true);

    /// <summary>Negates a ratio (the named form of unary <c>−</c>); never overflows.</summary>
    /// <param name="value">The ratio.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    public static Ratio Negate(Ratio value) => -value;

    /// <summary>Multiplies two ratios exactly (the named form of <c>*</c>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product, in lowest terms, does not fit 128-bit terms.</exception>
    public static Ratio Multiply(Ratio left, Ratio right)
    {
        // Cross-reduce first: the terms of the product are then already in lowest terms, so an overflow here is real.
        Int128 g1 = Gcd(Int128.Abs(left.numerator), right.Denominator);
        Int128 g2 = Gcd(Int128.Abs(right.numerator), left.Denominator);
        Int128 a = left.numerator / g1;
        Int128 b = right.numerator / g2;
        Int128 c = left.Denominator / g2;
        Int128 d = right.Denominator / g1;
        if (TryMultiply(a, b, out Int128 n) && TryMultiply(c, d, out Int128 m))
        {
            return FromLowestTerms(n, m);
        }

        throw new OverflowException($"Ratio multiplication overflowed: {left} × {right} in lowest terms does not fit 128-bit terms.");
    }

    /// <summary>Divides one ratio by another exactly (the named form of <c>/</c>).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The exact quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient, in lowest terms, does not fit 128-bit terms.</exception>
    public static Ratio Divide(Ratio left, Ratio right) => left / right;

    /// <summary>The smaller of two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><paramref name="left"/> when the two are equal.</returns>
    public static Ratio Min(Ratio left, Ratio right) => right < left ? right : left;

    /// <summary>The larger of two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><paramref name="left"/> when the two are equal.</returns>
    public static Ratio Max(Ratio left, Ratio right) => right > left ? right : left;

    /// <summary>This ratio plus <paramref name="other"/> (the fluent form of <c>+</c>).</summary>
    /// <param name="other">The ratio to add.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum, in lowest terms, does not fit 128-bit terms.</exception>
    public Ratio Plus(Ratio other) => Add(this, other);

    /// <summary>This ratio minus <paramref name="other"/> (the fluent form of <c>−</c>).</summary>
    /// <param name="other">The ratio to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference, in lowest terms, does not fit 128-bit terms.</exception>
    public Ratio Minus(Ratio other) => Subtract(this, other);

    /// <summary>Whether the ratio is written exactly with at most <paramref name="decimals"/> decimals (its denominator
    /// divides 10^decimals): 1/8 has three, 1/3 none.</summary>
    /// <param name="decimals">The number of decimals, 0 to 38.</param>
    /// <returns>Whether no digit would be lost.</returns>
    public bool HasAtMostDecimals(int decimals)
    {
        Preconditions.CheckRange(decimals, 0, Pow10.Max, nameof(decimals));
        return Pow10.Of(decimals) % Denominator == 0;
    }

    /// <summary>The ratio rounded to <paramref name="decimals"/> decimals.</summary>
    /// <param name="decimals">Decimals to keep, 0 to 28.</param>
    /// <param name="mode">How to round.</param>
    /// <returns>The rounded decimal (trailing zeros dropped).</returns>
    /// <exception cref="OverflowException">The rounded value needs more significant digits than a <see cref="decimal"/>
    /// holds (about 28); ask for fewer decimals.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or <paramref name="mode"/>
    /// is not defined and the value has more decimals.</exception>
    public decimal ToDecimal(int decimals, RoundingMode mode) => ToDecimal(decimals, mode, 0);

    /// <summary>This ratio × 10^<paramref name="exponent"/>, rounded to <paramref name="decimals"/> decimals (exactly: the
    /// power of ten is applied in BigInteger, so 1.38% as a percentage never overflows on the way).</summary>
    internal decimal ToDecimal(int decimals, RoundingMode mode, int exponent)
    {
        Preconditions.CheckRange(decimals, 0, Rounding.MaxDecimals, nameof(decimals));
        BigInteger scaled = Rounding.Divide((BigInteger)numerator * BigInteger.Pow(10, decimals + exponent), (BigInteger)Denominator, mode);
        int kept = decimals;
        while (kept > 0 && scaled % 10 == 0)
        {
            scaled /= 10;
            kept--;
        }

        BigInteger magnitude = BigInteger.Abs(scaled);
        if (magnitude.GetBitLength() > 96)
        {
            string value = exponent == 0 ? ToString() : string.Create(CultureInfo.InvariantCulture, $"{this} × 10^{exponent}");
            throw new OverflowException(
                string.Create(CultureInfo.InvariantCulture, $"{value} rounded to {decimals} decimals needs more digits than a decimal holds; ask for fewer decimals."));
        }

        return new decimal(
            unchecked((int)(uint)(magnitude & uint.MaxValue)),
            unchecked((int)(uint)((magnitude >> 32) & uint.MaxValue)),
            unchecked((int)(uint)((magnitude >> 64) & uint.MaxValue)),
            scaled.Sign < 0,
            (byte)kept);
    }

    /// <inheritdoc />
    public bool Equals(Ratio other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <summary>Compares two ratios numerically.</summary>
    /// <param name="other">The ratio to compare with.</param>
    /// <returns>Negative, zero or positive as this ratio is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Ratio other)
    {
        if (denominatorMinusOne == other.denominatorMinusOne)
        {
            return numerator.CompareTo(other.numerator);
        }

        // Compare a/b with c/d as a·d with c·b: in 128 bits when both products fit, else in BigInteger.
        if (TryMultiply(numerator, other.Denominator, out Int128 l) && TryMultiply(other.numerator, Denominator, out Int128 r))
        {
            return l.CompareTo(r);
        }

        BigInteger left = (BigInteger)numerator * (BigInteger)other.Denominator;
        BigInteger right = (BigInteger)other.numerator * (BigInteger)Denominator;
        return left.CompareTo(right);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Ratio.", nameof(obj)),
    };

    /// <summary>The exact value: its decimal expansion when finite ("1.96105"), else the fraction ("1/3").</summary>
    /// <returns>The canonical, culture-invariant text, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>Formats with a standard format string (<c>"G"</c>, <c>"F4"</c>, <c>"W2"</c>), culture-invariant; see
    /// <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format) => ToString(DisplayFormat.Parse(format), null);

    /// <summary>Formats with a standard format string (<c>"G"</c>, <c>"F4"</c>); see <see cref="DisplayFormat"/>.</summary>
    /// <remarks>Every format reads back through <see cref="Parse(string)"/>: the exact formats (<c>"G"</c>, <c>"F"</c>,
    /// <c>"W"</c>, <c>"Y"</c>, <c>"WY"</c>) to this ratio, a rounded format to the rounded value — unless that rounded value itself
    /// does not fit a ratio's 128-bit terms (many decimals of a large value), when <see cref="Parse(string)"/> rejects it.</remarks>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <param name="formatProvider">Chooses English digit grouping for en cultures; otherwise ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(DisplayFormat.Parse(format), formatProvider);

    /// <summary>Formats with a <see cref="DisplayFormat"/> (its scale divides the value: 12 345 in <c>W2</c> is "1.23万").</summary>
    /// <param name="format">The display format.</param>
    /// <param name="formatProvider">Chooses English digit grouping for en cultures; otherwise ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(DisplayFormat format, IFormatProvider? formatProvider) =>
        FigureWriter.Format(numerator, Denominator, -(int)format.Scale, format, FigureLanguages.From(formatProvider), NoUnit);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        DisplayFormat display = DisplayFormat.Parse(format);
        return FigureWriter.TryWrite(destination, out charsWritten, numerator, Denominator, -(int)display.Scale, display, FigureLanguages.From(provider), NoUnit);
    }

    /// <summary>Reads a ratio: a decimal number of any length ("1.96105", "-0.5"), a fraction ("39221/20000"), optionally
    /// followed by a scale ("1.23万", "1.23 × 10⁴", "1.23万亿", as <c>"W"</c>, <c>"Y"</c> and <c>"WY"</c> write it).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a ratio, or denotes one whose numerator or denominator
    /// in lowest terms exceeds 2¹²⁷ − 1; the message gives the position.</exception>
    public static Ratio Parse(string s) => FigureParsing.Parse<Ratio>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static Ratio Parse(string s, IFormatProvider? provider) => FigureParsing.Parse<Ratio>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static Ratio Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FigureParsing.Parse<Ratio>(s);

    /// <summary>Tries to read a ratio; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The ratio, or zero when the text is not one.</param>
    /// <returns>Whether the text was a ratio.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Ratio result) => FigureParsing.TryParse(s, out result);

    /// <summary>Tries to read a ratio; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <param name="result">The ratio, or zero when the text is not one.</param>
    /// <returns>Whether the text was a ratio.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Ratio result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Ratio)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Ratio result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static string IFigure<Ratio>.TypeName => nameof(Ratio);

    /// <inheritdoc/>
    static bool IFigure<Ratio>.TryRead(ReadOnlySpan<char> text, out Ratio value, out ParseFailure failure)
    {
        return FigureParser.TryParseRatio(text, Syntax, 0, out value, out failure);
    }

    /// <summary>Exact sum or difference. The common case (small terms) stays in Int128 without allocating; only when a
    /// 128-bit intermediate overflows is the exact result computed in BigInteger, reduced, and checked.</summary>
    private static Ratio AddOrSubtract(Ratio left, Ratio right, bool subtract)
    {
        Int128 ld = left.Denominator;
        Int128 rd = right.Denominator;
        Int128 rn = right.numerator;
        if (left.denominatorMinusOne == right.denominatorMinusOne)
        {
            // Same denominator: the sum of numerators over it (no Int128 product needed).
            Int128 sum = unchecked(subtract ? left.numerator - rn : left.numerator + rn);
            bool overflow = subtract
                ? ((left.numerator ^ rn) & (left.numerator ^ sum)) < 0
                : ((left.numerator ^ sum) & (rn ^ sum)) < 0;
            if (!overflow && sum != Int128.MinValue)
            {
                return new Ratio(sum, ld);
            }
        }
        else
        {
            Int128 gcd = Gcd(ld, rd);
            Int128 l = rd / gcd;
            Int128 r = ld / gcd;
            if (TryMultiply(left.numerator, l, out Int128 a)
                && TryMultiply(rn, r, out Int128 b)
                && TryMultiply(ld, l, out Int128 denominator))
            {
                Int128 sum = unchecked(subtract ? a - b : a + b);
                bool overflow = subtract ? ((a ^ b) & (a ^ sum)) < 0 : ((a ^ sum) & (b ^ sum)) < 0;
                if (!overflow && sum != Int128.MinValue)
                {
                    return new Ratio(sum, denominator);
                }
            }
        }

        return AddExactly(left, right, subtract);
    }

    private static Ratio AddExactly(Ratio left, Ratio right, bool subtract)
    {
        BigInteger ld = left.Denominator;
        BigInteger rd = right.Denominator;
        BigInteger rn = subtract ? -(BigInteger)right.numerator : right.numerator;
        BigInteger numerator = ((BigInteger)left.numerator * rd) + (rn * ld);
        BigInteger denominator = ld * rd;
        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        numerator /= gcd;
        denominator /= gcd;
        if (BigInteger.Abs(numerator) <= MaxTerm && denominator <= MaxTerm)
        {
            return FromLowestTerms((Int128)numerator, (Int128)denominator);
        }

        string symbol = subtract ? "−" : "+";
        string operation = subtract ? "subtraction" : "addition";
        throw new OverflowException($"Ratio {operation} overflowed: {left} {symbol} {right} in lowest terms does not fit 128-bit terms.");
    }

    /// <summary>A ratio from terms already in lowest terms with a positive denominator (no gcd taken).</summary>
    private static Ratio FromLowestTerms(Int128 numerator, Int128 denominator) => new(numerator, denominator, lowestTerms: true);

    /// <summary>The product of two 128-bit integers, or <c>false</c> when it does not fit.</summary>
    private static bool TryMultiply(Int128 a, Int128 b, out Int128 product)
    {
        Int128 absA = Int128.Abs(a);
        Int128 absB = Int128.Abs(b);

        // Bit lengths adding to at most 127 always fit (the common case, no division); otherwise check exactly.
        if (256 - (int)Int128.LeadingZeroCount(absA) - (int)Int128.LeadingZeroCount(absB) > 127
            && absA != 0 && absB > Int128.MaxValue / absA)
        {
            product = 0;
            return false;
        }

        product = a * b;
        return true;
    }

    /// <summary>The greatest common divisor of <paramref name="a"/> ≥ 0 and <paramref name="b"/> > 0 (a denominator), so at
    /// least 1.</summary>
    internal static Int128 Gcd(Int128 a, Int128 b)
    {
        Debug.Assert(a >= 0 && b > 0, "every caller passes a magnitude and a denominator");
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
