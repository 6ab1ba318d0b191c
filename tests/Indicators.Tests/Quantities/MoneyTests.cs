using System;
using System.Globalization;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

public class MoneyTests
{
    [Fact]
    public void FromYi_ReferenceFigure_IsExactInFen()
    {
        Money money = Money.FromYi(147.16m);
        Assert.Equal(1_471_600_000_000L, money.Fen);
        Assert.Equal(14_716_000_000m, money.Yuan);
        Assert.Equal(1_471_600m, money.Wan);
        Assert.Equal(147.16m, money.Yi);
    }

    [Fact]
    public void FromWan_ReferenceFigure_IsExactInFen()
    {
        Money money = Money.FromWan(1252.7m);
        Assert.Equal(1_252_700_000L, money.Fen);
        Assert.Equal(12_527_000m, money.Yuan);
    }

    [Fact]
    public void FromYuan_WholeFen_Accepted()
    {
        Assert.Equal(605_156L, Money.FromYuan(6051.56m).Fen);
        Assert.Equal(50_000L, Money.FromYuan(500m).Fen);
        Assert.Equal(-1L, Money.FromYuan(-0.01m).Fen);
        Assert.Equal(0L, Money.FromYuan(0.000m).Fen);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("6051.555")]
    [InlineData("-0.005")]
    public void FromYuan_SubFen_ThrowsNamingTheValue(string text)
    {
        decimal value = decimal.Parse(text, CultureInfo.InvariantCulture);
        ArgumentException e = Assert.Throws<ArgumentException>(() => Money.FromYuan(value));
        Assert.Equal("yuan", e.ParamName);
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
        Assert.Contains("fen", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromWanAndFromYi_SubFen_Throw()
    {
        Assert.Equal("wan", Assert.Throws<ArgumentException>(() => Money.FromWan(0.0000001m)).ParamName);
        Assert.Equal("yi", Assert.Throws<ArgumentException>(() => Money.FromYi(0.00000000001m)).ParamName);
    }

    [Fact]
    public void FromYuan_OutOfRange_ThrowsOverflow()
    {
        OverflowException e = Assert.Throws<OverflowException>(() => Money.FromYuan(100_000_000_000_000_000m));
        Assert.Contains("range of Money", e.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => Money.FromYi(decimal.MaxValue));
    }

    [Fact]
    public void Addition_ReferenceTotal_IsExact()
    {
        // Fees cut, fees returned and subsidies paid: the report does not print the total.
        Money total = Money.FromYi(45.76m) + Money.FromYi(10.55m) + Money.FromYi(1.88m);
        Assert.Equal(Money.FromYi(58.19m), total);
        Assert.Equal("58.19亿元", total.ToString("Y2", null));
    }

    [Fact]
    public void Addition_Overflow_ThrowsWithMessage()
    {
        OverflowException e = Assert.Throws<OverflowException>(() => Money.MaxValue + Money.FromFen(1));
        Assert.Contains("Money addition overflowed", e.Message, StringComparison.Ordinal);
        OverflowException s = Assert.Throws<OverflowException>(() => Money.MinValue - Money.FromFen(1));
        Assert.Contains("Money subtraction overflowed", s.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => -Money.MinValue);
        Assert.Throws<OverflowException>(() => Money.MaxValue * 2);
    }

    [Fact]
    public void Sum_Overflow_ThrowsTheQuantitysOwnMessage()
    {
        OverflowException money = Assert.Throws<OverflowException>(() => Quantity.Sum<Money>([Money.FromFen(1), Money.MaxValue]));
        Assert.Contains("Money addition overflowed", money.Message, StringComparison.Ordinal);
        OverflowException persons = Assert.Throws<OverflowException>(() => Quantity.Sum<Headcount>([Headcount.FromPersons(long.MaxValue), Headcount.FromPersons(1)]));
        Assert.Contains("Headcount addition overflowed", persons.Message, StringComparison.Ordinal);
        Assert.Equal(Money.FromFen(-1), Quantity.Sum<Money>([Money.MaxValue, Money.MinValue]));
    }

    [Fact]
    public void Multiplication_ByWholeNumber_IsExact()
    {
        // 3 175 persons each paid 500 元 a month.
        Money monthly = Money.FromYuan(500m) * 3175;
        Assert.Equal(Money.FromWan(158.75m), monthly);
        Assert.Equal(monthly, 3175 * Money.FromYuan(500m));
        Assert.Equal(monthly, Money.Multiply(Money.FromYuan(500m), 3175));
    }

    [Fact]
    public void Multiplication_ByDecimal_RoundsOnlyWithTheNamedMode()
    {
        Money money = Money.FromYuan(0.05m);
        Assert.Equal(Money.FromYuan(0.03m), money.Times(0.5m, RoundingMode.HalfAwayFromZero));
        Assert.Equal(Money.FromYuan(0.02m), money.Times(0.5m, RoundingMode.HalfEven));
        Assert.Equal(Money.FromYuan(0.02m), money.Times(0.5m, RoundingMode.TowardZero));
        Assert.Equal(Money.FromYuan(-0.03m), (-money).Times(0.5m, RoundingMode.Floor));
        Assert.Equal(Money.FromYuan(0.03m), money.Times(0.5m, RoundingMode.Ceiling));
    }

    [Fact]
    public void Division_ByDecimalAndLong_RoundsWithTheNamedMode()
    {
        Money money = Money.FromYuan(1m);
        Assert.Equal(Money.FromYuan(0.33m), money.DividedBy(3, RoundingMode.HalfAwayFromZero));
        Assert.Equal(Money.FromYuan(0.34m), money.DividedBy(3, RoundingMode.Ceiling));
        Assert.Equal(Money.FromYuan(4m), money.DividedBy(0.25m, RoundingMode.HalfEven));
        Assert.Throws<DivideByZeroException>(() => money.DividedBy(0, RoundingMode.HalfEven));
        Assert.Throws<DivideByZeroException>(() => money.DividedBy(0m, RoundingMode.HalfEven));
    }

    [Fact]
    public void PerPerson_ReferenceFigure_RoundsToTheFen()
    {
        // 2 369.79万元 of subsidies for 3 916 persons.
        Money perPerson = Money.FromWan(2369.79m).PerPerson(Headcount.FromPersons(3916), RoundingMode.HalfAwayFromZero);
        Assert.Equal(Money.FromYuan(6051.56m), perPerson);
        Assert.Throws<DivideByZeroException>(() => perPerson.PerPerson(Headcount.Zero, RoundingMode.HalfEven));
    }

    [Fact]
    public void Per_Enterprises_RoundsToTheFen()
    {
        Money each = Money.FromYi(147.16m).Per(Count<Enterprises>.FromWan(115m), RoundingMode.HalfAwayFromZero);
        Assert.Equal(Money.FromYuan(12_796.52m), each);
    }

    [Fact]
    public void Division_MoneyByMoney_IsAnExactRatio()
    {
        // Interest subsidy 1 814.6万元 on 1.78亿元 of loans.
        Ratio ratio = Money.FromWan(1814.6m) / Money.FromYi(1.78m);
        Assert.Equal(new Ratio(18_146, 178_000), ratio);
        Assert.Equal(10.19m, Percent.FromRatio(ratio).ToPercentage(2, RoundingMode.HalfAwayFromZero));
        Assert.Throws<DivideByZeroException>(() => Money.FromYuan(1m) / Money.Zero);
    }

    [Fact]
    public void Ordering_Contract()
    {
        Contract.AssertOrdering(Money.FromYuan(-1m), Money.FromFen(-100), Money.FromYuan(0.01m));
        Contract.AssertOrdering(Money.Zero, default, Money.MaxValue);
    }

    [Fact]
    public void NamedAndFluentForms_AgreeWithOperators()
    {
        Money a = Money.FromYuan(3m);
        Money b = Money.FromYuan(1.5m);
        Assert.Equal(Money.FromYuan(4.5m), Money.Add(a, b));
        Assert.Equal(Money.FromYuan(4.5m), a.Plus(b));
        Assert.Equal(Money.FromYuan(1.5m), Money.Subtract(a, b));
        Assert.Equal(Money.FromYuan(1.5m), a.Minus(b));
        Assert.Equal(Money.FromYuan(-3m), Money.Negate(a));
    }

    [Fact]
    public void Size_IsEightBytes()
    {
        Assert.Equal(8, System.Runtime.CompilerServices.Unsafe.SizeOf<Money>());
    }
}
