using System;
using System.Linq;
using Indicators.Audit;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Text;
using Xunit;

namespace Indicators.Tests.Audit;

/// <summary>
/// The audit of report text, on the reference report (read at test time from ../shared/corpus/) and on sentences of our
/// own in both scripts; every expected value worked out by hand (the arithmetic is in the comments).
/// </summary>
public class ReportAuditTests
{
    [Fact]
    public void ReferenceReport_FiveCompletionStatements_AllConsistent_WithTheirRoundTargets()
    {
        ReportAudit audit = ReportAudit.Of(ExtractionReferenceReportTests.Report());
        Assert.True(audit.IsConsistent);
        Assert.Equal(79, audit.Extraction.Figures.Count);

        // (rate, actual, roundest target, rule): 39221 ÷ 20000 = 196.105% exactly, which half away from zero prints
        // 196.11% and half-even 196.10%; 2677 ÷ 2000 = 133.85% and 28914 ÷ 20000 = 144.57% exactly; 14.64万 and 1.77万 are
        // rounded, so some actual they allow gives the rate under either rule (146 430 ÷ 100 000, 17 711 ÷ 12 000).
        (string Rate, string Actual, string Target, RoundingConsistency Rule)[] expected =
        [
            ("196.11%", "39221人", "20000", RoundingConsistency.HalfAwayFromZero),
            ("133.85%", "2677家", "2000", RoundingConsistency.Both),
            ("144.57%", "28914人", "20000", RoundingConsistency.Both),
            ("146.43%", "14.64萬人", "100000", RoundingConsistency.Both),
            ("147.59%", "1.77萬人", "12000", RoundingConsistency.Both),
        ];
        Assert.Equal(expected.Length, audit.Completions.Count);
        for (int k = 0; k < expected.Length; k++)
        {
            CompletionAudit completion = audit.Completions[k];
            Assert.Equal(expected[k].Rate, completion.Statement.Rate.Text);
            Assert.Equal(expected[k].Actual, completion.Statement.Actual!.Text);
            Assert.Equal(Ratio.Parse(expected[k].Target), completion.RoundestTargets[0].Value);
            Assert.Equal(expected[k].Rule, completion.Rounding);
            Assert.True(completion.IsConsistent);
            Assert.True(completion.ImpliedTarget!.Value.Bounds.Contains(Ratio.Parse(expected[k].Target)));
        }

        Assert.DoesNotContain(audit.Findings, f => f.Severity == AuditSeverity.Inconsistency);
    }

    [Fact]
    public void ReferenceReport_196_21_IsNoRoundTarget_NamingTheStatement()
    {
        string text = ExtractionReferenceReportTests.Report();
        int at = text.IndexOf("196.11%", StringComparison.Ordinal);
        Assert.True(at > 0);
        ReportAudit audit = ReportAudit.Of(text.Replace("196.11%", "196.21%", StringComparison.Ordinal));
        Assert.False(audit.IsConsistent);
        AuditFinding finding = Assert.Single(audit.Findings, f => f.Severity == AuditSeverity.Inconsistency);
        Assert.Equal(AuditFindingKind.NoRoundTarget, finding.Kind);

        // 39221 ÷ [196.205%, 196.215%] = [19988.78…, 19989.80…]: 19 989 alone, five significant digits.
        Assert.Contains("\"196.21%\" of \"39221人\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("19,989", finding.Message, StringComparison.Ordinal);
        Assert.InRange(at, finding.Start, finding.Start + finding.Length);
        Assert.Equal(Ratio.Parse("19989"), audit.Completions[0].RoundestTargets[0].Value);
    }

    [Fact]
    public void HalfEven_AtTheOneValueWhereTheRulesPart_IsConsistent()
    {
        // 39221 ÷ 20000 = 196.105% exactly: half-even prints 196.10% (0 is even), half away from zero 196.11%.
        CompletionAudit completion = Assert.Single(ReportAudit.Of("全市共促进就业39221人，完成率为196.10%。").Completions);
        Assert.Equal(Ratio.Parse("20000"), completion.RoundestTargets[0].Value);
        Assert.Equal(RoundingConsistency.HalfEven, completion.Rounding);
        Assert.True(completion.IsConsistent);
    }

    [Fact]
    public void ImpliedTarget_OpenWhereTheRateIsOpen_AndExplained()
    {
        CompletionAudit completion = Assert.Single(ReportAudit.Of("全市共促进就业39221人，完成率为196.11%。").Completions);
        // 196.11% ends in an odd digit: [196.105%, 196.115%) (196.115% rounds to 196.12% under both rules); 39221 ÷ 1.96115
        // = 19998.98… is excluded, 39221 ÷ 1.96105 = 20000 included.
        Assert.Equal(ValueInterval.OpenClosed(new Ratio(39221 * 100_000L, 196_115), new Ratio(20000, 1)), completion.ImpliedTarget!.Value.Bounds);
        Assert.Equal("目标 ∈ 39221 ÷ [196.105%, 196.115%) = (19998.98…, 20000]", completion.ImpliedTarget!.Value.Explain(ExplainLanguage.ZhHans));
    }

    [Fact]
    public void OddLastDigit_TheUpperHalfIsNoRule()
    {
        // 39223 ÷ 20000 = 196.115% prints 196.12% under both rules: 196.11% needs 20001 (five digits).
        ReportAudit audit = ReportAudit.Of("全市共促进乡村就业39223人，完成率为196.11%。");
        Assert.False(audit.IsConsistent);
        Assert.Equal(AuditFindingKind.NoRoundTarget, Assert.Single(audit.Findings).Kind);
        Assert.Equal(Ratio.Parse("20001"), audit.Completions[0].RoundestTargets[0].Value);
    }

    [Fact]
    public void EvenLastDigit_TheUpperHalfIsHalfEven()
    {
        // 196.10% ends in an even digit: [196.095%, 196.105%], closed at both ends (half-even rounds both to it), so the
        // targets are [39221 ÷ 1.96105, 39221 ÷ 1.96095].
        CompletionAudit completion = Assert.Single(ReportAudit.Of("全市共促进就业39221人，完成率为196.10%。").Completions);
        Assert.Equal(ValueInterval.Closed(new Ratio(39221 * 100_000L, 196_105), new Ratio(39221 * 100_000L, 196_095)), completion.ImpliedTarget!.Value.Bounds);
    }

    [Fact]
    public void StatedTarget_LinkedAcrossPhrasings_ThatContradictsTheRate_IsAnInconsistency()
    {
        // 3万 ÷ 2万 is [2.95万, 3.05万) ÷ 2万 = [147.5%, 152.5%): the printed 120% does not follow from 2万.
        ReportAudit audit = ReportAudit.Of("全年目标新增就业2万人，城镇新增就业3万人，完成率为120%。");
        CompletionAudit completion = Assert.Single(audit.Completions);
        Assert.Equal("2万人", completion.Statement.StatedTarget!.Text);
        Assert.False(completion.StatedTargetAgrees);
        Assert.Equal(RoundingConsistency.Neither, completion.Rounding);
        Assert.Contains(audit.Findings, f => f.Kind == AuditFindingKind.StatedTargetDisagrees);
    }

    [Fact]
    public void OpenEndedActual_RoundestTargetIsNearTheCentre()
    {
        // 超过3万人 at 150%: every target above 20 000 gives it; the roundest near 30000 ÷ 1.5 = 20000 are looked for.
        CompletionAudit completion = Assert.Single(ReportAudit.Of("城镇新增就业超过3万人，完成率为150%。").Completions);
        Assert.NotEmpty(completion.RoundestTargets);
        Assert.All(completion.RoundestTargets, t => Assert.InRange(t.Value, Ratio.Parse("20000"), Ratio.Parse("200001")));
    }

    [Fact]
    public void RateAfterItsCeiling_FindingSpansBoth()
    {
        const string Text = "城镇登记失业率控制在3.5%以内，实际为4.0%。";
        AuditFinding finding = Assert.Single(ReportAudit.Of(Text).Findings);
        Assert.Equal(AuditFindingKind.RateTargetMissed, finding.Kind);
        Assert.Equal("控制在3.5%以内，实际为4.0%", Text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void NotHigherThan_IsACeiling()
    {
        RateTargetAudit target = Assert.Single(ReportAudit.Of("城镇登记失业率目标为不高于3.5%，实际为3.4%。").RateTargets);
        Assert.Equal(TargetKind.AtMost, target.Kind);
        Assert.Equal(TargetVerdict.Met, target.Verdict);
    }

    [Fact]
    public void PartsAfterAComma_AreAnotherClause()
    {
        SumCheck sum = Assert.Single(ReportAudit.Of("全年新增就业1.2万人，其中高校毕业生8000人，失业人员再就业5000人。").Sums);
        Assert.Equal(["8000人"], sum.Parts.Select(p => p.Text));
        Assert.Equal(SumCheckOutcome.PartsBelowTotal, sum.Outcome);
    }

    [Fact]
    public void StatedTarget_InTheInterval_Agrees()
    {
        // 45.3万 ÷ 60万 = 75.5%; [452 500, 453 500) ÷ [75.45%, 75.55%] holds 600 000.
        CompletionAudit completion = Assert.Single(ReportAudit.Of("城镇新增就业全年目标60万人以上。前三季度城镇新增就业45.3万人，完成全年目标的75.5%。").Completions);
        Assert.Equal("60万人以上", completion.Statement.StatedTarget!.Text);
        Assert.True(completion.StatedTargetAgrees);
        Assert.True(completion.IsConsistent);
    }

    [Fact]
    public void StatedTarget_OutsideTheInterval_IsAnInconsistency()
    {
        // 453 500 ÷ 0.80495 = 563 389.…: 60万 gives at most 75.58%, not 80.5%.
        ReportAudit audit = ReportAudit.Of("城镇新增就业全年目标60万人以上。前三季度城镇新增就业45.3万人，完成全年目标的80.5%。");
        Assert.False(audit.IsConsistent);
        Assert.False(audit.Completions[0].StatedTargetAgrees);
        AuditFinding finding = Assert.Single(audit.Findings, f => f.Severity == AuditSeverity.Inconsistency);
        Assert.Equal(AuditFindingKind.StatedTargetDisagrees, finding.Kind);
        Assert.Contains("\"60万人以上\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StatedTarget_WithoutARate_GivesTheCompletionRange()
    {
        StatedTargetAudit stated = Assert.Single(ReportAudit.Of("全年目标新增就业60万人以上，前三季度新增就业45.3万人。").StatedTargets);
        Assert.Equal("45.3万人", stated.Actual.Text);
        Assert.Equal(TargetVerdict.NotMet, stated.Verdict);

        // [452 500, 453 500) ÷ 600 000, in percent: [75.41…%, 75.58…%).
        Assert.Equal(Ratio.Parse("75.5"), stated.Completion!.Value.Value);
        Assert.Equal(ValueInterval.ClosedOpen(new Ratio(452_500 * 100, 600_000), new Ratio(453_500 * 100, 600_000)), stated.Completion!.Value.Bounds);
    }

    [Fact]
    public void RateAgainstCeiling_Met_WithTheMargin()
    {
        RateTargetAudit target = Assert.Single(ReportAudit.Of("城镇登记失业率为2.24%，控制在3.5%以内。").RateTargets);
        Assert.Equal("2.24%", target.Actual.Text);
        Assert.Equal(TargetKind.AtMost, target.Kind);
        Assert.Equal(TargetVerdict.Met, target.Verdict);

        // 3.5 − [2.235, 2.245) = (1.255, 1.265] points.
        Assert.Equal(Ratio.Parse("1.26"), target.Margin.Value);
        Assert.Equal(ValueInterval.OpenClosed(Ratio.Parse("1.255"), Ratio.Parse("1.265")), target.Margin.Bounds);
    }

    [Fact]
    public void RateAgainstCeiling_Missed_IsAnInconsistency_InTraditionalScript()
    {
        ReportAudit audit = ReportAudit.Of("城鎮登記失業率為3.6%，控制在3.5%以內。");
        Assert.Equal(TargetVerdict.NotMet, Assert.Single(audit.RateTargets).Verdict);
        Assert.Equal(AuditFindingKind.RateTargetMissed, Assert.Single(audit.Findings).Kind);
        Assert.False(audit.IsConsistent);
    }

    [Fact]
    public void RateAgainstCeiling_Straddling_IsUndetermined()
    {
        // 3.5% printed is [3.45%, 3.55%): some rates meet 3.50% and some miss it.
        ReportAudit audit = ReportAudit.Of("城镇登记失业率为3.5%，控制在3.50%以内。");
        Assert.Equal(TargetVerdict.Undetermined, Assert.Single(audit.RateTargets).Verdict);
        Assert.Equal(AuditSeverity.Warning, Assert.Single(audit.Findings).Severity);
        Assert.True(audit.IsConsistent);
    }

    [Fact]
    public void RateWithChangeInPoints_GivesTheEarlierRate()
    {
        RateChangeAudit change = Assert.Single(ReportAudit.Of("城镇调查失业率为3.36%，比上月下降0.09个百分点。").RateChanges);
        Assert.Equal("3.36%", change.Rate.Text);
        Assert.True(change.Change.IsDecrease);

        // 3.36 + 0.09 = 3.45, in [3.355 + 0.085, 3.365 + 0.095) = [3.44, 3.46).
        Assert.Equal(Ratio.Parse("3.45"), change.EarlierRate.Value);
        Assert.Equal(ValueInterval.ClosedOpen(Ratio.Parse("3.44"), Ratio.Parse("3.46")), change.EarlierRate.Bounds);
    }

    [Fact]
    public void RateWithARiseInPoints_InTraditionalScript()
    {
        RateChangeAudit change = Assert.Single(ReportAudit.Of("城鎮登記失業率為2.6%，較上年同期上升0.2個百分點。").RateChanges);
        Assert.False(change.Change.IsDecrease);

        // 2.6 − 0.2 = 2.4: [2.55, 2.65) − [0.15, 0.25) = (2.55 − 0.25, 2.65 − 0.15) = (2.3, 2.5), open at both ends.
        Assert.Equal(Ratio.Parse("2.4"), change.EarlierRate.Value);
        Assert.Equal(ValueInterval.Open(Ratio.Parse("2.3"), Ratio.Parse("2.5")), change.EarlierRate.Bounds);
    }

    [Fact]
    public void TotalAndParts_Agree()
    {
        SumCheck sum = Assert.Single(ReportAudit.Of("全市实现工业产值1000亿元，其中制造业600亿元、建筑业400亿元。").Sums);
        Assert.Equal(SumCheckOutcome.Agrees, sum.Outcome);
        Assert.Equal(["600亿元", "400亿元"], sum.Parts.Select(p => p.Text));
        Assert.Equal(Ratio.Parse("100000000000"), sum.PartsSum.Value);
    }

    [Fact]
    public void PartsExceedingTheTotal_IsAnInconsistency()
    {
        // 600亿 + 500亿 ∈ [1099亿, 1101亿) against 1000亿 ∈ [999.5亿, 1000.5亿).
        ReportAudit audit = ReportAudit.Of("全市实现工业产值1000亿元，其中制造业600亿元、建筑业500亿元。");
        Assert.Equal(SumCheckOutcome.PartsExceedTotal, Assert.Single(audit.Sums).Outcome);
        AuditFinding finding = Assert.Single(audit.Findings);
        Assert.Equal(AuditFindingKind.PartsExceedTotal, finding.Kind);
        Assert.Equal("1000亿元，其中制造业600亿元、建筑业500亿元", audit.Extraction.Text.Substring(finding.Start, finding.Length));
        Assert.False(audit.IsConsistent);
    }

    [Fact]
    public void PartsBelowTheTotal_IsInformation()
    {
        ReportAudit audit = ReportAudit.Of("新增就业2万人，其中女性8000人。");
        Assert.Equal(SumCheckOutcome.PartsBelowTotal, Assert.Single(audit.Sums).Outcome);
        Assert.Equal(AuditSeverity.Information, Assert.Single(audit.Findings).Severity);
        Assert.True(audit.IsConsistent);
    }

    [Fact]
    public void CompletionWithoutActual_IsAWarning()
    {
        ReportAudit audit = ReportAudit.Of("完成率为96.5%。");
        Assert.Null(Assert.Single(audit.Completions).ImpliedTarget);
        Assert.Equal(AuditFindingKind.CompletionWithoutActual, Assert.Single(audit.Findings).Kind);
        Assert.True(audit.IsConsistent);
    }

    [Fact]
    public void ContradictoryQualifiers_AreAWarning()
    {
        AuditFinding finding = Assert.Single(ReportAudit.Of("吸纳近200多名高校毕业生就业。").Findings);
        Assert.Equal(AuditFindingKind.ConflictingQualifiers, finding.Kind);
        Assert.Equal(AuditSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void RoundTargetDigits_AreAnOption()
    {
        // 39221 ÷ 196.21% needs 19 989 (5 digits): consistent only when five digits count as round.
        string text = "全市共促进就业39221人，完成率为196.21%。";
        Assert.False(ReportAudit.Of(text).IsConsistent);
        Assert.True(ReportAudit.Of(Indicators.Text.Extraction.Extract(text), new AuditOptions { RoundTargetDigits = 5 }).IsConsistent);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AuditOptions { RoundTargetDigits = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AuditOptions { RoundTargetDigits = 19 });
    }

    [Fact]
    public void Null_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => ReportAudit.Of((string)null!));
        Assert.Throws<ArgumentNullException>(() => ReportAudit.Of(null!, AuditOptions.Default));
        Assert.Throws<ArgumentNullException>(() => ReportAudit.Of(Indicators.Text.Extraction.Extract(string.Empty), null!));
    }

    [Fact]
    public void UnroundStatedTarget_ThatAgrees_IsConsistent()
    {
        // 39221 ÷ 19989 = 196.21…% prints 196.21%: a report that states 19989 as its target is consistent.
        CompletionAudit completion = Assert.Single(ReportAudit.Of("促进乡村就业全年目标19989人。全市共促进乡村就业39221人，完成率为196.21%。").Completions);
        Assert.Equal("19989人", completion.Statement.StatedTarget!.Text);
        Assert.True(completion.StatedTargetAgrees);
        Assert.True(completion.IsConsistent);
    }
}
