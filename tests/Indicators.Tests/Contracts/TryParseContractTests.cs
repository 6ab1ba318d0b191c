using System.Globalization;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Contracts;

/// <summary>
/// <see cref="System.IParsable{TSelf}.TryParse"/> of every parsable type, called through the interface (some types
/// implement it explicitly): it reads what <c>Parse</c> reads, reads back the type's own text, and says no, with
/// <c>default</c>, to text that is no such value.
/// </summary>
public class TryParseContractTests
{
    [Fact]
    public void EveryParsableType_ThroughIParsable_ReadsWhatParseReads_AndRefusesTheRest()
    {
        AssertTryParse<Money>("5元");
        AssertTryParse<Headcount>("5人");
        AssertTryParse<HeadcountChange>("-5人");
        AssertTryParse<Count<Enterprises>>("5家");
        AssertTryParse<UnitCount>("5家");
        AssertTryParse<Ratio>("1/3");
        AssertTryParse<Percent>("1.5%");
        AssertTryParse<PercentagePoints>("1.5个百分点");
        AssertTryParse<ReportingPeriod>("2020-10");
        AssertTryParse<RegionCode>("330000");
        AssertTryParse<PublishedFigure<Headcount>>("约5万人");
        AssertTryParse<PublishedRate>("约5.5%");
        AssertTryParse<QuantityTarget<Headcount>>("60万人以上");
        AssertTryParse<RateTarget>("3.5%以内");
    }

    private static void AssertTryParse<T>(string text)
        where T : System.IParsable<T>
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        Assert.True(T.TryParse(text, invariant, out T? value), $"{typeof(T).Name} reads {text}");
        Assert.Equal(T.Parse(text, invariant), value);
        Assert.True(T.TryParse(value!.ToString(), invariant, out T? back), $"{typeof(T).Name} reads back {value}");
        Assert.Equal(value, back);
        foreach (string bad in new[] { "x", string.Empty, " ", text + "x", "x" + text })
        {
            Assert.False(T.TryParse(bad, invariant, out T? refused), $"{typeof(T).Name} refuses '{bad}'");
            Assert.Equal(default, refused);
        }
    }
}
