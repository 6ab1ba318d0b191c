using System;

namespace Indicators.Text;

/// <summary>Whether two indicator phrases name the same indicator: equal once the target words at their start are dropped
/// (全年目标, 预期目标, 目标, 计划 …), or one ending with the other ("新增就业" and "城镇新增就业").</summary>
internal static class IndicatorMatch
{
    private static readonly string[] TargetWords =
    [
        "全年预期目标", "全年預期目標", "全年目标", "全年目標", "预期目标", "預期目標", "目标", "目標", "全年计划", "全年計劃", "计划", "計劃",
    ];

    /// <summary>The shortest phrase that matches another by its end: one character ("业") says too little.</summary>
    internal const int ShortestSuffix = 2;

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> name the same indicator; false when either is null.</summary>
    internal static bool Same(Phrase? left, Phrase? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        ReadOnlySpan<char> a = Core(left.Text);
        ReadOnlySpan<char> b = Core(right.Text);
        if (a.SequenceEqual(b))
        {
            return a.Length > 0;
        }

        ReadOnlySpan<char> shorter = a.Length < b.Length ? a : b;
        ReadOnlySpan<char> longer = a.Length < b.Length ? b : a;
        return shorter.Length >= ShortestSuffix && longer.EndsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>The phrase without the target words at its start: what <see cref="Same"/> compares.</summary>
    internal static ReadOnlySpan<char> Core(string phrase)
    {
        ReadOnlySpan<char> core = phrase;
        foreach (string word in TargetWords)
        {
            if (core.StartsWith(word, StringComparison.Ordinal))
            {
                core = core[word.Length..];
                break;
            }
        }

        return core;
    }
}
