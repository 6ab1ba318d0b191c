using System;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Reporting;
using Indicators.Tests.Support;
using Xunit;
using static Indicators.Tests.Aggregation.DatasetArithmeticTests;

namespace Indicators.Tests.Aggregation;

/// <summary>
/// The trace of a roll-up in simplified Chinese, traditional Chinese and English: each part's region and figure, the
/// missing regions, and the finding's verdict.
/// </summary>
/// <remarks>The county figures here are MADE UP for the test (they are not published figures); only the city's total,
/// 14.64万人 new urban employment to the end of October 2020, is the reference report's.</remarks>
public class DatasetExplainTests
{
    private static Dataset MadeUp(string cityTotal) => new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou)
        .Add("urban-new-employment", "331000", ToOctober, cityTotal)
        .Add("urban-new-employment", "331002", ToOctober, "2.31万人") // made up
        .Add("urban-new-employment", "331003", ToOctober, "1.52万人") // made up
        .Add("urban-new-employment", "331081", ToOctober, "3.05万人") // made up
        .Build();

    public static TheoryData<string> CultureNames => [.. Cultures.Current];

    [Theory]
    [MemberData(nameof(CultureNames))]
    public void Explain_NamesEachPartAndTheMissing_AndTheVerdict_InEachLanguage(string culture) => Cultures.With(culture, () =>
    {
        RegionalTotal total = MadeUp("14.64万人").RollUp("urban-new-employment", "331000", ToOctober);
        string hans = total.Explain(ExplainLanguage.ZhHans);
        string hant = total.Explain(ExplainLanguage.ZhHant);
        string english = total.Explain(ExplainLanguage.English);

        Assert.StartsWith("台州市 城镇新增就业 2020-01-01/P10M", hans, StringComparison.Ordinal);
        Assert.Contains("椒江区: 2.31万人", hans, StringComparison.Ordinal);
        Assert.Contains("黄岩区: 1.52万人", hans, StringComparison.Ordinal);
        Assert.Contains("温岭市: 3.05万人", hans, StringComparison.Ordinal);
        Assert.Contains("缺：路桥区、三门县、天台县、仙居县、临海市、玉环市", hans, StringComparison.Ordinal);
        Assert.Contains("公布 14.64万人", hans, StringComparison.Ordinal);
        Assert.EndsWith("不一致", hans, StringComparison.Ordinal);

        Assert.StartsWith("臺州市 城鎮新增就業 2020-01-01/P10M", hant, StringComparison.Ordinal);
        Assert.Contains("椒江區: 2.31萬人", hant, StringComparison.Ordinal);
        Assert.Contains("黃巖區: 1.52萬人", hant, StringComparison.Ordinal);
        Assert.Contains("溫嶺市: 3.05萬人", hant, StringComparison.Ordinal);
        Assert.Contains("缺：路橋區、三門縣、天台縣、仙居縣、臨海市、玉環市", hant, StringComparison.Ordinal);
        Assert.Contains("公佈 14.64萬人", hant, StringComparison.Ordinal);
        Assert.EndsWith("不一致", hant, StringComparison.Ordinal);

        Assert.StartsWith("Taizhou New urban employment 2020-01-01/P10M", english, StringComparison.Ordinal);
        Assert.Contains("Jiaojiang: 2.31 × 10⁴ persons", english, StringComparison.Ordinal);
        Assert.Contains("Huangyan: 1.52 × 10⁴ persons", english, StringComparison.Ordinal);
        Assert.Contains("Wenling: 3.05 × 10⁴ persons", english, StringComparison.Ordinal);
        Assert.Contains("missing: Luqiao, Sanmen, Tiantai, Xianju, Linhai, Yuhuan", english, StringComparison.Ordinal);
        Assert.Contains("published 14.64 × 10⁴ persons", english, StringComparison.Ordinal);
        Assert.EndsWith(": inconsistent", english, StringComparison.Ordinal);
    });

    [Fact]
    public void Explain_OfAnAgreeingTotal_SaysConsistent_InEachLanguage()
    {
        // 2.31万 + 1.52万 + 3.05万 = 6.88万 (made up), in [6.865万, 6.895万); "约7万人" is (6.5万, 7.5万).
        RegionalTotal total = MadeUp("约7万人").RollUp("urban-new-employment", "331000", ToOctober);
        Assert.True(total.Finding!.IsConsistent);
        Assert.EndsWith("：一致", total.Explain(ExplainLanguage.ZhHans), StringComparison.Ordinal);
        Assert.EndsWith("：一致", total.Explain(ExplainLanguage.ZhHant), StringComparison.Ordinal);
        Assert.EndsWith(": consistent", total.Explain(ExplainLanguage.English), StringComparison.Ordinal);
        Assert.DoesNotContain("不一致", total.Explain(ExplainLanguage.ZhHans), StringComparison.Ordinal);
        Assert.DoesNotContain("inconsistent", total.Explain(ExplainLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OfARate_ShowsBothComponentsRolledUp()
    {
        // Made-up county figures: 1 200 of 80 000 and 900 of 60 000 make 2 100 of 140 000 = 1.50%.
        Dataset dataset = new DatasetBuilder(IndicatorCatalog.BuiltIn, Taizhou)
            .Add("registered-urban-unemployed", "331002", ToOctober, "1200人")
            .Add("registered-urban-labour-force", "331002", ToOctober, "80000人")
            .Add("registered-urban-unemployed", "331003", ToOctober, "900人")
            .Add("registered-urban-labour-force", "331003", ToOctober, "60000人")
            .Build();
        RegionalTotal rate = dataset.RollUp("registered-urban-unemployment-rate", "331000", ToOctober);
        Assert.Equal(new Indicators.Quantities.Ratio(2_100 * 100, 140_000), rate.Figure.Value);
        string hans = rate.Explain(ExplainLanguage.ZhHans);
        System.IO.File.WriteAllText("/tmp/explain.txt", hans + "\n----\n" + MadeUp("14.64万人").RollUp("urban-new-employment", "331000", ToOctober).Explain(ExplainLanguage.English) + "\n----\n" + MadeUp("14.64万人").RollUp("urban-new-employment", "331000", ToOctober).Explain(ExplainLanguage.ZhHant));
        Assert.Contains("城镇登记失业人数", hans, StringComparison.Ordinal);
        Assert.Contains("城镇从业人员与登记失业人员", hans, StringComparison.Ordinal);
        Assert.Contains("椒江区: 1200人", hans, StringComparison.Ordinal);
        Assert.Contains("黄岩区: 60000人", hans, StringComparison.Ordinal);
        Assert.Contains("1.50%", hans, StringComparison.Ordinal);
    }
}
