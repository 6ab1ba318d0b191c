using System.Linq;
using System.Numerics;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Periods;
using Indicators.Tests.Support;
using NodaTime;
using Xunit;
using static Indicators.Tests.Aggregation.DatasetPropertySupport;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// Figures over time (DESIGN rule 6), checked against sums and differences worked out here in whole base units: a cumulative
/// indicator's monthly flow is YTD(m) − YTD(m − 1) (January's is its year to date); a flow's year to date is the sum of
/// its months from January, and its sum over some months is the sum of those months; every bound holds the true result.
/// </summary>
[Properties(Arbitrary = [typeof(DatasetGenerators)], MaxTest = 250)]
public class DatasetTimeProperties
{
    private const string Region = "331000";

    [Property]
    public void MonthlyFlow_OfACumulativeIndicator_IsTheDifferenceOfConsecutiveYearsToDate(MonthsCase c)
    {
        string indicator = CumulativeOf(c.Quantity);
        var builder = new DatasetBuilder(TestCatalog, Regions);
        for (int m = 1; m <= 12; m++)
        {
            builder.Add(indicator, Region, ReportingPeriod.YearToDate(EndOf(c.Year, m)), c.Months[m - 1]);
        }

        Dataset dataset = builder.Build();
        for (int m = 1; m <= 12; m++)
        {
            DerivedFigure flow = dataset.MonthlyFlow(indicator, Region, new YearMonth(c.Year, m));
            BigInteger expected = c.Months[m - 1].BaseUnits - (m == 1 ? 0 : (BigInteger)c.Months[m - 2].BaseUnits);
            BigInteger truth = c.Months[m - 1].TrueValue - (m == 1 ? 0 : (BigInteger)c.Months[m - 2].TrueValue);
            Assert.Equal(InUnits(expected, c.Quantity), flow.Value);
            Assert.True(!(c.Months[m - 1].Inclusive && (m == 1 || c.Months[m - 2].Inclusive)) || flow.Bounds.Contains(flow.Value), $"month {m}: {flow.Bounds} does not hold {flow.Value}");
            Assert.True(flow.Bounds.Contains(InUnits(truth, c.Quantity)), $"month {m}: {flow.Bounds} does not hold the true flow {truth}");

            // Already year to date: the year to date is the figure as published, never a sum.
            Assert.Equal(InUnits(c.Months[m - 1].BaseUnits, c.Quantity), dataset.YearToDate(indicator, Region, new YearMonth(c.Year, m)).Value);
        }
    }

    [Property]
    public void YearToDate_And_SumOverTime_OfAFlow_AreTheSumsOfItsMonths(MonthsCase c)
    {
        string indicator = FlowOf(c.Quantity);
        var builder = new DatasetBuilder(TestCatalog, Regions);
        for (int m = 1; m <= 12; m++)
        {
            builder.Add(indicator, Region, ReportingPeriod.Month(c.Year, m), c.Months[m - 1]);
        }

        Dataset dataset = builder.Build();
        BigInteger sum = 0;
        BigInteger truth = 0;
        for (int m = 1; m <= 12; m++)
        {
            sum += c.Months[m - 1].BaseUnits;
            truth += c.Months[m - 1].TrueValue;
            DerivedFigure ytd = dataset.YearToDate(indicator, Region, new YearMonth(c.Year, m));
            Assert.Equal(InUnits(sum, c.Quantity), ytd.Value);
            Assert.True(ytd.Bounds.Contains(InUnits(truth, c.Quantity)), $"month {m}: {ytd.Bounds} does not hold the true sum {truth}");
            Assert.Equal(InUnits(c.Months[m - 1].BaseUnits, c.Quantity), dataset.MonthlyFlow(indicator, Region, new YearMonth(c.Year, m)).Value);
        }

        DerivedFigure selected = dataset.SumOverTime(indicator, Region, c.Selected.Select(m => ReportingPeriod.Month(c.Year, m)).Reverse());
        BigInteger expected = c.Selected.Aggregate(BigInteger.Zero, (s, m) => s + c.Months[m - 1].BaseUnits);
        BigInteger selectedTruth = c.Selected.Aggregate(BigInteger.Zero, (s, m) => s + c.Months[m - 1].TrueValue);
        Assert.Equal(InUnits(expected, c.Quantity), selected.Value);
        Assert.True(selected.Bounds.Contains(InUnits(selectedTruth, c.Quantity)));
    }

    private static Indicators.Regions.RegionHierarchy Regions { get; } = Indicators.Regions.RegionHierarchy.Create(
        [Indicators.Regions.Region.Division(Indicators.Regions.RegionCode.Parse(Region), "台州市", Indicators.Regions.RegionLevel.Prefecture)]);

    private static LocalDate EndOf(int year, int month) => new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
}
