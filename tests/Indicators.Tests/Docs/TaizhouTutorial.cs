using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Audit;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Serialization;
using Indicators.Targets;
using Indicators.Tests.Shared;
using Indicators.Text;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Docs;

/// <summary>
/// The steps of docs/tutorial.md, "Reproducing the Taizhou 2020 employment report". Each <c>#region</c> is included in
/// the tutorial by docfx (<c>[!code-csharp[](…#name)]</c>); <see cref="TutorialRegionTests"/> checks that the tutorial
/// and this file name the same regions. Expected values are the report's printed figures and hand arithmetic.
/// </summary>
public class TaizhouTutorial
{
    [Fact]
    public void Step1_LoadTheReferenceDataset()
    {
        #region load-dataset
        // docs/data/taizhou-2020.json, found from wherever this runs.
        string path = "";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && !File.Exists(path); dir = dir.Parent)
        {
            path = Path.Combine(dir.FullName, "docs", "data", "taizhou-2020.json");
        }

        Dataset taizhou = DatasetJson.Read(File.ReadAllText(path));
        Observation jobs = taizhou.Find("urban-new-employment", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)));
        Assert.Equal("14.64万人", jobs.FigureText());
        Assert.Equal(71, taizhou.Count);
        #endregion
    }

    [Fact]
    public void Step2_ExtractTheFiguresFromTheReportText()
    {
        #region extract-report
        // The report's text is not part of the repository: ReferenceReport finds it in ../shared/corpus/.
        string text = File.ReadAllText(ReferenceReport.Path());
        ExtractionResult extraction = Extraction.Extract(text);
        Assert.Equal(79, extraction.Figures.Count);

        ReportAudit audit = ReportAudit.Of(extraction);
        Assert.True(audit.IsConsistent);
        List<(string Actual, string Rate)> statements = audit.Completions
            .Select(c => (c.Statement.Actual!.Text, c.Statement.Rate.Text))
            .ToList();
        Assert.Equal(
            [("39221人", "196.11%"), ("2677家", "133.85%"), ("28914人", "144.57%"), ("14.64萬人", "146.43%"), ("1.77萬人", "147.59%")],
            statements);
        #endregion
    }

    [Fact]
    public void Step3_EveryCompletionRate_RecomputedAndChecked()
    {
        Dataset taizhou = LoadReferenceDataset();

        #region completion-rates
        Dictionary<string, TargetAssessment> assessed = taizhou.AssessAll()
            .Where(a => a.PublishedCompletion is not null)
            .ToDictionary(a => a.Actual.Indicator.Code);
        Assert.Equal(5, assessed.Count);

        // Printed exactly: 39 221 ÷ 20 000 = 196.105%, printed 196.11% only when rounded half away from zero (四舍五入).
        TargetAssessment rural = assessed["rural-employment"];
        Assert.Equal("196.105%", rural.ExactCompletion.ToString());
        Assert.Equal("196.11%", rural.PublishedCompletion.ToString());
        Assert.Equal(RoundingConsistency.HalfAwayFromZero, rural.PublishedRateConsistency);

        // 2 677 ÷ 2 000 = 133.85% and 28 914 ÷ 20 000 = 144.57%: exact, so either rounding rule prints them.
        Assert.Equal("133.85%", assessed["returning-geese-start-ups"].ExactCompletion.ToString());
        Assert.Equal("144.57%", assessed["vocational-training-subsidised"].ExactCompletion.ToString());
        Assert.Equal(RoundingConsistency.Both, assessed["vocational-training-subsidised"].PublishedRateConsistency);

        // Printed in 万: 146 400 ÷ 100 000 = 146.4% and 17 700 ÷ 12 000 = 147.5%, not the printed 146.43% and 147.59%;
        // but 14.64万人 stands for 146 350 to 146 449 persons, and 146 425 to 146 434 of them give 146.43%.
        TargetAssessment urban = assessed["urban-new-employment"];
        Assert.Equal("146.4%", urban.ExactCompletion.ToString());
        Assert.Equal("147.5%", assessed["urban-unemployed-re-employed"].ExactCompletion.ToString());
        Assert.Null(urban.PublishedRateConsistency); // told only for an actual printed exactly
        Assert.Equal("[146425, 146435)", urban.ConsistentActuals.ToString()); // 100 000 × [146.425%, 146.435%)
        Assert.True(assessed.Values.All(a => a.TargetAgrees == true));
        #endregion
    }

    [Fact]
    public void Step4_TheTargetsTheReportImplies()
    {
        #region implied-targets
        // The report prints no target. 39 221 ÷ 196.115% = 19 998.98… and 39 221 ÷ 196.105% = 20 000: the target lies
        // in (19 998.98…, 20 000], and 20 000 is its roundest value.
        var rural = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("39221人"), PublishedRate.Parse("196.11%"));
        Assert.Equal(Headcount.FromPersons(20_000), rural.RoundestCandidates(1)[0]);
        Assert.True(rural.Targets.Contains(new Ratio(20_000, 1)));
        Assert.False(rural.Targets.Contains(new Ratio(19_998, 1)));

        // 1.77万人 at 147.59%: of the targets it allows, 12 000 is the roundest, and with it only 17 711 persons give
        // the printed rate (12 000 × 147.585% = 17 710.2, 12 000 × 147.595% = 17 711.4).
        var reEmployed = ImpliedTarget.From(PublishedFigure.Parse<Headcount>("1.77万人"), PublishedRate.Parse("147.59%"));
        Assert.Equal(Headcount.FromPersons(12_000), reEmployed.RoundestCandidates(1)[0]);
        Assert.True(reEmployed.TryGetActualsFor(Headcount.FromPersons(12_000), out ValueInterval actuals));
        Assert.Equal("[17710.2, 17711.4)", actuals.ToString());
        Assert.True(actuals.Contains(new Ratio(17_711, 1)));
        Assert.False(actuals.Contains(new Ratio(17_710, 1)) || actuals.Contains(new Ratio(17_712, 1)));
        #endregion
    }

    [Fact]
    public void Step5_ScheduleProgress()
    {
        Dataset taizhou = LoadReferenceDataset();

        #region schedule-progress
        // 序时进度 by months: the half-year figures are at 2020-06-30 (6 of 12 months, 50%), the ten-month ones at
        // 2020-10-31 (10 of 12, 83.33…%); every completion is ahead of it.
        ScheduleComparison rural = taizhou.Assess("rural-employment", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 6, 30))).Schedule!.Value;
        Assert.Equal(new Ratio(1, 2), rural.Progress.Rate.Ratio);
        Assert.True(rural.IsAheadOfSchedule);
        Assert.Equal(PercentagePoints.FromPoints(146.105m), rural.Gap); // 196.105% − 50%

        ScheduleComparison urban = taizhou.Assess("urban-new-employment", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31))).Schedule!.Value;
        Assert.Equal(new Ratio(10, 12), urban.Progress.Rate.Ratio);
        Assert.Equal("83.33%", urban.Progress.Rate.ToString("F2", null));
        Assert.True(urban.IsAheadOfSchedule);
        #endregion
    }

    [Fact]
    public void Step6_ARollUp()
    {
        #region rollup
        // The reference dataset has one region; the census fixture has a national total and eighteen provinces.
        string census = RepositoryPath("tests", "Indicators.Cli.Tests", "Fixtures", "census-2010-town-inactive.json");
        Dataset dataset = DatasetJson.Read(File.ReadAllText(census));
        RegionalTotal total = Assert.Single(dataset.RollUps());
        Assert.Equal(18, total.Parts.Count);
        Assert.Equal(13, total.Missing.Count);
        Assert.Equal(new Ratio(4_419_841, 1), total.Figure.Value);          // the eighteen provinces
        Assert.Equal("6454307人", total.Published!.FigureText());           // the national total
        Assert.Equal(new Ratio(2_034_466, 1), total.Finding!.Difference.Value); // 6 454 307 − 4 419 841
        Assert.False(total.Finding.IsConsistent);
        #endregion
    }

    [Fact]
    public void Step7_TheUnemploymentRateAgainstItsCeiling()
    {
        Dataset taizhou = LoadReferenceDataset();

        #region comparison
        // 1.38% in October 2020 against the ceiling 3.5%以内: met, 2.12 percentage points below it.
        TargetAssessment rate = taizhou.Assess("registered-urban-unemployment-rate", "331000", ReportingPeriod.Month(2020, 10));
        Assert.Equal(TargetVerdict.Met, rate.Verdict);
        Assert.Null(rate.Completion); // a ceiling has no completion rate
        Assert.Contains("2.12", rate.ExplainOutcome(ExplainLanguage.English), StringComparison.Ordinal);
        #endregion
    }

    /// <summary>A file of the repository, by its path from the root (the folder above this test's output holding README.md).</summary>
    internal static string RepositoryPath(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "README.md")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException($"No README.md above {AppContext.BaseDirectory}.");
    }

    private static Dataset LoadReferenceDataset() => DatasetJson.Read(File.ReadAllText(RepositoryPath("docs", "data", "taizhou-2020.json")));
}
