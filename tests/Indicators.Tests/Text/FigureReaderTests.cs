using System;
using System.Linq;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Tests.Support;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>
/// Reading one figure in its context: report-style sentences of our own, in simplified and traditional characters, with
/// every qualifier marker, ceilings, percentage points, compound scales, inferred units and foreign currencies.
/// </summary>
public class FigureReaderTests
{
    /// <summary>Reads the figure whose number starts at the first occurrence of <paramref name="number"/>.</summary>
    private static FigureInContext At(string sentence, string number)
    {
        int index = sentence.IndexOf(number, StringComparison.Ordinal);
        Assert.True(index >= 0, $"{number} is not in {sentence}");
        Assert.True(FigureReader.TryRead(sentence, index, out FigureInContext? figure), $"nothing read at {number} in {sentence}");
        return figure!;
    }

    private static PublishedFigure<Money> Money(FigureInContext figure)
    {
        Assert.True(figure.TryGetMoney(out PublishedFigure<Money> money), figure.ToString());
        return money;
    }

    private static PublishedFigure<Headcount> Persons(FigureInContext figure)
    {
        Assert.True(figure.TryGetHeadcount(out PublishedFigure<Headcount> persons), figure.ToString());
        return persons;
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void InferredPersons_FromANewJobsPhrase(string culture) => Cultures.With(culture, () =>
    {
        FigureInContext figure = At("今年以来全市城镇新增就业6.77万，完成全年目标的一成以上。", "6.77");
        Assert.Equal(FigureKind.Headcount, figure.Kind);
        Assert.True(figure.IsUnitInferred);
        Assert.Equal("人", figure.Unit);
        Assert.Equal(67_700, Persons(figure).Value.Persons);
        Assert.Equal(new PrintedNumber(677, 2, Scale.Wan), figure.Printed);
        Assert.Equal("6.77万".Length, figure.Length);
        return 0;
    });

    [Fact]
    public void InferredMoney_FromASubsidyPhrase_SimplifiedAndTraditional()
    {
        FigureInContext hans = At("本季度累计发放奖补158.9万，惠及小微企业320家。", "158.9");
        FigureInContext hant = At("本季度累計發放獎補158.9萬，惠及小微企業320家。", "158.9");
        foreach (FigureInContext figure in new[] { hans, hant })
        {
            Assert.Equal(FigureKind.Money, figure.Kind);
            Assert.True(figure.IsUnitInferred);
            Assert.Equal("元", figure.Unit);
            Assert.Equal(158_900_000, Money(figure).Value.Fen);
        }
    }

    [Fact]
    public void InferredEnterprises_FromAnEnterprisePhrase()
    {
        FigureInContext figure = At("走访重点企业1200，收集用工需求。", "1200");
        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.True(figure.IsUnitInferred);
        Assert.True(figure.TryGetCount<Enterprises>(out PublishedFigure<Count<Enterprises>> enterprises));
        Assert.Equal(1200, enterprises.Value.Value);
    }

    [Fact]
    public void AStatedUnit_IsNotInferred()
    {
        FigureInContext figure = At("惠及小微企业320家。", "320");
        Assert.False(figure.IsUnitInferred);
        Assert.Equal(CountUnit.Enterprises, figure.CountUnit);
    }

    [Fact]
    public void ANumberWithoutUnitOrTellingPhrase_IsNotAFigure()
    {
        Assert.False(FigureReader.TryRead("第二批名单共公示120，请核对。", 8, out _));
        FormatException e = Assert.Throws<FormatException>(() => FigureReader.Read("第二批名单共公示120，请核对。", 8));
        Assert.Contains("no unit", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("预计年均为企业减负1800亿元。")]
    [InlineData("預計年均為企業減負1800億元。")]
    public void AForecastMarker_SeveralCharactersBefore_MakesAForecast(string sentence)
    {
        FigureInContext figure = At(sentence, "1800");
        Assert.Equal(FigureStatus.Forecast, figure.Status);
        Assert.Equal(180_000_000_000_00, Money(figure).Value.Fen);
        Assert.Equal(sentence.IndexOf("1800", StringComparison.Ordinal), figure.Start); // the marker is not part of the figure
    }

    [Fact]
    public void AStatusMarker_InAnotherClause_DoesNotCount()
    {
        Assert.Equal(FigureStatus.Normal, At("据初步统计，全市新增就业3.2万人。", "3.2").Status);
        Assert.Equal(FigureStatus.Provisional, At("初步核算全市劳务收入3.2亿元。", "3.2").Status);
        Assert.Equal(FigureStatus.Estimated, At("估計全年帶動就業5000人。", "5000").Status);
        Assert.Equal(FigureStatus.Provisional, At("快报显示新增市场主体1.1万家。", "1.1").Status);
    }

    [Fact]
    public void AnAdjacentStatusMarker_IsPartOfTheFigure()
    {
        FigureInContext figure = At("全年预计约3.8亿元。", "3.8");
        Assert.Equal(FigureStatus.Forecast, figure.Status);
        Assert.Equal(Qualifier.Approximately, figure.Qualifier);
        Assert.Equal("预计约3.8亿元", "全年预计约3.8亿元。".Substring(figure.Start, figure.Length));
    }

    public static TheoryData<string, string, Qualifier, bool> QualifierMarkers() => new()
    {
        // approximately
        { "全市市场主体约115万家。", "115", Qualifier.Approximately, true },
        { "全市市場主體約115萬家。", "115", Qualifier.Approximately, true },
        { "带动就业大约3000人。", "3000", Qualifier.Approximately, true },
        { "帶動就業大約3000人。", "3000", Qualifier.Approximately, true },
        { "参训人数在5000人左右。", "5000", Qualifier.Approximately, true },
        { "每月缺工2万人上下。", "2", Qualifier.Approximately, true },
        { "折算约合人民币12亿元。", "12", Qualifier.Approximately, true },
        { "折算約合人民幣12億元。", "12", Qualifier.Approximately, true },
        // at most, the number included
        { "单笔贷款不超过300万元。", "300", Qualifier.AtMost, true },
        { "單筆貸款不超過300萬元。", "300", Qualifier.AtMost, true },
        { "年龄在35岁以下的青年200人以下。", "200", Qualifier.AtMost, true },
        { "失业率控制在3.5%以内。", "3.5", Qualifier.AtMost, true },
        { "失業率控制在3.5%以內。", "3.5", Qualifier.AtMost, true },
        { "补贴标准最高5000元。", "5000", Qualifier.AtMost, true },
        { "每人最多3次。", "3", Qualifier.AtMost, true },
        // at most, the number excluded
        { "缺口近200份。", "200", Qualifier.AtMost, false },
        { "缺口将近200份。", "200", Qualifier.AtMost, false },
        { "缺口將近200份。", "200", Qualifier.AtMost, false },
        { "参保不到5000人。", "5000", Qualifier.AtMost, false },
        { "参保不足5000人。", "5000", Qualifier.AtMost, false },
        { "失业率低于3%。", "3", Qualifier.AtMost, false },
        { "失業率低於3%。", "3", Qualifier.AtMost, false },
        // at least, the number included
        { "新增就业至少1100万人。", "1100", Qualifier.AtLeast, true },
        { "全年目标1100万人以上。", "1100", Qualifier.AtLeast, true },
        // at least, the number excluded
        { "减负超过4700亿元。", "4700", Qualifier.AtLeast, false },
        { "減負超過4700億元。", "4700", Qualifier.AtLeast, false },
        { "惠及逾2万家企业。", "2", Qualifier.AtLeast, false },
        { "服务超3万人次。", "3", Qualifier.AtLeast, false },
        { "吸纳多于800人。", "800", Qualifier.AtLeast, false },
        { "吸納多於800人。", "800", Qualifier.AtLeast, false },
        { "增速高于5%。", "5", Qualifier.AtLeast, false },
        { "增速高於5%。", "5", Qualifier.AtLeast, false },
        // span
        { "招聘3000多人。", "3000", Qualifier.Span, true },
        { "新增1100多万人。", "1100", Qualifier.Span, true },
        { "录用8000余名。", "8000", Qualifier.Span, true },
        { "錄用8000餘名。", "8000", Qualifier.Span, true },
    };

    [Theory]
    [MemberData(nameof(QualifierMarkers))]
    public void EveryQualifierMarker_InBothScripts(string sentence, string number, Qualifier qualifier, bool inclusive)
    {
        FigureInContext figure = At(sentence, number);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(inclusive, figure.IsInclusive);
        Assert.Empty(figure.Findings);
    }

    [Fact]
    public void ARenminbiWord_BetweenQualifierAndNumber_IsMoney()
    {
        const string sentence = "全年为企业减负超过人民币4700亿元。";
        FigureInContext figure = At(sentence, "4700");
        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(Qualifier.AtLeast, figure.Qualifier);
        Assert.False(figure.IsInclusive);
        Assert.Equal("超过人民币4700亿元", sentence.Substring(figure.Start, figure.Length));
        Assert.Equal(470_000_000_000_00, Money(figure).Value.Fen);
    }

    [Fact]
    public void ACeilingFrame_WithTheTargetWords()
    {
        const string sentence = "城镇调查失业率控制在5.5%的目标以内。";
        FigureInContext figure = At(sentence, "5.5");
        Assert.Equal(FigureKind.Percent, figure.Kind);
        Assert.Equal(Qualifier.AtMost, figure.Qualifier);
        Assert.True(figure.IsInclusive);
        Assert.Equal("控制在5.5%的目标以内", sentence.Substring(figure.Start, figure.Length));
        Assert.True(figure.TryGetRate(out PublishedRate rate));
        Assert.Equal(PublishedRate.Parse("5.5%以内"), rate);
    }

    [Fact]
    public void ACeilingFrame_Alone_IsAtMost_AndGivesWayToAnotherMarker()
    {
        FigureInContext alone = At("登记失业率控制在3.5%，", "3.5");
        Assert.Equal(Qualifier.AtMost, alone.Qualifier);
        FigureInContext about = At("调查失业率控制在5.5%左右。", "5.5");
        Assert.Equal(Qualifier.Approximately, about.Qualifier);
        Assert.Empty(about.Findings);
    }

    [Fact]
    public void PercentagePoints_AreADifferenceOfRates()
    {
        FigureInContext hans = At("比上年同期下降0.2个百分点。", "0.2");
        FigureInContext hant = At("比上年同期下降0.2個百分點。", "0.2");
        foreach (FigureInContext figure in new[] { hans, hant })
        {
            Assert.Equal(FigureKind.PercentagePoints, figure.Kind);
            Assert.True(figure.TryGetPercentagePoints(out PercentagePoints points));
            Assert.Equal(PercentagePoints.FromPoints(0.2m), points);
            Assert.Equal(ValueInterval.ClosedOpen(new Ratio(15, 10_000), new Ratio(25, 10_000)), figure.Bounds);
            Assert.False(figure.TryGetRate(out _));
        }
    }

    [Fact]
    public void ARateOfMoreThan36Decimals_IsReadButIsNoPublishedRate()
    {
        // 约 bounds a figure by its place, so 约5.000…0% has bounds [4.5%, 5.5%) with any number of zeros; with 37 decimals
        // its ratio would need 10³⁹, and PublishedRate.Parse cannot read it, so it is no PublishedRate.
        string thirtySix = "增长约5." + new string('0', 36) + "%。";
        FigureInContext rate = At(thirtySix, "5");
        Assert.True(rate.TryGetRate(out PublishedRate published));
        Assert.Equal(PublishedRate.Parse(thirtySix[2..^1]), published);

        foreach (string unit in new[] { "%", "个百分点" })
        {
            FigureInContext figure = At("增长约5." + new string('0', 37) + unit + "。", "5");
            Assert.Equal(ValueInterval.ClosedOpen(new Ratio(45, 1_000), new Ratio(55, 1_000)), figure.Bounds);
            Assert.False(figure.TryGetRate(out PublishedRate refused));
            Assert.Equal(default, refused);
            Assert.False(figure.TryGetPercentagePoints(out PercentagePoints refusedPoints));
            Assert.Equal(default, refusedPoints);
        }

        Assert.True(At("增长约5." + new string('0', 36) + "个百分点。", "5").TryGetPercentagePoints(out PercentagePoints points));
        Assert.Equal(PercentagePoints.FromPoints(5m), points);
    }

    [Fact]
    public void ContradictoryQualifiers_GiveTheFigureAndAFinding()
    {
        const string sentence = "共吸纳就业近200多名。";
        FigureInContext figure = At(sentence, "200");
        Assert.Equal(200, Persons(figure).Value.Persons);
        Assert.Equal(Qualifier.Span, figure.Qualifier);
        FigureFinding finding = Assert.Single(figure.Findings);
        Assert.Equal(FigureFindingKind.ConflictingQualifiers, finding.Kind);
        Assert.Equal("近200多名", sentence.Substring(finding.Start, finding.Length));
        Assert.Contains("近", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedQualifiers_GiveTheFigureAndAFinding()
    {
        FigureInContext figure = At("带动就业大约3000人左右。", "3000");
        Assert.Equal(Qualifier.Approximately, figure.Qualifier);
        Assert.Equal(FigureFindingKind.RepeatedQualifier, Assert.Single(figure.Findings).Kind);
    }

    [Theory]
    [InlineData("全年引进外资超过2.5亿美元。", "2.5", "美元", 250_000_000)]
    [InlineData("全年引進外資超過2.5億美元。", "2.5", "美元", 250_000_000)]
    [InlineData("获得欧盟资助4.5万欧元。", "4.5", "欧元", 45_000)]
    [InlineData("跨境结算12亿港元。", "12", "港元", 1_200_000_000)]
    [InlineData("采购设备3000万日元。", "3000", "日元", 30_000_000)]
    public void ForeignCurrency_IsNeverMoney(string sentence, string number, string currency, long units)
    {
        FigureInContext figure = At(sentence, number);
        Assert.Equal(FigureKind.ForeignCurrency, figure.Kind);
        Assert.Equal(currency, figure.Currency);
        Assert.False(figure.TryGetMoney(out _));
        Assert.Equal(FigureFindingKind.ForeignCurrency, Assert.Single(figure.Findings).Kind);
        Assert.Equal(new Ratio(units, 1), figure.Printed.Value);
    }

    [Fact]
    public void CompoundScale_IsHeldIn万亿_AsPrinted()
    {
        FigureInContext figure = At("全年财政支出达1.2345万亿元。", "1.2345");
        Assert.Equal(new PrintedNumber(12345, 4, Scale.WanYi), figure.Printed);
        Assert.Equal(1_234_500_000_000_00, Money(figure).Value.Fen);
        FigureInContext hant = At("全年財政支出達1.2345萬億元。", "1.2345");
        Assert.Equal(figure.Printed, hant.Printed);
    }

    [Fact]
    public void CompoundScale_PrintedCoarserThan亿_KeepsItsPrecision()
    {
        // 2.5万亿元 is not 25000亿元: its last digit is worth 0.1万亿 = 1000亿, and the figure says so.
        Assert.True(FigureReader.TryRead("全年减税降费2.5万亿元。", 6, out FigureInContext? figure));
        Assert.Equal(new PrintedNumber(25, 1, Scale.WanYi), figure!.Printed);
        Assert.Equal(250_000_000_000_000, Money(figure).Value.Fen);
    }

    [Theory]
    [InlineData("新增城镇就业三千五百人。", "三千五百", 3500)]
    [InlineData("新增城鎮就業三千五百人。", "三千五百", 3500)]
    [InlineData("帮扶困难人员二十四万二人。", "二十四万二", 242_000)]
    [InlineData("吸纳高校毕业生2万3千人。", "2万3千", 23_000)]
    [InlineData("吸納高校畢業生3萬5人。", "3萬5", 35_000)]
    public void ChineseNumerals_AndMixedForms(string sentence, string number, long persons)
    {
        FigureInContext figure = At(sentence, number);
        Assert.Equal(persons, Persons(figure).Value.Persons);
        Assert.Equal(number.Length + 1, figure.Length);
    }

    [Fact]
    public void ChineseNumeral_WithAScale_KeepsTheScale()
    {
        FigureInContext figure = At("发放贷款一点六万元。", "一点六万");
        Assert.Equal(new PrintedNumber(16, 1, Scale.Wan), figure.Printed);
        Assert.Equal(1_600_000, Money(figure).Value.Fen);
        Assert.True(At("举办招聘会一百二十场。", "一百二十").TryGetCount<Events>(out PublishedFigure<Count<Events>> events));
        Assert.Equal(120, events.Value.Value);
    }

    public static TheoryData<string, string, string, long> CountUnits() => new()
    {
        { "培训12.3万人次。", "12.3", "person-time", 123_000 },
        { "走访企业500家次。", "500", "enterprise-time", 500 },
        { "举办招聘会36场次。", "36", "event-time", 36 },
        { "提供岗位2.1万个。", "2.1", "position", 21_000 },
        { "提供崗位2.1萬個。", "2.1", "position", 21_000 },
        { "开办培训班12期。", "12", "session", 12 },
        { "签订协议300份。", "300", "agreement", 300 },
        { "帮扶困难家庭450户。", "450", "household", 450 },
        { "發放貸款86筆。", "86", "transaction", 86 },
        { "发放就业创业证2000张。", "2000", "card", 2000 },
        { "出台政策12项。", "12", "item", 12 },
        { "开通专车120班次。", "120", "trip", 120 },
        { "开行专列38节。", "38", "carriage", 38 },
        { "包机15架次。", "15", "flight", 15 },
        { "设立服务站点42处。", "42", "site", 42 },
    };

    [Theory]
    [MemberData(nameof(CountUnits))]
    public void CountsOfEveryUnit(string sentence, string number, string code, long value)
    {
        FigureInContext figure = At(sentence, number);
        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.Equal(code, figure.CountUnit?.Code);
        Assert.True(figure.TryGetCount(out PublishedFigure<UnitCount> count));
        Assert.Equal(value, count.Value.Value);
        Assert.False(figure.TryGetHeadcount(out _));
    }

    [Fact]
    public void PersonTimes_AreNotPersons()
    {
        FigureInContext figure = At("培训12.3万人次。", "12.3");
        Assert.True(figure.TryGetCount<PersonTimes>(out _));
        Assert.False(figure.TryGetHeadcount(out _));
        Assert.False(figure.TryGetCount<Enterprises>(out _));
    }

    [Theory]
    [InlineData("与企业签约300家。", "300")]
    [InlineData("最近3个月新增岗位。", "3")]
    [InlineData("附近5处站点。", "5")]
    public void WordsThatEndInAMarker_AreNotQualifiers(string sentence, string number) =>
        Assert.Equal(Qualifier.None, At(sentence, number).Qualifier);

    [Fact]
    public void TheSpanOverload_ReadsTheFigureInTheSpan_AndNothingOutsideIt()
    {
        const string sentence = "失业率控制在3.5%以内。";
        int start = sentence.IndexOf("3.5%", StringComparison.Ordinal);
        FigureInContext bare = FigureReader.Read(sentence, start, "3.5%".Length);
        Assert.Equal(Qualifier.None, bare.Qualifier);
        FigureInContext whole = FigureReader.Read(sentence, 0, sentence.Length);
        Assert.Equal(Qualifier.AtMost, whole.Qualifier);
        Assert.False(FigureReader.TryRead(sentence, 0, 3, out _));
        Assert.False(FigureReader.TryRead(sentence, 5, 100, out _));
    }

    [Fact]
    public void ToString_NamesTheFigure_KindAndSpan()
    {
        Assert.Equal("约115万家 (Count, 4+6)", At("全市共有约115万家。", "115").ToString());
        Assert.Equal("6.77万人 (Headcount, 10+5) [inferred]", At("今年以来城镇新增就业6.77万。", "6.77").ToString());
    }

    [Fact]
    public void Read_RefusesNullAndPositionsOutsideTheText()
    {
        Assert.Throws<ArgumentNullException>(() => FigureReader.Read(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureReader.Read("共3人", 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureReader.Read("共3人", 1, 5));
        Assert.False(FigureReader.TryRead(null, 0, out _));
        Assert.False(FigureReader.TryRead("共3人", -1, out _));
        Assert.False(FigureReader.TryRead("共3人", 0, out _)); // 共 is not a number
        Assert.Contains("position 0", Assert.Throws<FormatException>(() => FigureReader.Read("共3人", 0)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_FollowTheQualifier()
    {
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(3000, 1), new Ratio(4000, 1)), At("招聘3000多人。", "3000").Bounds);
        Assert.Equal(ValueInterval.AtMost(new Ratio(35, 1000), true), At("控制在3.5%以内", "3.5").Bounds);
        Assert.Equal(Money(At("减负超过4700亿元", "4700")).Bounds, At("减负超过4700亿元", "4700").Bounds);
    }

    [Fact]
    public void Findings_AreEmptyForAPlainFigure_AndEqualityComparesThem()
    {
        FigureInContext plain = At("新增就业3.2万人。", "3.2");
        Assert.Empty(plain.Findings);
        FigureInContext again = At("新增就业3.2万人。", "3.2");
        Assert.Equal(plain, again);
        Assert.True(plain == again);
        Assert.Equal(plain.GetHashCode(), again.GetHashCode());
        FigureInContext conflicting = At("近200多名", "200");
        Assert.NotEqual(At("200多名", "200"), conflicting);
        Assert.True(conflicting.Findings.SequenceEqual(At("近200多名", "200").Findings));
    }
}
