using System;
using Indicators.Regions;
using Xunit;

namespace Indicators.Tests.Regions;

public class RegionCodeTests
{
    [Fact]
    public void Hierarchy_ByCode()
    {
        RegionCode jiaojiang = RegionCode.Parse("331002");
        Assert.Equal(RegionCode.Parse("331000"), jiaojiang.Prefecture);
        Assert.Equal(RegionCode.Parse("330000"), jiaojiang.Province);
        Assert.True(RegionCode.Parse("330000").IsProvince);
        Assert.True(RegionCode.Parse("331000").IsPrefecture);
        Assert.True(RegionCode.Parse("330000").Contains(jiaojiang));
        Assert.True(RegionCode.Parse("331000").Contains(jiaojiang));
        Assert.False(RegionCode.Parse("332000").Contains(jiaojiang));
        Assert.Equal("331083", RegionCode.Parse("331083").ToString());
    }

    [Theory]
    [InlineData("33100")]
    [InlineData("3310000")]
    [InlineData("033100")]
    [InlineData("33100a")]
    public void Parse_Bad_Throws(string text)
    {
        Assert.Contains("six digits", Assert.Throws<FormatException>(() => RegionCode.Parse(text)).Message, StringComparison.Ordinal);
        Assert.False(RegionCode.TryParse(text, out _));
    }
}
