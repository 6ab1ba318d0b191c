using System;

namespace Indicators.Text;

/// <summary>Where a period phrase that starts at a place of a text ends (extraction; reading the phrase as a period is
/// <see cref="Periods.PeriodPhrases"/>): 截至/截止/至/到 + a month end or 目前, 前三季度 and the quarters,
/// month ranges (1-8月, 1—8月, 1至9月), 上半年, 下半年, 今年以来, 今年.</summary>
internal static class PeriodPhraseBounds
{
    /// <summary>The longest phrase recognised.</summary>
    internal const int LongestPhrase = 16;

    private static readonly string[] Fixed =
        ["今年以来", "今年以來", "年初以来", "年初以來", "上半年", "下半年", "今年来", "今年來", "全年累计", "全年累計", "今年"];

    private static readonly string[] UpTo = ["截至", "截止到", "截止", "至", "到"];

    private const string RangeJoiners = "-－—–~～至到";

    /// <summary>The numerals of a quarter (一季度, 前三季度).</summary>
    private const string QuarterNumerals = "一二两兩三四1234";

    /// <summary>The numerals of a month or a day, besides digits.</summary>
    private const string MonthNumerals = "一二三四五六七八九十〇零";

    /// <summary>Every character a phrase may start with: a first character of the words, of a quarter or of a month
    /// range. <see cref="End"/> looks no further at any other.</summary>
    internal static readonly CharBitmap Starts = BuildStarts();

    private static readonly WordTable FixedTable = new(Fixed);
    private static readonly WordTable UpToTable = new(UpTo);

    /// <summary>Where the period phrase that starts at <paramref name="i"/> ends, or -1.</summary>
    internal static int End(string text, int i)
    {
        if (!Starts.Contains(text[i]))
        {
            return -1;
        }

        int fixedWord = FixedTable.StartingAt(text, i, 0, text.Length);
        if (fixedWord >= 0)
        {
            return i + Fixed[fixedWord].Length;
        }

        // 前三季度, 一季度, 第一季度, 三季度.
        int q = i;
        if (q < text.Length && text[q] is '前' or '第')
        {
            q++;
        }

        if (q < text.Length && QuarterNumerals.Contains(text[q]))
        {
            if (At(text, q + 1, "季度"))
            {
                return q + 3;
            }

            if (At(text, q + 1, "个季度") || At(text, q + 1, "個季度"))
            {
                return q + 4;
            }
        }

        int upTo = UpToTable.StartingAt(text, i, 0, text.Length);
        if (upTo >= 0)
        {
            string word = UpTo[upTo];
            int k = i + word.Length;
            if (At(text, k, "目前") || At(text, k, "年底") || At(text, k, "年末"))
            {
                return k + 2;
            }

            return MonthEnd(text, k, requireEnd: word is "至" or "到");
        }

        // Month ranges: 1-8月, 1—8月, 1至9月, with a year before them or not.
        int m = Year(text, i);
        int first = Numeral(text, m);
        if (first > m && first < text.Length && RangeJoiners.Contains(text[first]))
        {
            int second = Numeral(text, first + 1);
            if (second > first + 1 && second < text.Length && text[second] == '月')
            {
                return At(text, second + 1, "份") ? second + 2 : second + 1;
            }
        }

        return -1;
    }

    /// <summary>After 截至: an optional year, a month, and 底/末/份 (required after 至 and 到 alone).</summary>
    private static int MonthEnd(string text, int k, bool requireEnd)
    {
        int m = Year(text, k);
        int month = Numeral(text, m);
        if (month == m || month >= text.Length || text[month] != '月')
        {
            return -1;
        }

        int end = month + 1;
        if (end < text.Length && text[end] is '底' or '末' or '份')
        {
            return end + 1;
        }

        return requireEnd ? -1 : end;
    }

    /// <summary>Past a year such as 2020年 at <paramref name="k"/>, or <paramref name="k"/>.</summary>
    private static int Year(string text, int k)
    {
        int end = Numeral(text, k);
        return end - k == 4 && end < text.Length && text[end] == '年' ? end + 1 : k;
    }

    /// <summary>Past one or two digits or numerals (a month or a day), or four digits (a year); else <paramref name="k"/>.</summary>
    private static int Numeral(string text, int k)
    {
        int end = k;
        while (end < text.Length && end - k < 4 && (NonFigureRules.IsDigit(text[end]) || MonthNumerals.Contains(text[end])))
        {
            end++;
        }

        return end;
    }

    private static CharBitmap BuildStarts()
    {
        CharBitmap starts = CharBitmap.OfFirst([.. Fixed, .. UpTo]).Add("前第").Add(QuarterNumerals).Add(MonthNumerals);
        return starts.AddRange('0', '9').AddRange('０', '９');
    }

    private static bool At(string text, int i, string word) =>
        i >= 0 && i + word.Length <= text.Length && text.AsSpan(i, word.Length).SequenceEqual(word);
}
