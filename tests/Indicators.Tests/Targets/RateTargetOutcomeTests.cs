using System;
using System.Numerics;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Targets;
using Indicators.Tests.Serialization;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>
/// The outcome of a rate against a target when the margin does not fit 128-bit terms: <see cref="RateTargetOutcome.Margin"/>
/// throws its documented <see cref="OverflowException"/>, while <see cref="RateTargetOutcome.IsMet"/>, <c>ToString()</c>
/// and JSON stay exact. Before the fix <c>IsMet</c> and <c>ToString()</c> threw the overflow too.
/// </summary>
public class RateTargetOutcomeTests
{
    // 1/(10²⁰+39) and 1/(10²⁰+129): coprime denominators whose product (about 10⁴⁰) leaves 128 bits.
    private static readonly BigInteger D1 = BigInteger.Pow(10, 20) + 39;
    private static readonly BigInteger D2 = BigInteger.Pow(10, 20) + 129;
    private static readonly Percent A = Percent.FromRatio(new Ratio(1, (Int128)D1));
    private static readonly Percent B = Percent.FromRatio(new Ratio(1, (Int128)D2));

    [Fact]
    public void MarginBeyond128Bits_ThrowsOverflow_ButIsMetAndToStringAreExact()
    {
        Assert.Equal(BigInteger.One, BigInteger.GreatestCommonDivisor(D1, D2));
        RateTargetOutcome outcome = RateTarget.AtMost(A).Evaluate(B); // B < A: met, margin A − B = (D2 − D1)/(D1·D2) > 0
        Assert.Throws<OverflowException>(() => outcome.Margin);
        Assert.False(outcome.TryGetMargin(out _));
        Assert.True(outcome.IsMet);
        Assert.False(RateTarget.AtMost(B).Evaluate(A).IsMet);
        Assert.True(RateTarget.AtLeast(B).Evaluate(A).IsMet);
        Assert.False(RateTarget.AtLeast(A, inclusive: false).Evaluate(B).IsMet);

        // Margin in points = 100 × (D2 − D1) / (D1 · D2), written here in lowest terms.
        BigInteger n = 100 * (D2 - D1), d = D1 * D2, g = BigInteger.GreatestCommonDivisor(n, d);
        Assert.Equal($"{B} against {A}以内: met, margin {n / g}/{d / g}个百分点", outcome.ToString());
    }

    [Fact]
    public void Json_MarginBeyond128Bits_IsNull_AndReadsBack()
    {
        RateTargetOutcome outcome = RateTarget.About(A, PercentagePoints.FromRatio(new Ratio(1, 3))).Evaluate(B);
        string json = JsonSerializer.Serialize(outcome, JsonTestOptions.Web);
        Assert.Contains("\"margin\":null", json, StringComparison.Ordinal);
        Assert.Equal(outcome, JsonSerializer.Deserialize<RateTargetOutcome>(json, JsonTestOptions.Web));
        string stated = json.Replace("\"margin\":null", "\"margin\":\"0个百分点\"", StringComparison.Ordinal);
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<RateTargetOutcome>(stated, JsonTestOptions.Web));
        Assert.Contains("margin", e.Message, StringComparison.Ordinal);
        string fitting = JsonSerializer.Serialize(RateTarget.AtMost(A).Evaluate(A), JsonTestOptions.Web).Replace("\"margin\":\"0个百分点\"", "\"margin\":null", StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<RateTargetOutcome>(fitting, JsonTestOptions.Web));
    }

    /// <summary>IsMet against an oracle in big integers, for rates with any denominators, and ToString never throws.</summary>
    [Property(Arbitrary = [typeof(Arbitraries), typeof(TargetGenerators), typeof(WideRates)], MaxTest = 1000)]
    public bool IsMet_AgreesWithBigIntegers_ToStringNeverThrows(RateTarget target, WidePercent actual)
    {
        RateTargetOutcome outcome = target.Evaluate(actual.Value);
        (BigInteger n, BigInteger d) = Margin(target, actual.Value);
        bool met = target.IsInclusive ? n.Sign >= 0 : n.Sign > 0;
        Assert.Equal(met, outcome.IsMet);
        Assert.NotNull(outcome.ToString());
        if (outcome.TryGetMargin(out PercentagePoints margin))
        {
            Assert.Equal(n * margin.Ratio.Denominator, d * margin.Ratio.Numerator);
            Assert.Equal(margin, outcome.Margin);
        }
        else
        {
            BigInteger g = BigInteger.GreatestCommonDivisor(n, d);
            Assert.True(BigInteger.Abs(n / g) > (BigInteger)Int128.MaxValue || d / g > (BigInteger)Int128.MaxValue);
            Assert.Throws<OverflowException>(() => outcome.Margin);
        }

        return true;
    }

    private static (BigInteger N, BigInteger D) Margin(RateTarget target, Percent actual)
    {
        (BigInteger an, BigInteger ad) = (actual.Ratio.Numerator, actual.Ratio.Denominator);
        (BigInteger vn, BigInteger vd) = (target.Value.Ratio.Numerator, target.Value.Ratio.Denominator);
        return target.Kind switch
        {
            TargetKind.AtMost => ((vn * ad) - (an * vd), vd * ad),
            TargetKind.AtLeast => ((an * vd) - (vn * ad), vd * ad),
            _ => (((BigInteger)target.Tolerance.Ratio.Numerator * vd * ad) - (BigInteger.Abs((an * vd) - (vn * ad)) * target.Tolerance.Ratio.Denominator),
                  (BigInteger)target.Tolerance.Ratio.Denominator * vd * ad),
        };
    }
}

/// <summary>A rate with any denominator up to 2¹²⁰, so that margins leave 128 bits.</summary>
/// <param name="Value">The rate.</param>
public readonly record struct WidePercent(Percent Value);

/// <summary>Rates with huge denominators.</summary>
public static class WideRates
{
    /// <summary>Rates from <see cref="Arbitraries"/> and with numerators and denominators up to 2¹²⁰.</summary>
    public static Arbitrary<WidePercent> WidePercent() => Gen.OneOf(
        Arbitraries.Percent().Generator,
        from n in Arbitraries.AnyLong
        from hi in Arbitraries.NonNegativeLong
        from lo in Arbitraries.NonNegativeLong
        select Percent.FromRatio(new Ratio(n, (((Int128)hi << 59) | lo) + 1)))
        .Select(p => new WidePercent(p)).ToArbitrary();
}

public class RateTargetOutcomeExplainTests
{
    [Theory]
    [InlineData(Indicators.Reporting.ExplainLanguage.ZhHans, "余量 = 上限 3.5% − 实际 1.38% = 2.12 个百分点：达成")]
    [InlineData(Indicators.Reporting.ExplainLanguage.ZhHant, "餘量 = 上限 3.5% − 實際 1.38% = 2.12 個百分點：達成")]
    [InlineData(Indicators.Reporting.ExplainLanguage.English, "margin = ceiling 3.5% − actual 1.38% = 2.12 percentage points: met")]
    public void Explain_Ceiling_GivesTheHeadroomInPoints(Indicators.Reporting.ExplainLanguage language, string expected)
    {
        var outcome = Indicators.Targets.RateTarget.AtMost(Indicators.Quantities.Percent.FromPercentage(3.5m))
            .Evaluate(Indicators.Quantities.Percent.FromPercentage(1.38m));
        Xunit.Assert.Equal(expected, outcome.Explain(language));
    }

    [Fact]
    public void Explain_StrictFloorMissed_SaysExcludedAndMissed()
    {
        var outcome = Indicators.Targets.RateTarget.AtLeast(Indicators.Quantities.Percent.FromPercentage(3m), inclusive: false)
            .Evaluate(Indicators.Quantities.Percent.FromPercentage(3m));
        Xunit.Assert.Equal("余量 = 实际 3% − 下限（不含） 3% = 0 个百分点：未达成", outcome.Explain(Indicators.Reporting.ExplainLanguage.ZhHans));
    }
}
