using System;
using System.Linq;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Tests.Support;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>
/// What whole-report extraction reads from the words around a number (issue 8): 负增长 is a fall, 约有 qualifies the
/// figure, units inferred from 招聘会 and 岗位, and what is no figure is said (a negative count, a number out of range, a
/// range of numerals), never dropped; sentences of our own in both scripts, values worked out by hand.
/// </summary>
public class ExtractionContextTests
{
    private static readonly Percent ThreePercent = Percent.FromPercentage(3m);

    [Theory]
    [InlineData("今年营收同比负增长3%。", "营收")]
    [InlineData("今年營收同比負增長3%。", "營收")]
    public void NegativeGrowth_IsAFall_LikeXiajiang(string text, string indicator) =>
        Cultures.With("tr-TR", () =>
        {
            // 负增长3% = a growth of −3%: the role is a growth, the words say it fell (IsDecrease), and the printed 3% keeps
            // its own sign, exactly as 下降3% is read; the indicator phrase is without 同比负增长.
            ExtractedFigure growth = Assert.Single(Extraction.Extract(text).Figures);
            Assert.Equal("3%", growth.Text);
            Assert.Equal(FigureRole.YearOnYearGrowth, growth.Role);
            Assert.True(growth.IsDecrease);
            Assert.True(growth.Figure.TryGetRate(out PublishedRate rate));
            Assert.Equal(ThreePercent, rate.Value);
            Assert.Equal(indicator, growth.Indicator?.Text);

            ExtractedFigure fall = Assert.Single(Extraction.Extract(text.Replace("负增长", "下降").Replace("負增長", "下降")).Figures);
            Assert.Equal((growth.Role, growth.IsDecrease, growth.Text, growth.Indicator?.Text), (fall.Role, fall.IsDecrease, fall.Text, fall.Indicator?.Text));
        });

    [Fact]
    public void NegativeGrowth_OfAnAmount_ModifiesIt_AndAPointChangeFalls()
    {
        ExtractionResult result = Extraction.Extract("前三季度，规上工业增加值1250.6亿元，同比负增长2.5%；城镇调查失业率为5.2%，比上月下降0.2个百分点。");
        ExtractedFigure growth = Assert.Single(result.Figures, f => f.Text == "2.5%");
        Assert.True(growth.IsDecrease);
        Assert.Equal("1250.6亿元", growth.Modifies?.Text);
        Assert.Equal("规上工业增加值", growth.Indicator?.Text);
        ExtractedFigure change = Assert.Single(result.Figures, f => f.Text == "0.2个百分点");
        Assert.True(change.IsDecrease);
        Assert.Equal("城镇调查失业率", change.Indicator?.Text);
    }

    [Theory]
    [InlineData("受惠企业约有115万家。", "约有115万家", "受惠企业", Qualifier.Approximately)]
    [InlineData("受惠企業約有115萬家。", "約有115萬家", "受惠企業", Qualifier.Approximately)]
    [InlineData("受惠企业大约有115万家。", "大约有115万家", "受惠企业", Qualifier.Approximately)]
    [InlineData("受惠企業大約有115萬家。", "大約有115萬家", "受惠企業", Qualifier.Approximately)]
    [InlineData("受惠企业约为115万家。", "约为115万家", "受惠企业", Qualifier.Approximately)]
    [InlineData("受惠企業約為115萬家。", "約為115萬家", "受惠企業", Qualifier.Approximately)]
    [InlineData("受惠企业约达115万家。", "约达115万家", "受惠企业", Qualifier.Approximately)]
    [InlineData("受惠企业至少有115万家。", "至少有115万家", "受惠企业", Qualifier.AtLeast)]
    public void QualifierWithYou_QualifiesTheFigure(string text, string printed, string indicator, Qualifier qualifier)
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract(text).Figures);
        Assert.Equal(printed, figure.Text);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(indicator, figure.Indicator?.Text);
        Assert.True(figure.Figure.TryGetCount(out PublishedFigure<UnitCount> count));
        Assert.Equal(1_150_000, count.Value.Value);
        if (qualifier == Qualifier.Approximately)
        {
            // 约115万 as documented: the last digit is worth 1万, so [114.5万, 115.5万).
            Assert.Equal(ValueInterval.ClosedOpen(new Ratio(1_145_000, 1), new Ratio(1_155_000, 1)), figure.Figure.Bounds);
        }
    }

    [Theory]
    [InlineData("签约有100家企业。", "100家")]
    [InlineData("簽約有100家企業。", "100家")]
    [InlineData("附近有100家企业。", "100家")]
    public void YueYou_InsideAWord_IsNoQualifier(string text, string printed)
    {
        // 签约 + 有: 约 belongs to 签约; 近有 is not a qualifier (附近有 = "nearby there are").
        ExtractedFigure figure = Assert.Single(Extraction.Extract(text).Figures);
        Assert.Equal(printed, figure.Text);
        Assert.Equal(Qualifier.None, figure.Qualifier);
    }

    [Theory]
    [InlineData("失业人数-3万人。", "-3万人")]
    [InlineData("失业人数负3万人。", "负3万人")]
    [InlineData("失業人數負3萬人。", "負3萬人")]
    [InlineData("新增企业-200家。", "-200家")]
    [InlineData("新增企業－200家。", "－200家")]
    [InlineData("城镇新增就业负3万。", "负3万")]
    public void NegativeCount_IsAFinding_NotAFigure(string text, string span)
    {
        ExtractionResult result = Extraction.Extract(text);
        Assert.Empty(result.Figures);
        FigureFinding finding = Assert.Single(result.Findings);
        Assert.Equal(FigureFindingKind.NegativeCount, finding.Kind);
        Assert.Equal(span, text.Substring(finding.Start, finding.Length));
        Assert.Contains("cannot be negative", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("财政收入-5亿元。", -50_000_000_000L)]
    [InlineData("財政收入負5億元。", -50_000_000_000L)]
    public void NegativeMoney_StaysAFigure(string text, long fen)
    {
        ExtractionResult result = Extraction.Extract(text);
        Assert.Empty(result.Findings);
        Assert.True(Assert.Single(result.Figures).Figure.TryGetMoney(out PublishedFigure<Money> money));
        Assert.Equal(fen, money.Value.Fen);
    }

    [Theory]
    [InlineData("为企业减负1800亿元。", "1800亿元", "企业减负")]
    [InlineData("為企業減負1800億元。", "1800億元", "企業減負")]
    public void Jianfu_IsAWord_NotAMinusSign(string text, string printed, string indicator)
    {
        // 减负 "reduce the burden": +1800亿元 (it was read as −1800亿元, with 减 as its indicator).
        ExtractedFigure figure = Assert.Single(Extraction.Extract(text).Figures);
        Assert.Equal(printed, figure.Text);
        Assert.Equal(indicator, figure.Indicator?.Text);
        Assert.True(figure.Figure.TryGetMoney(out PublishedFigure<Money> money));
        Assert.Equal(180_000_000_000_00L, money.Value.Fen);
        FigureInContext read = FigureReader.Read(text, text.IndexOf("1800", StringComparison.Ordinal));
        Assert.Equal(figure.Figure, read);
    }

    [Theory]
    [InlineData("投入99999999999999亿元。", "99999999999999亿元")]
    [InlineData("投入99999999999999億元。", "99999999999999億元")]
    [InlineData("城镇新增就业99999999999999999999人。", "99999999999999999999人")]
    public void NumberOutOfRange_IsAFinding(string text, string span)
    {
        // 99 999 999 999 999亿元 = 9.9…×10²¹ 元, beyond Money's ±9.2×10¹⁶ 元; 10²⁰ − 1 persons, beyond a 64-bit count.
        ExtractionResult result = Extraction.Extract(text);
        Assert.Empty(result.Figures);
        FigureFinding finding = Assert.Single(result.Findings);
        Assert.Equal(FigureFindingKind.NumberOutOfRange, finding.Kind);
        Assert.Equal(span, text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void TenThousandDigits_BeforeYuan_AreAFinding_WithTheirSpan_AndAShortMessage()
    {
        string text = "投入" + new string('9', 10_000) + "元，其余照旧。";
        ExtractionResult result = Extraction.Extract(text);
        Assert.Empty(result.Figures);
        FigureFinding finding = Assert.Single(result.Findings);
        Assert.Equal(FigureFindingKind.NumberOutOfRange, finding.Kind);
        Assert.Equal(2, finding.Start);
        Assert.Equal(10_001, finding.Length); // the digits and 元
        Assert.Contains("10000 digits", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Message.Length < 200, "the message does not copy the run");
    }

    [Fact]
    public void LongRun_WithoutAUnit_IsNeitherAFigureNorAFinding()
    {
        ExtractionResult result = Extraction.Extract("编号" + new string('9', 100) + "。");
        Assert.Empty(result.Figures);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("发放补贴0.001元。", "0.001元")]
    [InlineData("發放補貼0.001元。", "0.001元")]
    [InlineData("帮扶3.5人。", "3.5人")]
    public void NotWholeUnits_IsAFinding(string text, string span)
    {
        ExtractionResult result = Extraction.Extract(text);
        Assert.Empty(result.Figures);
        FigureFinding finding = Assert.Single(result.Findings);
        Assert.Equal(FigureFindingKind.NotWholeUnits, finding.Kind);
        Assert.Equal(span, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("新开工两三个项目。", "两三个", "2 to 3")]
    [InlineData("新開工兩三個項目。", "兩三個", "2 to 3")]
    [InlineData("新增十几家企业。", "十几家", "11 to 19")]
    [InlineData("新增十幾家企業。", "十幾家", "11 to 19")]
    [InlineData("拨付三四十万元。", "三四十万元", "300000 to 400000")]
    [InlineData("撥付二十幾萬元。", "二十幾萬元", "210000 to 290000")]
    [InlineData("引进三五家企业。", "三五家", "two digits side by side")]
    [InlineData("引進三五家企業。", "三五家", "two digits side by side")]
    public void NumeralRange_IsAFinding_NeverOneNumber(string text, string span, string said)
    {
        ExtractionResult result = Extraction.Extract(text);
        Assert.Empty(result.Figures);
        FigureFinding finding = Assert.Single(result.Findings);
        Assert.Equal(FigureFindingKind.NumeralRange, finding.Kind);
        Assert.Equal(span, text.Substring(finding.Start, finding.Length));
        Assert.Contains(said, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("新增十多家企业。", "十多家")]
    [InlineData("新增十餘家企業。", "十餘家")]
    public void ShiDuo_IsASpan_NotARange(string text, string printed)
    {
        // 十多 (十余) is a span, [10, 20), as DESIGN rule 7 says of 多 and 余; 十几 is a range of ChineseNumeralReading.
        ExtractedFigure figure = Assert.Single(Extraction.Extract(text).Figures);
        Assert.Equal(printed, figure.Text);
        Assert.Equal(Qualifier.Span, figure.Qualifier);
    }

    [Theory]
    [InlineData("举办招聘会30。", FigureKind.Count, "场", "event")]
    [InlineData("舉辦招聘會30。", FigureKind.Count, "场", "event")]
    [InlineData("提供就业岗位3000。", FigureKind.Count, "个", "position")]
    [InlineData("提供就業崗位3000。", FigureKind.Count, "个", "position")]
    [InlineData("发放奖补158.9万。", FigureKind.Money, "元", null)]
    [InlineData("城镇新增就业6.77万。", FigureKind.Headcount, "人", null)]
    public void InferredUnit_IsMarkedInferred(string text, FigureKind kind, string unit, string? countUnit)
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract(text).Figures);
        Assert.Equal(kind, figure.Kind);
        Assert.True(figure.Figure.IsUnitInferred);
        Assert.Equal(unit, figure.Figure.Unit);
        Assert.Equal(countUnit, figure.Figure.CountUnit?.Code);
    }

    [Theory]
    [InlineData("开展职业技能培训3000。")]
    [InlineData("開展職業技能培訓3000。")]
    [InlineData("新开工项目30。")]
    public void AnUnclearPhrase_InfersNoUnit(string text)
    {
        // 培训 counts persons, person-times or sessions; 项目 projects (个 is read as positions): no guess.
        Assert.Empty(Extraction.Extract(text).Figures);
    }

    [Fact]
    public void AJobFair_WithAWrittenUnit_KeepsIt()
    {
        ExtractedFigure figure = Assert.Single(Extraction.Extract("举办招聘会30场次。").Figures);
        Assert.False(figure.Figure.IsUnitInferred);
        Assert.Equal("场次", figure.Figure.Unit);
    }
}
