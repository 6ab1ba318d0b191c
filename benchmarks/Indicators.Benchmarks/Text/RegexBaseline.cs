using System;
using System.Text.RegularExpressions;

namespace Indicators.Benchmarks.Text;

/// <summary>
/// The baseline of <see cref="ExtractionBenchmarks"/>: a source-generated regular expression that finds the spans of
/// numbers with their units that extraction reports (Arabic digits, full-width too, with thousands separators and
/// decimals; the scales 万, 亿, 万亿 in both scripts; the units 元, 人, 名, 家, 个, %, 个百分点 …; the qualifiers before
/// and after), and counts them. It reads no Chinese numerals and knows nothing of context: it is the least a figure
/// finder does.
/// </summary>
internal static partial class RegexBaseline
{
    /// <summary>The number of spans found.</summary>
    internal static int Count(string text)
    {
        int count = 0;
        foreach (ValueMatch match in Figure().EnumerateMatches(text))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(
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
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
