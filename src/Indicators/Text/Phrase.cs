using System;
using System.Globalization;

namespace Indicators.Text;

/// <summary>
/// A phrase of a text with its span, as extraction finds them around a figure: the indicator it measures
/// (<see cref="ExtractedFigure.Indicator"/>: the words before it in its clause, "城镇新增就业", "受惠企业", without the words
/// of scope and linking, 全市, 共, 累计, 为, 达 …, and for a target without the target words, 全年目标, 目标为) or the period
/// that governs it (<see cref="ExtractedFigure.Period"/>: the last one before it in its sentence, "截至10月底", "前三季度",
/// "1—8月", "上半年").
/// </summary>
/// <remarks>A result, not a value to store: a class, immutable and thread-safe.</remarks>
public sealed class Phrase : IEquatable<Phrase>
{
    private readonly string source;
    private string? text;

    /// <summary>The phrase at [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of
    /// <paramref name="source"/>; its <see cref="Text"/> is cut out when it is first asked for.</summary>
    internal Phrase(string source, int start, int length)
    {
        this.source = source;
        Start = start;
        Length = length;
    }

    /// <summary>The phrase as printed.</summary>
    public string Text => text ??= source.Substring(Start, Length);

    /// <summary>Where the phrase starts in the text, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>How long the phrase is, in UTF-16 code units.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public bool Equals(Phrase? other) =>
        other is not null && Start == other.Start && Length == other.Length && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Phrase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Start, Length);

    /// <summary>The phrase with its span: "城镇新增就业 (12+6)", "截至10月底 (0+6)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text} ({Start}+{Length})");
}
