using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <content>The report's own arithmetic, from observations named by indicator code.</content>
public sealed partial class Dataset
{
    /// <summary>The total of several indicators of one quantity for a region and period: fees cut + fees returned +
    /// subsidies paid = 58.19亿元.</summary>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period.</param>
    /// <param name="indicators">The indicators' codes; at least one, all of one quantity (and unit, for counts).</param>
    /// <returns>The total, with its bounds.</returns>
    /// <exception cref="ArgumentException">An indicator or the region is unknown, none is given, one is given twice, or they
    /// are of different quantities or units.</exception>
    /// <exception cref="KeyNotFoundException">A figure is not in the dataset.</exception>
    public DerivedFigure Total(string region, ReportingPeriod period, params string[] indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        if (indicators.Length == 0)
        {
            throw new ArgumentException("A total needs at least one indicator.", nameof(indicators));
        }

        if (indicators.Distinct(StringComparer.Ordinal).Count() != indicators.Length)
        {
            throw new ArgumentException($"A total names each indicator once; got {string.Join(", ", indicators)}.", nameof(indicators));
        }

        IndicatorDefinition first = Catalog.At(IndicatorIndex(indicators[0]));
        var parts = new List<Observation>(indicators.Length);
        foreach (string code in indicators)
        {
            IndicatorDefinition definition = Catalog.At(IndicatorIndex(code));
            if (definition.Quantity != first.Quantity || definition.Unit != first.Unit)
            {
                throw new ArgumentException(
                    $"A total adds figures of one quantity: \"{first.Code}\" is {Observation.Describe(first)}, \"{definition.Code}\" is {Observation.Describe(definition)}.",
                    nameof(indicators));
            }

            parts.Add(Find(code, region, period));
        }

        return SumOf(first, parts);
    }

    /// <summary>The money per counted unit or person (an average): "五减" relief of 147.16亿元 over 约115万家 enterprises
    /// is 12 796.52 元 per enterprise, with bounds from 约.</summary>
    /// <param name="amount">The code of a money indicator.</param>
    /// <param name="count">The code of an indicator of persons or a count.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period of both figures.</param>
    /// <returns>The average in 元 per unit.</returns>
    /// <exception cref="ArgumentException">An indicator or the region is unknown, or the indicators are not money and a
    /// count; or as <see cref="PublishedArithmetic.PerUnit{TCount}"/> throws.</exception>
    /// <exception cref="KeyNotFoundException">A figure is not in the dataset.</exception>
    public DerivedFigure PerUnit(string amount, string count, string region, ReportingPeriod period)
    {
        PublishedFigure<Money> total = MoneyOf(amount, region, period, nameof(amount));
        Observation divisor = Find(count, region, period);
        return divisor.Indicator.Quantity switch
        {
            IndicatorQuantity.Persons => PublishedArithmetic.PerUnit(total, divisor.AsPersons()),
            IndicatorQuantity.Count => PublishedArithmetic.PerUnit(total, divisor.AsCount()),
            _ => throw new ArgumentException($"Money is averaged over persons or a count; \"{count}\" is {Observation.Describe(divisor.Indicator)}.", nameof(count)),
        };
    }

    /// <summary>The share one indicator's figure is of another's of the same quantity, in percent: interest subsidies of
    /// 1 814.6万元 on 1.78亿元 of guarantee loans are 10.19%.</summary>
    /// <param name="part">The code of the part's indicator.</param>
    /// <param name="whole">The code of the whole's indicator.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period of both figures.</param>
    /// <returns>The share, with its bounds.</returns>
    /// <exception cref="ArgumentException">An indicator or the region is unknown, the two are of different quantities, or
    /// they are rates; or as <see cref="PublishedArithmetic.Share{T}"/> throws.</exception>
    /// <exception cref="KeyNotFoundException">A figure is not in the dataset.</exception>
    public DerivedFigure Share(string part, string whole, string region, ReportingPeriod period)
    {
        Observation p = Find(part, region, period);
        Observation w = Find(whole, region, period);
        if (p.Indicator.Quantity != w.Indicator.Quantity || p.Indicator.Unit != w.Indicator.Unit)
        {
            throw new ArgumentException($"A share divides figures of one quantity: \"{part}\" is {Observation.Describe(p.Indicator)}, \"{whole}\" is {Observation.Describe(w.Indicator)}.", nameof(whole));
        }

        return p.Indicator.Quantity switch
        {
            IndicatorQuantity.Money => PublishedArithmetic.Share(p.AsMoney(), w.AsMoney()),
            IndicatorQuantity.Persons => PublishedArithmetic.Share(p.AsPersons(), w.AsPersons()),
            IndicatorQuantity.Count => PublishedArithmetic.Share(p.AsCount(), w.AsCount()),
            _ => throw new ArgumentException($"A share of two rates is no share; \"{part}\" and \"{whole}\" are rates.", nameof(part)),
        };
    }

    /// <summary>A set amount for each of a published number of persons or units, in total: unemployment assistance of 500 元
    /// a month for 3 175 persons is 158.75万元 a month.</summary>
    /// <param name="each">The code of a money indicator giving the amount for each (its figure is taken as published).</param>
    /// <param name="count">The code of an indicator of persons or a count.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="period">The period of both figures.</param>
    /// <returns>The total in 元.</returns>
    /// <exception cref="ArgumentException">An indicator or the region is unknown, or the indicators are not money and a
    /// count.</exception>
    /// <exception cref="KeyNotFoundException">A figure is not in the dataset.</exception>
    public DerivedFigure Product(string each, string count, string region, ReportingPeriod period)
    {
        PublishedFigure<Money> amount = MoneyOf(each, region, period, nameof(each));
        Observation counted = Find(count, region, period);
        return counted.Indicator.Quantity switch
        {
            IndicatorQuantity.Persons => PublishedArithmetic.Product(amount, counted.AsPersons()),
            IndicatorQuantity.Count => PublishedArithmetic.Product(amount, counted.AsCount()),
            _ => throw new ArgumentException($"An amount is multiplied by persons or a count; \"{count}\" is {Observation.Describe(counted.Indicator)}.", nameof(count)),
        };
    }

    private PublishedFigure<Money> MoneyOf(string code, string region, ReportingPeriod period, string parameter)
    {
        IndicatorDefinition definition = Catalog.At(IndicatorIndex(code));
        if (definition.Quantity != IndicatorQuantity.Money)
        {
            throw new ArgumentException($"\"{code}\" must be a money indicator; it is {Observation.Describe(definition)}.", parameter);
        }

        return Find(code, region, period).AsMoney();
    }
}
