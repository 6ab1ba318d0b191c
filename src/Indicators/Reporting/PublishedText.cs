using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Indicators.Quantities;
using Indicators.Quantities.Figures;

namespace Indicators.Reporting;

/// <summary>
/// Splits a published figure's text into its status and qualifier markers and the bare figure ("预计约3.8亿元" →
/// forecast, approximately, "3.8亿元"), using the markers of <see cref="Qualifiers"/>. Never throws.
/// </summary>
internal static class PublishedText
{
    private static readonly QualifierMarker[] LongestFirst =
        Qualifiers.Markers.OrderByDescending(m => m.Text.Length).ToArray();

    /// <summary>The bare figure ("3.8亿元"), the number as printed, and the markers read around it.</summary>
    internal readonly record struct Parts(string Figure, PrintedNumber Printed, Qualifier Qualifier, bool Inclusive, FigureStatus Status);

    internal static bool TrySplit(string text, out Parts parts, [NotNullWhen(false)] out string? problem)
    {
        parts = default;
        problem = null;
        string rest = text.Trim();
        FigureStatus? status = null;
        QualifierMarker? qualifier = null;

        bool matched = true;
        while (matched)
        {
            matched = false;
            foreach ((string marker, FigureStatus markerStatus) in Qualifiers.StatusMarkers)
            {
                if (rest.StartsWith(marker, StringComparison.Ordinal))
                {
                    if (status is not null)
                    {
                        problem = $"it has two status markers (the second is {marker})";
                        return false;
                    }

                    status = markerStatus;
                    rest = rest[marker.Length..].TrimStart();
                    matched = true;
                }
            }

            foreach (QualifierMarker marker in LongestFirst)
            {
                if (marker.Position == MarkerPosition.Before && rest.StartsWith(marker.Text, StringComparison.Ordinal))
                {
                    if (!TrySet(ref qualifier, marker, out problem))
                    {
                        return false;
                    }

                    rest = rest[marker.Text.Length..].TrimStart();
                    matched = true;
                    break;
                }
            }
        }

        foreach (QualifierMarker marker in LongestFirst)
        {
            if (marker.Position == MarkerPosition.After && rest.EndsWith(marker.Text, StringComparison.Ordinal))
            {
                if (!TrySet(ref qualifier, marker, out problem))
                {
                    return false;
                }

                rest = rest[..^marker.Text.Length].TrimEnd();
                break;
            }
        }

        if (!PrintedNumber.TryRead(rest, out PrintedNumber printed, out int length))
        {
            problem = "expected a number after the markers";
            return false;
        }

        if (length < rest.Length && rest[length] == '/')
        {
            problem = "a published figure is printed as a decimal number, not as a fraction";
            return false;
        }

        foreach (QualifierMarker marker in LongestFirst)
        {
            if (marker.Position == MarkerPosition.AfterNumber && rest.AsSpan(length).StartsWith(marker.Text, StringComparison.Ordinal))
            {
                int after = length + marker.Text.Length;
                if (after < rest.Length && FigureParser.IsDigit(rest[after], out _))
                {
                    problem = $"{marker.Text} stands inside the number; it belongs after the whole number (3000多人)";
                    return false;
                }

                if (!TrySet(ref qualifier, marker, out problem))
                {
                    return false;
                }

                rest = rest.Remove(length, marker.Text.Length);

                // "1100多万人": the marker stood before the scale; the number is read again with its scale, and nothing else
                // may join it (no digit, no decimal point).
                if (printed.Scale == Scale.One && PrintedNumber.TryRead(rest, out PrintedNumber scaled, out int scaledLength) && scaledLength > length)
                {
                    if (scaled.Digits != printed.Digits || scaled.Decimals != printed.Decimals || scaled.Scale == Scale.One)
                    {
                        problem = $"{marker.Text} stands inside the number; it belongs after the digits (3000多人, 1100多万人)";
                        return false;
                    }

                    printed = scaled;
                }

                break;
            }
        }

        parts = new Parts(rest, printed, qualifier?.Qualifier ?? Qualifier.None, qualifier?.Inclusive ?? true, status ?? FigureStatus.Normal);
        return true;
    }

    /// <summary>Writes the markers around a figure's text, in simplified characters, with the first marker of each class in
    /// <see cref="Qualifiers"/>: the inverse of <see cref="TrySplit"/>. A span marker stands before the scale when the digits end
    /// in zero ("1100多万人") and after the number otherwise ("2万多人", "3000多人").</summary>
    internal static string Join(string figure, Qualifier qualifier, bool inclusive, FigureStatus status)
    {
        string text = figure;
        if (qualifier != Qualifier.None)
        {
            QualifierMarker marker = Qualifiers.WrittenMarker(qualifier, inclusive);
            text = marker.Position switch
            {
                MarkerPosition.Before => marker.Text + figure,
                MarkerPosition.After => figure + marker.Text,
                _ => PrintedNumber.TryRead(figure, out PrintedNumber printed, out int length)
                    ? figure.Insert(SpanPosition(figure, printed, length), marker.Text)
                    : figure,
            };
        }

        return Qualifiers.WrittenStatusMarker(status) + text;
    }

    /// <summary>Where a span marker goes: before the scale marker when the digits end in zero, else after the number.</summary>
    private static int SpanPosition(string figure, PrintedNumber printed, int length)
    {
        if (printed.Scale == Scale.One || printed.Digits == 0 || printed.Digits % 10 != 0 || printed.Decimals != 0)
        {
            return length;
        }

        int digitsEnd = length;
        while (digitsEnd > 0 && !FigureParser.IsDigit(figure[digitsEnd - 1], out _))
        {
            digitsEnd--;
        }

        return PrintedNumber.TryRead(figure.AsSpan(0, digitsEnd), out PrintedNumber bare, out int bareLength) && bareLength == digitsEnd
            && bare.Digits == printed.Digits && bare.Scale == Scale.One
            ? digitsEnd
            : length;
    }

    private static bool TrySet(ref QualifierMarker? current, QualifierMarker marker, [NotNullWhen(false)] out string? problem)
    {
        if (current is not null)
        {
            problem = $"it has two qualifiers ({current.Text} and {marker.Text}), whose meanings conflict";
            return false;
        }

        current = marker;
        problem = null;
        return true;
    }
}
