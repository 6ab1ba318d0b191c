using System;

namespace Indicators.Text;

/// <summary>
/// The numbers in a text that are not figures: dates, times, month ranges, list numbers, ordinals, names and slogans in
/// quotes or brackets, chains joined by +, e-mail addresses and phone numbers. Each rule looks at most
/// <see cref="LongestLook"/> characters around the number.
/// </summary>
internal static class NonFigureRules
{
    /// <summary>The most characters a rule looks at, before and after a number together.</summary>
    internal const int LongestLook = 64;

    private const int QuoteReach = 20;

    private const string Openers = "“「『《〈【〔\"‘";
    private const string Closers = "”」』》〉】〕\"’";
    private const string DateUnits = "年月日号號时時";
    private const string Dashes = "-－—–~～";
    private const string MeasureAfterOne = "个個项項次批种種些系样樣";

    /// <summary>The first characters of the units <see cref="FigureScanner"/> knows, after a four-digit number.</summary>
    private const string UnitStarts = "元圆圓人名位家个個场場期份户戶笔筆张張项項班节節架处處次%％百个美欧歐港日英澳加韩韓卢盧新瑞泰多余餘以左上万萬亿億";

    private static readonly CharBitmap OpenerSet = CharBitmap.Of(Openers);
    private static readonly CharBitmap CloserSet = CharBitmap.Of(Closers);
    private static readonly CharBitmap DateUnitSet = CharBitmap.Of(DateUnits);

    private static readonly string[] PhoneWords = ["电话", "電話", "热线", "熱線", "手机", "手機", "传真", "傳真", "Tel", "TEL", "tel"];

    internal static bool IsDigit(char c) => Utility.Digits.IsDigit(c, out _);

    /// <summary>Whether a number starts at <paramref name="i"/>: a digit or a numeral that the previous character does
    /// not continue, or a sign before a digit.</summary>
    internal static bool IsNumberStart(string text, int i)
    {
        char c = text[i];
        if (IsDigit(c))
        {
            return true;
        }

        if (c is '-' or '−' or '－' or '+' or '＋')
        {
            return i + 1 < text.Length && IsDigit(text[i + 1]) && (i == 0 || !IsDigit(text[i - 1]));
        }

        if (c is '负' or '負')
        {
            // 负 as a minus sign: straight before digits or a numeral ("负3万人", "负三点八"), not at the end of a word (减负).
            return i + 1 < text.Length && (IsDigit(text[i + 1]) || ContextVocabulary.NumeralStartSet.Contains(text[i + 1]))
                && ContextVocabulary.MaySignFu(text, i);
        }

        return ContextVocabulary.NumeralStartSet.Contains(c);
    }

    /// <summary>Where the run of digits and numerals that starts at <paramref name="i"/> ends (a point or a separator
    /// counts only between digits).</summary>
    internal static int RunEnd(string text, int i)
    {
        int k = i;
        if (k < text.Length && text[k] is '-' or '−' or '－' or '+' or '＋' or '负' or '負')
        {
            k++;
        }

        while (k < text.Length)
        {
            char c = text[k];
            if (IsDigit(c) || (ContextVocabulary.NumeralCharacterSet.Contains(c) && c is not '点' and not '點'))
            {
                k++;
            }
            else if (c is '.' or '．' or ',' or '，' or '点' or '點' && k > i && k + 1 < text.Length
                && (c is '.' or '．' ? IsDigit(text[k + 1]) || ContextVocabulary.NumeralCharacterSet.Contains(text[k + 1])
                    : c is ',' ? IsDigit(text[k - 1]) && IsDigit(text[k + 1])
                    : c is not '，' && ContextVocabulary.NumeralCharacterSet.Contains(text[k + 1])))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return Math.Max(k, i + 1);
    }

    /// <summary>Where a non-figure that holds the number run [<paramref name="i"/>, <paramref name="runEnd"/>) ends, or -1
    /// when the number may be a figure. <paramref name="isBoundary"/>: whether the non-figure ends an indicator phrase
    /// (a date does, a quoted name does not).</summary>
    internal static int End(string text, int i, int runEnd, out bool isBoundary)
    {
        isBoundary = false;
        int n = text.Length;
        char before = i > 0 ? text[i - 1] : '\n';
        char after = runEnd < n ? text[runEnd] : '\n';

        // Ordinals (第七届) and e-mail addresses, identifiers, codes with Latin letters.
        if (before == '第')
        {
            return runEnd;
        }

        if (IsAsciiWord(before) || before == '@' || IsAsciiWord(after) || after == '@')
        {
            int k = runEnd;
            while (k < n && k - runEnd < LongestLook && (IsAsciiWord(text[k]) || IsDigit(text[k]) || text[k] is '.' or '@' or '-'))
            {
                k++;
            }

            return k;
        }

        // List numbers: "1." "2、" "(3)" at the start of a line.
        if (runEnd - i <= 3 && IsLineStart(text, i) && after is '.' or '．' or '、' or ')' or '）')
        {
            return runEnd + 1;
        }

        if (before is '(' or '（' && after is ')' or '）' && runEnd - i <= 3)
        {
            return runEnd + 1;
        }

        // Dates and times: 11月10日, 2020年, 18:44, 18时.
        if (DateUnitSet.Contains(after))
        {
            isBoundary = true;
            return runEnd + 1;
        }

        if (after is '季' || (after is '个' or '個' && runEnd + 1 < n && text[runEnd + 1] is '月'))
        {
            isBoundary = true;
            return runEnd + 1;
        }

        if (after is ':' or '：' && runEnd + 1 < n && IsDigit(text[runEnd + 1]))
        {
            isBoundary = true;
            return Chain(text, runEnd, ":：");
        }

        // Chains joined by + ("1+10应对机制", "2+1").
        if (before is '+' or '＋' || (after is '+' or '＋' && runEnd + 1 < n && (IsDigit(text[runEnd + 1]) || ContextVocabulary.NumeralStarts.Contains(text[runEnd + 1]))))
        {
            return Chain(text, runEnd, "+＋");
        }

        // Ranges of dates (1-3日, 1—8月) and numbers joined by dashes (phone numbers, codes).
        if (Dashes.Contains(after) && runEnd + 1 < n && IsDigit(text[runEnd + 1]))
        {
            int k = RunEnd(text, runEnd + 1);
            if (k < n && DateUnits.Contains(text[k]))
            {
                isBoundary = true;
                return k + 1;
            }

            if (after is '-' or '－')
            {
                return Chain(text, runEnd, "-－");
            }
        }

        // Phone numbers: eleven digits from 1, seven or more digits from 0, or digits after 电话/热线.
        int digits = runEnd - i;
        if (digits >= 7 && AllDigits(text, i, runEnd) && ((digits == 11 && text[i] == '1') || text[i] == '0' || AfterPhoneWord(text, i)))
        {
            return runEnd;
        }

        // A lone 一 before a measure word is an article (一个, 一项, 一批).
        if (text[i] == '一' && runEnd == i + 1 && MeasureAfterOne.Contains(after))
        {
            return runEnd;
        }

        // A year run into a name ("2020智汇台州").
        if (digits == 4 && AllDigits(text, i, runEnd) && text[i] is '1' or '2' && char.IsLetter(after) && !UnitStarts.Contains(after))
        {
            return runEnd;
        }

        // Names and slogans in quotes or brackets ("20条", "五减", 「1131」).
        int closer = QuotedEnd(text, i, runEnd);
        return closer;
    }

    private static bool IsAsciiWord(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';

    private static bool IsLineStart(string text, int i)
    {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--)
        {
            char c = text[k];
            if (c is '\n' or '\r')
            {
                return true;
            }

            if (c is not (' ' or '\t' or '\u3000'))
            {
                return false;
            }
        }

        return i <= 4 && text.AsSpan(0, i).IsWhiteSpace();
    }

    private static bool AllDigits(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AfterPhoneWord(string text, int i)
    {
        int floor = Math.Max(0, i - 12);
        foreach (string word in PhoneWords)
        {
            int at = text.AsSpan(floor, i - floor).LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of numbers joined by <paramref name="joiners"/> from <paramref name="k"/>.</summary>
    private static int Chain(string text, int k, string joiners)
    {
        int start = k;
        while (k + 1 < text.Length && k - start < LongestLook && joiners.Contains(text[k])
            && (IsDigit(text[k + 1]) || ContextVocabulary.NumeralStarts.Contains(text[k + 1])))
        {
            k = RunEnd(text, k + 1);
        }

        return k;
    }

    /// <summary>Past the closing quote when the number stands inside quotes or brackets within a short name; else -1.</summary>
    private static int QuotedEnd(string text, int i, int runEnd)
    {
        bool opened = false;
        for (int k = i - 1; k >= 0 && i - k <= QuoteReach; k--)
        {
            char c = text[k];
            if (CloserSet.Contains(c) && c is not '"')
            {
                return -1;
            }

            if (OpenerSet.Contains(c))
            {
                opened = true;
                break;
            }

            if (c is '。' or '\n' or '\r' or '；')
            {
                return -1;
            }
        }

        if (!opened)
        {
            return -1;
        }

        for (int k = runEnd; k < text.Length && k - runEnd < QuoteReach; k++)
        {
            char c = text[k];
            if (CloserSet.Contains(c))
            {
                return k + 1;
            }

            if ((OpenerSet.Contains(c) && c is not '"') || c is '。' or '\n' or '\r' or '；' or '，' or ',')
            {
                return -1;
            }
        }

        return -1;
    }
}
