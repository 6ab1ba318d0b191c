using System;
using System.Globalization;

namespace Indicators.Text;

/// <summary>
/// The period phrase that governs an extracted figure: the last one before it in its sentence ("截至10月底", "至9月底",
/// "前三季度", "1-8月", "1—8月", "1至9月", "上半年", "今年以来", "今年").
/// </summary>
/// <remarks>A result, not a value to store: a class, immutable and thread-safe.</remarks>
public sealed class PeriodPhrase : IEquatable<PeriodPhrase>
{
    internal PeriodPhrase(string text, int start, int length)
    {
        Text = text;
        Start = start;
        Length = length;
    }

    /// <summary>The phrase as printed.</summary>
    public string Text { get; }

    /// <summary>Where the phrase starts in the text, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>How long the phrase is, in UTF-16 code units.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public bool Equals(PeriodPhrase? other) =>
        other is not null && Start == other.Start && Length == other.Length && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PeriodPhrase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Start, Length);

    /// <summary>The phrase with its span: "截至10月底 (0+6)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text} ({Start}+{Length})");
}
