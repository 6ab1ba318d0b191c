using System;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="DisplayFormat"/> as its text: the standard format string ("G", "F", "W", "W2", "Y0", "WY1") followed, for a
/// rounded format that does not round half away from zero, by the rounding mode's name in parentheses ("W2 (HalfEven)");
/// that is <see cref="DisplayFormat.ToString"/>. Reading takes exactly that form: the format string as
/// <see cref="DisplayFormat.Parse(ReadOnlySpan{char})"/> reads it and, for a rounded format only, " (" + a
/// <see cref="RoundingMode"/> other than <see cref="RoundingMode.HalfAwayFromZero"/> (which is never named) + ")".
/// </summary>
/// <remarks>Attached to <see cref="DisplayFormat"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class DisplayFormatJsonConverter : TextJsonConverter<DisplayFormat>
{
    /// <inheritdoc/>
    private protected override string Expected => "a display format (DisplayFormat), for example \"W2\" or \"F2 (HalfEven)\"";

    /// <inheritdoc/>
    private protected override DisplayFormat Parse(string text)
    {
        int open = text.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0)
        {
            return DisplayFormat.Parse(text);
        }

        DisplayFormat format = DisplayFormat.Parse(text.AsSpan(0, open));
        if (format.Decimals is not int decimals)
        {
            throw new FormatException("An exact format (G, F, W, Y, WY without decimals) rounds nothing and names no rounding mode.");
        }

        if (!text.EndsWith(')'))
        {
            throw new FormatException("The rounding mode must be closed by ')'.");
        }

        string name = text[(open + 2)..^1];
        foreach (RoundingMode mode in Enum.GetValues<RoundingMode>())
        {
            if (mode != RoundingMode.HalfAwayFromZero && string.Equals(mode.ToString(), name, StringComparison.Ordinal))
            {
                return new DisplayFormat(format.Scale, decimals, mode);
            }
        }

        throw new FormatException(
            "Not a rounding mode to name: expected one of HalfEven, TowardZero, Floor, Ceiling (HalfAwayFromZero, the default, is never named).");
    }
}
