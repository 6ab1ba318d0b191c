using System;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Aggregation;

public class DivisorArgumentTests
{
    private static readonly DisplayFormat Persons = new(Scale.One, 0);

    private static PublishedFigure<HeadcountChange> Change(long persons, Qualifier qualifier = Qualifier.None) =>
        PublishedFigure.Of(HeadcountChange.FromPersons(persons), Persons, qualifier);

    [Fact]
    public void Share_NegativeWhole_NamesWhole()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => PublishedArithmetic.Share(Change(5), Change(-100)));
        Assert.Equal("whole", e.ParamName);
    }

    [Fact]
    public void Share_ZeroStraddlingWhole_NamesWhole()
    {
        PublishedFigure<HeadcountChange> straddling = Change(100, Qualifier.AtMost); // 不到100人: a change that may be negative
        Assert.True(straddling.Bounds.Lower is not Ratio lower || lower.Sign < 0);
        Assert.Equal("whole", Assert.Throws<ArgumentException>(() => PublishedArithmetic.Share(Change(5), straddling)).ParamName);
    }

    [Fact]
    public void Share_ZeroWhole_NamesWhole() =>
        Assert.Equal("whole", Assert.Throws<ArgumentException>(() => PublishedArithmetic.Share(Change(5), Change(0))).ParamName);

    [Fact]
    public void Share_NegativePart_NamesPart() =>
        Assert.Equal("part", Assert.Throws<ArgumentException>(() => PublishedArithmetic.Share(Change(-5), Change(100))).ParamName);

    [Fact]
    public void Quotient_NegativeDenominator_NamesDenominator() =>
        Assert.Equal("denominator", Assert.Throws<ArgumentException>(() => PublishedArithmetic.Quotient(PublishedFigure.Parse<Headcount>("28914人"), Change(-100))).ParamName);

    [Fact]
    public void Quotient_NegativeNumerator_NamesNumerator() =>
        Assert.Equal("numerator", Assert.Throws<ArgumentException>(() => PublishedArithmetic.Quotient(Change(-100), PublishedFigure.Parse<Headcount>("28914人"))).ParamName);

    [Fact]
    public void Quotient_MoneyOverZeroCount_NamesDenominator() =>
        Assert.Equal("denominator", Assert.Throws<ArgumentException>(() => PublishedArithmetic.Quotient(PublishedFigure.Parse<Money>("147.16亿元"), PublishedFigure.Of(Headcount.Zero, Persons))).ParamName);

    [Fact]
    public void PerUnit_ZeroCount_NamesCount() =>
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => PublishedArithmetic.PerUnit(PublishedFigure.Parse<Money>("147.16亿元"), PublishedFigure.Of(Headcount.Zero, Persons))).ParamName);

    [Fact]
    public void PerUnit_NegativeTotal_NamesTotal() =>
        Assert.Equal("total", Assert.Throws<ArgumentException>(() => PublishedArithmetic.PerUnit(PublishedFigure.Of(Money.FromYuan(-100m), Persons), PublishedFigure.Parse<Headcount>("3916人"))).ParamName);

    [Fact]
    public void AveragePerUnit_ZeroCount_IsArgumentExceptionNamingCount() =>
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => Average.PerUnit(Money.FromYuan(1m), Headcount.Zero)).ParamName);
}
