using System.Globalization;

namespace Indicators.Cli.Output;

/// <content>The simplified-Chinese labels.</content>
internal sealed partial class Labels
{
    /// <summary>Simplified-Chinese labels.</summary>
    internal static readonly Labels ZhHans = new()
    {
        FigureProvider = CultureInfo.InvariantCulture,
        Title = "{0}：完成率复核",
        DerivedHeading = "由公布数推算（报告未印出）",
        TargetsHeading = "其他指标与目标",
        DerivedBounds = "因各数为四舍五入后的数，真实值在 {0}",
        Indicator = "指标",
        Actual = "实际",
        Target = "目标",
        Computed = "计算完成率",
        Rounded = "四舍五入",
        Published = "公布完成率",
        Agrees = "一致",
        Yes = "是",
        No = "否",
        Method =
        [
            "计算完成率 = 公布的实际值 ÷ 目标，为精确值；再四舍五入到公布完成率的小数位数。",
            "一致：公布的实际值所代表的整数中，至少有一个除以目标后落在公布完成率所代表的区间内。",
            "隐含目标：与公布的实际值和公布完成率都相符的全部目标。序时进度：截至日在当年已过的月数 ÷ 12。",
        ],
        FigureHeading = "{0}（截至 {1}）",
        ImpliedTarget = "隐含目标：{0} {1}",
        PrintedActual = "公布实际：{0} 是四舍五入后的数，代表 {1} 中的任一整数",
        ConsistentActuals = "相符实际：以目标 {0} 计，{1} 除以目标后四舍五入为 {2}",
        NoConsistentActuals = "相符实际：以目标 {0} 计，没有一个整数除以目标后四舍五入为 {2}",
        Rounding = "舍入规则：{0}",
        RoundingHalfAwayFromZeroOnly = "只有四舍五入得出公布完成率（四舍六入五成双得不出）",
        RoundingHalfEvenOnly = "只有四舍六入五成双得出公布完成率（四舍五入得不出）",
        RoundingBoth = "四舍五入和四舍六入五成双都得出公布完成率",
        RoundingNeither = "四舍五入和四舍六入五成双都得不出公布完成率",
        Schedule = "序时进度：{0}（{1} 年已过 {2}/{3} 个月）；{4}",
        AheadBy = "快于序时进度 {0} 个百分点",
        BehindBy = "慢于序时进度 {0} 个百分点",
        ExplainHeading = "计算过程：",
        PrintedValueNote = "（按公布值 {0} 计算；公布值是四舍五入后的数，代表区间 {1}）",
        Summary = "共 {0} 项，{1} 项与公布完成率一致，{2} 项快于序时进度。",
        IsEnglish = false,
    };
}
