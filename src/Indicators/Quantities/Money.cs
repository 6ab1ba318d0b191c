using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;

namespace Indicators.Quantities;

/// <summary>
/// An amount of Chinese yuan (CNY), exact to the fen (0.01 元), stored as a whole number of fen in a 64-bit integer.
/// </summary>
/// <remarks>
/// <para>A <see cref="Money"/> is 8 bytes; sums run at integer speed and are checked: an overflow throws
/// <see cref="OverflowException"/>, it never wraps. The range is ±92 233 720 368 547 758.07 元.</para>
/// <para>A sub-fen amount cannot exist: <see cref="FromYuan(decimal)"/> and the other factories throw on one, and
/// multiplication or division whose exact result is finer than a fen takes an explicit <see cref="RoundingMode"/>.
/// 万, 亿 and 万亿 are presentation only (<see cref="Wan"/>, <see cref="Yi"/>, format strings <c>"W2"</c>, <c>"Y2"</c>, <c>"WY2"</c>).</para>
/// <para><c>default</c> is <see cref="Zero"/>. Equality and ordering are those of the amounts.
/// This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.MoneyJsonConverter))]
public readonly partial struct Money : IOrderedQuantity<Money>, ILongBacked
{
    private const long FenPerYuan = 100;
    private const decimal FenPerWan = 1_000_000m;
    private const decimal FenPerYi = 10_000_000_000m;

    private readonly long fen;

    private Money(long fen) => this.fen = fen;

    /// <summary>No money (0 元); also <c>default</c>.</summary>
    public static Money Zero => default;

    /// <summary>The largest amount: 92 233 720 368 547 758.07 元.</summary>
    public static Money MaxValue => new(long.MaxValue);

    /// <summary>The smallest amount: −92 233 720 368 547 758.08 元.</summary>
    public static Money MinValue => new(long.MinValue);

    /// <inheritdoc />
    static Money IAdditiveIdentity<Money, Money>.AdditiveIdentity => default;

    /// <summary>The amount in fen (分), the base unit.</summary>
    public long Fen => fen;

    /// <summary>The amount in 元, exactly (a fen is 0.01).</summary>
    public decimal Yuan => fen / (decimal)FenPerYuan;

    /// <summary>The amount in 万元, exactly (1 252.7万元 is 12 527 000 元).</summary>
    public decimal Wan => fen / FenPerWan;

    /// <summary>The amount in 亿元, exactly (147.16亿元 is 14 716 000 000 元).</summary>
    public decimal Yi => fen / FenPerYi;

    /// <inheritdoc />
    long IQuantity<Money>.BaseUnits => fen;

    /// <inheritdoc />
    static int IQuantity<Money>.BaseUnitExponent => 2;

    /// <inheritdoc />
    static bool IQuantity<Money>.IsSigned => true;

    /// <summary>The amount of <paramref name="fen"/> fen.</summary>
    /// <param name="fen">A whole number of fen (1 元 = 100 fen).</param>
    /// <returns>The amount.</returns>
    public static Money FromFen(long fen) => new(fen);

    /// <summary>The amount of <paramref name="yuan"/> 元, which must be a whole number of fen.</summary>
    /// <param name="yuan">The amount in 元, for example 500 or 6051.56.</param>
    /// <returns>The amount, exactly.</returns>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> is finer than a fen (for example 0.001).</exception>
    /// <exception cref="OverflowException"><paramref name="yuan"/> is outside the range of <see cref="Money"/>.</exception>
    public static Money FromYuan(decimal yuan) => FromScaled(yuan, FenPerYuan, nameof(yuan), "元");

    /// <summary>The amount of <paramref name="wan"/> 万元 (10 000 元 each), which must be a whole number of fen.</summary>
    /// <param name="wan">The amount in 万元, for example 1252.7 or 2369.79.</param>
    /// <returns>The amount, exactly.</returns>
    /// <exception cref="ArgumentException"><paramref name="wan"/> is finer than a fen (more than six decimals).</exception>
    /// <exception cref="OverflowException"><paramref name="wan"/> is outside the range of <see cref="Money"/>.</exception>
    public static Money FromWan(decimal wan) => FromScaled(wan, FenPerWan, nameof(wan), "万元");

    /// <summary>The amount of <paramref name="yi"/> 亿元 (100 000 000 元 each), which must be a whole number of fen.</summary>
    /// <param name="yi">The amount in 亿元, for example 147.16.</param>
    /// <returns>The amount, exactly.</returns>
    /// <exception cref="ArgumentException"><paramref name="yi"/> is finer than a fen (more than ten decimals).</exception>
    /// <exception cref="OverflowException"><paramref name="yi"/> is outside the range of <see cref="Money"/>.</exception>
    public static Money FromYi(decimal yi) => FromScaled(yi, FenPerYi, nameof(yi), "亿元");

    /// <summary>Whether this amount equals <paramref name="other"/>.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns><c>true</c> when both are the same number of fen.</returns>
    public bool Equals(Money other) => fen == other.fen;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => fen.GetHashCode();

    /// <summary>Compares this amount with <paramref name="other"/>.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Money other) => fen.CompareTo(other.fen);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
    };

    private static Money FromScaled(decimal value, decimal fenPerUnit, string paramName, string unit) =>
        ScaledDecimal.TryToBaseUnits(value, fenPerUnit, out long fen) switch
        {
            ScaleProblem.None => new Money(fen),
            ScaleProblem.NotWhole => throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{value} {unit} is finer than a fen (0.01 元); Money holds whole fen. Round it first with Rounding.Round if that is what you mean."),
                paramName),
            _ => throw OutOfRange(value, unit),
        };

    private static OverflowException OutOfRange(decimal value, string unit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{value} {unit} is outside the range of Money (±92 233 720 368 547 758.07 元)."));

    private static Money FromProduct(BigInteger fen, string operation) =>
        fen < long.MinValue || fen > long.MaxValue
            ? throw new OverflowException($"Money {operation} overflowed: the result is outside the range of Money (±92 233 720 368 547 758.07 元).")
            : new Money((long)fen);
}
