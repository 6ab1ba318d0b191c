using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Text;

namespace Indicators.Tests.Text;

/// <summary>Generated valid inputs for <see cref="ExtractionContextProperties"/>: a positive printed number with up to two
/// decimals, a script, a sign, a count unit.</summary>
public static class ExtractionContextGenerators
{
    /// <summary>A printed number above zero: its digits and decimals (0 to 2), written invariantly ("12.5").</summary>
    public static Arbitrary<PrintedCase> Printed() =>
        (from digits in Gen.Choose(1, 99_999_999)
         from decimals in Gen.Choose(0, 2)
         from traditional in Gen.Elements(false, true)
         from sign in Gen.Elements("-", "－", "−", "负", "負", "+")
         from unit in Gen.Elements("人", "名", "位", "家", "个", "個", "场", "場", "人次", "户", "项")
         select new PrintedCase(digits, decimals, traditional, sign, unit)).ToArbitrary();
}

/// <summary>One generated case: <see cref="Digits"/> × 10^−<see cref="Decimals"/>, the script, a sign and a count unit.</summary>
public sealed record PrintedCase(int Digits, int Decimals, bool Traditional, string Sign, string Unit)
{
    /// <summary>The number as printed ("12.5"), without trailing zeros lost: 1250 with two decimals is "12.50".</summary>
    public string Text => (Digits / Pow(Decimals)).ToString(CultureInfo.InvariantCulture)
        + (Decimals == 0 ? string.Empty : "." + (Digits % Pow(Decimals)).ToString(CultureInfo.InvariantCulture).PadLeft(Decimals, '0'));

    /// <summary>The number as a percent.</summary>
    public Percent Percent => Percent.FromRatio(new Ratio(Digits, Pow(Decimals) * 100L));

    private static int Pow(int decimals) => decimals switch { 0 => 1, 1 => 10, _ => 100 };
}

/// <summary>Invariants of what extraction reads from the words around a number, over generated valid inputs.</summary>
public class ExtractionContextProperties
{
    [Property(Arbitrary = [typeof(ExtractionContextGenerators)], MaxTest = 300)]
    public bool NegativeGrowth_IsTheFallOf_AndGrowth_TheRiseOf_ThePrintedRate(PrintedCase n)
    {
        // For every N: "营收同比负增长N%" is a growth that fell by N% (IsDecrease, N% as printed), "营收同比增长N%" one that
        // rose by N%; the indicator is 营收 in both.
        string revenue = n.Traditional ? "營收" : "营收";
        string fall = n.Traditional ? "同比負增長" : "同比负增长";
        string rise = n.Traditional ? "同比增長" : "同比增长";
        return Growth(revenue + fall + n.Text + "%。", revenue, n.Percent, decrease: true)
            && Growth(revenue + rise + n.Text + "%。", revenue, n.Percent, decrease: false);
    }

    [Property(Arbitrary = [typeof(ExtractionContextGenerators)], MaxTest = 300)]
    public bool SignedCount_IsANegativeCountFinding_OrAPositiveFigure(PrintedCase n)
    {
        // A whole number of persons or things with a minus sign is no figure and one NegativeCount finding spanning the sign
        // to the unit; with + it is the figure itself.
        string number = n.Digits.ToString(CultureInfo.InvariantCulture);
        string prefix = n.Traditional ? "失業人數為" : "失业人数为";
        string text = prefix + n.Sign + number + n.Unit + "。";
        ExtractionResult result = Extraction.Extract(text);
        string span = n.Sign + number + n.Unit;
        if (n.Sign == "+")
        {
            return result.Findings.Count == 0 && result.Figures.Count == 1 && result.Figures[0].Text == span
                && result.Figures[0].Figure.Bounds.Lower == new Ratio(n.Digits, 1);
        }

        return result.Figures.Count == 0 && result.Findings.Count == 1 && result.Findings[0].Kind == FigureFindingKind.NegativeCount
            && text.Substring(result.Findings[0].Start, result.Findings[0].Length) == span;
    }

    [Property(Arbitrary = [typeof(ExtractionContextGenerators)], MaxTest = 300)]
    public bool ReadingAfterTheSign_GivesTheFigureExtractionFinds(PrintedCase n)
    {
        // Money and rates may be negative: read from the first digit, the sign before it is the number's, and the figure is
        // the one extraction finds in the sentence (same span, same value).
        string unit = n.Digits % 2 == 0 ? "亿元" : "%";
        string text = (n.Traditional ? "財政收入" : "财政收入") + n.Sign + n.Text + unit + "。";
        int digit = text.IndexOf(n.Text, StringComparison.Ordinal);
        ExtractedFigure found = Extraction.Extract(text).Figures.Single();
        return FigureReader.TryRead(text, digit, out FigureInContext? read) && read == found.Figure
            && read.Start == digit - n.Sign.Length && FigureReader.Read(text, digit - n.Sign.Length) == read;
    }

    [Property(Arbitrary = [typeof(ExtractionContextGenerators)], MaxTest = 200)]
    public bool NeighbouringDigits_BeforeAUnit_AreARange_NeverAFigure(PrintedCase n)
    {
        // 一二 … 八九 and 两三 before a unit: one NumeralRange finding, no figure (never 12 … 89 or 23).
        string[] digits = ["一", n.Traditional ? "兩" : "两", "三", "四", "五", "六", "七", "八", "九"];
        int low = n.Digits % 8;
        string range = digits[low] + digits[low + 1];
        string text = "新增" + range + n.Unit + "。";
        ExtractionResult result = Extraction.Extract(text);
        return result.Figures.Count == 0 && result.Findings.Count == 1 && result.Findings[0].Kind == FigureFindingKind.NumeralRange
            && text.Substring(result.Findings[0].Start, result.Findings[0].Length) == range + n.Unit;
    }

    private static bool Growth(string text, string indicator, Percent rate, bool decrease)
    {
        ExtractionResult result = Extraction.Extract(text);
        return result.Figures.Count == 1 && result.Figures[0] is { Role: FigureRole.YearOnYearGrowth } growth
            && growth.IsDecrease == decrease && growth.Indicator?.Text == indicator
            && growth.Figure.TryGetRate(out PublishedRate printed) && printed.Value == rate;
    }
}
