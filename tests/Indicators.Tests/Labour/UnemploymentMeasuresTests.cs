using System;
using Indicators.Labour;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Labour;

public class UnemploymentMeasuresTests
{
    [Theory]
    [InlineData(UnemploymentMeasure.RegisteredUrban)]
    [InlineData(UnemploymentMeasure.SurveyedUrban)]
    public void PolarityOf_EveryMeasure_IsLowerIsBetter(UnemploymentMeasure measure) =>
        Assert.Equal(Polarity.LowerIsBetter, UnemploymentMeasures.PolarityOf(measure));

    [Fact]
    public void PolarityOf_UndefinedMeasure_Throws() =>
        Assert.Equal("measure", Assert.Throws<ArgumentOutOfRangeException>(() => UnemploymentMeasures.PolarityOf((UnemploymentMeasure)9)).ParamName);
}
