using System;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Targets;

/// <summary>
/// A completion rate set against the schedule: ahead of schedule (completion ≥ progress) or behind, and by how many
/// percentage points. 196.105% at 2020-06-30 is 146.105 points ahead of the 50% schedule (提前超额完成).
/// </summary>
/// <remarks><c>default</c> is a completion of 0% against the default <see cref="ScheduleProgress"/> (0%): on schedule, a
/// gap of 0 points. This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.ScheduleComparisonJsonConverter))]
public readonly struct ScheduleComparison : IEquatable<ScheduleComparison>, IEqualityOperators<ScheduleComparison, ScheduleComparison, bool>
{
    internal ScheduleComparison(Percent completion, ScheduleProgress progress)
    {
        Completion = completion;
        Progress = progress;
    }

    /// <summary>The completion rate.</summary>
    public Percent Completion { get; }

    /// <summary>The schedule progress at the as-of date.</summary>
    public ScheduleProgress Progress { get; }

    /// <summary>Whether completion is at least the schedule progress.</summary>
    public bool IsAheadOfSchedule => Completion >= Progress.Rate;

    /// <summary>Completion minus progress, in percentage points: positive ahead of schedule, negative behind.</summary>
    public PercentagePoints Gap => Completion - Progress.Rate;

    /// <summary>
    /// The comparison as a trace: "完成率 196.105% − 序时进度 50% = 146.105 个百分点：快于序时进度",
    /// "完成率 196.105% − 序時進度 50% = 146.105 個百分點：快於序時進度", or
    /// "completion 196.105% − schedule 50% = 146.105 percentage points: ahead of schedule".
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language)
    {
        string verdict = IsAheadOfSchedule
            ? ExplainText.Pick(language, "快于序时进度", "快於序時進度", "ahead of schedule")
            : ExplainText.Pick(language, "慢于序时进度", "慢於序時進度", "behind schedule");
        return ExplainText.Pick(language, "完成率 ", "完成率 ", "completion ") + ExplainText.ExactRate(Completion)
            + ExplainText.Pick(language, " − 序时进度 ", " − 序時進度 ", " − schedule ") + ExplainText.ExactRate(Progress.Rate)
            + " = " + ExplainText.Points(Gap, language) + (ExplainText.IsChinese(language) ? "：" : ": ") + verdict;
    }

    /// <summary>Whether two comparisons are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(ScheduleComparison left, ScheduleComparison right) => left.Equals(right);

    /// <summary>Whether two comparisons differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(ScheduleComparison left, ScheduleComparison right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ScheduleComparison other) => Completion == other.Completion && Progress == other.Progress;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScheduleComparison other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Completion, Progress);

    /// <summary>For example "196.105% against 50%: ahead by 146.105个百分点".</summary>
    /// <returns>The comparison, culture-invariant.</returns>
    public override string ToString() =>
        $"{Completion} against {Progress.Rate}: {(IsAheadOfSchedule ? "ahead" : "behind")} by {(IsAheadOfSchedule ? Gap : -Gap)}";
}
