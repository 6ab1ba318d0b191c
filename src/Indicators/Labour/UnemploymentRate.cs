using System;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Utility;

namespace Indicators.Labour;

/// <summary>
/// An unemployment rate of one measure (registered or surveyed urban), for one region and period:
/// 台州市's registered urban rate at the end of October 2020 was 1.38%.
/// </summary>
/// <remarks>
/// <para>The registered rate can be built from its components with <see cref="FromRegisteredCounts"/>; the formula is on
/// <see cref="UnemploymentMeasure.RegisteredUrban"/>. Rates of one measure compare with <see cref="CompareWith"/>, giving the
/// difference in percentage points and whether it is better (lower is better); rates of different measures do not compare.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.UnemploymentRateJsonConverter))]
public readonly struct UnemploymentRate : IEquatable<UnemploymentRate>, IEqualityOperators<UnemploymentRate, UnemploymentRate, bool>
{
    /// <summary>Creates a rate.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="region">The region.</param>
    /// <param name="period">The period (for the registered rate, its end is the date the counts refer to).</param>
    /// <param name="rate">The rate; from 0% to 100%.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is below 0% or above 100%, or the measure is not defined.</exception>
    public UnemploymentRate(UnemploymentMeasure measure, RegionCode region, ReportingPeriod period, Percent rate)
    {
        Preconditions.CheckDefined(measure, nameof(measure));

        if (rate < Percent.Zero || rate > Percent.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"An unemployment rate lies between 0% and 100%; got {rate}.");
        }

        Measure = measure;
        Region = region;
        Period = period;
        Rate = rate;
    }

    /// <summary>The measure.</summary>
    public UnemploymentMeasure Measure { get; }

    /// <summary>The region.</summary>
    public RegionCode Region { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The rate.</summary>
    public Percent Rate { get; }

    /// <summary>Whether two rates are the same measure, region, period and value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(UnemploymentRate left, UnemploymentRate right) => left.Equals(right);

    /// <summary>Whether two rates differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(UnemploymentRate left, UnemploymentRate right) => !left.Equals(right);

    /// <summary>
    /// The registered urban rate from its components at the period end: registered unemployed ÷ (urban employed +
    /// registered unemployed), exactly.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="period">The period; the counts are those at its end.</param>
    /// <param name="registeredUnemployed">城镇登记失业人员 at the period end.</param>
    /// <param name="urbanEmployed">城镇从业人员 at the period end, as the National Bureau of Statistics defines them.</param>
    /// <returns>The registered urban unemployment rate.</returns>
    /// <exception cref="ArgumentException">Both counts are zero: there is no labour force to measure.</exception>
    public static UnemploymentRate FromRegisteredCounts(RegionCode region, ReportingPeriod period, Headcount registeredUnemployed, Headcount urbanEmployed)
    {
        Headcount labourForce = urbanEmployed + registeredUnemployed;
        if (labourForce == Headcount.Zero)
        {
            throw new ArgumentException("The registered rate needs a labour force: urban employed and registered unemployed are both zero.", nameof(urbanEmployed));
        }

        return new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, region, period, Percent.FromRatio(registeredUnemployed / labourForce));
    }

    /// <summary>
    /// Compares this rate with another of the same measure — another region, another period, or the provincial average
    /// given as the province's rate: the difference in percentage points, its direction, and whether it is better.
    /// </summary>
    /// <param name="reference">The rate compared against.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The measures differ: a registered rate (an administrative count) and a surveyed rate
    /// (a household survey on ILO criteria) measure different populations and cannot be compared.</exception>
    public UnemploymentComparison CompareWith(UnemploymentRate reference)
    {
        if (Measure != reference.Measure)
        {
            throw new ArgumentException(
                $"Cannot compare the {Describe(Measure)} of {Region} with the {Describe(reference.Measure)} of {reference.Region}: the registered urban rate is an administrative count of registered job seekers, the surveyed urban rate comes from the household labour-force survey on ILO criteria and covers every urban resident; they measure different things.",
                nameof(reference));
        }

        return new UnemploymentComparison(this, reference);
    }

    /// <inheritdoc />
    public bool Equals(UnemploymentRate other) =>
        Measure == other.Measure && Region == other.Region && Period == other.Period && Rate == other.Rate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnemploymentRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Measure, Region, Period, Rate);

    /// <summary>For example "RegisteredUrban 331000 2020-10: 1.38%".</summary>
    /// <returns>The measure, region, period and rate.</returns>
    public override string ToString() => $"{Measure} {Region} {Period}: {Rate}";

    internal static string Describe(UnemploymentMeasure measure) =>
        measure == UnemploymentMeasure.RegisteredUrban ? "registered urban unemployment rate (城镇登记失业率)" : "surveyed urban unemployment rate (城镇调查失业率)";
}
