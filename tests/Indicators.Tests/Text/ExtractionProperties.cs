using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>Strings of every sort for extraction: arbitrary UTF-16 (lone surrogates and control characters included),
/// pieces of report text, nested qualifiers, and runs of up to 10 000 digits or numerals.</summary>
public static class ExtractionGenerators
{
    private static readonly string[] Pieces =
    [
        "近", "约", "約", "超过", "以上", "以内", "左右", "多", "余", "最高", "控制在", "的目标以内", "人民币", "预计", "初步",
        "万", "亿", "萬", "億", "万亿", "元", "人", "名", "家", "个", "%", "个百分点", "次", "完成率为", "完成全年目标的",
        "同比增长", "下降", "占比为", "全年目标", "截至10月底", "前三季度", "1-8月", "1—8月", "1至9月", "上半年", "第", "“", "”",
        "「", "」", "+", "-", ".", "．", ",", "，", "。", "；", "\n", "\r", "\t", ":", "@", "1.", "18:44", "11月10日", "2020年",
        "一", "二", "十", "百", "千", "零", "〇", "两", "壹", "拾", "点", "分之", "负", "０", "１", "９", "城镇新增就业", "受惠企业",
        "\uD800", "\uDFFF", "\u0000", "\u001F", "\u200B", "\uFEFF", "\uFFFF",
    ];

    /// <summary>Texts built from pieces, arbitrary characters and long runs.</summary>
    public static Arbitrary<string> Texts()
    {
        Gen<string> piece = Gen.Elements(Pieces);
        Gen<string> anyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        Gen<string> digitRun = from length in Gen.Choose(1, 10_000)
                               from digit in Gen.Elements('1', '9', '0', '一', '万', '九')
                               select new string(digit, length);
        Gen<string> digits = Gen.Choose(0, 99_999_999).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Gen<string> nested = from depth in Gen.Choose(1, 30)
                             from marker in Gen.Elements("近", "约", "超过", "多", "以上", "控制在")
                             select string.Concat(Enumerable.Repeat(marker, depth)) + "200" + string.Concat(Enumerable.Repeat("多", depth)) + "人";
        Gen<string> part = Gen.Frequency((8, piece), (6, anyChar), (6, digits), (1, digitRun), (1, nested));
        return part.ListOf().Select(parts => string.Concat(parts)).ToArbitrary();
    }
}

/// <summary>Robustness of extraction: it never throws, and its work is linear in the text.</summary>
public class ExtractionProperties
{
    [Property(Arbitrary = [typeof(ExtractionGenerators)], MaxTest = 1000)]
    public bool Extract_NeverThrows_AndGivesOrderedSpansWithinTheText(string text)
    {
        ExtractionResult result = Extraction.Extract(text);
        int end = 0;
        foreach (ExtractedFigure figure in result.Figures)
        {
            if (figure.Start < end || figure.Length <= 0 || figure.Start + figure.Length > text.Length
                || figure.Text != text.Substring(figure.Start, figure.Length) || figure.Role == FigureRole.None)
            {
                return false;
            }

            end = figure.Start + figure.Length;
        }

        // Findings are spans within the text, in order, and overlap no figure (a number is a figure or a finding).
        int findingEnd = 0;
        foreach (FigureFinding finding in result.Findings)
        {
            if (finding.Start < findingEnd || finding.Length <= 0 || finding.Start + finding.Length > text.Length
                || result.Figures.Any(f => f.Start < finding.Start + finding.Length && finding.Start < f.Start + f.Length))
            {
                return false;
            }

            findingEnd = finding.Start + finding.Length;
        }

        return result.Completions.All(c => c.Start >= 0 && c.Start + c.Length <= text.Length && c.Rate.Role == FigureRole.CompletionRate);
    }

    [Property(MaxTest = 300)]
    public bool Extract_NeverThrows_OnArbitraryStrings(NonNull<string> text)
    {
        ExtractionResult result = Extraction.Extract(text.Get);
        return result.Figures.All(f => f.Start >= 0 && f.Start + f.Length <= text.Get.Length);
    }

    [Fact]
    public void Extract_NeverThrows_OnEveryCharacterAloneAndBesideADigit()
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string s = ((char)c).ToString();
            Extraction.Extract(s);
            Extraction.Extract("1" + s);
            Extraction.Extract(s + "5万人");
        }
    }

    /// <summary>A paragraph of our own, with figures and non-figures of each kind.</summary>
    private const string Paragraph =
        "1.截至10月底，全市城镇新增就业6.2万人，完成全年目标任务的103.33%；城镇登记失业率控制在3.5%以内，为2.24%，比上月下降0.1个百分点。" +
        "前三季度，发放稳岗补贴1.25亿元，同比增长8.6%，受惠企业约3200家，出台“稳就业20条”和“五减”政策，11月10日18:44发布，电话0576-88123456。\n";

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    [Fact]
    public void Extract_StepsAreLinear_OnLongRunsBeforeAUnit()
    {
        // Runs of 10 000 digits, each followed by 元 (a NumberOutOfRange finding each): 1 MB against 8 MB.
        string run = new string('9', 10_000) + "元";
        const int OneMegabyte = 1 << 20;
        ExtractionResult small = Extraction.ExtractCountingSteps(Repeat(run, OneMegabyte), out long smallSteps);
        Extraction.ExtractCountingSteps(Repeat(run, 8 * OneMegabyte), out long largeSteps);
        Assert.Equal(OneMegabyte / run.Length, small.Findings.Count);
        double ratio = (double)largeSteps / smallSteps;
        Assert.True(ratio is > 7.6 and < 8.4, $"8 MB took {ratio:F3}× the steps of 1 MB ({largeSteps} against {smallSteps}), not 8×.");
    }

    [Theory]
    [InlineData(Paragraph)]
    [InlineData("1")]
    [InlineData("九")]
    [InlineData("近约超过")]
    [InlineData("1万")]
    [InlineData("“1”")]
    [InlineData("\uD800a1.")]
    [InlineData("失业人数-3万人，")]
    [InlineData("两三个十几家")]
    [InlineData("99999999999999亿元")]
    public void Extract_StepsAreLinear_From1MBTo8MB(string unit)
    {
        const int OneMegabyte = 1 << 20;
        Extraction.ExtractCountingSteps(Repeat(unit, OneMegabyte), out long small);
        Extraction.ExtractCountingSteps(Repeat(unit, 8 * OneMegabyte), out long large);
        Assert.True(small >= OneMegabyte, $"{small} steps for 1 MB: fewer than the characters visited.");
        Assert.True(small <= 400L * OneMegabyte, $"{small} steps for 1 MB of {unit}: more than 400 a character.");
        double ratio = (double)large / small;
        Assert.True(ratio is > 7.6 and < 8.4, $"8 MB took {ratio:F3}× the steps of 1 MB ({large} against {small}), not 8×.");
    }
}
