using Indicators.Regions;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// One part of a <see cref="ParentRateCheck"/>: a region's published rate and numerator, and the bounds they give its
/// denominator (3 000 人 at 1.50% is a labour force in (199 335.54…, 200 668.89…] 人, the rate being in [1.495%, 1.505%)).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ParentRatePart
{
    internal ParentRatePart(Observation rate, Observation numerator, ValueInterval denominatorBounds)
    {
        Rate = rate;
        Numerator = numerator;
        DenominatorBounds = denominatorBounds;
    }

    /// <summary>The region.</summary>
    public Region Region => Rate.Region;

    /// <summary>Its published rate.</summary>
    public Observation Rate { get; }

    /// <summary>Its published numerator (the rate's <see cref="Catalog.RegionalRollup.Numerator"/> indicator).</summary>
    public Observation Numerator { get; }

    /// <summary>Every denominator the two allow, in the numerator's unit (persons): from the smallest numerator over the
    /// highest rate to the largest numerator over the lowest rate; with no upper end when the rate can be 0.</summary>
    public ValueInterval DenominatorBounds { get; }

    /// <summary>For example "331002 椒江区 3000人 at 1.50%".</summary>
    /// <returns>The region and its figures.</returns>
    public override string ToString() => $"{Region} {Numerator.FigureText()} at {Rate.FigureText()}";
}
