using System;
using System.Collections.Generic;
using System.Diagnostics;
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
    /// <summary>How long a figure's text may be for <see cref="TrySplit"/> to work in a buffer on the caller's stack.</summary>
    internal const int BufferLength = 64;

    /// <summary>The most digits <see cref="TryReadShort"/> reads in a <see cref="long"/>.</summary>
    private const int MaxShortDigits = 18;

    private static readonly QualifierMarker[] LongestFirst =
        Qualifiers.Markers.OrderByDescending(m => m.Text.Length).ToArray();

    /// <summary>The markers written before the number, after the figure, and after the number ("3000多人"), each longest first.</summary>
    private static readonly QualifierMarker[] BeforeLongestFirst = LongestFirst.Where(m => m.Position == MarkerPosition.Before).ToArray();

    /// <summary><see cref="BeforeLongestFirst"/> by first character, each list longest first.</summary>
    private static readonly Dictionary<char, QualifierMarker[]> BeforeByFirst = BeforeLongestFirst
        .GroupBy(m => m.Text[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly QualifierMarker[] AfterLongestFirst = LongestFirst.Where(m => m.Position == MarkerPosition.After).ToArray();

    private static readonly QualifierMarker[] AfterNumberLongestFirst = LongestFirst.Where(m => m.Position == MarkerPosition.AfterNumber).ToArray();

    private static readonly (string Marker, FigureStatus Status)[] StatusMarkers = Qualifiers.StatusMarkers.ToArray();

    /// <summary>Every character a status marker can start with.</summary>
    private static readonly string StatusFirsts = string.Concat(StatusMarkers.Select(m => m.Marker[0]).Distinct());

    /// <summary>Every character a status marker or a qualifier written before the number can start with.</summary>
    private static readonly string LeadingCharacters = string.Concat(
        StatusMarkers.Select(m => m.Marker[0]).Concat(LongestFirst.Where(m => m.Position == MarkerPosition.Before).Select(m => m.Text[0])).Distinct());

    /// <summary>Every character a qualifier written after the figure can end with.</summary>
    private static readonly string TrailingCharacters = string.Concat(
        LongestFirst.Where(m => m.Position == MarkerPosition.After).Select(m => m.Text[^1]).Distinct());

    /// <summary>The digits, decimals and scale of a printed number, before it is made a <see cref="PrintedNumber"/>.</summary>
    internal readonly record struct Printing(Int128 Numerator, int Decimals, Scale Scale);

    /// <summary>The number as printed and the markers read around it; <see cref="Figure"/> is the bare figure ("3.8亿元"),
    /// in the text or, when a span marker was taken out of it ("3000多人" → "3000人"), in the caller's buffer.</summary>
    internal ref struct Parts
    {
        internal ReadOnlySpan<char> Figure;
        internal Printing Number;

        /// <summary>Where the number (with its scale) ends in <see cref="Figure"/>.</summary>
        internal int NumberLength;

        /// <summary>Whether the number was read in 64-bit arithmetic from plain digits at the start of <see cref="Figure"/>
        /// (no sign, no thousands separators): then a quantity's parser would read it alike, and only the unit after
        /// <see cref="NumberLength"/> is left to read (<see cref="IQuantity{TSelf}.TryReadUnit"/>).</summary>
        internal bool IsPlainNumber;
        internal Qualifier Qualifier;
        internal bool Inclusive;
        internal FigureStatus Status;

        /// <summary>The printed number; the digits were checked to fit when the parts were read.</summary>
        internal readonly PrintedNumber Printed => new(Number.Numerator, Number.Decimals, Number.Scale);
    }

    /// <summary>
    /// Splits <paramref name="text"/> without allocating: <paramref name="buffer"/> holds the figure when a span marker has
    /// to be taken out of it and must be at least as long as the text (a longer text gets an array of its own).
    /// </summary>
    internal static bool TrySplit(ReadOnlySpan<char> text, Span<char> buffer, out Parts parts, [NotNullWhen(false)] out string? problem)
    {
        parts = default;
        problem = null;
        ReadOnlySpan<char> rest = text.Trim();
        FigureStatus? status = null;
        QualifierMarker? qualifier = null;

        bool matched = true;
        while (matched && !rest.IsEmpty && rest[0] >= '\u4E00' && LeadingCharacters.Contains(rest[0]))
        {
            matched = false;
            foreach ((string marker, FigureStatus markerStatus) in StatusFirsts.Contains(rest[0]) ? StatusMarkers : [])
            {
                if (!rest.IsEmpty && rest[0] == marker[0] && rest.StartsWith(marker, StringComparison.Ordinal))
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

            QualifierMarker[]? candidates = null;
            foreach (QualifierMarker marker in rest.IsEmpty || !BeforeByFirst.TryGetValue(rest[0], out candidates) ? [] : candidates)
            {
                if (rest.StartsWith(marker.Text, StringComparison.Ordinal))
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

        if (!rest.IsEmpty && rest[^1] >= '\u4E00' && TrailingCharacters.Contains(rest[^1]))
        {
            foreach (QualifierMarker marker in AfterLongestFirst)
            {
                if (rest.EndsWith(marker.Text, StringComparison.Ordinal))
                {
                    if (!TrySet(ref qualifier, marker, out problem))
                    {
                        return false;
                    }

                    rest = rest[..^marker.Text.Length].TrimEnd();
                    break;
                }
            }
        }

        if (!TryReadPrinted(rest, out Printing printed, out int length, out bool plain))
        {
            problem = StartsWithDigits(rest)
                ? $"its number cannot be read ({PrintedNumber.WhyNotRead(rest)})"
                : "expected a number after the markers";
            return false;
        }

        if (length < rest.Length && rest[length] == '/')
        {
            problem = "a published figure is printed as a decimal number, not as a fraction";
            return false;
        }

        if (length < rest.Length && rest[length] is '多' or '余' or '餘')
        {
            foreach (QualifierMarker marker in AfterNumberLongestFirst)
            {
                if (rest[length..].StartsWith(marker.Text, StringComparison.Ordinal))
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

                    int joined = rest.Length - marker.Text.Length;
                    Span<char> figure = buffer.Length >= joined ? buffer[..joined] : new char[joined];
                    rest[..length].CopyTo(figure);
                    rest[after..].CopyTo(figure[length..]);
                    rest = figure;

                    // "1100多万人": the marker stood before the scale; the number is read again with its scale, and nothing else
                    // may join it (no digit, no decimal point).
                    if (printed.Scale == Scale.One && TryReadPrinted(rest, out Printing scaled, out int scaledLength, out bool scaledPlain) && scaledLength > length)
                    {
                        if (scaled.Numerator != printed.Numerator || scaled.Decimals != printed.Decimals || scaled.Scale == Scale.One)
                        {
                            problem = $"{marker.Text} stands inside the number; it belongs after the digits (3000多人, 1100多万人)";
                            return false;
                        }

                        printed = scaled;
                        length = scaledLength;
                        plain = scaledPlain;
                    }

                    break;
                }
            }
        }

        parts = new Parts
        {
            Figure = rest,
            Number = printed,
            NumberLength = length,
            IsPlainNumber = plain && Utility.Digits.IsDigit(rest[0], out _),
            Qualifier = qualifier?.Qualifier ?? Qualifier.None,
            Inclusive = qualifier?.Inclusive ?? true,
            Status = status ?? FigureStatus.Normal,
        };
        return true;
    }

    /// <summary>Whether <paramref name="text"/> starts with a digit, after an optional sign: a number, perhaps one that
    /// cannot be read.</summary>
    private static bool StartsWithDigits(ReadOnlySpan<char> text)
    {
        int i = FigureParser.SkipSpaces(text, 0);
        if (i < text.Length && FigureParser.IsSign(text[i], out _))
        {
            i++;
        }

        return i < text.Length && FigureParser.IsDigit(text[i], out _);
    }

    /// <summary>
    /// <see cref="PrintedNumber.TryRead"/> without building the number: the digits, decimals and scale of the printed number
    /// at the start of <paramref name="text"/>, when a <see cref="PrintedNumber"/> can hold them. A number of at most 18
    /// digits without thousands separators (every figure of a report) is read here with 64-bit arithmetic; anything else
    /// (separators, "× 10⁴", more digits) by <see cref="PrintedNumber.TryRead"/>, whose grammar this follows.
    /// </summary>
    internal static bool TryReadPrinted(ReadOnlySpan<char> text, out Printing figure, out int length) =>
        TryReadPrinted(text, out figure, out length, out _);

    /// <summary><see cref="TryReadPrinted(ReadOnlySpan{char}, out Printing, out int)"/>; <paramref name="plain"/> says whether
    /// the number was read in 64-bit arithmetic (at most 18 digits, no separators, no "× 10⁴").</summary>
    private static bool TryReadPrinted(ReadOnlySpan<char> text, out Printing figure, out int length, out bool plain)
    {
        plain = false;
        if (TryReadShort(text, out figure, out length, out bool decided))
        {
            plain = true;
            return true;
        }

        if (!decided && PrintedNumber.TryRead(text, out PrintedNumber parsed, out length))
        {
            figure = new Printing(parsed.Digits, parsed.Decimals, parsed.Scale);
            return true;
        }

        figure = default;
        length = 0;
        return false;
    }

    /// <summary>The common case of <see cref="TryReadPrinted(ReadOnlySpan{char}, out Printing, out int)"/>; <paramref name="decided"/> is false when the text needs the
    /// full grammar.</summary>
    private static bool TryReadShort(ReadOnlySpan<char> text, out Printing figure, out int length, out bool decided)
    {
        figure = default;
        length = 0;
        decided = false;
        int i = FigureParser.SkipSpaces(text, 0);
        bool negative = false;
        if (i < text.Length && FigureParser.IsSign(text[i], out bool minus))
        {
            negative = minus;
            i++;
        }

        long value = 0;
        int count = 0;
        int decimals = 0;
        while (i < text.Length && Utility.Digits.IsDigit(text[i], out int digit))
        {
            if (++count > MaxShortDigits)
            {
                return false;
            }

            value = (value * 10) + digit;
            i++;
        }

        if (count == 0)
        {
            decided = true;
            return false;
        }

        if (i + 1 < text.Length && FigureParser.IsGroupSeparator(text[i]) && Utility.Digits.IsDigit(text[i + 1], out _))
        {
            return false; // thousands separators: the full grammar
        }

        if (i < text.Length && text[i] is '.' or '．')
        {
            i++;
            while (i < text.Length && Utility.Digits.IsDigit(text[i], out int digit))
            {
                if (++count > MaxShortDigits)
                {
                    return false;
                }

                value = (value * 10) + digit;
                i++;
                decimals++;
            }

            if (decimals == 0)
            {
                decided = true;
                return false;
            }
        }

        length = i;
        int j = FigureParser.SkipSpaces(text, i);
        if (j < text.Length && text[j] == '×')
        {
            return false; // "× 10⁴": the full grammar
        }

        Scale scale = FigureParser.ReadScale(text, ref j);
        if (scale != Scale.One)
        {
            length = j;
        }

        figure = new Printing(negative ? -value : value, decimals, scale);
        decided = true;
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

        Debug.Assert(IsTheNumberUnscaled(figure.AsSpan(0, digitsEnd), printed), "The library writes a figure's digits, then its scale marker.");
        return digitsEnd;
    }

    /// <summary>Whether <paramref name="digits"/> is the whole of a number with <paramref name="printed"/>'s digits and no scale.</summary>
    private static bool IsTheNumberUnscaled(ReadOnlySpan<char> digits, PrintedNumber printed) =>
        PrintedNumber.TryRead(digits, out PrintedNumber bare, out int length) && length == digits.Length && bare.Digits == printed.Digits && bare.Scale == Scale.One;

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
