using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Aggregation;

public class DerivedFigureTextTests
{
    private static readonly DerivedFigure Persons = DerivedFigure.Of(Headcount.FromPersons(146_400));

    [Fact]
    public void ToString_WithoutUnit_KeepsTheWanMarker() =>
        Assert.Equal("14.64万", Persons.ToString(DisplayFormat.Parse("W2"), ExplainLanguage.ZhHans, withUnit: false));

    [Fact]
    public void ToString_WithoutUnit_KeepsTheHantMarker() =>
        Assert.Equal("14.64萬", Persons.ToString(DisplayFormat.Parse("W2"), ExplainLanguage.ZhHant, withUnit: false));

    [Fact]
    public void ToString_WithoutUnit_KeepsTheEnglishPower() =>
        Assert.Equal("14.64 × 10⁴", Persons.ToString(DisplayFormat.Parse("W2"), ExplainLanguage.English, withUnit: false));

    [Fact]
    public void ToString_WithoutUnit_InOnes_IsTheBareNumber() =>
        Assert.Equal("146,400", Persons.ToString(DisplayFormat.Parse("F0"), ExplainLanguage.English, withUnit: false));

    [Fact]
    public void ToString_WithUnit_WritesMarkerAndUnit() =>
        Assert.Equal("14.64万人", Persons.ToString(DisplayFormat.Parse("W2"), ExplainLanguage.ZhHans, withUnit: true));
}
