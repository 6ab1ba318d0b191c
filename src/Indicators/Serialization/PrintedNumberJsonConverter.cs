using System;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="PrintedNumber"/> as its text, exactly as printed ("14.64万", "14.640万", "2.5万亿", "-0.50"), and reads it back:
/// the digits, the decimals (trailing zeros kept) and the scale. The whole string must be one printed number.
/// </summary>
/// <remarks>Attached to <see cref="PrintedNumber"/> with <c>[JsonConverter]</c>; see <see cref="TextJsonConverter{T}"/> for the errors.</remarks>
public sealed class PrintedNumberJsonConverter : TextJsonConverter<PrintedNumber>
{
    /// <inheritdoc/>
    private protected override string Expected => "a number as printed (PrintedNumber), for example \"14.64万\"";

    /// <inheritdoc/>
    private protected override PrintedNumber Parse(string text) =>
        PrintedNumber.TryRead(text, out PrintedNumber number, out int length) && length == text.Length
            ? number
            : throw new FormatException("Not one printed number (digits, an optional decimal point and 万, 亿 or 万亿) and nothing else.");
}
