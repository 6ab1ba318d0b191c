using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Indicators.Tests.Regions;

/// <summary>A date the built-in list answers for: 1980-12-01 to 2030-12-31 (after the newest list, too).</summary>
public readonly record struct ListDate(LocalDate Date)
{
    /// <inheritdoc />
    public override string ToString() => Date.ToString("uuuu-MM-dd", null);
}

/// <summary>A row of data/gb2260/codes.tsv, drawn from the whole file.</summary>
public readonly record struct CodeListing(Gb2260Source.CodeRow Row)
{
    /// <inheritdoc />
    public override string ToString() => $"{Row.Code} {Row.Name} {Row.ValidFrom}..{Row.ValidTo}";
}

/// <summary>Generators for the region tests: dates near the lists' edges are drawn often.</summary>
public static class RegionArbitraries
{
    private static readonly LocalDate First = new(1980, 12, 1);

    public static Arbitrary<ListDate> ListDates()
    {
        Gen<LocalDate> any = Gen.Choose(0, Period.DaysBetween(First, new LocalDate(2030, 12, 31))).Select(First.PlusDays);
        Gen<LocalDate> edges =
            from month in Gen.Elements(Gb2260Source.ListMonths.ToArray())
            from shift in Gen.Elements(-1, 0, 27)
            select new LocalDate(int.Parse(month[..4], null), int.Parse(month[5..], null), 1).PlusDays(shift);
        return Gen.Frequency((1, any), (1, edges)).Where(d => d >= First).Select(d => new ListDate(d)).ToArbitrary();
    }

    public static Arbitrary<CodeListing> CodeListings() => Gen.Elements(Gb2260Source.Codes).Select(r => new CodeListing(r)).ToArbitrary();
}
