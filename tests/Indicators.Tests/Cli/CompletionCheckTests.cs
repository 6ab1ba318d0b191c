using System;
using System.IO;
using Indicators.Cli.Reference;
using Xunit;

namespace Indicators.Tests.Cli;

public class CompletionCheckTests
{
    [Fact]
    public void Run_RateRoundedHalfEven_Disagrees()
    {
        // 196.105% printed half-even would read 196.10%; reports round half away from zero.
        FigureCheck check = CompletionCheck.Run(Figure(QuantityKind.Persons, "39221人", "20000人", "196.10%"));
        Assert.False(check.Agrees);
        Assert.Null(check.ConsistentActuals);
        Assert.Equal("196.11%", check.RoundedRate);
    }

    [Fact]
    public void Run_RoundedActualThatNoWholeNumberFits_Disagrees()
    {
        // 17 650–17 749 over 12 000 is 147.08%–147.91%: nothing in it rounds to 150.00%.
        FigureCheck check = CompletionCheck.Run(Figure(QuantityKind.Persons, "1.77万人", "1.2万人", "150.00%"));
        Assert.False(check.Agrees);
        Assert.True(check.IsActualRounded);
        Assert.Null(check.ConsistentActuals);
    }

    [Fact]
    public void Run_RateWithOneDecimal_UsesThePublishedPrecision()
    {
        // 39 221 / 20 000 = 196.105%, which is 196.1% at one decimal.
        FigureCheck check = CompletionCheck.Run(Figure(QuantityKind.Persons, "39221人", "20000人", "196.1%"));
        Assert.True(check.Agrees);
        Assert.Equal("196.1%", check.RoundedRate);
    }

    [Fact]
    public void Run_Enterprises_ParsesCountsOfEnterprises()
    {
        FigureCheck check = CompletionCheck.Run(Figure(QuantityKind.Enterprises, "2677家", "2000家", "133.85%"));
        Assert.True(check.Agrees);
        Assert.Equal(2_677L, check.Actual);
    }

    [Fact]
    public void Run_PersonsPrintedAsEnterprises_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => CompletionCheck.Run(Figure(QuantityKind.Persons, "2677家", "2000家", "133.85%")));
    }

    [Fact]
    public void Run_NonCanonicalText_ThrowsInvalidData()
    {
        // The library reads 萬, but the precision is found by writing the value back, which gives 万.
        InvalidDataException e = Assert.Throws<InvalidDataException>(
            () => CompletionCheck.Run(Figure(QuantityKind.Persons, "14.64萬人", "10万人", "146.43%")));
        Assert.Contains("14.64萬人", e.Message, StringComparison.Ordinal);
    }

    private static FigureRecord Figure(QuantityKind kind, string actual, string target, string rate) =>
        new("test", new LocalizedText("测试", "test"), kind, new DateOnly(2020, 6, 30), actual, target, "written for this test", rate);
}
