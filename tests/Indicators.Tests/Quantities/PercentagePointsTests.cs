using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

public class PercentagePointsTests
{
    [Fact]
    public void PercentagePoints_Arithmetic()
    {
        PercentagePoints a = PercentagePoints.FromPoints(0.3m);
        PercentagePoints b = PercentagePoints.FromPoints(-0.1m);
        Assert.Equal(PercentagePoints.FromPoints(0.2m), a + b);
        Assert.Equal(PercentagePoints.FromPoints(0.4m), a - b);
        Assert.Equal(PercentagePoints.FromPoints(-0.3m), -a);
    }
}
