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

    [Fact]
    public void Format_PrintsAValueAsTheNumberWasPrinted()
    {
        Assert.Equal(new DisplayFormat(Scale.Wan, 2), new PrintedNumber(1464, 2, Scale.Wan).Format);
        Assert.Equal("14.64万人", Headcount.FromPersons(146_400).ToString(new PrintedNumber(1464, 2, Scale.Wan).Format, null));
        Assert.Equal("10万人", Headcount.FromPersons(100_000).ToString(Indicators.Reporting.PublishedFigure.Parse<Headcount>("10万人").Printed.Format, null));
    }
}
