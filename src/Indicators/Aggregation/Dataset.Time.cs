using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Catalog;
using Indicators.Periods;
using NodaTime;

namespace Indicators.Aggregation;

/// <content>Figures over time: year to date, monthly flows, sums of periods (DESIGN rule 6).</content>
public sealed partial class Dataset
{
    /// <summary>
    /// An indicator's figure for the year to the end of <paramref name="month"/>, by its nature: a flow sums its monthly
    /// figures from January; a cumulative indicator is already year-to-date and gives its figure for
    /// <see cref="ReportingPeriod.YearToDate"/> as published; a stock gives its figure at the end of the month.
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="month">The last month of the year to date.</param>
    /// <returns>The figure, with its bounds (a sum of rounded monthly figures has the sum of their bounds).</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown.</exception>
    /// <exception cref="KeyNotFoundException">A figure the result needs is not in the dataset; the message names the
    /// months missing.</exception>
    public DerivedFigure YearToDate(string indicator, string region, YearMonth month)
    {
        int i = IndicatorIndex(indicator);
        int r = RegionIndex(region);
        IndicatorDefinition definition = Catalog.At(i);
        switch (definition.Nature)
        {
            case TemporalNature.Flow:
                var parts = new List<Observation>(month.Month);
                var missing = new List<string>();
                for (int m = 1; m <= month.Month; m++)
                {
                    ReportingPeriod period = ReportingPeriod.Month(month.Year, m);
                    int row = RowOf(i, r, period);
                    if (row < 0)
                    {
                        missing.Add(period.ToString());
                    }
                    else
                    {
                        parts.Add(At(row));
                    }
                }

                if (missing.Count > 0)
                {
                    throw new KeyNotFoundException($"The year to date of \"{definition.Code}\" for \"{region}\" to {month:yyyy-MM} needs the monthly figures of {string.Join(", ", missing)}, which the dataset does not have.");
                }

                return SumOf(definition, parts);
            case TemporalNature.Cumulative:
                return Find(indicator, region, ReportingPeriod.YearToDate(EndOf(month))).ToDerivedFigure();
            default:
                return Find(indicator, region, ReportingPeriod.Month(month)).ToDerivedFigure();
        }
    }

    /// <summary>
    /// An indicator's flow in one month: a flow's own monthly figure, or for a cumulative indicator the difference of two
    /// consecutive year-to-date figures, YTD(m) − YTD(m − 1) (January's year to date is January's flow), with the bounds of
    /// every difference the rounded figures allow.
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="month">The month.</param>
    /// <returns>The flow; it can be negative where a cumulative figure was revised down.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, or the indicator is a stock (a stock has
    /// no flow; its figure is the one at the end of each period).</exception>
    /// <exception cref="KeyNotFoundException">A figure the result needs is not in the dataset.</exception>
    public DerivedFigure MonthlyFlow(string indicator, string region, YearMonth month)
    {
        int i = IndicatorIndex(indicator);
        RegionIndex(region);
        IndicatorDefinition definition = Catalog.At(i);
        switch (definition.Nature)
        {
            case TemporalNature.Flow:
                return Find(indicator, region, ReportingPeriod.Month(month)).ToDerivedFigure();
            case TemporalNature.Cumulative:
                Observation current = Find(indicator, region, ReportingPeriod.YearToDate(EndOf(month)));
                if (month.Month == 1)
                {
                    return current.ToDerivedFigure();
                }

                Observation previous = Find(indicator, region, ReportingPeriod.YearToDate(EndOf(month.PlusMonths(-1))));
                return DifferenceOf(definition, current, previous);
            default:
                throw new ArgumentException(
                    $"The indicator \"{definition.Code}\" ({definition.Name}) is a stock: it has no monthly flow; its figure for a period is the one at the period's end.",
                    nameof(indicator));
        }
    }

    /// <summary>The sum of a flow's figures over periods (months, quarters …) that do not overlap.</summary>
    /// <param name="indicator">The indicator's code; a flow.</param>
    /// <param name="region">The region's identifier.</param>
    /// <param name="periods">The periods; at least one, no two sharing a day.</param>
    /// <returns>The sum, with its bounds.</returns>
    /// <exception cref="ArgumentException">The indicator or region is unknown, the periods are empty or overlap, or the
    /// indicator is cumulative (its figures are already year-to-date and are never summed again) or a stock (it takes the
    /// period-end value); the message names the indicator.</exception>
    /// <exception cref="KeyNotFoundException">A period's figure is not in the dataset.</exception>
    public DerivedFigure SumOverTime(string indicator, string region, IEnumerable<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        int i = IndicatorIndex(indicator);
        RegionIndex(region);
        IndicatorDefinition definition = Catalog.At(i);
        if (definition.Nature != TemporalNature.Flow)
        {
            throw new ArgumentException(
                definition.Nature == TemporalNature.Cumulative
                    ? $"The indicator \"{definition.Code}\" ({definition.Name}) is cumulative: its figures are already year-to-date and are never summed again; a month's flow is MonthlyFlow, the year to date is YearToDate."
                    : $"The indicator \"{definition.Code}\" ({definition.Name}) is a stock: its figure for a longer period is the one at the period's end, not a sum.",
                nameof(indicator));
        }

        ReportingPeriod[] list = periods.Order(ReportingPeriod.ChronologicalComparer).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A sum over time needs at least one period.", nameof(periods));
        }

        for (int k = 1; k < list.Length; k++)
        {
            if (list[k].Start <= list[k - 1].End)
            {
                throw new ArgumentException($"The periods {list[k - 1]} and {list[k]} overlap: a flow summed over them would count days twice.", nameof(periods));
            }
        }

        return SumOf(definition, Array.ConvertAll(list, p => Find(indicator, region, p)).ToList());
    }

    private static LocalDate EndOf(YearMonth month) => month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);

    private static DerivedFigure DifferenceOf(IndicatorDefinition definition, Observation left, Observation right) => definition.Quantity switch
    {
        IndicatorQuantity.Money => PublishedArithmetic.Difference(left.AsMoney(), right.AsMoney()),
        IndicatorQuantity.Persons => PublishedArithmetic.Difference(left.AsPersons(), right.AsPersons()),
        IndicatorQuantity.Count => PublishedArithmetic.Difference(left.AsCount(), right.AsCount()),
        _ => DerivedFigure.Subtract(left.ToDerivedFigure(), right.ToDerivedFigure()),
    };
}
