using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>How a trace writes a Chinese figure: digits in groups of three, a space before the unit; each written out by hand.</summary>
public class ExplainTextTests
{
    [Theory]
    [InlineData("1人", "1 人")]
    [InlineData("123人", "123 人")]
    [InlineData("1000人", "1 000 人")]
    [InlineData("39221人", "39 221 人")]
    [InlineData("123456人", "123 456 人")]
    [InlineData("1234567人", "1 234 567 人")]
    [InlineData("-1234567人", "-1 234 567 人")]
    [InlineData("-123人", "-123 人")]
    [InlineData("6051.56元", "6 051.56 元")]
    [InlineData("0.123456元", "0.123456 元")]
    [InlineData("1234万人", "1 234万 人")]
    [InlineData("1234.5678万元", "1 234.5678万 元")]
    [InlineData("2.5万亿元", "2.5万亿 元")]
    [InlineData("人", "人")]
    [InlineData("约39221人", "约39221人")]
    [InlineData("", "")]
    public void Grouped_GroupsTheDigitsBeforeThePointOrTheScale(string figure, string expected) =>
        Assert.Equal(expected, ExplainText.Grouped(figure));
}
