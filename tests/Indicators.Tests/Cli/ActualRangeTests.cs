using Indicators.Cli.Reference;
using Xunit;

namespace Indicators.Tests.Cli;

public class ActualRangeTests
{
    [Theory]
    [InlineData(146_400L, 100L, 146_350L, 146_449L)]
    [InlineData(17_700L, 100L, 17_650L, 17_749L)]
    [InlineData(100_000L, 10_000L, 95_000L, 104_999L)]
    [InlineData(39_221L, 1L, 39_221L, 39_221L)]
    [InlineData(0L, 100L, 0L, 49L)]
    public void Printed_RoundedHalfUp_StandsForTheWholeNumbersThatRoundToIt(long printed, long step, long min, long max)
    {
        Assert.Equal(new ActualRange(min, max), ActualRange.Printed(printed, step));
    }
}
