using System;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

public class AverageTests
{
    [Fact]
    public void PerUnit_SubsidyPerPerson_ExplainsAndRoundsToTheFen()
    {
        Average<Headcount> subsidy = Average.PerUnit(Money.FromWan(2369.79m), Headcount.FromPersons(3916));
        Assert.Equal("平均 = 23 697 900 元 ÷ 3 916 人 = 6051.557711…元 ≈ 6 051.56 元（四舍五入）", subsidy.Explain(ExplainLanguage.ZhHans));
        Assert.Equal(
            "average = 23,697,900 yuan ÷ 3,916 persons = 6051.557711… yuan ≈ 6,051.56 yuan (rounded half away from zero)",
            subsidy.Explain(ExplainLanguage.English));
        Assert.Equal(Money.FromYuan(6051.56m), subsidy.Rounded(RoundingMode.HalfAwayFromZero));
        Assert.Equal("平均 = 1 587 500 元 ÷ 3 175 人 = 500元", Average.PerUnit(Money.FromWan(158.75m), Headcount.FromPersons(3175)).Explain(ExplainLanguage.ZhHans));
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => Average.PerUnit(Money.FromYuan(1m), Headcount.Zero)).ParamName);
    }

    [Fact]
    public void PerUnit_OfSomethingSigned_Throws()
    {
        Assert.Throws<ArgumentException>(() => Average.PerUnit(Money.FromYuan(100m), Money.FromYuan(3m)));
        Assert.Throws<ArgumentException>(() => Average.PerUnit(Money.FromYuan(100m), HeadcountChange.FromPersons(-3)));
    }

    [Fact]
    public void Explain_LargestMoney_DoesNotOverflow() =>
        Assert.StartsWith("平均 = ", Average.PerUnit(Money.MaxValue, Headcount.FromPersons(2)).Explain(ExplainLanguage.ZhHans), StringComparison.Ordinal);
}
