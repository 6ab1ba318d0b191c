using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>Every trace prints the published figures as published, qualifier and status included, in each language.</summary>
public class PublishedTraceTests
{
    private static readonly DerivedFigure Gap = PublishedArithmetic.Difference(
        PublishedFigure.Parse<Count<Enterprises>>("约115万家"), PublishedFigure.Parse<Count<Enterprises>>("预计不超过15万家"));

    [Fact]
    public void Difference_Hans_KeepsQualifiers() =>
        Assert.Equal("约115万家 − 预计不超过15万家 = 100万家", Gap.Explain(ExplainLanguage.ZhHans));

    [Fact]
    public void Difference_Hant_KeepsQualifiersInTraditionalScript() =>
        Assert.Equal("約115萬家 − 預計不超過15萬家 = 100萬家", Gap.Explain(ExplainLanguage.ZhHant));

    [Fact]
    public void Difference_English_KeepsQualifiers() =>
        Assert.Equal("about 115 × 10⁴ enterprises − forecast at most 15 × 10⁴ enterprises = 100 × 10⁴ enterprises", Gap.Explain(ExplainLanguage.English));

    [Fact]
    public void Sum_Hant_KeepsApproximateAndSpanMarkers() =>
        Assert.Equal(
            "約3000人 + 1100多萬人 = 1100.3萬人",
            PublishedArithmetic.Sum(PublishedFigure.Parse<Headcount>("3000人左右"), PublishedFigure.Parse<Headcount>("1100多万人")).Explain(ExplainLanguage.ZhHant, DisplayFormat.Parse("W1")));

    [Fact]
    public void Share_Hant_KeepsTheExclusiveMarker() =>
        Assert.StartsWith("不到30萬人 ÷ 約115萬人 ", PublishedArithmetic.Share(PublishedFigure.Parse<Headcount>("不到30万人"), PublishedFigure.Parse<Headcount>("约115万人")).Explain(ExplainLanguage.ZhHant));

    [Fact]
    public void Share_English_KeepsTheExclusiveMarker() =>
        Assert.StartsWith("under 30 × 10⁴ persons ÷ about 115 × 10⁴ persons ", PublishedArithmetic.Share(PublishedFigure.Parse<Headcount>("不到30万人"), PublishedFigure.Parse<Headcount>("约115万人")).Explain(ExplainLanguage.English));
}
