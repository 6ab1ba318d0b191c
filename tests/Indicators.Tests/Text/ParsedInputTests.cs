using Indicators.Tests.Support;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>
/// One text read as one figure or one numeral, in the wire format of <c>indicators parse</c>: every kind in simplified
/// and traditional characters, every qualifier and status, and the errors. Expected values are worked by hand.
/// </summary>
public class ParsedInputTests
{
    private static ParsedInput Ok(string input)
    {
        Assert.True(ParsedInput.TryParse(input, out ParsedInput parsed), parsed.ToString());
        Assert.Null(parsed.Error);
        Assert.Equal(-1, parsed.ErrorPosition);
        Assert.Equal(input, parsed.Input);
        return parsed;
    }

    private static ParsedInput Fails(string? input)
    {
        Assert.False(ParsedInput.TryParse(input, out ParsedInput parsed), parsed.ToString());
        Assert.False(parsed.IsOk);
        Assert.NotNull(parsed.Error);
        Assert.Null(parsed.Kind);
        Assert.Null(parsed.Value);
        Assert.Null(parsed.Qualifier);
        Assert.Null(parsed.Status);
        return parsed;
    }

    private static void Reads(string input, string kind, string value, string? unit, string? scale, string qualifier = "exact", string status = "normal")
    {
        ParsedInput parsed = Ok(input);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(value, parsed.Value);
        Assert.Equal(unit, parsed.Unit);
        Assert.Equal(scale, parsed.Scale);
        Assert.Equal(qualifier, parsed.Qualifier);
        Assert.Equal(status, parsed.Status);
    }

    [Theory]
    [InlineData("超过人民币4700亿元", "470000000000", "亿", "at-least")]
    [InlineData("超過人民幣4700億元", "470000000000", "亿", "at-least")]
    [InlineData("158.9万元", "1589000", "万", "exact")]
    [InlineData("158.9萬元", "1589000", "万", "exact")]
    [InlineData("6051.56元", "6051.56", null, "exact")]
    [InlineData("1.2345万亿元", "1234500000000", "万亿", "exact")]
    [InlineData("-3000多元", "-3000", null, "span")]
    public void Money_InYuan(string input, string value, string? scale, string qualifier) =>
        Reads(input, "money", value, "元", scale, qualifier);

    [Theory]
    [InlineData("14.64万人", "146400", "人", "万")]
    [InlineData("14.64萬人", "146400", "人", "万")]
    [InlineData("39221人", "39221", "人", null)]
    [InlineData("三千五百万人", "35000000", "人", "万")]
    [InlineData("三千五百萬人", "35000000", "人", "万")]
    public void Headcount_InPersons(string input, string value, string unit, string? scale) =>
        Reads(input, "headcount", value, unit, scale);

    [Theory]
    [InlineData("约115万家", "1150000", "家", "万", "approx")]
    [InlineData("約115萬家", "1150000", "家", "万", "approx")]
    [InlineData("320场", "320", "场", null, "exact")]
    [InlineData("320場", "320", "場", null, "exact")]
    public void Count_InUnits(string input, string value, string unit, string? scale, string qualifier) =>
        Reads(input, "count", value, unit, scale, qualifier);

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Percent_IsADecimalFraction_UnderEveryCulture(string culture) => Cultures.With(culture, () =>
    {
        Reads("1.38%", "percent", "0.0138", "%", null);
        Reads("不超过3.5%", "percent", "0.035", "%", null, "at-most");
        Reads("不超過3.5%", "percent", "0.035", "%", null, "at-most");
        Reads("百分之五", "percent", "0.05", "%", null);
        Reads("百分之三点五", "percent", "0.035", "%", null);
        Reads("百分之三點五", "percent", "0.035", "%", null);
        Reads("196.11%", "percent", "1.9611", "%", null);
    });

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void PercentagePoints_ArePoints_UnderEveryCulture(string culture) => Cultures.With(culture, () =>
    {
        Reads("0.2个百分点", "percentage-points", "0.2", "个百分点", null);
        Reads("0.09個百分點", "percentage-points", "0.09", "個百分點", null);
    });

    [Theory]
    [InlineData("三千五百万", "35000000", "万")]
    [InlineData("三千五百萬", "35000000", "万")]
    [InlineData("一亿零五百万", "105000000", "万")]
    [InlineData("壹仟零壹", "1001", null)]
    [InlineData("3萬5", "35000", null)]
    [InlineData("1.6万", "16000", "万")]
    [InlineData("1.6萬", "16000", "万")]
    [InlineData("负三点五", "-3.5", null)]
    [InlineData("負三點五", "-3.5", null)]
    [InlineData("三分之一", "1/3", null)]
    [InlineData("四分之一", "0.25", null)]
    [InlineData("1,234,567", "1234567", null)]
    public void BareNumeral_IsANumber(string input, string value, string? scale) =>
        Reads(input, "number", value, null, scale);

    [Theory]
    [InlineData("3000人", "exact")]
    [InlineData("3000人左右", "approx")]
    [InlineData("大約3000人", "approx")]
    [InlineData("近200名", "at-most")]
    [InlineData("3000人以下", "at-most")]
    [InlineData("至少3000人", "at-least")]
    [InlineData("3000人以上", "at-least")]
    [InlineData("逾3000人", "at-least")]
    [InlineData("3000多人", "span")]
    [InlineData("3000餘人", "span")]
    public void EveryQualifier(string input, string qualifier)
    {
        ParsedInput parsed = Ok(input);
        Assert.Equal("headcount", parsed.Kind);
        Assert.Equal(qualifier, parsed.Qualifier);
    }

    [Theory]
    [InlineData("3万人", "normal")]
    [InlineData("预计1800亿元", "forecast")]
    [InlineData("預計1800億元", "forecast")]
    [InlineData("初步3万人", "provisional")]
    [InlineData("快報3萬人", "provisional")]
    [InlineData("估计3万人", "estimated")]
    [InlineData("估計3萬人", "estimated")]
    public void EveryStatus(string input, string status) => Assert.Equal(status, Ok(input).Status);

    [Fact]
    public void SurroundingWhiteSpace_IsIgnored_AndTheInputKept()
    {
        ParsedInput parsed = Ok("  3万人\t");
        Assert.Equal("30000", parsed.Value);
        Assert.Equal("  3万人\t", parsed.Input);
    }

    [Theory]
    [InlineData("3000斤", 4)]
    [InlineData("abc", 0)]
    [InlineData("3万人abc", 3)]
    [InlineData("统计3万人", 0)]
    [InlineData("30万美元", 0)]
    [InlineData("两三", 0)]
    [InlineData("十几", 0)]
    [InlineData("", 0)]
    [InlineData("   ", 3)]
    public void Errors_HaveAPositionAndAMessage(string input, int position)
    {
        ParsedInput parsed = Fails(input);
        Assert.Equal(position, parsed.ErrorPosition);
        Assert.Equal(input, parsed.Input);
    }

    [Fact]
    public void Errors_SayWhy()
    {
        Assert.Contains("range", Fails("两三").Error!, System.StringComparison.Ordinal);
        Assert.Contains("美元", Fails("30万美元").Error!, System.StringComparison.Ordinal);
        Assert.Contains("position 4", Fails("3000斤").Error!, System.StringComparison.Ordinal);
        Assert.Contains("兆", Fails("三兆").Error!, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Null_ReadsAsEmpty() => Assert.Equal(string.Empty, Fails(null).Input);

    [Fact]
    public void Equality_IsByReading()
    {
        ParsedInput a = Ok("3万人");
        ParsedInput b = Ok("3万人");
        ParsedInput c = Ok("3萬人");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
    }

    [Fact]
    public void WireNames_CoverEveryMember()
    {
        Assert.Equal("exact", ParseWireNames.Qualifier(Indicators.Reporting.Qualifier.None));
        Assert.Equal("approx", ParseWireNames.Qualifier(Indicators.Reporting.Qualifier.Approximately));
        Assert.Equal("at-most", ParseWireNames.Qualifier(Indicators.Reporting.Qualifier.AtMost));
        Assert.Equal("at-least", ParseWireNames.Qualifier(Indicators.Reporting.Qualifier.AtLeast));
        Assert.Equal("span", ParseWireNames.Qualifier(Indicators.Reporting.Qualifier.Span));
        Assert.Equal("normal", ParseWireNames.Status(Indicators.Reporting.FigureStatus.Normal));
        Assert.Equal("estimated", ParseWireNames.Status(Indicators.Reporting.FigureStatus.Estimated));
        Assert.Equal("forecast", ParseWireNames.Status(Indicators.Reporting.FigureStatus.Forecast));
        Assert.Equal("provisional", ParseWireNames.Status(Indicators.Reporting.FigureStatus.Provisional));
        Assert.Equal("foreign-currency", ParseWireNames.Kind(FigureKind.ForeignCurrency));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ParseWireNames.Kind(FigureKind.None));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ParseWireNames.Qualifier((Indicators.Reporting.Qualifier)99));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ParseWireNames.Status((Indicators.Reporting.FigureStatus)99));
    }
}
