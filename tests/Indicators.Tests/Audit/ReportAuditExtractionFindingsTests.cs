using Indicators.Audit;
using Xunit;

namespace Indicators.Tests.Audit;

/// <summary>Numbers that extraction cannot read as figures are findings of the audit too, with their span: a negative
/// count, a number out of range, an amount finer than a fen, a range of numerals.</summary>
public class ReportAuditExtractionFindingsTests
{
    [Theory]
    [InlineData("城镇新增就业1.2万人，失业人数-3万人。", "-3万人", AuditFindingKind.NegativeCount, AuditSeverity.Warning)]
    [InlineData("城鎮新增就業1.2萬人，失業人數負3萬人。", "負3萬人", AuditFindingKind.NegativeCount, AuditSeverity.Warning)]
    [InlineData("投入99999999999999亿元。", "99999999999999亿元", AuditFindingKind.NumberOutOfRange, AuditSeverity.Warning)]
    [InlineData("發放補貼0.001元。", "0.001元", AuditFindingKind.NotWholeUnits, AuditSeverity.Warning)]
    [InlineData("新开工两三个项目。", "两三个", AuditFindingKind.NumeralRange, AuditSeverity.Information)]
    [InlineData("新增十幾家企業。", "十幾家", AuditFindingKind.NumeralRange, AuditSeverity.Information)]
    public void NoFigure_IsAFinding(string text, string span, AuditFindingKind kind, AuditSeverity severity)
    {
        ReportAudit audit = ReportAudit.Of(text);
        AuditFinding finding = Assert.Single(audit.Findings);
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(span, text.Substring(finding.Start, finding.Length));
        Assert.True(audit.IsConsistent); // nothing to check is no inconsistency
    }

    [Fact]
    public void ForeignCurrency_StillMapsToItsOwnKind()
    {
        AuditFinding finding = Assert.Single(ReportAudit.Of("引进外资超过2.5亿美元。").Findings);
        Assert.Equal(AuditFindingKind.ForeignCurrency, finding.Kind);
    }
}
