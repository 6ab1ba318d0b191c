using System.Globalization;
using Indicators.Cli.Reference;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Cli;

public class PrintedPrecisionTests
{
    [Theory]
    [InlineData("39221人", "F0", 1L)]
    [InlineData("14.64万人", "W2", 100L)]
    [InlineData("1.2万人", "W1", 1_000L)]
    [InlineData("10万人", "W0", 10_000L)]
    [InlineData("14.6400万人", "W4", 1L)]
    public void OfQuantity_PrintedHeadcount_IsTheFormatThatWritesItBack(string printed, string format, long step)
    {
        DisplayFormat found = PrintedPrecision.OfQuantity(Headcount.Parse(printed, CultureInfo.InvariantCulture), printed);
        Assert.Equal(format, found.ToString());
        Assert.Equal(step, PrintedPrecision.Step(found));
    }

    [Theory]
    [InlineData("196.11%", 2)]
    [InlineData("146.40%", 2)]
    [InlineData("150%", 0)]
    [InlineData("1.385%", 3)]
    public void OfRate_PrintedRate_CountsItsDecimals(string printed, int decimals)
    {
        DisplayFormat found = PrintedPrecision.OfRate(Percent.Parse(printed, CultureInfo.InvariantCulture), printed);
        Assert.Equal(decimals, found.Decimals);
    }
}
