using System;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Text;

/// <summary>
/// The words the figure reader knows, in simplified and traditional characters: units, currencies, the qualifier markers it
/// reads besides those of <see cref="Qualifier"/> (最高, 最多, 约合, the frame 控制在 … 以内), status markers, and the
/// phrases a left-out unit is inferred from.
/// </summary>
internal static class ContextVocabulary
{
    /// <summary>Households (户).</summary>
    internal static readonly CountUnit Households = new("household", "户", "戶", "household", "households");

    /// <summary>Transactions, loans, payments (笔).</summary>
    internal static readonly CountUnit Transactions = new("transaction", "笔", "筆", "transaction", "transactions");

    /// <summary>Cards, certificates (张).</summary>
    internal static readonly CountUnit Cards = new("card", "张", "張", "card", "cards");

    /// <summary>Items, measures, projects listed (项).</summary>
    internal static readonly CountUnit Items = new("item", "项", "項", "item", "items");

    /// <summary>Enterprise-times (家次): visits to or services for enterprises, not enterprises.</summary>
    internal static readonly CountUnit EnterpriseTimes = new("enterprise-time", "家次", "家次", "enterprise-time", "enterprise-times");

    /// <summary>Event-times (场次): showings of events, not events.</summary>
    internal static readonly CountUnit EventTimes = new("event-time", "场次", "場次", "event-time", "event-times");

    /// <summary>Times (次).</summary>
    internal static readonly CountUnit Times = new("time", "次", "次", "time", "times");

    /// <summary>Every unit word, longest first, with the kind and the count unit (for counts).</summary>
    internal static readonly UnitWord[] Units = Sorted(
    [
        new("元", FigureKind.Money, null),
        new("圆", FigureKind.Money, null),
        new("圓", FigureKind.Money, null),
        new("人", FigureKind.Headcount, null),
        new("名", FigureKind.Headcount, null),
        new("位", FigureKind.Headcount, null),
        new("人次", FigureKind.Count, CountUnit.PersonTimes),
        new("家", FigureKind.Count, CountUnit.Enterprises),
        new("家次", FigureKind.Count, EnterpriseTimes),
        new("个", FigureKind.Count, CountUnit.Positions),
        new("個", FigureKind.Count, CountUnit.Positions),
        new("场", FigureKind.Count, CountUnit.Events),
        new("場", FigureKind.Count, CountUnit.Events),
        new("场次", FigureKind.Count, EventTimes),
        new("場次", FigureKind.Count, EventTimes),
        new("期", FigureKind.Count, CountUnit.Sessions),
        new("份", FigureKind.Count, CountUnit.Agreements),
        new("户", FigureKind.Count, Households),
        new("戶", FigureKind.Count, Households),
        new("笔", FigureKind.Count, Transactions),
        new("筆", FigureKind.Count, Transactions),
        new("张", FigureKind.Count, Cards),
        new("張", FigureKind.Count, Cards),
        new("项", FigureKind.Count, Items),
        new("項", FigureKind.Count, Items),
        new("班次", FigureKind.Count, CountUnit.Trips),
        new("节", FigureKind.Count, CountUnit.Carriages),
        new("節", FigureKind.Count, CountUnit.Carriages),
        new("架次", FigureKind.Count, CountUnit.Flights),
        new("处", FigureKind.Count, CountUnit.Sites),
        new("處", FigureKind.Count, CountUnit.Sites),
        new("次", FigureKind.Count, Times),
        new("%", FigureKind.Percent, null),
        new("％", FigureKind.Percent, null),
        new("个百分点", FigureKind.PercentagePoints, null),
        new("個百分點", FigureKind.PercentagePoints, null),
        new("百分点", FigureKind.PercentagePoints, null),
        new("百分點", FigureKind.PercentagePoints, null),
        new("美元", FigureKind.ForeignCurrency, null),
        new("美金", FigureKind.ForeignCurrency, null),
        new("欧元", FigureKind.ForeignCurrency, null),
        new("歐元", FigureKind.ForeignCurrency, null),
        new("港元", FigureKind.ForeignCurrency, null),
        new("港币", FigureKind.ForeignCurrency, null),
        new("港幣", FigureKind.ForeignCurrency, null),
        new("日元", FigureKind.ForeignCurrency, null),
        new("日圆", FigureKind.ForeignCurrency, null),
        new("日圓", FigureKind.ForeignCurrency, null),
        new("英镑", FigureKind.ForeignCurrency, null),
        new("英鎊", FigureKind.ForeignCurrency, null),
        new("澳元", FigureKind.ForeignCurrency, null),
        new("加元", FigureKind.ForeignCurrency, null),
        new("韩元", FigureKind.ForeignCurrency, null),
        new("韓元", FigureKind.ForeignCurrency, null),
        new("卢布", FigureKind.ForeignCurrency, null),
        new("盧布", FigureKind.ForeignCurrency, null),
        new("新台币", FigureKind.ForeignCurrency, null),
        new("新台幣", FigureKind.ForeignCurrency, null),
        new("新臺幣", FigureKind.ForeignCurrency, null),
        new("澳门元", FigureKind.ForeignCurrency, null),
        new("澳門元", FigureKind.ForeignCurrency, null),
        new("新加坡元", FigureKind.ForeignCurrency, null),
        new("瑞士法郎", FigureKind.ForeignCurrency, null),
        new("泰铢", FigureKind.ForeignCurrency, null),
        new("泰銖", FigureKind.ForeignCurrency, null),
    ]);

    /// <summary>The name of CNY, which may stand before the number (超过人民币4700亿元) or after the unit (4700亿元人民币).</summary>
    internal static readonly string[] Renminbi = ["人民币", "人民幣"];

    /// <summary>Qualifier markers before the number that <see cref="Qualifier"/>'s table does not hold: 最高 and 最多 (at most,
    /// the number included) and 约合 (approximately: an amount converted).</summary>
    internal static readonly (string Text, Qualifier Qualifier, bool Inclusive)[] ExtraBefore =
    [
        ("最高", Qualifier.AtMost, true),
        ("最多", Qualifier.AtMost, true),
        ("约合", Qualifier.Approximately, true),
        ("約合", Qualifier.Approximately, true),
    ];

    /// <summary>Characters that, before 近 or 约, make another word (最近, 附近, 签约, 节约 …), not a qualifier.</summary>
    internal const string NotBeforeJin = "最附邻鄰靠";

    /// <summary>See <see cref="NotBeforeJin"/>.</summary>
    internal const string NotBeforeYue = "签簽节節集制违違特预預履公条條缔締解合相隐隱和婚";

    /// <summary>Characters that, before 负 (負), make a word (减负 "reduce the burden", 胜负, 正负, 抱负, 欺负, 辜负, 自负, 肩负,
    /// 担负): there 负 is no minus sign ("为企业减负1800亿元" is +1800亿元).</summary>
    internal const string NotBeforeFu = "减減胜勝正抱欺辜自肩担擔";

    /// <summary>Whether the 负 (負) at <paramref name="i"/> may be a minus sign: not the end of a word such as 减负.</summary>
    internal static bool MaySignFu(string text, int i) => i == 0 || !NotBeforeFu.Contains(text[i - 1], StringComparison.Ordinal);

    /// <summary>The frame 控制在 … 以内: a ceiling when nothing else qualifies the figure.</summary>
    internal static readonly string[] CeilingFrame = ["控制在", "控制於", "控制于"];

    /// <summary>Between a rate and 以内 in a ceiling: 控制在3.5%的目标以内.</summary>
    internal static readonly string[] TargetWords = ["的目标", "的目標"];

    /// <summary>Status markers: those of a published figure (<see cref="Qualifiers.StatusMarkers"/>), one list for both readers.</summary>
    internal static readonly (string Text, FigureStatus Status)[] StatusWords = [.. Qualifiers.StatusMarkers];

    /// <summary>Phrases after which a number without a unit is money.</summary>
    internal static readonly string[] MoneyWords =
    [
        "奖补", "獎補", "补贴", "補貼", "补助", "補助", "资金", "資金", "金额", "金額", "贷款", "貸款", "减负", "減負", "减免", "減免",
        "降费", "降費", "减税", "減稅", "税费", "稅費", "工资", "工資", "收入", "投资", "投資", "贴息", "貼息", "返还", "返還", "拨付",
        "撥付", "奖励", "獎勵", "补偿", "補償", "经费", "經費", "营收", "營收", "产值", "產值", "保费", "保費", "费用", "費用",
    ];

    /// <summary>Phrases after which a number without a unit is persons.</summary>
    internal static readonly string[] PersonWords =
    [
        "就业", "就業", "人数", "人數", "人员", "人員", "失业", "失業", "毕业生", "畢業生", "劳动力", "勞動力", "参保", "參保",
        "吸纳", "吸納", "招用", "录用", "錄用", "安置", "帮扶", "幫扶", "农民工", "農民工", "职工", "職工", "学员", "學員",
    ];

    /// <summary>Phrases after which a number without a unit is enterprises.</summary>
    internal static readonly string[] EnterpriseWords = ["企业", "企業", "市场主体", "市場主體"];

    /// <summary>Phrases after which a number without a unit is events (场): job fairs.</summary>
    internal static readonly string[] EventWords = ["招聘会", "招聘會"];

    /// <summary>Phrases after which a number without a unit is positions (个): jobs offered.</summary>
    internal static readonly string[] PositionWords = ["岗位", "崗位"];

    /// <summary>Every phrase a left-out unit is inferred from, with the unit: money's, persons', enterprises', events',
    /// positions'. 培训 (training) is not among them: it counts persons, person-times or sessions.</summary>
    internal static readonly Inference[] Inferences =
    [
        .. Array.ConvertAll(MoneyWords, w => new Inference(w, FigureKind.Money, "元", null)),
        .. Array.ConvertAll(PersonWords, w => new Inference(w, FigureKind.Headcount, "人", null)),
        .. Array.ConvertAll(EnterpriseWords, w => new Inference(w, FigureKind.Count, "家", CountUnit.Enterprises)),
        .. Array.ConvertAll(EventWords, w => new Inference(w, FigureKind.Count, "场", CountUnit.Events)),
        .. Array.ConvertAll(PositionWords, w => new Inference(w, FigureKind.Count, "个", CountUnit.Positions)),
    ];

    /// <summary>Qualifier markers that take 有, 为 or 达 between them and the number ("约有115万家", "约为3000人", "至少有200家"):
    /// the marker's meaning; 近有 is not among them (it reads "recently there are"; "有近200家" is the usual order).</summary>
    internal static readonly (string Text, Qualifier Qualifier, bool Inclusive)[] WithVerb =
    [
        ("大约有", Qualifier.Approximately, true),
        ("大約有", Qualifier.Approximately, true),
        ("大约为", Qualifier.Approximately, true),
        ("大約為", Qualifier.Approximately, true),
        ("至少有", Qualifier.AtLeast, true),
        ("约有", Qualifier.Approximately, true),
        ("約有", Qualifier.Approximately, true),
        ("约为", Qualifier.Approximately, true),
        ("約為", Qualifier.Approximately, true),
        ("约达", Qualifier.Approximately, true),
        ("約達", Qualifier.Approximately, true),
    ];

    /// <summary>Where a clause ends: a status marker or a phrase beyond one of these does not govern the figure.</summary>
    internal const string ClauseBreaks = "。；;！!？?，,：:\n\r";

    /// <summary>How far back, at most, a status marker or a phrase of inference may stand in its clause.</summary>
    internal const int MaxLookBack = 40;

    /// <summary>Characters of a Chinese numeral, besides Arabic digits.</summary>
    internal const string NumeralCharacters = "〇零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟点點";

    /// <summary>Characters a Chinese numeral may start with.</summary>
    internal const string NumeralStarts = "〇零一二两兩三四五六七八九十壹贰貳叁參叄肆伍陆陸柒捌玖拾";

    /// <summary><see cref="ClauseBreaks"/> as a set.</summary>
    internal static readonly CharBitmap ClauseBreakSet = CharBitmap.Of(ClauseBreaks);

    /// <summary><see cref="NumeralCharacters"/> as a set.</summary>
    internal static readonly CharBitmap NumeralCharacterSet = CharBitmap.Of(NumeralCharacters);

    /// <summary><see cref="NumeralStarts"/> as a set.</summary>
    internal static readonly CharBitmap NumeralStartSet = CharBitmap.Of(NumeralStarts);

    private static UnitWord[] Sorted(UnitWord[] words)
    {
        Array.Sort(words, (a, b) => b.Text.Length.CompareTo(a.Text.Length));
        return words;
    }

    /// <summary>A phrase a left-out unit is inferred from, with the kind, the unit word and the count unit (for counts).</summary>
    internal sealed record Inference(string Phrase, FigureKind Kind, string Unit, CountUnit? CountUnit);

    /// <summary>One unit word.</summary>
    internal sealed record UnitWord(string Text, FigureKind Kind, CountUnit? CountUnit);
}
