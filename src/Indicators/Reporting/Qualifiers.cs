using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Indicators.Quantities;

namespace Indicators.Reporting;

/// <summary>
/// The one place where the qualifiers of published figures are defined: which markers belong to which class, whether
/// the number itself is included, and the interval of true values a figure stands for.
/// </summary>
/// <remarks>The meaning of each class is documented on <see cref="Qualifier"/>.</remarks>
internal static class Qualifiers
{
    /// <summary>
    /// Every marker, with where it stands, its class and whether the printed number itself is included. The first marker of
    /// each class and inclusiveness is the one figures are written with (约, 不超过, 不到, 至少, 超过, 多).
    /// </summary>
    internal static IReadOnlyList<QualifierMarker> Markers { get; } =
    [
        Before("约", Qualifier.Approximately),
        Before("約", Qualifier.Approximately),
        Before("大约", Qualifier.Approximately),
        Before("大約", Qualifier.Approximately),
        After("左右", Qualifier.Approximately),
        After("上下", Qualifier.Approximately),
        Before("不超过", Qualifier.AtMost, true),
        Before("不超過", Qualifier.AtMost, true),
        Before("不高于", Qualifier.AtMost, true),
        Before("不高於", Qualifier.AtMost, true),
        After("以下", Qualifier.AtMost, true),
        After("以内", Qualifier.AtMost, true),
        After("以內", Qualifier.AtMost, true),
        Before("不到", Qualifier.AtMost, false),
        Before("将近", Qualifier.AtMost, false),
        Before("將近", Qualifier.AtMost, false),
        Before("近", Qualifier.AtMost, false),
        Before("不足", Qualifier.AtMost, false),
        Before("低于", Qualifier.AtMost, false),
        Before("低於", Qualifier.AtMost, false),
        Before("至少", Qualifier.AtLeast, true),
        Before("不低于", Qualifier.AtLeast, true),
        Before("不低於", Qualifier.AtLeast, true),
        Before("不少于", Qualifier.AtLeast, true),
        Before("不少於", Qualifier.AtLeast, true),
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

    /// <summary>Status markers before the figure: 预计 (forecast), 初步 and 快报 (provisional), 估计 (estimated). The first
    /// marker of each status is the one figures are written with.</summary>
    internal static IReadOnlyList<(string Marker, FigureStatus Status)> StatusMarkers { get; } =
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
    /// <remarks>Only for a publication that was checked when it was made (<see cref="Publication.TryCreate"/> calls
    /// <see cref="TryBounds"/>): its qualifier is defined and its bounds exist and fit.</remarks>
    /// <exception cref="InvalidOperationException">The publication was not checked: a bug in this library.</exception>
    internal static ValueInterval Bounds(PrintedNumber printed, Ratio unit, Qualifier qualifier, bool inclusive, bool nonNegative, bool wholeBaseUnits) =>
        TryBounds(printed, unit, qualifier, inclusive, nonNegative, wholeBaseUnits, out ValueInterval bounds, out string? problem)
            ? bounds
            : throw new InvalidOperationException("A publication checked when it was made has no bounds: " + problem);

    /// <summary>
    /// The interval of true values, computed exactly whatever the digits; false with the reason when the figure stands
    /// for no value, or when an end does not fit a <see cref="Ratio"/>. For a defined qualifier (<see cref="Publication.TryCreate"/>
    /// checks it first). Never throws.
    /// </summary>
    internal static bool TryBounds(
        PrintedNumber printed,
        Ratio unit,
        Qualifier qualifier,
        bool inclusive,
        bool nonNegative,
        bool wholeBaseUnits,
        out ValueInterval bounds,
        [NotNullWhen(false)] out string? problem)
    {
        Debug.Assert(Enum.IsDefined(qualifier), "Publication.TryCreate refuses an undefined qualifier before it asks for bounds.");
        bounds = default;
        ExactFraction u = unit;
        ExactFraction step = ExactFraction.PowerOfTen((int)printed.Scale - printed.Decimals) * u;
        ExactFraction value = ExactFraction.Whole((BigInteger)printed.Digits) * step;
        ExactFraction place = ExactFraction.PowerOfTen((int)printed.Scale - printed.Decimals + TrailingZeros(printed.Digits)) * u;
        Ends ends = qualifier switch
        {
            Qualifier.None when wholeBaseUnits && step <= ExactFraction.Whole(BigInteger.One) => new(value, true, value, true),
            Qualifier.None => RoundingInterval(value, step / ExactFraction.Whole(2)),
            Qualifier.Approximately => RoundingInterval(value, place / ExactFraction.Whole(2)),
            Qualifier.AtMost => new(null, false, value, inclusive),
            Qualifier.AtLeast => new(value, inclusive, null, false),
            Qualifier.Span when value.Sign < 0 => new(value - place, false, value, true),
            Qualifier.Span => new(value, true, value + place, false),
            _ => default,
        };
        if (nonNegative)
        {
            Ends clipped = ends.Lower is not ExactFraction low || low.Sign < 0 ? ends with { Lower = ExactFraction.Whole(BigInteger.Zero), LowerClosed = true } : ends;
            if (clipped.IsEmpty)
            {
                problem = $"a quantity that cannot be negative cannot be published as {ends}";
                return false;
            }

            ends = clipped;
        }

        Ratio lower = default;
        Ratio upper = default;
        if ((ends.Lower is ExactFraction l && !l.TryToRatio(out lower)) || (ends.Upper is ExactFraction h && !h.TryToRatio(out upper)))
        {
            problem = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"it is printed with more digits ({printed.Decimals} decimals) than its bounds can carry: an end of them is not held exactly by a 128-bit ratio");
            return false;
        }

        bounds = (ends.Lower, ends.Upper) switch
        {
            (null, null) => throw new InvalidOperationException("A qualifier always bounds one end."),
            (null, _) => ValueInterval.AtMost(upper, ends.UpperClosed),
            (_, null) => ValueInterval.AtLeast(lower, ends.LowerClosed),
            _ => ValueInterval.Of(lower, ends.LowerClosed, upper, ends.UpperClosed),
        };
        problem = null;
        return true;
    }

    /// <summary>The first marker of the table for a class and inclusiveness: the one a figure is written with.</summary>
    internal static QualifierMarker WrittenMarker(Qualifier qualifier, bool inclusive)
    {
        foreach (QualifierMarker marker in Markers)
        {
            if (marker.Qualifier == qualifier && (marker.Inclusive == inclusive || qualifier is Qualifier.Approximately or Qualifier.Span))
            {
                return marker;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "No marker is defined for this qualifier.");
    }

    /// <summary>The first status marker of the table for a status: the one a figure is written with; empty for normal.</summary>
    internal static string WrittenStatusMarker(FigureStatus status)
    {
        foreach ((string marker, FigureStatus markerStatus) in StatusMarkers)
        {
            if (markerStatus == status)
            {
                return marker;
            }
        }

        return string.Empty;
    }

    private static int TrailingZeros(Int128 digits)
    {
        if (digits == 0)
        {
            return 0;
        }

        int zeros = 0;
        for (Int128 d = digits; d % 10 == 0; d /= 10)
        {
            zeros++;
        }

        return zeros;
    }

    /// <summary>Every value that rounds half away from zero to <paramref name="value"/>, <paramref name="half"/> being half a step.</summary>
    private static Ends RoundingInterval(ExactFraction value, ExactFraction half) => value.Sign switch
    {
        > 0 => new(value - half, true, value + half, false),
        < 0 => new(value - half, false, value + half, true),
        _ => new(-half, false, half, false),
    };

    private static QualifierMarker Before(string text, Qualifier qualifier, bool inclusive) => new(text, MarkerPosition.Before, qualifier, inclusive);

    private static QualifierMarker After(string text, Qualifier qualifier, bool inclusive) => new(text, MarkerPosition.After, qualifier, inclusive);

    // Approximate and span markers: inclusiveness means something only for at-most and at-least figures, and is true elsewhere.
    private static QualifierMarker Before(string text, Qualifier qualifier) => new(text, MarkerPosition.Before, qualifier, true);

    private static QualifierMarker After(string text, Qualifier qualifier) => new(text, MarkerPosition.After, qualifier, true);

    private static QualifierMarker Inside(string text, Qualifier qualifier) => new(text, MarkerPosition.AfterNumber, qualifier, true);

    /// <summary>The ends of an interval, exactly; a missing end is unbounded.</summary>
    private readonly record struct Ends(ExactFraction? Lower, bool LowerClosed, ExactFraction? Upper, bool UpperClosed)
    {
        internal bool IsEmpty => Lower is ExactFraction l && Upper is ExactFraction u && (l > u || (l.CompareTo(u) == 0 && !(LowerClosed && UpperClosed)));

        public override string ToString() =>
            (Lower is not null && LowerClosed ? "[" : "(") + (Lower?.ToString() ?? "−∞") + ", " + (Upper?.ToString() ?? "+∞")
            + (Upper is not null && UpperClosed ? "]" : ")");
    }
}
