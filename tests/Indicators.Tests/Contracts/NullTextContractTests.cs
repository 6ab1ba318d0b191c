using System;
using System.Globalization;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Contracts;

/// <summary>
/// Null text, through the generic <see cref="IParsable{TSelf}"/> and the type's own <c>Parse(string)</c>: Parse throws
/// <see cref="ArgumentNullException"/> naming <c>s</c> (as documented), TryParse says no. Without the null check the
/// text would be read as empty and throw <see cref="FormatException"/> instead.
/// </summary>
public class NullTextContractTests
{
    [Fact]
    public void EveryParsableType_RefusesNullText_NamingS()
    {
        AssertRefusesNull<Money>();
        AssertRefusesNull<Headcount>();
        AssertRefusesNull<HeadcountChange>();
        AssertRefusesNull<Count<Enterprises>>();
        AssertRefusesNull<UnitCount>();
        AssertRefusesNull<Ratio>();
        AssertRefusesNull<Percent>();
        AssertRefusesNull<PercentagePoints>();
        AssertRefusesNull<ReportingPeriod>();
        AssertRefusesNull<RegionCode>();
        AssertRefusesNull<PublishedFigure<Headcount>>();
        AssertRefusesNull<PublishedRate>();
        AssertRefusesNull<QuantityTarget<Headcount>>();
        AssertRefusesNull<RateTarget>();
    }

    [Fact]
    public void OwnParse_RefusesNullText_NamingS()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => RateTarget.Parse(null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => QuantityTarget<Headcount>.Parse(null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => PublishedRate.Parse(null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => PublishedFigure<Headcount>.Parse(null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => PublishedFigure.Parse<Headcount>(null!)).ParamName);
    }

    private static void AssertRefusesNull<T>()
        where T : IParsable<T>
    {
        ArgumentNullException e = Assert.Throws<ArgumentNullException>(() => T.Parse(null!, CultureInfo.InvariantCulture));
        Assert.Equal("s", e.ParamName);
        Assert.False(T.TryParse(null, CultureInfo.InvariantCulture, out _));
    }
}
