using System.Collections.Generic;
using Indicators.Quantities;
using Indicators.Targets;
using static Indicators.Catalog.TemporalNature;

namespace Indicators.Catalog;

/// <summary>
/// The built-in indicator definitions: every indicator of the reference report (Taizhou, 2020-11-10), with the unemployment
/// rate's components. Figures a report prints "to the end of October" are year-to-date tallies, so those indicators are
/// <see cref="TemporalNature.Cumulative"/>; amounts that are rates of payment (500 元 a month) do not add up over regions.
/// </summary>
internal static class BuiltInIndicators
{
    internal static IEnumerable<IndicatorDefinition> All() =>
    [
        // Employment and unemployment (the closing summary).
        P("urban-new-employment", Cumulative, "城镇新增就业", "城鎮新增就業", "New urban employment"),
        P("urban-unemployed-re-employed", Cumulative, "城镇失业人员再就业", "城鎮失業人員再就業", "Re-employment of the urban unemployed"),
        P("hard-to-employ-employed", Cumulative, "就业困难人员就业", "就業困難人員就業", "Employment of persons with difficulties finding work"),
        P("registered-urban-unemployed", Stock, "城镇登记失业人数", "城鎮登記失業人數", "Registered urban unemployed", Polarity.LowerIsBetter),
        P("registered-urban-labour-force", Stock, "城镇从业人员与登记失业人员", "城鎮從業人員與登記失業人員", "Urban employed and registered unemployed"),
        IndicatorDefinition.Rate(
            "registered-urban-unemployment-rate", RegionalRollup.Ratio("registered-urban-unemployed", "registered-urban-labour-force"),
            "城镇登记失业率", "城鎮登記失業率", "Registered urban unemployment rate", Polarity.LowerIsBetter),
        IndicatorDefinition.Rate(
            "surveyed-urban-unemployment-rate", RegionalRollup.NotAdditive,
            "城镇调查失业率", "城鎮調查失業率", "Surveyed urban unemployment rate", Polarity.LowerIsBetter),

        // 1. Supporting enterprises and stabilising jobs.
        M("five-reductions-relief", Cumulative, "“五减”政策兑现金额", "「五減」政策兌現金額", "'Five reductions' relief paid"),
        C("five-reductions-enterprises", CountUnit.Enterprises, Cumulative, "“五减”受惠企业", "「五減」受惠企業", "Enterprises benefiting from the 'five reductions'"),
        P("five-reductions-persons", Cumulative, "“五减”受惠个人", "「五減」受惠個人", "Persons benefiting from the 'five reductions'"),
        M("social-insurance-fees-cut", Cumulative, "减免企业社保费", "減免企業社保費", "Enterprise social-insurance fees cut"),
        M("social-insurance-fees-returned", Cumulative, "返还社会保险费（含稳岗补贴）", "返還社會保險費（含穩崗補貼）", "Social-insurance fees returned (job-retention subsidies included)"),
        M("enterprise-subsidies-paid", Cumulative, "交通补贴、就业补贴等资金", "交通補貼、就業補貼等資金", "Transport, employment and other subsidies paid"),

        // 2. Labour for enterprises.
        P("cadres-dispatched", Cumulative, "派出干部", "派出幹部", "Cadres sent out"),
        C("labour-cooperation-agreements", CountUnit.Agreements, Cumulative, "劳务合作协议", "勞務合作協議", "Labour-cooperation agreements signed"),
        C("labour-cooperation-stations", CountUnit.Positions, Cumulative, "劳务合作站", "勞務合作站", "Labour-cooperation stations set up"),
        C("job-fairs", CountUnit.Events, Cumulative, "招聘会", "招聘會", "Job fairs held"),
        C("chartered-bus-trips", CountUnit.Trips, Cumulative, "包车", "包車", "Chartered bus trips"),
        C("chartered-train-carriages", CountUnit.Carriages, Cumulative, "专列车厢", "專列車廂", "Chartered train carriages"),
        C("chartered-flights", CountUnit.Flights, Cumulative, "包机架次", "包機架次", "Chartered flights"),
        P("workers-brought-back", Cumulative, "接返员工", "接返員工", "Workers brought back"),
        P("poor-labour-transferred", Cumulative, "转移建档立卡贫困劳动力", "轉移建檔立卡貧困勞動力", "Registered poor workers placed in jobs"),
        P("worker-insurance-claimants", Cumulative, "“务工无忧”保险获赔人数", "「務工無憂」保險獲賠人數", "Migrant-worker insurance claimants paid"),
        M("worker-insurance-compensation", Cumulative, "“务工无忧”保险赔偿金额", "「務工無憂」保險賠償金額", "Migrant-worker insurance compensation paid"),
        M("worker-insurance-maximum-cover", Stock, "“务工无忧”保险最高保障", "「務工無憂」保險最高保障", "Migrant-worker insurance maximum cover", additive: false),

        // 3. Unemployment risks.
        P("unemployment-assistance-recipients", Stock, "失业补助金领取人数", "失業補助金領取人數", "Recipients of unemployment assistance"),
        M("unemployment-assistance-monthly-amount", Stock, "失业补助金月发放标准", "失業補助金月發放標準", "Unemployment assistance per person per month", additive: false),

        // 4. Matching jobs and job seekers.
        C("recruiting-employers", CountUnit.Enterprises, Cumulative, "网络招聘用人单位", "網絡招聘用人單位", "Employers recruiting online"),
        C("positions-offered", CountUnit.Positions, Cumulative, "招聘岗位", "招聘崗位", "Positions offered"),
        P("preliminary-hiring-intentions", Cumulative, "达成初步意向人数", "達成初步意向人數", "Persons with preliminary hiring agreements"),
        C("public-welfare-job-fairs", CountUnit.Events, Cumulative, "线下公益性招聘会", "線下公益性招聘會", "Public-welfare job fairs held in person"),

        // 5. Employment for poverty alleviation.
        C("poverty-alleviation-bases", CountUnit.Enterprises, Cumulative, "就业扶贫基地", "就業扶貧基地", "Employment poverty-alleviation bases"),
        M("poverty-alleviation-base-awards", Cumulative, "就业扶贫基地奖补", "就業扶貧基地獎補", "Awards and subsidies to poverty-alleviation bases"),
        C("public-welfare-positions", CountUnit.Positions, Cumulative, "公益性岗位", "公益性崗位", "Public-welfare positions created"),
        C("caring-positions", CountUnit.Positions, Cumulative, "爱心岗位", "愛心崗位", "'Caring' positions created"),
        P("registered-poor-employed", Cumulative, "吸纳建档立卡人员", "吸納建檔立卡人員", "Registered poor persons employed"),
        P("poor-students-graduated", Cumulative, "贫困学生毕业", "貧困學生畢業", "Students from poor areas graduated"),
        P("poor-students-employed", Cumulative, "贫困学生就业", "貧困學生就業", "Students from poor areas employed"),
        C("poor-students-employers", CountUnit.Enterprises, Cumulative, "吸纳贫困学生就业企业", "吸納貧困學生就業企業", "Enterprises employing students from poor areas"),

        // 6. College graduates.
        M("graduate-support-funds", Cumulative, "高校毕业生就业创业扶持资金", "高校畢業生就業創業扶持資金", "Employment and start-up support for graduates"),
        P("youth-trainees", Cumulative, "就业见习（实习）青年", "就業見習（實習）青年", "Young people in traineeships"),
        P("graduates-helped", Cumulative, "帮扶高校毕业生就业", "幫扶高校畢業生就業", "College graduates helped into jobs"),
        C("campus-job-fairs", CountUnit.Events, Cumulative, "引才招聘会", "引才招聘會", "Recruitment fairs for graduates"),
        C("campus-job-fair-employers", CountUnit.Enterprises, Cumulative, "参会企业", "參會企業", "Enterprises at recruitment fairs"),
        P("campus-hiring-intentions", Cumulative, "达成意向人数", "達成意向人數", "Persons with hiring agreements"),
        C("college-fair-employers", CountUnit.Enterprises, Cumulative, "专场招聘会企业", "專場招聘會企業", "Enterprises at a college's own fair"),
        P("college-fair-graduates", Cumulative, "专场招聘会毕业生", "專場招聘會畢業生", "Graduates at a college's own fair"),
        C("college-fair-positions", CountUnit.Positions, Cumulative, "专场招聘会岗位", "專場招聘會崗位", "Positions at a college's own fair"),

        // 7. Flexible employment and start-ups.
        C("street-vending-sites", CountUnit.Sites, Cumulative, "便民疏导点", "便民疏導點", "Street-vending sites"),
        C("street-vending-stalls", CountUnit.Positions, Cumulative, "摊位", "攤位", "Stalls"),
        P("street-vending-employment", Cumulative, "流动摊点解决就业", "流動攤點解決就業", "Persons employed at stalls"),
        C("livestream-training-sessions", CountUnit.Sessions, Cumulative, "直播电商培训期数", "直播電商培訓期數", "Livestream-commerce training sessions"),
        P("livestream-trainees", Cumulative, "直播电商培训人数", "直播電商培訓人數", "Livestream-commerce trainees"),
        P("flexible-employment-subsidy-recipients", Cumulative, "灵活就业社保补贴人数", "靈活就業社保補貼人數", "Recipients of the flexible-employment social-insurance subsidy"),
        M("flexible-employment-subsidy", Cumulative, "灵活就业社保补贴", "靈活就業社保補貼", "Flexible-employment social-insurance subsidy paid"),
        M("start-up-guarantee-loans", Cumulative, "创业担保贷款", "創業擔保貸款", "Start-up guarantee loans granted"),
        M("start-up-loan-interest-subsidies", Cumulative, "创业担保贷款贴息", "創業擔保貸款貼息", "Interest subsidies on start-up guarantee loans"),

        // 8. Rural revitalisation.
        C("rural-entrepreneur-training-sessions", CountUnit.Sessions, Cumulative, "乡村合作创业带头人培训", "鄉村合作創業帶頭人培訓", "Training sessions for rural start-up leaders"),
        C("rural-mentor-service-sessions", CountUnit.Sessions, Cumulative, "创业导师下乡服务", "創業導師下鄉服務", "Start-up mentor services in villages"),
        P("skilled-farmer-trainees", Cumulative, "高素质农民培训", "高素質農民培訓", "High-quality farmer trainees"),
        P("rural-practical-talent-trainees", Cumulative, "农村实用人才培训", "農村實用人才培訓", "Rural practical-talent trainees"),
        P("rural-employment", Cumulative, "促进乡村就业", "促進鄉村就業", "Rural employment promoted"),
        C("returning-geese-start-ups", CountUnit.Enterprises, Cumulative, "扶持“雁归”创业企业", "扶持「雁歸」創業企業", "'Returning geese' start-ups supported"),
        P("vocational-training-subsidised", Cumulative, "技能职业培训补贴", "技能職業培訓補貼", "Vocational-skills training subsidised"),

        // 9. Skills.
        C("online-training-platforms", CountUnit.Enterprises, Cumulative, "免费线上职业技能培训平台", "免費線上職業技能培訓平臺", "Free online vocational-training platforms"),
        C("online-training-projects", CountUnit.Projects, Cumulative, "线上培训项目", "線上培訓項目", "Online training projects"),
        P("online-trainees", Cumulative, "线上培训职工", "線上培訓職工", "Workers trained online"),
        M("online-training-funds", Cumulative, "线上培训资金", "線上培訓資金", "Online training funds paid"),
        C("skill-certification-pilot-units", CountUnit.Enterprises, Cumulative, "职业技能等级认定试点单位", "職業技能等級認定試點單位", "Skill-level certification pilot units"),
        P("skill-certifications", Cumulative, "职业技能等级认定", "職業技能等級認定", "Skill-level certifications"),
        P("disabled-trainees", Cumulative, "残疾人实用技能培训", "殘疾人實用技能培訓", "Disabled persons trained"),
        P("veteran-trainees", Cumulative, "退役军人职业技能培训", "退役軍人職業技能培訓", "Veterans trained"),
        P("skill-trainees", Cumulative, "各类技能培训", "各類技能培訓", "Persons in skills training of every kind"),
        M("work-for-training-subsidies", Cumulative, "以工代训补贴", "以工代訓補貼", "Work-for-training subsidies"),

        // 10. Employment services.
        C("employment-code-scenarios", CountUnit.Projects, Stock, "就业创业码应用场景", "就業創業碼應用場景", "Employment-code application scenarios"),
    ];

    private static IndicatorDefinition P(string code, TemporalNature nature, string name, string traditional, string english, Polarity polarity = Polarity.HigherIsBetter) =>
        IndicatorDefinition.Persons(code, nature, name, traditional, english, polarity);

    private static IndicatorDefinition M(string code, TemporalNature nature, string name, string traditional, string english, bool additive = true) =>
        IndicatorDefinition.Money(code, nature, name, traditional, english, additive: additive);

    private static IndicatorDefinition C(string code, CountUnit unit, TemporalNature nature, string name, string traditional, string english) =>
        IndicatorDefinition.Count(code, unit, nature, name, traditional, english);
}
