using System.Linq;
using Indicators.Audit;
using Indicators.Targets;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Audit;

/// <summary>Issue 8, point 8: a completion statement that states its target ("完成全年目标2万人的100%"), and nested lists
/// of parts after 其中; sentences of our own in both scripts, the arithmetic by hand in the comments.</summary>
public class ReportAuditNestedTests
{
    [Theory]
    [InlineData("全市共促进乡村就业39221人，完成全年目标2万人的196.11%。", "2万人", "促进乡村就业")]
    [InlineData("全市共促進鄉村就業39221人，完成全年目標2萬人的196.11%。", "2萬人", "促進鄉村就業")]
    public void CompletionStatingItsTarget_IsAuditedAgainstIt(string text, string target, string indicator)
    {
        // 39 221 ÷ 20 000 = 196.105%, which prints 196.11% half away from zero.
        ExtractionResult extraction = Extraction.Extract(text);
        CompletionStatement statement = Assert.Single(extraction.Completions);
        Assert.Equal("196.11%", statement.Rate.Text);
        Assert.Equal(FigureRole.CompletionRate, statement.Rate.Role);
        Assert.Equal("39221人", statement.Actual?.Text);
        Assert.Equal(target, statement.StatedTarget?.Text);
        Assert.Equal(FigureRole.Target, statement.StatedTarget?.Role);
        Assert.Equal(indicator, statement.StatedTarget?.Indicator?.Text);
        Assert.Equal(indicator, statement.Rate.Indicator?.Text);
        Assert.Equal(text.IndexOf("完成", System.StringComparison.Ordinal), statement.Start);

        ReportAudit audit = ReportAudit.Of(extraction, AuditOptions.Default);
        CompletionAudit completion = Assert.Single(audit.Completions);
        Assert.True(completion.StatedTargetAgrees);
        Assert.Equal(RoundingConsistency.HalfAwayFromZero, completion.Rounding);
        Assert.Empty(audit.StatedTargets); // the statement's own target is not audited a second time
        Assert.True(audit.IsConsistent);
    }

    [Fact]
    public void CompletionStatingATargetItMisses_Disagrees()
    {
        // 39 221 ÷ 20 000 = 196.105%, never 196.21%: the stated target disagrees.
        ReportAudit audit = ReportAudit.Of("全市共促进乡村就业39221人，完成全年目标2万人的196.21%。");
        Assert.False(Assert.Single(audit.Completions).StatedTargetAgrees);
        Assert.Contains(audit.Findings, f => f.Kind == AuditFindingKind.StatedTargetDisagrees);
        Assert.False(audit.IsConsistent);
    }

    [Fact]
    public void CompletionStatingItsTarget_WithoutAnActual_IsAWarning()
    {
        ReportAudit audit = ReportAudit.Of("完成全年目标2万人的100%。");
        CompletionStatement statement = Assert.Single(audit.Extraction.Completions);
        Assert.Null(statement.Actual);
        Assert.Equal("2万人", statement.StatedTarget?.Text);
        Assert.Equal(AuditFindingKind.CompletionWithoutActual, Assert.Single(audit.Findings).Kind);
    }

    [Theory]
    [InlineData("全市新增就业3万人，其中高校毕业生1万人（其中硕士5000人、本科5000人）、农民工2万人。")]
    [InlineData("全市新增就業3萬人，其中高校畢業生1萬人(其中碩士5000人、本科5000人)、農民工2萬人。")]
    public void BracketedInnerList_BelongsToItsPart(string text)
    {
        // Outer: 1万 + 2万 = 3万; inner: 5000 + 5000 = 1万. Before, the outer list ended at the inner 其中 (parts: 1万人
        // alone) and the inner one ran on past ）to 农民工2万人 (5000 + 5000 + 20000 > 1万人: an inconsistency).
        ReportAudit audit = ReportAudit.Of(text);
        Assert.Equal(2, audit.Sums.Count);
        Assert.Equal(["1", "2"], audit.Sums[0].Parts.Select(p => p.Text[..1]));
        Assert.Equal(SumCheckOutcome.Agrees, audit.Sums[0].Outcome);
        Assert.Equal(["5000人", "5000人"], audit.Sums[1].Parts.Select(p => p.Text));
        Assert.Equal(SumCheckOutcome.Agrees, audit.Sums[1].Outcome);
        Assert.True(audit.IsConsistent);
        Assert.Empty(audit.Findings);
    }

    [Fact]
    public void NestedListAfterAComma_TakesOnlyItsOwnParts()
    {
        // "其中A、B，其中B中C、D": outer 1万 + 2万 = 3万, inner (of 农民工 2万) 1.2万 + 0.8万 = 2万; no outer part is added to
        // the inner total and no inner part to the outer one.
        ReportAudit audit = ReportAudit.Of("全市新增就业3万人，其中高校毕业生1万人、农民工2万人，其中农民工中返乡创业1.2万人、就地就业0.8万人。");
        Assert.Equal(2, audit.Sums.Count);
        Assert.Equal(["1万人", "2万人"], audit.Sums[0].Parts.Select(p => p.Text));
        Assert.Equal("2万人", audit.Sums[1].Total.Text);
        Assert.Equal(["1.2万人", "0.8万人"], audit.Sums[1].Parts.Select(p => p.Text));
        Assert.All(audit.Sums, s => Assert.Equal(SumCheckOutcome.Agrees, s.Outcome));
    }
}
