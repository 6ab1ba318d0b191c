using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <content>Arithmetic, comparison and the operators.</content>
public readonly partial struct Money :
    IUnaryNegationOperators<Money, Money>,
    IMultiplyOperators<Money, long, Money>,
    IDivisionOperators<Money, Money, Ratio>
{
    /// <summary>Adds two amounts; checked.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="Money"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        long sum = unchecked(left.fen + right.fen);
        if (((left.fen ^ sum) & (right.fen ^ sum)) < 0)
        {
            ThrowOverflow("addition", left, "+", right);
        }

        return new Money(sum);
    }

    /// <summary>Subtracts one amount from another; checked.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference, which may be negative.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="Money"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        long difference = unchecked(left.fen - right.fen);
        if (((left.fen ^ right.fen) & (left.fen ^ difference)) < 0)
        {
            ThrowOverflow("subtraction", left, "−", right);
        }

        return new Money(difference);
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="MinValue"/>.</exception>
    public static Money operator -(Money value) =>
        value.fen == long.MinValue
            ? throw new OverflowException("Money negation overflowed: −MinValue is outside the range of Money.")
            : new Money(-value.fen);

    /// <summary>Multiplies an amount by a whole number (3 175 人 × 500 元): always exact; checked.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The whole-number factor.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    public static Money operator *(Money left, long right) => Multiply(left, right);

    /// <summary>Multiplies an amount by a whole number; checked.</summary>
    /// <param name="left">The whole-number factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    public static Money operator *(long left, Money right) => Multiply(right, left);

    /// <summary>The exact ratio of two amounts (fees returned ÷ fees cut), with no rounding.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The exact, dimensionless ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Ratio operator /(Money left, Money right) => Divide(left, right);

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when they are the same number of fen.</returns>
    public static bool operator ==(Money left, Money right) => left.fen == right.fen;

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(Money left, Money right) => left.fen != right.fen;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Money left, Money right) => left.fen < right.fen;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Money left, Money right) => left.fen > right.fen;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Money left, Money right) => left.fen <= right.fen;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Money left, Money right) => left.fen >= right.fen;

    /// <summary>Adds two amounts (the named form of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="Money"/>.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts one amount from another (the named form of <c>−</c>).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="Money"/>.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount (the named form of unary <c>−</c>).</summary>
    /// <param name="value">The amount.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="MinValue"/>.</exception>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies an amount by a whole number (the named form of <c>*</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The whole-number factor.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    public static Money Multiply(Money money, long factor) =>
        FromProduct((BigInteger)money.fen * factor, "multiplication");

    /// <summary>Multiplies an amount by a whole number (the named form of <c>long * Money</c>).</summary>
    /// <param name="factor">The whole-number factor.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    public static Money Multiply(long factor, Money money) => Multiply(money, factor);

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><paramref name="left"/> when the two are equal.</returns>
    public static Money Min(Money left, Money right) => right.fen < left.fen ? right : left;

    /// <summary>The larger of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><paramref name="left"/> when the two are equal.</returns>
    public static Money Max(Money left, Money right) => right.fen > left.fen ? right : left;

    /// <summary>The exact ratio of two amounts (the named form of <c>/</c>).</summary>
    /// <param name="dividend">The dividend.</param>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Ratio Divide(Money dividend, Money divisor) =>
        divisor.fen == 0
            ? throw new DivideByZeroException($"Cannot divide {dividend} by zero money.")
            : new Ratio(dividend.fen, divisor.fen);

    /// <summary>This amount plus <paramref name="other"/> (the fluent form of <c>+</c>).</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="Money"/>.</exception>
    public Money Plus(Money other) => this + other;

    /// <summary>This amount minus <paramref name="other"/> (the fluent form of <c>−</c>).</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="Money"/>.</exception>
    public Money Minus(Money other) => this - other;

    /// <summary>
    /// This amount times a decimal factor, rounded to the fen with <paramref name="mode"/>
    /// (贴息 at 10.19%: <c>loans.Times(0.1019m, RoundingMode.HalfAwayFromZero)</c>). The product is computed exactly
    /// first and rounded once.
    /// </summary>
    /// <param name="factor">The factor.</param>
    /// <param name="mode">How to round a product finer than a fen.</param>
    /// <returns>The product, to the fen.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="RoundingMode"/> and
    /// the product is finer than a fen.</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    public Money Times(decimal factor, RoundingMode mode)
    {
        Ratio exact = Ratio.FromDecimal(factor);
        return FromProduct(
            Rounding.Divide((BigInteger)fen * (BigInteger)exact.Numerator, (BigInteger)exact.Denominator, mode),
            "multiplication");
    }

    /// <summary>This amount times an exact ratio, rounded to the fen with <paramref name="mode"/>.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="mode">How to round a product finer than a fen.</param>
    /// <returns>The product, to the fen.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="RoundingMode"/> and
    /// the product is finer than a fen.</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    public Money Times(Ratio factor, RoundingMode mode) =>
        FromProduct(
            Rounding.Divide((BigInteger)fen * (BigInteger)factor.Numerator, (BigInteger)factor.Denominator, mode),
            "multiplication");

    /// <summary>This amount divided by a decimal, rounded to the fen with <paramref name="mode"/>.</summary>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <param name="mode">How to round a quotient finer than a fen.</param>
    /// <returns>The quotient, to the fen.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="RoundingMode"/> and
    /// the quotient is finer than a fen.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of <see cref="Money"/>.</exception>
    public Money DividedBy(decimal divisor, RoundingMode mode)
    {
        if (divisor == 0)
        {
            throw new DivideByZeroException($"Cannot divide {this} by zero.");
        }

        Ratio exact = Ratio.FromDecimal(divisor);
        return FromProduct(
            Rounding.Divide((BigInteger)fen * (BigInteger)exact.Denominator, (BigInteger)exact.Numerator, mode),
            "division");
    }

    /// <summary>This amount split <paramref name="divisor"/> ways, rounded to the fen with <paramref name="mode"/>.</summary>
    /// <param name="divisor">The number of shares; not zero.</param>
    /// <param name="mode">How to round a share finer than a fen.</param>
    /// <returns>One share, to the fen.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="RoundingMode"/> and
    /// the quotient is finer than a fen.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of <see cref="Money"/> (<see cref="MinValue"/>
    /// split −1 ways).</exception>
    public Money DividedBy(long divisor, RoundingMode mode) =>
        divisor == 0
            ? throw new DivideByZeroException($"Cannot divide {this} by zero.")
            : FromProduct(Rounding.Divide((BigInteger)fen, divisor, mode), "division");

    /// <summary>
    /// The amount per person, rounded to the fen with <paramref name="mode"/>
    /// (2 369.79万元 for 3 916 人 is 6 051.56 元 per person, half away from zero).
    /// </summary>
    /// <param name="persons">The number of persons; not zero.</param>
    /// <param name="mode">How to round a share finer than a fen.</param>
    /// <returns>The amount per person, to the fen.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="persons"/> is zero.</exception>
    public Money PerPerson(Headcount persons, RoundingMode mode) =>
        persons.Persons == 0
            ? throw new DivideByZeroException($"Cannot share {this} among zero persons.")
            : DividedBy(persons.Persons, mode);

    /// <summary>The amount per counted unit (per enterprise, per position …), rounded to the fen with <paramref name="mode"/>.</summary>
    /// <typeparam name="TUnit">The counted unit.</typeparam>
    /// <param name="count">The count; not zero.</param>
    /// <param name="mode">How to round a share finer than a fen.</param>
    /// <returns>The amount per unit, to the fen.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="count"/> is zero.</exception>
    public Money Per<TUnit>(Count<TUnit> count, RoundingMode mode)
        where TUnit : ICountUnit =>
        count.Value == 0
            ? throw new DivideByZeroException($"Cannot share {this} among zero {TUnit.Unit.EnglishPlural}.")
            : DividedBy(count.Value, mode);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow(string operation, Money left, string symbol, Money right) =>
        Preconditions.ThrowOverflow($"Money {operation} overflowed: {left} {symbol} {right} is outside the range of Money (±92 233 720 368 547 758.07 元).");
}
