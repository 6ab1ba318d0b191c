using System;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Serialization;

public class JsonDerivedTests
{
    [Fact]
    public void DerivedFigure_IsWrittenInItsOwnUnit_AndReadBackEqual()
    {
        DerivedFigure perEnterprise = PublishedArithmetic.PerUnit(PublishedFigure.Parse<Money>("147.16亿元"), PublishedFigure.Parse<Count<Enterprises>>("约115万家"));
        string json = JsonSerializer.Serialize(perEnterprise);
        Assert.StartsWith("{\"unit\":{\"kind\":\"PerUnit\",\"amount\":\"yuan\",\"per\":\"enterprise\"},\"value\":\"", json, StringComparison.Ordinal);
        Assert.Equal(perEnterprise, JsonSerializer.Deserialize<DerivedFigure>(json));
    }

    [Theory]
    [InlineData("{\"kind\":\"Amount\",\"amount\":\"household\"}")]
    [InlineData("{\"kind\":\"Share\",\"amount\":\"yuan\"}")]
    [InlineData("{\"kind\":\"PerUnit\",\"amount\":\"yuan\"}")]
    [InlineData("{\"kind\":\"Sideways\"}")]
    public void DerivedUnit_Unknown_IsAJsonErrorWithThePath(string unit)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<DerivedFigure>(
            "{\"unit\":" + unit + ",\"value\":\"1\",\"bounds\":\"[1, 1]\",\"precision\":\"G\",\"boundsPrecision\":\"F2\"}"));
        Assert.Contains("unit", e.Message, StringComparison.Ordinal);
        Assert.Equal("$", e.Path);
    }

    [Fact]
    public void TargetAgreement_Agreeing_AndNot_RoundTrip()
    {
        ImpliedTarget<Headcount> implied = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%"));
        TargetAgreement<Headcount> agrees = implied.Agreement(Headcount.FromWan(10m));
        TargetAgreement<Headcount> disagrees = implied.Agreement(Headcount.FromWan(12m));
        Assert.True(agrees.Agrees);
        Assert.False(disagrees.Agrees);
        Assert.Equal(agrees, JsonSerializer.Deserialize<TargetAgreement<Headcount>>(JsonSerializer.Serialize(agrees)));
        Assert.Equal(disagrees, JsonSerializer.Deserialize<TargetAgreement<Headcount>>(JsonSerializer.Serialize(disagrees)));
        Assert.Contains("\"wholeActuals\":{\"min\":\"146425\\u4EBA\",\"max\":\"146434\\u4EBA\"}", JsonSerializer.Serialize(agrees), StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TargetAgreement<Headcount>>(
            JsonSerializer.Serialize(agrees).Replace("\"agrees\":true", "\"agrees\":false", StringComparison.Ordinal)));
    }

    [Fact]
    public void DerivedFigure_ValueOutsideItsBounds_IsAJsonError() =>
        Assert.Contains("outside its bounds", Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<DerivedFigure>(
            "{\"unit\":{\"kind\":\"Amount\",\"amount\":\"person\"},\"value\":\"5\",\"bounds\":\"[1, 2]\",\"precision\":\"G\",\"boundsPrecision\":\"F2\"}")).Message, StringComparison.Ordinal);
}
