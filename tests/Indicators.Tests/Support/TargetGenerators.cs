using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Tests.Support;

/// <summary>
/// Rate targets of every shape the factories build: floors and ceilings, strict or not, at any exact rate of
/// <see cref="Arbitraries"/> (terminating or not, huge denominators too); levels with the tolerance of a printing (half a
/// last digit, 0 to 30 decimals), with any tolerance, and with zero.
/// </summary>
public static class TargetGenerators
{
    /// <summary>Any rate target.</summary>
    public static Arbitrary<RateTarget> RateTarget() => TargetGen.ToArbitrary();

    /// <summary>Any rate target (for other generators).</summary>
    public static Gen<RateTarget> TargetGen { get; } = Gen.OneOf(
        from p in Arbitraries.Percent().Generator from inclusive in Gen.Elements(true, false) select Indicators.Targets.RateTarget.AtLeast(p, inclusive),
        from p in Arbitraries.Percent().Generator from inclusive in Gen.Elements(true, false) select Indicators.Targets.RateTarget.AtMost(p, inclusive),
        from p in Arbitraries.Percent().Generator
        from t in Arbitraries.PercentagePoints().Generator
        select Indicators.Targets.RateTarget.About(p, t < PercentagePoints.Zero ? PercentagePoints.Zero - t : t),
        from digits in Arbitraries.SignedLong
        from decimals in Gen.Choose(0, 30)
        from extra in Gen.Choose(0, 3)
        select PrintedLevel(digits, decimals, extra),
        Arbitraries.Percent().Generator.Select(p => Indicators.Targets.RateTarget.About(p, PercentagePoints.Zero)));

    /// <summary>A level of <paramref name="digits"/> with <paramref name="decimals"/> decimals (of the percentage), and the
    /// tolerance of <paramref name="decimals"/> + <paramref name="extra"/> printed decimals: 0.5 × 10^−(decimals+extra) points.</summary>
    private static RateTarget PrintedLevel(long digits, int decimals, int extra)
    {
        int places = Math.Min(decimals + extra, 34);
        Percent level = Percent.FromRatio(new Ratio(digits, Pow10(Math.Min(decimals, places) + 2)));
        PercentagePoints tolerance = PercentagePoints.FromRatio(new Ratio(1, 2 * Pow10(places + 2)));
        return Indicators.Targets.RateTarget.About(level, tolerance);
    }

    private static Int128 Pow10(int exponent) => Enumerable.Repeat((Int128)10, exponent).Aggregate((Int128)1, (a, b) => a * b);
}
