using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using LocalDate = NodaTime.LocalDate;

namespace Indicators.Cli.Reference;

/// <summary>
/// Checks a published completion rate (完成率) against the published actual and the target, with the library's published
/// figures: the printed actual and the printed rate each stand for an interval, and the library judges whether the target
/// agrees (<see cref="ImpliedTarget{T}.Agreement"/>): some whole actual in the actual's interval, over the target, lies in
/// the rate's interval.
/// </summary>
/// <remarks>
/// 14.64万人 stands for 146 350–146 449 persons and 146.43% for [146.425%, 146.435%): with 10万 as the target the actuals
/// 146 425–146 434 fit, so the rate agrees. The schedule progress is taken at the figure's as-of date within its calendar
/// year, by months.
/// </remarks>
internal static class CompletionCheck
{
    /// <summary>How many roundest targets are listed.</summary>
    internal const int RoundestCount = 3;

    /// <summary>Decimals the implied-target interval is shown with.</summary>
    internal const int IntervalDecimals = 2;

    /// <summary>Parses the figure's text with the library and checks it.</summary>
    /// <exception cref="FormatException">A figure's text is not a figure of its kind.</exception>
    /// <exception cref="InvalidDataException">The figure's kind is unknown.</exception>
    /// <exception cref="ArgumentException">The target is not above zero, the rate does not stay above zero, or the as-of
    /// date is outside the calendar year it names (it cannot be).</exception>
    internal static FigureCheck Run(FigureRecord figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Quantity switch
        {
            QuantityKind.Persons => Run<Headcount>(figure),
            QuantityKind.Enterprises => Run<Count<Enterprises>>(figure),
            _ => throw new InvalidDataException($"Figure {figure.Id}: unknown quantity {figure.Quantity}."),
        };
    }

    private static FigureCheck Run<T>(FigureRecord figure)
        where T : struct, IQuantity<T>
    {
        PublishedFigure<T> actual = PublishedFigure.Parse<T>(figure.Actual);
        T target = T.Parse(figure.Target, CultureInfo.InvariantCulture);
        PublishedRate rate = PublishedRate.Parse(figure.CompletionRate);

        ImpliedTarget<T> implied = ImpliedTarget.From(actual, rate);
        TargetAgreement<T> agreement = implied.Agreement(target);
        TargetCompletion<T> completion = TargetCompletion.Of(actual.Value, target);
        ScheduleProgress progress = ScheduleProgress.Of(
            ReportingPeriod.Year(figure.AsOf.Year), LocalDate.FromDateOnly(figure.AsOf), ScheduleConvention.Months);
        ScheduleComparison schedule = completion.AgainstSchedule(progress);

        (long Min, long Max)? consistent = agreement.ConsistentActuals is ValueInterval actuals && actuals.TryGetWholeNumbers(out long min, out long max)
            ? (min, max)
            : null;
        var impliedCheck = new ImpliedTargetCheck(
            implied.Targets,
            implied.Targets.ToString(IntervalDecimals),
            [.. implied.RoundestCandidates(RoundestCount).Select(candidate => DerivedFigure.Of(candidate).Value)],
            agreement.Agrees,
            consistent,
            agreement.Rounding);

        var traces = new FigureTraces(
            Both(language => completion.Explain(language, rate.Decimals)),
            Both(language => implied.Explain(language, IntervalDecimals)),
            Both(language => progress.Explain(language)),
            Both(schedule.Explain));

        return new FigureCheck(
            figure,
            DerivedFigure.Of(actual),
            DerivedFigure.Of(target),
            PublishedFigure.Parse<T>(figure.Target).Printed.Format,
            completion.Rate,
            rate,
            impliedCheck,
            schedule,
            traces);
    }

    private static LocalizedText Both(Func<ExplainLanguage, string> trace) =>
        new(trace(ExplainLanguage.ZhHans), trace(ExplainLanguage.English));
}
