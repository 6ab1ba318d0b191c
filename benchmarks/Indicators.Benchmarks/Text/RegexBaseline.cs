using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Indicators.Text;

namespace Indicators.Benchmarks.Text;

/// <summary>
/// The baselines of <see cref="ExtractionBenchmarks"/>: source-generated regular expressions that find number-with-unit
/// spans and count them. <see cref="Count"/> finds the same spans as extraction in the benchmark's text (checked by
/// <see cref="CheckSameSpans"/>): Arabic digits (full-width too) with thousands separators and decimals, the scales 万,
/// 亿, 万亿 in both scripts, the units 元, 人, 名, 家, 个, %, 个百分点 …, the qualifiers before and after, and, written
/// out for the reference report, the two figures it needs context for: a Chinese numeral (十個 before 方面) and a unit
/// left out after the words that make it clear (發放獎補158.9萬). <see cref="CountMinimal"/> is the least a figure finder
/// does: the first alternative alone, no Chinese numerals, no context.
/// </summary>
internal static partial class RegexBaseline
{
    /// <summary>The number of spans <see cref="SameSpans"/> finds.</summary>
    internal static int Count(string text) => Count(SameSpans(), text);

    /// <summary>The number of spans <see cref="Minimal"/> finds.</summary>
    internal static int CountMinimal(string text) => Count(Minimal(), text);

    /// <summary>Throws unless <see cref="SameSpans"/> finds exactly the spans of <see cref="Extraction.Extract"/> in
    /// <paramref name="text"/>, naming the first that differ.</summary>
    internal static void CheckSameSpans(string text)
    {
        var ours = Extraction.Extract(text).Figures.Select(f => (f.Start, f.Length)).ToList();
        var theirs = new List<(int, int)>();
        foreach (ValueMatch match in SameSpans().EnumerateMatches(text))
        {
            theirs.Add((match.Index, match.Length));
        }

        if (!ours.SequenceEqual(theirs))
        {
            var (start, length) = ours.Except(theirs).Concat(theirs.Except(ours)).FirstOrDefault();
            throw new InvalidOperationException(
                $"The regex baseline finds {theirs.Count} spans, extraction {ours.Count}; they differ at {start}: \"{text.Substring(start, Math.Min(length, text.Length - start))}\".");
        }
    }

    private static int Count(Regex regex, string text)
    {
        int count = 0;
        foreach (ValueMatch match in regex.EnumerateMatches(text))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>A number with its unit, qualifiers and scale, in Arabic digits: the pattern of <see cref="Minimal"/> and the
    /// first alternative of <see cref="SameSpans"/>.</summary>
    private const string NumberWithUnit =
        """
        (?:约|約|近|超过|超過|逾|达到|達到|达|達|最高|最多|不足|不到|预计|預計|初步统计|初步統計|控制在)?
        (?:人民币|人民幣)?
        [-+]?[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})*[0-9０-９]*(?:[.．][0-9０-９]+)?
        (?:多|余|餘)?
        (?:万亿|萬億|万|萬|亿|億)?
        (?:多|余|餘)?
        (?:个百分点|個百分點|百分点|百分點|人次|家次|场次|場次|班次|架次|元|圆|圓|人|名|位|家|个|個|场|場|期|份|户|戶|笔|筆|张|張|项|項|节|節|处|處|次|%|％)
        (?:人民币|人民幣)?
        (?:以上|以下|以内|以內|左右|之内|之內)?
        """;

    [GeneratedRegex(
        "(?:" + NumberWithUnit + """
        |
          (?<=发放奖补|發放獎補|城镇新增就业|城鎮新增就業)[0-9]+(?:\.[0-9]+)?(?:万|萬|亿|億)(?![0-9元人家个個])
        |
          (?<![第〇零一二两兩三四五六七八九十百千万萬亿億])[一二两兩三四五六七八九十][〇零一二两兩三四五六七八九十百千万萬亿億]*(?:个|個)(?=方面)
        )
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex SameSpans();

    [GeneratedRegex(NumberWithUnit, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Minimal();
}
