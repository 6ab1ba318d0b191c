using System;

namespace Indicators.Text;

/// <summary>Cuts the indicator phrase out of the words before a figure: drops the words of scope and linking at its ends
/// (全市, 共, 累计, 为, 达 …) and the target words (全年目标, 目标为).</summary>
internal static class IndicatorPhrases
{
    private static readonly string[] Leading =
    [
        "全市", "全省", "全县", "全縣", "全区", "全區", "全国", "全國", "全年", "今年", "其中", "此外", "目前", "已有", "共有",
        "累计", "累計", "共", "已", "并", "並", "另", "再", "还", "還", "均", "为", "為", "的",
    ];

    private static readonly string[] Trailing =
    [
        "全年预期目标为", "全年預期目標為", "全年目标为", "全年目標為", "全年预期目标", "全年預期目標", "全年目标", "全年目標",
        "预期目标", "預期目標", "目标为", "目標為", "目标是", "目標是", "目标", "目標", "计划", "計劃", "力争", "力爭",
        "控制在", "控制於", "控制于", "下降至", "下降到", "降至", "上升至", "上升到", "提高至", "提高到", "增长至", "增長至", "增至", "升至", "达到", "達到", "累计", "累計", "共计", "共計", "合计", "合計", "共", "达", "達", "为", "為", "是", "了", "的",
    ];

    private static readonly WordTable LeadingTable = new(Leading);
    private static readonly WordTable TrailingTable = new(Trailing);

    /// <summary>For a growth or a change: the words of the change at the end of its phrase (负增长, 下降, 增长 …, and 同比,
    /// 比上年 …), which say how the indicator moved, not what it is.</summary>
    private static readonly WordTable ChangeTable = new([.. ExtractionRoles.Falls, .. ExtractionRoles.Rises, .. ExtractionRoles.YearOnYearWords]);

    /// <summary>The phrase in [<paramref name="from"/>, <paramref name="to"/>), or null when nothing is left; for a
    /// growth or a change (<paramref name="change"/>) without the words of the change at its end ("营收同比负增长" →
    /// 营收).</summary>
    internal static Phrase? Of(string text, int from, int to, bool change = false)
    {
        int start = from;
        int end = to;
        bool changed = true;
        while (changed && start < end)
        {
            changed = false;
            while (start < end && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start]) && !IsQuote(text[start])))
            {
                start++;
                changed = true;
            }

            while (start < end && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1]) && !IsQuote(text[end - 1])))
            {
                end--;
                changed = true;
            }

            int lead = LeadingTable.StartingAt(text, start, start, end);
            if (lead >= 0)
            {
                start += Leading[lead].Length;
                changed = true;
            }

            int trail = TrailingTable.EndingAt(text, end, start);
            if (trail >= 0)
            {
                end -= Trailing[trail].Length;
                changed = true;
            }

            int moved = change ? ChangeTable.EndingAt(text, end, start) : -1;
            if (moved >= 0)
            {
                end -= ChangeTable.Words[moved].Length;
                changed = true;
            }
        }

        return start < end ? new Phrase(text, start, end - start) : null;
    }

    private static bool IsQuote(char c) => c is '“' or '”' or '「' or '」' or '『' or '』' or '"' or '《' or '》';
}
