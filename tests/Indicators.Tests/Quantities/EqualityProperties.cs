using Indicators.Quantities;
using Indicators.Tests.Support;

namespace Indicators.Tests.Quantities;

/// <summary>Equality, hash code and ordering agree with each other and with the underlying exact values.</summary>
public class EqualityProperties
{
    [QuantityProperty]
    public bool Money_Agrees(Money a, Money b) => Agrees(a, b, a.Fen.CompareTo(b.Fen));

    [QuantityProperty]
    public bool Money_AgreesWithCopy(Money a) => Agrees(a, Money.FromFen(a.Fen), 0);

    [QuantityProperty]
    public bool Headcount_Agrees(Headcount a, Headcount b) => Agrees(a, b, a.Persons.CompareTo(b.Persons));

    [QuantityProperty]
    public bool HeadcountChange_Agrees(HeadcountChange a, HeadcountChange b) => Agrees(a, b, a.Persons.CompareTo(b.Persons));

    [QuantityProperty]
    public bool Count_Agrees(Count<Enterprises> a, Count<Enterprises> b) => Agrees(a, b, a.Value.CompareTo(b.Value));

    [QuantityProperty]
    public bool UnitCount_EqualityAgreesWithValueAndUnit(UnitCount a, UnitCount b)
    {
        bool expected = a.Value == b.Value && ReferenceEquals(a.Unit, b.Unit);
        return (a == b) == expected
            && (a != b) == !expected
            && a.Equals(b) == expected
            && a.Equals((object)b) == expected
            && (!expected || a.GetHashCode() == b.GetHashCode());
    }

    [QuantityProperty]
    public bool Ratio_Agrees(Ratio a, Ratio b) => Agrees(a, b, CrossCompare(a, b));

    [QuantityProperty]
    public bool Ratio_EqualValuesInOtherTerms_AreEqual(Ratio a, int factor)
    {
        long k = (factor % 1000) is 0 ? 7 : factor % 1000;
        var scaled = new Ratio(a.Numerator * k, a.Denominator * k);
        return Agrees(a, scaled, 0);
    }

    [QuantityProperty]
    public bool Percent_Agrees(Percent a, Percent b) => Agrees(a, b, CrossCompare(a.Ratio, b.Ratio));

    [QuantityProperty]
    public bool PercentagePoints_Agrees(PercentagePoints a, PercentagePoints b) => Agrees(a, b, CrossCompare(a.Ratio, b.Ratio));

    /// <summary>The reference order of two ratios, by cross-multiplying in big integers (independent of Ratio.CompareTo).</summary>
    private static int CrossCompare(Ratio a, Ratio b) =>
        System.Numerics.BigInteger.Multiply(a.Numerator, b.Denominator)
            .CompareTo(System.Numerics.BigInteger.Multiply(b.Numerator, a.Denominator));

    private static bool Agrees<T>(T a, T b, int expectedSign)
        where T : struct, System.IComparable<T>, System.IEquatable<T>, System.Numerics.IComparisonOperators<T, T, bool>
    {
        int sign = System.Math.Sign(a.CompareTo(b));
        bool equal = a.Equals(b);
        return sign == System.Math.Sign(expectedSign)
            && equal == (sign == 0)
            && (a == b) == equal
            && (a != b) == !equal
            && a.Equals((object)b) == equal
            && (!equal || a.GetHashCode() == b.GetHashCode())
            && (a < b) == (sign < 0)
            && (a > b) == (sign > 0)
            && (a <= b) == (sign <= 0)
            && (a >= b) == (sign >= 0)
            && System.Math.Sign(b.CompareTo(a)) == -sign;
    }
}
