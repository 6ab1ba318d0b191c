using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Tests.Support;

namespace Indicators.Tests.Labour;

/// <summary>Comparison antisymmetry: a against b is the negation of b against a.</summary>
public class UnemploymentComparisonProperties
{
    [QuantityProperty]
    public bool Comparison_IsAntisymmetric(Headcount unemployedA, Headcount employedA, Headcount unemployedB, Headcount employedB)
    {
        RegionCode region = RegionCode.Parse("331000");
        ReportingPeriod period = ReportingPeriod.Month(2020, 10);
        UnemploymentRate a = UnemploymentRate.FromRegisteredCounts(region, period, Small(unemployedA), Small(employedA) + Headcount.FromPersons(1));
        UnemploymentRate b = UnemploymentRate.FromRegisteredCounts(region, period, Small(unemployedB), Small(employedB) + Headcount.FromPersons(1));
        UnemploymentComparison ab = a.CompareWith(b);
        UnemploymentComparison ba = b.CompareWith(a);
        return ab.Difference == -ba.Difference
            && ab.Direction == -ba.Direction
            && ab.IsBetter == ba.IsWorse
            && ab.IsBetter == (a.Rate < b.Rate)
            && ab.Reversed() == ba;
    }

    private static Headcount Small(Headcount h) => Headcount.FromPersons(h.Persons % 100_000_000L);
}
