using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Quantities;
using Indicators.Tests.Serialization;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>
/// Extraction on the reference report, read at test time from ../shared/corpus/ beside the repository (never copied
/// into it), against fixtures of facts written by hand: every figure with its value, kind, unit, qualifier and role,
/// the numbers that are not figures, and the five completion statements with their actuals.
/// </summary>
public class ExtractionReferenceReportTests
{
    private const string ReportName = Indicators.Tests.Shared.ReferenceReport.Name;

    /// <summary>The reference report's text, read from ../shared/corpus/ (fails naming both places when it is absent).</summary>
    internal static string Report() => Indicators.Tests.Shared.ReferenceReport.Text();

    private static IEnumerable<string[]> Fixture(string kind) =>
        File.ReadAllLines(Path.Combine(DatasetJsonTests.RepositoryRoot(), "tests", "Indicators.Tests", "Text", "Fixtures", $"{ReportName}.{kind}.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'));

    /// <summary>A decimal written in the fixture as an exact ratio.</summary>
    private static Ratio Exact(string value)
    {
        int point = value.IndexOf('.', StringComparison.Ordinal);
        int decimals = point < 0 ? 0 : value.Length - point - 1;
        Int128 digits = Int128.Parse(value.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        Int128 denominator = 1;
        for (int k = 0; k < decimals; k++)
        {
            denominator *= 10;
        }

        return new Ratio(digits, denominator);
    }

    [Fact]
    public void EveryFigure_IsFound_WithItsValueKindUnitQualifierAndRole()
    {
        string text = Report();
        ExtractionResult result = Extraction.Extract(text);
        var expected = Fixture("figures").ToList();
        var wrong = new List<string>();
        int from = 0;
        int found = 0;
        foreach (string[] row in expected)
        {
            int at = text.IndexOf(row[0], from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"The fixture's figure {row[0]} is not in the report after position {from}.");
            from = at + row[0].Length;
            ExtractedFigure? figure = result.Figures.SingleOrDefault(f => f.Start == at);
            if (figure is null)
            {
                wrong.Add($"{row[0]} at {at}: not found");
                continue;
            }

            string actual = string.Join('\t', figure.Text, figure.Figure.Printed.Value == Exact(row[1]) ? row[1] : figure.Figure.Printed.Value.ToString(),
                figure.Kind, figure.Figure.Unit, figure.Qualifier, figure.Role);
            if (actual != string.Join('\t', row))
            {
                wrong.Add($"{string.Join('\t', row)} expected, {actual} found");
                continue;
            }

            found++;
        }

        Assert.True(wrong.Count == 0, $"{found} of {expected.Count} figures right; wrong:\n{string.Join('\n', wrong)}");
        var extra = result.Figures.Where(f => !expected.Any(row => row[0] == f.Text)).Select(f => f.Text).ToList();
        Assert.True(extra.Count == 0, "Reported but not figures of the fixture: " + string.Join(", ", extra));
        Assert.Equal(expected.Count, result.Figures.Count);
    }

    [Fact]
    public void NoNonFigure_IsReported()
    {
        string text = Report();
        ExtractionResult result = Extraction.Extract(text);
        foreach (string[] row in Fixture("nonfigures"))
        {
            int around = text.IndexOf(row[0], StringComparison.Ordinal);
            Assert.True(around >= 0, $"The fixture's text {row[0]} is not in the report.");
            for (; around >= 0; around = text.IndexOf(row[0], around + 1, StringComparison.Ordinal))
            {
                int at = around + row[0].IndexOf(row[1], StringComparison.Ordinal);
                int end = at + row[1].Length;
                ExtractedFigure? covering = result.Figures.FirstOrDefault(f => f.Start < end && at < f.Start + f.Length);
                Assert.True(covering is null, $"{row[1]} in {row[0]} at {at} is reported as the figure {covering}.");
            }
        }
    }

    [Fact]
    public void TheFiveCompletionStatements_AreLinkedToTheirActuals()
    {
        ExtractionResult result = Extraction.Extract(Report());
        string[][] expected =
        [
            ["196.11%", "39221人", "促進鄉村就業"],
            ["133.85%", "2677家", "扶持“雁歸”創業企業"],
            ["144.57%", "28914人", "開展技能職業培訓補貼"],
            ["146.43%", "14.64萬人", "城鎮新增就業"],
            ["147.59%", "1.77萬人", "城鎮失業人員再就業"],
        ];
        Assert.Equal(expected.Length, result.Completions.Count);
        for (int k = 0; k < expected.Length; k++)
        {
            CompletionStatement done = result.Completions[k];
            Assert.Equal(expected[k][0], done.Rate.Text);
            Assert.Equal(expected[k][1], done.Actual?.Text);
            Assert.Equal(expected[k][2], done.Actual?.Indicator?.Text);
            Assert.StartsWith("完成", result.Text.Substring(done.Start, done.Length), StringComparison.Ordinal);
            Assert.EndsWith(expected[k][0], result.Text.Substring(done.Start, done.Length), StringComparison.Ordinal);
        }

        Assert.Equal("截至10月底", result.Completions[3].Actual?.Period?.Text);
        Assert.Equal("至6月底", result.Completions[0].Actual?.Period?.Text);
    }
}
