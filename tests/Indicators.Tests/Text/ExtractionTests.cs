using System.Linq;
using Indicators.Reporting;
using Indicators.Tests.Support;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>Extraction on report-style sentences of our own, in both scripts.</summary>
public class ExtractionTests
{
    private static ExtractedFigure At(ExtractionResult result, string figureText) =>
        Assert.Single(result.Figures, f => f.Text == figureText);

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void StatedTarget_AndCompletion_AreLinked(string culture) => Cultures.With(culture, () =>
    {
        string text = "全市城镇新增就业全年目标6万人以上。1至9月，全市城镇新增就业8.2万人，完成全年目标任务的136.67%。";
        ExtractionResult result = Extraction.Extract(text);
        Assert.Equal(3, result.Figures.Count);
        ExtractedFigure target = At(result, "6万人以上");
        Assert.Equal(FigureRole.Target, target.Role);
        Assert.Equal(Qualifier.AtLeast, target.Qualifier);
        Assert.Equal("城镇新增就业", target.Indicator?.Text);
        ExtractedFigure actual = At(result, "8.2万人");
        Assert.Equal(FigureRole.Actual, actual.Role);
        Assert.Equal("城镇新增就业", actual.Indicator?.Text);
        Assert.Equal("1至9月", actual.Period?.Text);
        Assert.Equal(text.IndexOf("8.2", System.StringComparison.Ordinal), actual.Start);
        Assert.Equal(5, actual.Length);
        CompletionStatement done = Assert.Single(result.Completions);
        Assert.Equal(FigureRole.CompletionRate, done.Rate.Role);
        Assert.Equal("136.67%", done.Rate.Text);
        Assert.Same(actual, done.Actual);
        Assert.Same(target, done.StatedTarget);
        Assert.Equal("完成全年目标任务的136.67%", text.Substring(done.Start, done.Length));
    });

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void YearOnYearGrowth_ModifiesTheFigureBeforeIt(string culture) => Cultures.With(culture, () =>
    {
        ExtractionResult result = Extraction.Extract("前三季度，规上工业增加值1250.6亿元，同比增长8.3%；出口额下降5%。");
        ExtractedFigure value = At(result, "1250.6亿元");
        Assert.Equal(FigureKind.Money, value.Kind);
        Assert.Equal("规上工业增加值", value.Indicator?.Text);
        Assert.Equal("前三季度", value.Period?.Text);
        ExtractedFigure growth = At(result, "8.3%");
        Assert.Equal(FigureRole.YearOnYearGrowth, growth.Role);
        Assert.False(growth.IsDecrease);
        Assert.Same(value, growth.Modifies);
        Assert.Equal("前三季度", growth.Period?.Text);
        ExtractedFigure fall = At(result, "5%");
        Assert.Equal(FigureRole.YearOnYearGrowth, fall.Role);
        Assert.True(fall.IsDecrease);
        Assert.Null(fall.Modifies); // no figure before it in its sentence (the ； ends one)
    });

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void PercentagePointChange_ModifiesTheRate(string culture) => Cultures.With(culture, () =>
    {
        ExtractionResult result = Extraction.Extract("10月份，城镇调查失业率为5.2%，比上月下降0.2个百分点。");
        ExtractedFigure rate = At(result, "5.2%");
        Assert.Equal(FigureRole.Actual, rate.Role);
        Assert.Equal("城镇调查失业率", rate.Indicator?.Text);
        ExtractedFigure change = At(result, "0.2个百分点");
        Assert.Equal(FigureKind.PercentagePoints, change.Kind);
        Assert.Equal(FigureRole.PercentagePointChange, change.Role);
        Assert.True(change.IsDecrease);
        Assert.Same(rate, change.Modifies);
    });

    [Fact]
    public void Ceiling_IsATarget()
    {
        ExtractionResult result = Extraction.Extract("全年城镇登记失业率控制在3.5%以内，实际为2.24%。");
        ExtractedFigure ceiling = Assert.Single(result.Figures, f => f.Text.Contains("3.5%", System.StringComparison.Ordinal));
        Assert.Equal(FigureRole.Target, ceiling.Role);
        Assert.Equal(Qualifier.AtMost, ceiling.Qualifier);
        Assert.Equal("城镇登记失业率", ceiling.Indicator?.Text);
        Assert.Equal(FigureRole.Actual, At(result, "2.24%").Role);
    }

    [Fact]
    public void CompoundScale_AndShare()
    {
        ExtractionResult result = Extraction.Extract("全年为市场主体减负超过1.2345万亿元，其中小微企业占比为46.5%。");
        ExtractedFigure relief = At(result, "超过1.2345万亿元");
        Assert.True(relief.Figure.TryGetMoney(out PublishedFigure<Indicators.Quantities.Money> money));
        Assert.Equal(1_234_500_000_000m, money.Value.Yuan);
        Assert.Equal(FigureRole.Share, At(result, "46.5%").Role);
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Traditional_PeriodCompletionAndFallTo(string culture) => Cultures.With(culture, () =>
    {
        string text = "截至9月底，全市城鎮新增就業5.1萬人，完成率為102.3%；城鎮登記失業率下降至2.1%。上半年，發放創業擔保貸款3.2億元，同比增長12.5%。";
        ExtractionResult result = Extraction.Extract(text);
        Assert.Equal(5, result.Figures.Count);
        ExtractedFigure jobs = At(result, "5.1萬人");
        Assert.Equal("截至9月底", jobs.Period?.Text);
        Assert.Equal("城鎮新增就業", jobs.Indicator?.Text);
        CompletionStatement done = Assert.Single(result.Completions);
        Assert.Same(jobs, done.Actual);
        Assert.Equal("城鎮新增就業", done.Rate.Indicator?.Text);
        ExtractedFigure fellTo = At(result, "2.1%");
        Assert.Equal(FigureRole.Actual, fellTo.Role);
        Assert.Equal("城鎮登記失業率", fellTo.Indicator?.Text);
        ExtractedFigure loans = At(result, "3.2億元");
        Assert.Equal("上半年", loans.Period?.Text);
        ExtractedFigure growth = At(result, "12.5%");
        Assert.Equal(FigureRole.YearOnYearGrowth, growth.Role);
        Assert.Same(loans, growth.Modifies);
    });

    [Fact]
    public void Traditional_StatedTarget_AndCompletionOfTask()
    {
        ExtractionResult result = Extraction.Extract("城鎮新增就業全年目標4萬人以上。1—8月，全市城鎮新增就業3.52萬人，完成全年目標任務的88%。");
        CompletionStatement done = Assert.Single(result.Completions);
        Assert.Equal("88%", done.Rate.Text);
        Assert.Equal("3.52萬人", done.Actual?.Text);
        Assert.Equal("4萬人以上", done.StatedTarget?.Text);
        Assert.Equal("1—8月", done.Actual?.Period?.Text);
    }

    [Theory]
    [InlineData("11月10日，市人社局召开发布会，通报2020年情况。")]
    [InlineData("会议于18:44结束，19：05散会。")]
    [InlineData("1-8月、1—8月和1至9月的数据如下。")]
    [InlineData("1.大力实施援企稳岗\n2、全面保障企业用工\n(3)主动防范")]
    [InlineData("第七届创业大赛开幕，第3期培训开班。")]
    [InlineData("出台“稳就业20条”和“五减”政策，落实“六稳”“六保”，谋划“十四五”。")]
    [InlineData("建立1+10应对机制，推广2+1模式和「1131」工程，实施三支一扶计划和百日千万行动。")]
    [InlineData("启动2020智汇台州活动。")]
    [InlineData("投稿邮箱：12345678@qq.com，电话：0576-88123456，手机13800138000。")]
    [InlineData("出臺「穩就業20條」和“五減”政策，落實“六穩”，實施三支一扶計劃，舉辦第七屆大賽，時間18:44。")]
    [InlineData("建立一个平台，推出一批项目。")]
    public void NonFigures_AreNotReported(string text)
    {
        ExtractionResult result = Extraction.Extract(text);
        Assert.Empty(result.Figures);
    }

    [Fact]
    public void NonFigures_DoNotHideTheFiguresBesideThem()
    {
        ExtractionResult result = Extraction.Extract("11月10日，出台“稳就业20条”，全市新增就业300人，第七届大赛吸引企业45家。");
        Assert.Equal(["300人", "45家"], result.Figures.Select(f => f.Text));
        Assert.Equal("新增就业", result.Figures[0].Indicator?.Text);
        Assert.Equal([0, 1], result.Figures.Select(f => f.Index));
    }

    [Fact]
    public void Empty_AndNull()
    {
        Assert.Empty(Extraction.Extract(string.Empty).Figures);
        Assert.Throws<System.ArgumentNullException>(() => Extraction.Extract(null!));
    }
}
