using System;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Utility;
using NodaTime;

namespace Indicators.Periods;

/// <summary>
/// Schedule progress (序时进度): the share of a target period that has passed at an as-of date, by months (the default) or
/// by days. At 2020-06-30 half of 2020 has passed by months (6/12) and 182/366 by days.
/// </summary>
/// <remarks>
/// <c>default</c> is the progress by months through its default period, January of year 1, as of 0001-01-01: 0 of 1
/// month, 0% (equal to <c>Of(default(ReportingPeriod), default(LocalDate))</c>). This type is an immutable value type
/// and is thread-safe.
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.ScheduleProgressJsonConverter))]
public readonly struct ScheduleProgress : IEquatable<ScheduleProgress>, IEqualityOperators<ScheduleProgress, ScheduleProgress, bool>
{
    private readonly int totalMinusOne; // so that default is 0 of 1 month, like the default period

    private ScheduleProgress(ReportingPeriod period, LocalDate asOf, ScheduleConvention convention, int elapsed, int total)
    {
        Period = period;
        AsOf = asOf;
        Convention = convention;
        Elapsed = elapsed;
        totalMinusOne = total - 1;
    }

    /// <summary>The target period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>How progress is counted.</summary>
    public ScheduleConvention Convention { get; }

    /// <summary>Months (or days) of the period that have passed.</summary>
    public int Elapsed { get; }

    /// <summary>Months (or days) in the period; at least 1.</summary>
    public int Total => totalMinusOne + 1;

    /// <summary>The exact share that has passed, <see cref="Elapsed"/> ÷ <see cref="Total"/>: 10/12 is 83.33…%.</summary>
    public Percent Rate => Percent.FromRatio(new Ratio(Elapsed, Total));

    /// <summary>The progress of <paramref name="period"/> at <paramref name="asOf"/>.</summary>
    /// <param name="period">The target period, usually a year; made of whole months for <see cref="ScheduleConvention.Months"/>.</param>
    /// <param name="asOf">The as-of date, inside the period.</param>
    /// <param name="convention">Months (the default) or days.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the period, or the convention is not defined.</exception>
    /// <exception cref="ArgumentException">Months were asked of a period that is not made of whole months.</exception>
    public static ScheduleProgress Of(ReportingPeriod period, LocalDate asOf, ScheduleConvention convention = ScheduleConvention.Months)
    {
        if (!period.Contains(asOf))
        {
            throw new ArgumentOutOfRangeException(
                nameof(asOf),
                asOf,
                string.Create(CultureInfo.InvariantCulture, $"The as-of date {asOf:uuuu-MM-dd} is outside the period {period} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd})."));
        }

        switch (convention)
        {
            case ScheduleConvention.Months:
                if (!period.IsWholeMonths)
                {
                    throw new ArgumentException($"Progress by months needs a period of whole months; {period} is not. Use ScheduleConvention.Days.", nameof(period));
                }

                int started = ((asOf.Year - period.Start.Year) * 12) + asOf.Month - period.Start.Month;
                bool monthEnded = asOf == asOf.With(DateAdjusters.EndOfMonth);
                return new ScheduleProgress(period, asOf, convention, started + (monthEnded ? 1 : 0), period.MonthCount);
            case ScheduleConvention.Days:
                return new ScheduleProgress(period, asOf, convention, NodaTime.Period.DaysBetween(period.Start, asOf) + 1, period.DayCount);
            default:
                Preconditions.ThrowUndefined(convention, nameof(convention));
                return default;
        }
    }

    /// <summary>
    /// How the progress is computed: "序时进度 = 10 ÷ 12 个月 = 83.333333…% ≈ 83.33%（四舍五入）",
    /// "序時進度 = 10 ÷ 12 個月 = 83.333333…% ≈ 83.33%（四捨五入）", or
    /// "schedule progress = 10 ÷ 12 months = 83.333333…% ≈ 83.33% (rounded half away from zero)".
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <param name="decimals">The decimals the progress is shown with.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language, int decimals = 2)
    {
        string unit = Convention == ScheduleConvention.Months
            ? ExplainText.Pick(language, " 个月", " 個月", " months")
            : ExplainText.Pick(language, " 天", " 天", " days");
        return ExplainText.Pick(language, "序时进度 = ", "序時進度 = ", "schedule progress = ")
            + string.Create(CultureInfo.InvariantCulture, $"{Elapsed} ÷ {Total}{unit} ")
            + ExplainText.EqualsRate(Rate, decimals, RoundingMode.HalfAwayFromZero, language);
    }

    /// <summary>Whether two progresses are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(ScheduleProgress left, ScheduleProgress right) => left.Equals(right);

    /// <summary>Whether two progresses differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(ScheduleProgress left, ScheduleProgress right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ScheduleProgress other) =>
        Period == other.Period && AsOf == other.AsOf && Convention == other.Convention;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScheduleProgress other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, AsOf, Convention);

    /// <summary>For example "2020-06-30 in 2020: 6/12 months = 50%".</summary>
    /// <returns>The as-of date, the period, the count and the exact rate.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{AsOf:uuuu-MM-dd} in {Period}: {Elapsed}/{Total} {(Convention == ScheduleConvention.Months ? "months" : "days")} = {Rate}");
}
