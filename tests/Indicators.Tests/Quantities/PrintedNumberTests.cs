using System;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

public class PrintedNumberTests
{
    [Fact]
    public void TryRead_ValueBeyondARatio_IsNotRead() =>
        // A printed number whose value does not fit a Ratio is not read at all (its members could not represent it).
        Assert.False(PrintedNumber.TryRead("1000000000000000000000000000000000000万", out _, out _));
}
