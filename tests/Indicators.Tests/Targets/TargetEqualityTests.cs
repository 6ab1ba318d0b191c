using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Targets;

/// <summary>
/// Equality of the target types compares every part: two values that differ in one part only are not equal, and
/// <c>!=</c> says so. Written after mutation testing showed that equality joined with "or" instead of "and" went unnoticed.
/// </summary>
public class TargetEqualityTests
{
    private static Percent Pc(decimal percentage) => Percent.FromPercentage(percentage);

    [Fact]
    public void RateTarget_DiffersInKindValueToleranceOrStrictness()
    {
        Contract.AssertEquality(RateTarget.AtMost(Pc(3m)), RateTarget.AtMost(Pc(3m)), RateTarget.AtMost(Pc(4m)));
        Contract.AssertEquality(RateTarget.AtMost(Pc(3m)), RateTarget.AtMost(Pc(3m)), RateTarget.AtLeast(Pc(3m)));
        Contract.AssertEquality(RateTarget.AtMost(Pc(3m)), RateTarget.AtMost(Pc(3m)), RateTarget.AtMost(Pc(3m), inclusive: false));
        PercentagePoints half = PercentagePoints.FromPoints(0.5m);
        Contract.AssertEquality(RateTarget.About(Pc(3m), half), RateTarget.About(Pc(3m), half), RateTarget.About(Pc(3m), PercentagePoints.FromPoints(0.4m)));
    }

    [Fact]
    public void RateTargetOutcome_DiffersInTargetOrActual()
    {
        RateTarget ceiling = RateTarget.AtMost(Pc(3.5m));
        Contract.AssertEquality(ceiling.Evaluate(Pc(2m)), ceiling.Evaluate(Pc(2m)), ceiling.Evaluate(Pc(2.1m)));
        Contract.AssertEquality(ceiling.Evaluate(Pc(2m)), ceiling.Evaluate(Pc(2m)), RateTarget.AtMost(Pc(3.6m)).Evaluate(Pc(2m)));
    }

    [Fact]
    public void ScheduleComparison_DiffersInCompletionOrProgress()
    {
        ScheduleProgress june = ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 6, 30));
        ScheduleProgress july = ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 7, 31));
        TargetCompletion<Headcount> half = TargetCompletion.Of(Headcount.FromPersons(1), Headcount.FromPersons(2));
        TargetCompletion<Headcount> whole = TargetCompletion.Of(Headcount.FromPersons(2), Headcount.FromPersons(2));
        Contract.AssertEquality(half.AgainstSchedule(june), half.AgainstSchedule(june), whole.AgainstSchedule(june));
        Contract.AssertEquality(half.AgainstSchedule(june), half.AgainstSchedule(june), half.AgainstSchedule(july));
    }

    [Fact]
    public void ImpliedTarget_DiffersInActualOrRate()
    {
        ImpliedTarget<Headcount> report = Implied("14.64万人", "146.43%");
        Contract.AssertEquality(report, Implied("14.64万人", "146.43%"), Implied("14.65万人", "146.43%"));
        Contract.AssertEquality(report, Implied("14.64万人", "146.43%"), Implied("14.64万人", "146.44%"));
    }

    [Fact]
    public void TargetAgreement_DiffersInTargetVerdictActualsOrRounding()
    {
        Headcount tenWan = Headcount.FromWan(10m);
        TargetAgreement<Headcount> report = Implied("14.64万人", "146.43%").Agreement(tenWan);
        // The same target: one that does not agree, one that agrees with other actuals, one printed exactly (with rounding rules).
        Contract.AssertEquality(report, Implied("14.64万人", "146.43%").Agreement(tenWan), Implied("14.64万人", "156.43%").Agreement(tenWan));
        Contract.AssertEquality(report, Implied("14.64万人", "146.43%").Agreement(tenWan), Implied("14.63万人", "146.33%").Agreement(tenWan));
        Contract.AssertEquality(report, Implied("14.64万人", "146.43%").Agreement(tenWan), Implied("146430人", "146.43%").Agreement(tenWan));
        Contract.AssertEquality(report, Implied("14.64万人", "146.43%").Agreement(tenWan), Implied("14.64万人", "146.43%").Agreement(Headcount.FromPersons(100_001)));
    }

    [Fact]
    public void TargetAgreement_DiffersInOnePartOnly()
    {
        Headcount target = Headcount.FromPersons(100);
        ValueInterval actuals = ValueInterval.ClosedOpen(90, 110);
        (Headcount, Headcount) whole = (Headcount.FromPersons(90), Headcount.FromPersons(109));
        TargetAgreement<Headcount> agreement = new(target, actuals, whole, null);
        TargetAgreement<Headcount> same = new(target, actuals, whole, null);

        Contract.AssertEquality(agreement, same, new TargetAgreement<Headcount>(Headcount.FromPersons(101), actuals, whole, null));
        Contract.AssertEquality(agreement, same, new TargetAgreement<Headcount>(target, ValueInterval.ClosedOpen(90, 111), whole, null));
        Contract.AssertEquality(agreement, same, new TargetAgreement<Headcount>(target, actuals, (Headcount.FromPersons(91), Headcount.FromPersons(109)), null));
        Contract.AssertEquality(agreement, same, new TargetAgreement<Headcount>(target, actuals, (Headcount.FromPersons(90), Headcount.FromPersons(108)), null));

        // Only the verdict differs: no whole actuals stores the same zeros as whole actuals of zero.
        TargetAgreement<Headcount> refused = new(target, actuals, null, null);
        Contract.AssertEquality(refused, new TargetAgreement<Headcount>(target, actuals, null, null), new TargetAgreement<Headcount>(target, actuals, (Headcount.Zero, Headcount.Zero), null));
    }

    [Fact]
    public void TargetCompletion_DiffersInActualOrTarget()
    {
        TargetCompletion<Headcount> completion = TargetCompletion.Of(Headcount.FromPersons(90), Headcount.FromPersons(100));
        Contract.AssertEquality(completion, TargetCompletion.Of(Headcount.FromPersons(90), Headcount.FromPersons(100)), TargetCompletion.Of(Headcount.FromPersons(91), Headcount.FromPersons(100)));
        Contract.AssertEquality(completion, TargetCompletion.Of(Headcount.FromPersons(90), Headcount.FromPersons(100)), TargetCompletion.Of(Headcount.FromPersons(90), Headcount.FromPersons(101)));
    }

    [Fact]
    public void TargetAgreement_ToString_GivesTheLowestAndHighestActuals() =>
        Assert.Equal("100000人 agrees: actuals 146425人–146434人", Implied("14.64万人", "146.43%").Agreement(Headcount.FromWan(10m)).ToString());

    private static ImpliedTarget<Headcount> Implied(string actual, string rate) =>
        ImpliedTarget.From(PublishedFigure.Parse<Headcount>(actual), PublishedRate.Parse(rate));
}
