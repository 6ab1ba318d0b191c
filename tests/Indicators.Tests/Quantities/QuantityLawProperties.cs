using System;
using Indicators.Quantities;
using Indicators.Tests.Support;

namespace Indicators.Tests.Quantities;

/// <summary>
/// Addition and subtraction laws for every additive quantity: commutative, associative, zero is the identity,
/// and subtraction undoes addition. Values are bounded so that three-term sums never overflow.
/// </summary>
public class QuantityLawProperties
{
    [QuantityProperty]
    public bool Money_Laws(Money a, Money b, Money c) => Laws(a, b, c) && a - b == -(b - a);

    [QuantityProperty]
    public bool Headcount_Laws(Headcount a, Headcount b, Headcount c) => Laws(a, b, c);

    [QuantityProperty]
    public bool HeadcountChange_Laws(HeadcountChange a, HeadcountChange b, HeadcountChange c) => Laws(a, b, c) && a - b == -(b - a);

    [QuantityProperty]
    public bool Count_Laws(Count<Enterprises> a, Count<Enterprises> b, Count<Enterprises> c) => Laws(a, b, c);

    [QuantityProperty]
    public bool UnitCount_Laws(UnitCount a, UnitCount b, UnitCount c) => Laws(a, b, c);

    [QuantityProperty]
    public bool Money_AdditionMatchesTheIntegerSum(Money a, Money b) => (a + b).Fen == checked(a.Fen + b.Fen);

    [QuantityProperty]
    public bool Headcount_ChangeFromThenPlus_RoundTrips(Headcount a, Headcount b) =>
        b.Plus(a.ChangeFrom(b)) == a && a.ChangeFrom(b).Persons == a.Persons - b.Persons;

    [QuantityProperty]
    public bool Headcount_SubtractionBelowZero_Throws(Headcount a, Headcount b)
    {
        if (a >= b)
        {
            return (a - b).Persons == a.Persons - b.Persons;
        }

        try
        {
            _ = a - b;
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }

    [QuantityProperty]
    public bool Sum_EqualsRepeatedAddition(Money a, Money b, Money c) =>
        Quantity.Sum<Money>([a, b, c]) == a + b + c && Quantity.Sum<Money>([]) == Money.Zero;

    [QuantityProperty]
    public bool Sum_OfEveryLongBackedQuantity_EqualsRepeatedAddition(Headcount a, Headcount b, Count<Enterprises> c, Count<Enterprises> d, HeadcountChange e, HeadcountChange f) =>
        Quantity.Sum<Headcount>([a, b]) == a + b
        && Quantity.Sum<Count<Enterprises>>([c, d]) == c + d
        && Quantity.Sum<HeadcountChange>([e, f, e]) == e + f + e
        && Quantity.Sum<UnitCount>([c, d]) == c.ToUnitCount() + d;

    /// <summary>The laws themselves, stated once for every quantity type.</summary>
    private static bool Laws<T>(T a, T b, T c)
        where T : struct, IQuantity<T>
    {
        T zero = T.AdditiveIdentity;
        bool commutative = a + b == b + a;
        bool associative = (a + b) + c == a + (b + c);
        bool identity = a + zero == a && zero + a == a && a - zero == a;
        bool inverse = (a + b) - b == a && (a + b) - a == b;
        return commutative && associative && identity && inverse;
    }
}
