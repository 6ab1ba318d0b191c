using System;
using Indicators.Reporting;

namespace Indicators.Text;

/// <summary>
/// The names the text commands of the <c>indicators</c> tool write for a figure's kind, qualifier and status
/// ("money", "at-least", "forecast"): lower-case words joined by hyphens, one per member, stable across versions.
/// </summary>
/// <remarks>
/// <para>Kinds: money, headcount, count, percent, percentage-points, and number for a bare numeral (see
/// <see cref="ParsedInput"/>). Qualifiers: exact (<see cref="Qualifier.None"/>: no marker), approx, at-most, at-least,
/// span. Statuses: normal, estimated, forecast, provisional.</para>
/// </remarks>
public static class ParseWireNames
{
    /// <summary>The name of a figure kind: "money", "headcount", "count", "percent", "percentage-points",
    /// "foreign-currency".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="FigureKind.None"/> or undefined.</exception>
    public static string Kind(FigureKind kind) => kind switch
    {
        FigureKind.Money => "money",
        FigureKind.ForeignCurrency => "foreign-currency",
        FigureKind.Headcount => "headcount",
        FigureKind.Count => "count",
        FigureKind.Percent => "percent",
        FigureKind.PercentagePoints => "percentage-points",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected the kind of a figure read (not None)."),
    };

    /// <summary>The name of a qualifier: "exact", "approx", "at-most", "at-least", "span".</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is undefined.</exception>
    public static string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Reporting.Qualifier.None => "exact",
        Reporting.Qualifier.Approximately => "approx",
        Reporting.Qualifier.AtMost => "at-most",
        Reporting.Qualifier.AtLeast => "at-least",
        Reporting.Qualifier.Span => "span",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Expected a defined Qualifier."),
    };

    /// <summary>The name of a status: "normal", "estimated", "forecast", "provisional".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public static string Status(FigureStatus status) => status switch
    {
        FigureStatus.Normal => "normal",
        FigureStatus.Estimated => "estimated",
        FigureStatus.Forecast => "forecast",
        FigureStatus.Provisional => "provisional",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Expected a defined FigureStatus."),
    };

    /// <summary>The name of an extracted figure's role: "actual", "target", "completion-rate", "year-on-year-growth",
    /// "percentage-point-change", "share".</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is <see cref="FigureRole.None"/> or undefined.</exception>
    public static string Role(FigureRole role) => role switch
    {
        FigureRole.Actual => "actual",
        FigureRole.Target => "target",
        FigureRole.CompletionRate => "completion-rate",
        FigureRole.YearOnYearGrowth => "year-on-year-growth",
        FigureRole.PercentagePointChange => "percentage-point-change",
        FigureRole.Share => "share",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Expected the role of an extracted figure (not None)."),
    };
}
