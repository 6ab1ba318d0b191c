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

    internal readonly record struct Parts(string Figure, Publication Publication);

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
                break;
            }
        }

        parts = new Parts(rest, new Publication(printed, qualifier?.Qualifier ?? Qualifier.None, qualifier?.Inclusive ?? true, status ?? FigureStatus.Normal));
        return true;
    }

    /// <summary>Writes the markers around a figure's text, in simplified characters: the inverse of <see cref="TrySplit"/>.</summary>
    internal static string Join(string figure, Qualifier qualifier, bool inclusive, FigureStatus status)
    {
        string statusMarker = status switch
        {
            FigureStatus.Forecast => "预计",
            FigureStatus.Provisional => "初步",
            FigureStatus.Estimated => "估计",
            _ => string.Empty,
        };
        string text = qualifier switch
        {
            Qualifier.Approximately => "约" + figure,
            Qualifier.AtMost => (inclusive ? "不超过" : "不到") + figure,
            Qualifier.AtLeast => (inclusive ? "至少" : "超过") + figure,
            Qualifier.Span => PrintedNumber.TryRead(figure, out _, out int length) ? figure.Insert(length, "多") : figure,
            _ => figure,
        };
        return statusMarker + text;
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
