using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>The verdict "these published figures agree with this target", worked out by hand from DESIGN.md.</summary>
public class TargetAgreementTests
{
    [Fact]
    public void Agreement_TenWanFor14Point64Wan_AgreesWithActuals146425To146434()
    {
        TargetAgreement<Headcount> agreement = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%"))
            .Agreement(Headcount.FromWan(10m));
        Assert.True(agreement.Agrees);
        Assert.Equal(ValueInterval.ClosedOpen(146_425, 146_435), agreement.ConsistentActuals);
        Assert.Equal((Headcount.FromPersons(146_425), Headcount.FromPersons(146_434)), agreement.WholeActuals);
        Assert.Null(agreement.Rounding); // the actual is itself rounded
    }

    [Fact]
    public void Agreement_TwelveWan_DoesNotAgree()
    {
        TargetAgreement<Headcount> agreement = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%"))
            .Agreement(Headcount.FromWan(12m));
        Assert.False(agreement.Agrees);
        Assert.Null(agreement.ConsistentActuals);
        Assert.Null(agreement.WholeActuals);
        Assert.Equal("120000人 does not agree", agreement.ToString());
    }

    [Fact]
    public void Agreement_ExactActual_CarriesTheRoundingRules_EvenWhenItDisagrees()
    {
        ImpliedTarget<Headcount> halfEven = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("39221人"), PublishedRate.Parse("196.10%"));
        TargetAgreement<Headcount> agreement = halfEven.Agreement(Headcount.FromPersons(20_000));
        Assert.False(agreement.Agrees); // 196.105% lies above [196.095%, 196.105%)
        Assert.Equal(RoundingConsistency.HalfEven, agreement.Rounding);

        TargetAgreement<Headcount> rural = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("39221人"), PublishedRate.Parse("196.11%"))
            .Agreement(Headcount.FromPersons(20_000));
        Assert.True(rural.Agrees);
        Assert.Equal(RoundingConsistency.HalfAwayFromZero, rural.Rounding);
        Assert.Equal("20000人 agrees: actuals 39221人–39221人", rural.ToString());
    }

    [Fact]
    public void Agreement_Money_ActualsInYuan_WholeActualsInFen()
    {
        TargetAgreement<Money> agreement = ImpliedTarget.From(PublishedFigure.Parse<Money>("1.5亿元"), PublishedRate.Parse("150%"))
            .Agreement(Money.FromYi(1m));
        Assert.True(agreement.Agrees);
        Assert.Equal(ValueInterval.ClosedOpen(149_500_000, 150_500_000), agreement.ConsistentActuals); // 元
        Assert.Equal((Money.FromYuan(149_500_000m), Money.FromFen(15_050_000_000 - 1)), agreement.WholeActuals);
    }

    [Fact]
    public void Agreement_ZeroTargetOrDefault_Throws()
    {
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("39221人"), PublishedRate.Parse("196.11%"));
        Assert.Throws<ArgumentException>(() => implied.Agreement(Headcount.Zero));
        Assert.Throws<InvalidOperationException>(() => default(ImpliedTarget<Headcount>).Agreement(Headcount.FromPersons(1)));
        Assert.Throws<InvalidOperationException>(() => default(ImpliedTarget<Headcount>).Target);
        Assert.False(default(TargetAgreement<Headcount>).Agrees);
    }
}
