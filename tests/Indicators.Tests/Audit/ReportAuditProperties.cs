using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Audit;
using Indicators.Quantities;
using Indicators.Targets;
using Indicators.Tests.Text;

namespace Indicators.Tests.Audit;

/// <summary>Invariants of the audit: it never throws; a completion rate printed from a round target is consistent and the
/// target lies in the implied interval; parts summed by the test agree with their total; the earlier rate holds the
/// value worked out by the test.</summary>
public class ReportAuditProperties
{
    [Property(Arbitrary = [typeof(ExtractionGenerators)], MaxTest = 500)]
    public bool Audit_NeverThrows_AndFindingsPointInsideTheText(string text)
    {
        ReportAudit audit = ReportAudit.Of(text);
        return audit.Findings.All(f => f.Start >= 0 && f.Length >= 0 && f.Start + f.Length <= text.Length)
            && audit.IsConsistent == audit.Findings.All(f => f.Severity != AuditSeverity.Inconsistency);
    }

    /// <summary>An actual of whole persons, a target of one or two significant digits, and the completion rate half away from
    /// zero prints from them with two decimals, worked out with decimal arithmetic in the test.</summary>
    public static Arbitrary<(long Actual, long Target, string Rate)> Completions() =>
        (from leading in Gen.Choose(1, 99)
         from zeros in Gen.Choose(1, 6)
         let target = leading * (long)Math.Pow(10, zeros)
         from percent in Gen.Choose(20, 300)
         from offset in Gen.Choose(-1000, 1000)
         let actual = Math.Max(1, (target * percent / 100) + offset)
         let rate = Math.Round((decimal)actual * 100 / target, 2, MidpointRounding.AwayFromZero)
         where rate > 0
         select (actual, target, rate.ToString("0.00", CultureInfo.InvariantCulture))).ToArbitrary();

    [Property(Arbitrary = [typeof(ReportAuditProperties)], MaxTest = 300)]
    public bool CompletionFromARoundTarget_IsConsistent_AndTheTargetIsImplied((long Actual, long Target, string Rate) c)
    {
        string text = $"全市共促进就业{c.Actual}人，完成率为{c.Rate}%。";
        ReportAudit audit = ReportAudit.Of(text);
        CompletionAudit completion = audit.Completions.Single();
        Ratio roundest = completion.RoundestTargets[0].Value;
        return audit.IsConsistent
            && completion.ImpliedTarget!.Value.Bounds.Contains(new Ratio(c.Target, 1))
            && Digits(roundest) <= Digits(new Ratio(c.Target, 1))
            && (completion.Rounding!.Value & RoundingConsistency.HalfAwayFromZero) != 0 | roundest != new Ratio(c.Target, 1);
    }

    /// <summary>Two to five parts in 万元 with two decimals, and their total as the test sums them.</summary>
    public static Arbitrary<long[]> Parts() =>
        Gen.Choose(1, 99_999_99).ArrayOf().Where(a => a.Length is >= 2 and <= 5).Select(a => a.Select(x => (long)x).ToArray()).ToArbitrary();

    [Property(Arbitrary = [typeof(ReportAuditProperties)], MaxTest = 200)]
    public bool TotalOfItsParts_Agrees_AndOneMoreUnitPerPartExceedsIt(long[] hundredths)
    {
        static string Wan(long h) => (h / 100m).ToString("0.00", CultureInfo.InvariantCulture) + "万元";
        string parts = string.Join("、", hundredths.Select((h, k) => "项目" + (char)('甲' + k) + Wan(h)));
        long total = hundredths.Sum();
        SumCheck agrees = ReportAudit.Of($"共发放补贴{Wan(total)}，其中{parts}。").Sums.Single();

        // Lowering the total by more than the parts' rounding can hide (0.005万 each, and the total's own) gives a total
        // every sum of the parts exceeds.
        long lower = total - hundredths.Length - 1;
        SumCheck exceeds = ReportAudit.Of($"共发放补贴{Wan(lower)}，其中{parts}。").Sums.Single();
        return agrees.Outcome == SumCheckOutcome.Agrees && agrees.Parts.Count == hundredths.Length
            && (lower <= 0 || exceeds.Outcome == SumCheckOutcome.PartsExceedTotal);
    }

    /// <summary>A rate and a fall in points, each with two decimals, in hundredths of a point.</summary>
    public static Arbitrary<(int Rate, int Fall)> Changes() =>
        (from rate in Gen.Choose(1, 9_999) from fall in Gen.Choose(1, 999) select (rate, fall)).ToArbitrary();

    [Property(Arbitrary = [typeof(ReportAuditProperties)], MaxTest = 200)]
    public bool EarlierRate_IsNowPlusTheFall_WithinBounds((int Rate, int Fall) c)
    {
        static string Two(int h) => (h / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        RateChangeAudit change = ReportAudit.Of($"城镇调查失业率为{Two(c.Rate)}%，比上月下降{Two(c.Fall)}个百分点。").RateChanges.Single();
        var earlier = new Ratio(c.Rate + c.Fall, 100);
        return change.EarlierRate.Value == earlier && change.EarlierRate.Bounds.Contains(earlier)
            && change.EarlierRate.Bounds.Contains(earlier - new Ratio(99, 10_000)) && !change.EarlierRate.Bounds.Contains(earlier + new Ratio(1, 100));
    }

    private static int Digits(Ratio whole)
    {
        string text = whole.ToString().TrimEnd('0');
        return text.Length;
    }
}
