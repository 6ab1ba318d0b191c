using System;
using Indicators.Quantities;
using Indicators.Tests.Support;

namespace Indicators.Tests.Quantities;

/// <summary>万 and 亿 are presentation: converting to a scale and back is the identity on the fen (or person) grid.</summary>
public class ScaleRoundTripProperties
{
    [QuantityProperty]
    public bool Money_FromWan_RoundTrips(long fen)
    {
        decimal wan = fen / 1_000_000m; // every x on the fen grid, in 万元
        return Money.FromWan(wan).Wan == wan && Money.FromWan(wan).Fen == fen;
    }

    [QuantityProperty]
    public bool Money_FromYi_RoundTrips(long fen)
    {
        decimal yi = fen / 10_000_000_000m;
        return Money.FromYi(yi).Yi == yi && Money.FromYi(yi).Fen == fen;
    }

    [QuantityProperty]
    public bool Money_FromYuan_RoundTrips(long fen)
    {
        decimal yuan = fen / 100m;
        return Money.FromYuan(yuan).Yuan == yuan && Money.FromYuan(yuan).Fen == fen;
    }

    [QuantityProperty]
    public bool Money_OffGrid_Throws(long fen, byte extra)
    {
        decimal offGrid = (fen / 100m) + ((1 + (extra % 9)) / 1000m); // one more digit below the fen
        try
        {
            Money.FromYuan(offGrid);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [QuantityProperty]
    public bool Headcount_FromWan_RoundTrips(Headcount headcount) =>
        Headcount.FromWan(headcount.Wan) == headcount && Headcount.FromWan(headcount.Persons / 10_000m).Persons == headcount.Persons;

    [QuantityProperty]
    public bool Count_FromWan_RoundTrips(Count<Enterprises> count) => Count<Enterprises>.FromWan(count.Wan) == count;
}
