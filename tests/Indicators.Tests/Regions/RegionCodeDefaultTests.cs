using System;
using Indicators.Regions;
using Xunit;

namespace Indicators.Tests.Regions;

public class RegionCodeDefaultTests
{
    [Fact]
    public void Default_IsNone_AndReadsBack()
    {
        RegionCode none = default;
        Assert.True(none.IsNone);
        Assert.Equal(RegionCode.None, none);
        Assert.Equal("000000", none.ToString());
        Assert.Equal(none, RegionCode.Parse(none.ToString()));
        Assert.False(none.IsProvince);
        Assert.False(none.IsPrefecture);
        Assert.True(none.Contains(none));
        Assert.False(none.Contains(RegionCode.Parse("331000")));
        Assert.False(RegionCode.Parse("330000").Contains(none));
        Assert.Equal(none, none.Province);
    }

    [Theory]
    [InlineData("033100")]
    [InlineData("00000")]
    [InlineData("0000000")]
    [InlineData("33100a")]
    [InlineData("３３１０００")]
    public void Parse_NotACode_ThrowsFormatExceptionNamingIt(string text)
    {
        Assert.False(RegionCode.TryParse(text, out _));
        FormatException e = Assert.Throws<FormatException>(() => RegionCode.Parse(text));
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsSpansAndHasNoCultureOverloads()
    {
        Assert.Equal(RegionCode.Parse("331083"), RegionCode.Parse("x331083".AsSpan(1)));
        Assert.Null(typeof(RegionCode).GetMethod(nameof(RegionCode.Parse), [typeof(string), typeof(IFormatProvider)]));
    }
}
