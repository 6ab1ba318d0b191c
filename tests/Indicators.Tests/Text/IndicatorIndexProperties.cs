using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Text;

namespace Indicators.Tests.Text;

/// <summary>The index the audit finds an indicator's figures with gives what comparing every pair with
/// <see cref="IndicatorMatch.Same"/> gives, in the order of the text, at most <see cref="IndicatorIndex.MostMatches"/>.</summary>
public class IndicatorIndexProperties
{
    private static readonly string[] Words = ["城镇", "新增", "就业", "农村", "业", "培训", "全年目标", "目标", "预期目标", "计划", "创业"];

    /// <summary>Texts of up to 40 sentences "phrase + number + 人", the phrases made of a few words that end one another.</summary>
    public static Arbitrary<string> Texts() =>
        (from phrase in Gen.Elements(Words).ArrayOf().Where(w => w.Length is >= 1 and <= 4).Select(w => string.Concat(w))
         from persons in Gen.Choose(1, 99_999)
         select phrase + persons + "人。").ListOf().Where(s => s.Count <= 40).Select(s => string.Concat(s)).ToArbitrary();

    [Property(Arbitrary = [typeof(IndicatorIndexProperties)], MaxTest = 300)]
    public bool Matching_IsEveryPairSameAccepts_InTextOrder_Capped(string text)
    {
        IReadOnlyList<ExtractedFigure> figures = Extraction.Extract(text).Figures;
        var index = new IndicatorIndex(figures, f => f.Role == FigureRole.Actual);
        foreach (ExtractedFigure figure in figures)
        {
            if (figure.Indicator is not { } phrase)
            {
                continue;
            }

            int[] expected = figures.Where(f => f.Role == FigureRole.Actual && IndicatorMatch.Same(phrase, f.Indicator))
                .Select(f => f.Index).Take(IndicatorIndex.MostMatches).ToArray();
            if (!index.Matching(phrase).Select(f => f.Index).SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }
}
