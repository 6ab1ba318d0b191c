using System;
using System.Globalization;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="ValueInterval"/> as its exact text, "[146350, 146450)", "(784420000/39223, 20000]", "[3000, +∞)",
/// and reads that text back: a bracket, the lower end (an exact <see cref="Ratio"/> or "−∞"), ", ", the upper end (a
/// <see cref="Ratio"/> or "+∞"), a bracket.
/// </summary>
/// <remarks>Attached to <see cref="ValueInterval"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.
/// An empty interval ("[2, 1]") or a closed infinite end ("[−∞, 1]") is rejected.</remarks>
public sealed class ValueIntervalJsonConverter : TextJsonConverter<ValueInterval>
{
    private const string Separator = ", ";

    /// <inheritdoc/>
    private protected override string Expected => "an exact interval (ValueInterval), for example \"[146350, 146450)\" or \"(784420000/39223, 20000]\"";

    /// <inheritdoc/>
    private protected override ValueInterval Parse(string text)
    {
        if (text.Length < 2 + Separator.Length + 2)
        {
            throw new FormatException("An interval is a bracket, two ends separated by \", \", and a bracket.");
        }

        bool lowerClosed = text[0] switch
        {
            '[' => true,
            '(' => false,
            _ => throw new FormatException("An interval starts with '[' (end included) or '(' (end excluded)."),
        };
        bool upperClosed = text[^1] switch
        {
            ']' => true,
            ')' => false,
            _ => throw new FormatException("An interval ends with ']' (end included) or ')' (end excluded)."),
        };
        string inner = text[1..^1];
        int comma = inner.IndexOf(Separator, StringComparison.Ordinal);
        if (comma < 0 || inner.IndexOf(Separator, comma + 1, StringComparison.Ordinal) >= 0)
        {
            throw new FormatException("An interval has exactly two ends separated by \", \".");
        }

        string lowerText = inner[..comma];
        string upperText = inner[(comma + Separator.Length)..];
        Ratio? lower = lowerText == "−∞" ? null : Ratio.Parse(lowerText, CultureInfo.InvariantCulture);
        Ratio? upper = upperText == "+∞" ? null : Ratio.Parse(upperText, CultureInfo.InvariantCulture);
        if ((lower is null && lowerClosed) || (upper is null && upperClosed))
        {
            throw new FormatException("An infinite end is never included: write \"(−∞\" and \"+∞)\".");
        }

        return (lower, upper) switch
        {
            (Ratio l, Ratio u) => (lowerClosed, upperClosed) switch
            {
                (true, true) => ValueInterval.Closed(l, u),
                (true, false) => ValueInterval.ClosedOpen(l, u),
                (false, true) => ValueInterval.OpenClosed(l, u),
                _ => ValueInterval.Open(l, u),
            },
            (Ratio l, null) => ValueInterval.AtLeast(l, lowerClosed),
            (null, Ratio u) => ValueInterval.AtMost(u, upperClosed),
            _ => ValueInterval.AtLeast(Ratio.Zero, true) + ValueInterval.AtMost(Ratio.Zero, true),
        };
    }
}
