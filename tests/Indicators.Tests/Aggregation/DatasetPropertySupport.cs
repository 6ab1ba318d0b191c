using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Tests.Support;
using static Indicators.Catalog.TemporalNature;

namespace Indicators.Tests.Aggregation;

/// <summary>The small catalog the dataset properties use, and the hand arithmetic they check the library against.</summary>
internal static class DatasetPropertySupport
{
    /// <summary>Cumulative, flow and stock indicators of persons, money and enterprises, and a rate recomputed from two of them.</summary>
    internal static readonly IndicatorCatalog TestCatalog = IndicatorCatalog.Create(
    [
        IndicatorDefinition.Persons("persons-total", Cumulative, "人数", englishName: "Persons"),
        IndicatorDefinition.Money("money-total", Cumulative, "金额", englishName: "Amount"),
        IndicatorDefinition.Count("enterprises-total", CountUnit.Enterprises, Cumulative, "企业数", englishName: "Enterprises"),
        IndicatorDefinition.Persons("persons-flow", Flow, "月人数"),
        IndicatorDefinition.Money("money-flow", Flow, "月金额"),
        IndicatorDefinition.Count("enterprises-flow", CountUnit.Enterprises, Flow, "月企业数"),
        IndicatorDefinition.Persons("unemployed", Stock, "失业人数"),
        IndicatorDefinition.Persons("labour-force", Stock, "劳动力"),
        IndicatorDefinition.Rate("unemployment-rate", RegionalRollup.Ratio("unemployed", "labour-force"), "失业率", englishName: "Unemployment rate"),
    ]);

    /// <summary>The year 2020 to the end of October: the reference report's period.</summary>
    internal static readonly ReportingPeriod Period = ReportingPeriod.YearToDate(new NodaTime.LocalDate(2020, 10, 31));

    /// <summary>The cumulative indicator of a quantity.</summary>
    internal static string CumulativeOf(GeneratedQuantity quantity) => quantity switch
    {
        GeneratedQuantity.Money => "money-total",
        GeneratedQuantity.Enterprises => "enterprises-total",
        _ => "persons-total",
    };

    /// <summary>The flow indicator of a quantity.</summary>
    internal static string FlowOf(GeneratedQuantity quantity) => quantity switch
    {
        GeneratedQuantity.Money => "money-flow",
        GeneratedQuantity.Enterprises => "enterprises-flow",
        _ => "persons-flow",
    };

    /// <summary>Adds a generated figure with the typed overload of its quantity.</summary>
    internal static DatasetBuilder Add(this DatasetBuilder builder, string indicator, string region, ReportingPeriod period, GeneratedFigure figure) =>
        figure.Quantity switch
        {
            GeneratedQuantity.Money => builder.Add(indicator, region, period, figure.AsMoney()),
            GeneratedQuantity.Enterprises => builder.Add(indicator, region, period, figure.AsEnterprises()),
            _ => builder.Add(indicator, region, period, figure.AsPersons()),
        };

    /// <summary>Base units in the unit a derived figure holds (元 for money).</summary>
    internal static Ratio InUnits(BigInteger baseUnits, GeneratedQuantity quantity) =>
        new((Int128)baseUnits, quantity == GeneratedQuantity.Money ? 100 : 1);

    /// <summary>A figure's interval of true values in half base units (so that half a step is whole), worked out here from
    /// its printing by DESIGN rule 7: null ends are unbounded.</summary>
    internal static HandInterval Interval(GeneratedFigure f)
    {
        BigInteger v2 = 2 * (BigInteger)f.BaseUnits;
        BigInteger s = f.Step; // half a step, doubled
        BigInteger place = f.Step;
        for (long d = f.Digits; d != 0 && d % 10 == 0; d /= 10)
        {
            place *= 10;
        }

        HandInterval interval = f.Qualifier switch
        {
            Qualifier.None when f.Step <= 1 => new(v2, true, v2, true),
            Qualifier.None => new(v2 - s, true, v2 + s, false),
            Qualifier.Approximately => new(v2 - place, true, v2 + place, false),
            Qualifier.Span => new(v2, true, v2 + (2 * place), false),
            Qualifier.AtLeast => new(v2, f.Inclusive, null, false),
            _ => new(null, false, v2, f.Inclusive),
        };
        bool nonNegative = f.Quantity != GeneratedQuantity.Money;
        return nonNegative && (interval.Lower is not { } low || low < 0) ? interval with { Lower = 0, LowerClosed = true } : interval;
    }

    /// <summary>The interval of every sum of values from the intervals.</summary>
    internal static HandInterval SumOf(IEnumerable<HandInterval> intervals)
    {
        BigInteger? lower = 0;
        BigInteger? upper = 0;
        bool lowerClosed = true;
        bool upperClosed = true;
        foreach (HandInterval i in intervals)
        {
            lower = lower is { } l && i.Lower is { } il ? l + il : null;
            upper = upper is { } u && i.Upper is { } iu ? u + iu : null;
            lowerClosed &= i.LowerClosed;
            upperClosed &= i.UpperClosed;
        }

        return new HandInterval(lower, lowerClosed, upper, upperClosed);
    }
}

/// <summary>An interval with ends that may be open, closed or absent (unbounded), in whole numbers of some unit.</summary>
internal readonly record struct HandInterval(BigInteger? Lower, bool LowerClosed, BigInteger? Upper, bool UpperClosed)
{
    /// <summary>Whether the two intervals share a point.</summary>
    internal bool Intersects(HandInterval other)
    {
        (BigInteger? low, bool lowClosed) = (Lower, other.Lower) switch
        {
            (null, _) => (other.Lower, other.LowerClosed),
            (_, null) => (Lower, LowerClosed),
            ({ } a, { } b) when a == b => (a, LowerClosed && other.LowerClosed),
            ({ } a, { } b) => a > b ? (a, LowerClosed) : (b, other.LowerClosed),
        };
        (BigInteger? high, bool highClosed) = (Upper, other.Upper) switch
        {
            (null, _) => (other.Upper, other.UpperClosed),
            (_, null) => (Upper, UpperClosed),
            ({ } a, { } b) when a == b => (a, UpperClosed && other.UpperClosed),
            ({ } a, { } b) => a < b ? (a, UpperClosed) : (b, other.UpperClosed),
        };
        return low is not { } l || high is not { } h || l < h || (l == h && lowClosed && highClosed);
    }
}
