using System;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

public class PrintedNumberTests
{
    [Fact]
    public void LastNonZeroPlace_BeyondTheRange_ThrowsOverflow()
    {
        Assert.True(PrintedNumber.TryRead("1000000000000000000000000000000000000万", out PrintedNumber huge, out _));
        Assert.Throws<OverflowException>(() => huge.LastNonZeroPlace);
    }
}
