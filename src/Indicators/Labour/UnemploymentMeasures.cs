using System;
using Indicators.Targets;

namespace Indicators.Labour;

/// <summary>What the library knows of each <see cref="UnemploymentMeasure"/>.</summary>
public static class UnemploymentMeasures
{
    /// <summary>Which way is better for a rate of <paramref name="measure"/>: lower, for both the registered and the
    /// surveyed urban unemployment rate.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns><see cref="Polarity.LowerIsBetter"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a defined measure.</exception>
    public static Polarity PolarityOf(UnemploymentMeasure measure) => measure switch
    {
        UnemploymentMeasure.RegisteredUrban or UnemploymentMeasure.SurveyedUrban => Polarity.LowerIsBetter,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a defined UnemploymentMeasure."),
    };
}
