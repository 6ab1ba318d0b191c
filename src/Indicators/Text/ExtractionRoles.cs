using System;

namespace Indicators.Text;

/// <summary>The role of a figure from the words before it in its clause.</summary>
internal static class ExtractionRoles
{
    /// <summary>A bound on the words compared at each character of the phrase (for the step count).</summary>
    internal const int WordsChecked = 4;

    private static readonly string[] TargetWords = ["目标", "目標", "任务", "任務", "计划", "計劃"];
    private static readonly string[] PlanWords = ["目标", "目標", "计划", "計劃", "力争", "力爭", "预期", "預期"];
    private static readonly string[] CeilingWords = ["控制在", "控制於", "控制于"];
    private static readonly string[] RateWords = ["完成率", "完成进度", "完成進度"];
    private static readonly string[] ShareWords = ["占比", "佔比", "比重", "比例"];

    /// <summary>Words of a fall: the figure after them is a growth with <see cref="ExtractedFigure.IsDecrease"/>; 负增长
    /// (負增長, "negative growth") is one, so "同比负增长3%" is a fall of 3% as "同比下降3%" is.</summary>
    internal static readonly string[] Falls = ["负增长", "負增長", "下降", "降低", "减少", "減少", "回落", "下滑", "降幅"];

    /// <summary>Words of a rise (同比 alone reads as one: "同比3%").</summary>
    internal static readonly string[] Rises = ["增长", "增長", "增加", "提高", "上升", "上涨", "上漲", "增幅", "增速", "同比"];

    /// <summary>Words that compare with an earlier period.</summary>
    internal static readonly string[] YearOnYearWords = ["同比", "比上年", "较上年", "較上年", "比去年", "较去年", "較去年", "比上月", "环比", "環比"];

    internal static (FigureRole Role, bool Decrease) Of(ReadOnlySpan<char> raw, FigureInContext figure, string text)
    {
        ReadOnlySpan<char> phrase = raw.TrimEnd();
        ReadOnlySpan<char> linked = phrase.TrimEnd("为為达達是了：: ");
        bool percent = figure.Kind == FigureKind.Percent;
        if (percent && EndsWith(phrase, '的') && phrase.Contains("完成", StringComparison.Ordinal) && ContainsAny(phrase, TargetWords))
        {
            return (FigureRole.CompletionRate, false);
        }

        if (percent && EndsWithAny(linked, RateWords))
        {
            return (FigureRole.CompletionRate, false);
        }

        bool falls = EndsWithAny(linked, Falls);
        if (figure.Kind == FigureKind.PercentagePoints)
        {
            return (FigureRole.PercentagePointChange, ContainsAny(phrase, Falls));
        }

        if (percent && (EndsWithAny(linked, ShareWords) || (EndsWith(phrase, '的') && (phrase.Contains('占') || phrase.Contains('佔')))))
        {
            return (FigureRole.Share, false);
        }

        if (falls || EndsWithAny(linked, Rises))
        {
            if (percent || ContainsAny(phrase, YearOnYearWords))
            {
                return (FigureRole.YearOnYearGrowth, falls);
            }
        }

        foreach (string word in CeilingWords)
        {
            if (text.AsSpan(figure.Start).StartsWith(word, StringComparison.Ordinal) || phrase.EndsWith(word, StringComparison.Ordinal))
            {
                return (FigureRole.Target, false);
            }
        }

        return (ContainsAny(phrase, PlanWords) ? FigureRole.Target : FigureRole.Actual, false);
    }

    private static bool EndsWith(ReadOnlySpan<char> s, char c) => s.Length > 0 && s[^1] == c;

    private static bool ContainsAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (string word in words)
        {
            if (s.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (string word in words)
        {
            if (s.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
