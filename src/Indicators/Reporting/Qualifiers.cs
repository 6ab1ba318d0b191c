using System;
using System.Collections.Generic;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// The one place where the qualifiers of published figures are defined: which markers belong to which class, whether
/// the number itself is included, and the interval of true values a figure stands for.
/// </summary>
/// <remarks>
/// <para>For a figure printed as <c>v</c> whose last digit is worth <c>s</c> (14.64万: v = 146 400, s = 100):</para>
/// <list type="table">
/// <listheader><term>qualifier</term><description>markers (simplified / traditional) and interval</description></listheader>
/// <item><term>none</term><description>[v − s/2, v + s/2) for v &gt; 0 (四舍五入); (v − s/2, v + s/2] for v &lt; 0; (−s/2, s/2) for 0.
/// A quantity counted in whole base units and printed to its base unit ("39221人", "6051.56元") was not rounded at all:
/// it stands for v alone.</description></item>
/// <item><term>approximately</term><description>约/約, 大约/大約 before; 左右, 上下 after: the figure rounded at its last
/// non-zero digit, p: [v − p/2, v + p/2). "约115万" is [114.5万, 115.5万) as without 约, but "约3000人" is [2 500, 3 500),
/// not the single value 3 000.</description></item>
/// <item><term>at most</term><description>不超过/不超過 before, 以下, 以内/以內 after: v included, (−∞, v].
/// 近, 将近/將近, 不到, 不足, 低于/低於 before: v excluded, (−∞, v).</description></item>
/// <item><term>at least</term><description>至少 before, 以上 after: v included, [v, +∞).
/// 逾, 超, 超过/超過, 多于/多於, 高于/高於 before: v excluded, (v, +∞).</description></item>
/// <item><term>span</term><description>多, 余/餘 right after the number: [v, v + p), where p is what the last non-zero printed
/// digit is worth: "3000多" is [3 000, 4 000), "2万多" [2万, 3万), "8000余" [8 000, 9 000).</description></item>
/// </list>
/// <para>For a quantity that cannot be negative (persons, counts) an open lower end is replaced by 0, included.
/// Status markers are separate and do not change the interval: 预计/預計 (forecast), 初步 and 快报/快報 (provisional),
/// 估计/估計 (estimated).</para>
/// </remarks>
public static class Qualifiers
{
    /// <summary>Every marker, with where it stands, its class and whether the printed number itself is included.</summary>
    public static IReadOnlyList<QualifierMarker> Markers { get; } =
    [
        Before("大约", Qualifier.Approximately, true),
        Before("大約", Qualifier.Approximately, true),
        Before("约", Qualifier.Approximately, true),
        Before("約", Qualifier.Approximately, true),
        After("左右", Qualifier.Approximately, true),
        After("上下", Qualifier.Approximately, true),
        Before("不超过", Qualifier.AtMost, true),
        Before("不超過", Qualifier.AtMost, true),
        After("以下", Qualifier.AtMost, true),
        After("以内", Qualifier.AtMost, true),
        After("以內", Qualifier.AtMost, true),
        Before("将近", Qualifier.AtMost, false),
        Before("將近", Qualifier.AtMost, false),
        Before("近", Qualifier.AtMost, false),
        Before("不到", Qualifier.AtMost, false),
        Before("不足", Qualifier.AtMost, false),
        Before("低于", Qualifier.AtMost, false),
        Before("低於", Qualifier.AtMost, false),
        Before("至少", Qualifier.AtLeast, true),
        After("以上", Qualifier.AtLeast, true),
        Before("超过", Qualifier.AtLeast, false),
        Before("超過", Qualifier.AtLeast, false),
        Before("逾", Qualifier.AtLeast, false),
        Before("超", Qualifier.AtLeast, false),
        Before("多于", Qualifier.AtLeast, false),
        Before("多於", Qualifier.AtLeast, false),
        Before("高于", Qualifier.AtLeast, false),
        Before("高於", Qualifier.AtLeast, false),
        Inside("多", Qualifier.Span),
        Inside("余", Qualifier.Span),
        Inside("餘", Qualifier.Span),
    ];

    /// <summary>Status markers before the figure: 预计 (forecast), 初步 and 快报 (provisional), 估计 (estimated).</summary>
    public static IReadOnlyList<(string Marker, FigureStatus Status)> StatusMarkers { get; } =
    [
        ("预计", FigureStatus.Forecast),
        ("預計", FigureStatus.Forecast),
        ("初步", FigureStatus.Provisional),
        ("快报", FigureStatus.Provisional),
        ("快報", FigureStatus.Provisional),
        ("估计", FigureStatus.Estimated),
        ("估計", FigureStatus.Estimated),
    ];

    /// <summary>The interval of true values a figure stands for (see the table above).</summary>
    /// <param name="printed">The number as printed.</param>
    /// <param name="unit">What one printed unit is worth in the figure's base units (100 for 元 in fen; 1 for persons).</param>
    /// <param name="qualifier">The qualifier.</param>
    /// <param name="inclusive">For at-most and at-least figures: whether the printed number itself is included.</param>
    /// <param name="nonNegative">Whether the quantity cannot be negative (persons, counts).</param>
    /// <param name="wholeBaseUnits">Whether the quantity is counted in whole base units (persons, units, fen); rates are not.</param>
    /// <returns>The interval, in base units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not defined.</exception>
    public static ValueInterval Bounds(PrintedNumber printed, Ratio unit, Qualifier qualifier, bool inclusive, bool nonNegative, bool wholeBaseUnits)
    {
        Ratio value = printed.Value * unit;
        Ratio half = printed.Step * unit / 2;
        ValueInterval bounds = qualifier switch
        {
            Qualifier.None when wholeBaseUnits && printed.Step * unit <= Ratio.One => ValueInterval.Point(value),
            Qualifier.None => RoundingInterval(value, half),
            Qualifier.Approximately => RoundingInterval(value, printed.LastNonZeroPlace * unit / 2),
            Qualifier.AtMost => ValueInterval.AtMost(value, inclusive),
            Qualifier.AtLeast => ValueInterval.AtLeast(value, inclusive),
            Qualifier.Span => ValueInterval.ClosedOpen(value, value + (printed.LastNonZeroPlace * unit)),
            _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a defined Qualifier."),
        };
        return nonNegative ? NotBelowZero(bounds) : bounds;
    }

    /// <summary>The bounds of <paramref name="figure"/>, or why it stands for no value at all ("不到0人").</summary>
    internal static bool TryBounds<T>(PublishedFigure<T> figure, out ValueInterval bounds, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
        where T : struct, IQuantity<T>
    {
        try
        {
            bounds = figure.Bounds;
            problem = null;
            return true;
        }
        catch (ArgumentException e)
        {
            bounds = default;
            problem = e.Message;
            return false;
        }
    }

    /// <summary>Every value that rounds half away from zero to <paramref name="value"/>, <paramref name="half"/> being half a step.</summary>
    private static ValueInterval RoundingInterval(Ratio value, Ratio half) => value.Sign switch
    {
        > 0 => ValueInterval.ClosedOpen(value - half, value + half),
        < 0 => ValueInterval.OpenClosed(value - half, value + half),
        _ => ValueInterval.Open(-half, half),
    };

    private static ValueInterval NotBelowZero(ValueInterval bounds) =>
        bounds.TryIntersect(ValueInterval.AtLeast(Ratio.Zero, inclusive: true), out ValueInterval clipped)
            ? clipped
            : throw new ArgumentException($"A quantity that cannot be negative cannot be published as {bounds}.");

    private static QualifierMarker Before(string text, Qualifier qualifier, bool inclusive) => new(text, MarkerPosition.Before, qualifier, inclusive);

    private static QualifierMarker After(string text, Qualifier qualifier, bool inclusive) => new(text, MarkerPosition.After, qualifier, inclusive);

    private static QualifierMarker Inside(string text, Qualifier qualifier) => new(text, MarkerPosition.AfterNumber, qualifier, true);
}
