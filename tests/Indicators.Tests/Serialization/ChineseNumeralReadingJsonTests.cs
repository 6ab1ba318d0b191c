using System.Text.Json;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Serialization;

public class ChineseNumeralReadingJsonTests
{
    [Theory]
    [InlineData("三四十", "{\"kind\":\"Range\",\"low\":\"30\",\"high\":\"40\"}")]
    [InlineData("三分之一", "{\"kind\":\"Fraction\",\"low\":\"1/3\",\"high\":\"1/3\"}")]
    [InlineData("百分之五", "{\"kind\":\"Percent\",\"low\":\"0.05\",\"high\":\"0.05\"}")]
    [InlineData("三千五百万", "{\"kind\":\"Number\",\"low\":\"35000000\",\"high\":\"35000000\"}")]
    public void Reading_IsWrittenAndReadBack(string numeral, string json)
    {
        ChineseNumeralReading reading = ChineseNumeralReading.Parse(numeral);
        Assert.Equal(json, JsonSerializer.Serialize(reading));
        Assert.Equal(reading, JsonSerializer.Deserialize<ChineseNumeralReading>(json));
    }

    [Fact]
    public void Default_IsWrittenAndReadBack() =>
        Assert.Equal(default, JsonSerializer.Deserialize<ChineseNumeralReading>(JsonSerializer.Serialize(default(ChineseNumeralReading))));

    [Theory]
    [InlineData("{\"kind\":\"Range\",\"low\":\"40\",\"high\":\"30\"}")]
    [InlineData("{\"kind\":\"Range\",\"low\":\"30\",\"high\":\"30\"}")]
    [InlineData("{\"kind\":\"Number\",\"low\":\"30\",\"high\":\"40\"}")]
    [InlineData("{\"kind\":\"Wide\",\"low\":\"30\",\"high\":\"40\"}")]
    [InlineData("{\"kind\":\"Number\",\"low\":\"30\"}")]
    public void ReadingThatDoesNotFitItsKind_IsAJsonError(string json)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ChineseNumeralReading>(json));
        Assert.Contains("ChineseNumeralReading", e.Message, System.StringComparison.Ordinal);
    }
}
