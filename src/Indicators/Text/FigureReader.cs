using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Indicators.Utility;

namespace Indicators.Text;

/// <summary>
/// Reads one figure in its context: the number at a position of a text (Arabic digits or Chinese numerals), its scale
/// (万, 亿, 万亿), its unit, the qualifier and status markers around it, and a unit left out but clear from the phrase
/// before it. See <see cref="FigureInContext"/> for what it gives and docs/text.md for every rule.
/// </summary>
/// <remarks>
/// <para>Qualifiers are those of <see cref="Reporting.Qualifier"/> in both scripts, plus 最高 and 最多 (at most, the number
/// included), 约合 (approximately), 人民币 between a qualifier and the number ("超过人民币4700亿元"), and the ceiling frames
/// "控制在3.5%以内" and "控制在3.5%的目标以内". A status marker (预计, 初步, 快报, 估计) counts anywhere before the figure in
/// its clause ("预计年均为企业减负1800亿元" is a forecast). Two qualifiers on one figure give the figure and a
/// <see cref="FigureFinding"/>, not a failure.</para>
/// <para>Foreign currencies (美元, 欧元, 港元, 日元 …) are <see cref="FigureKind.ForeignCurrency"/>, never money.</para>
/// <para>The <c>Try</c> methods never throw, whatever the text.</para>
/// </remarks>
public static class FigureReader
{
    /// <summary>Reads the figure whose number starts at <paramref name="index"/>, with the whole text as its context.</summary>
    /// <remarks>A sign right before <paramref name="index"/> ("-", "+", "−", "－", "＋" not after a digit, or 负/負) is the
    /// number's: "-5元" read from the 5 is −5元 and starts at the sign, as <see cref="Extraction"/> reads it in a sentence.
    /// A negative headcount or count is no figure ("-3万人" gives a <see cref="FormatException"/>), never +3万人.</remarks>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the number starts: its first digit or numeral character, or its sign; a sign right before
    /// it is read with it.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the text.</exception>
    /// <exception cref="FormatException">No figure of a known kind starts there; the message says why.</exception>
    public static FigureInContext Read(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The text is empty: no index is inside it.");
        }

        Preconditions.CheckRange(index, 0, text.Length - 1, nameof(index));
        int from = FigureScanner.WithSignBefore(text, index);
        return Result(text, new FigureScanner(text, 0, text.Length).TryRead(from, out FigureInContext? figure, out string? problem), figure, problem, from);
    }

    /// <summary>Tries to read the figure whose number starts at <paramref name="index"/>; never throws.</summary>
    /// <remarks>A sign right before <paramref name="index"/> is the number's, as for <see cref="Read(string, int)"/>:
    /// <c>TryRead("-5元", 1, …)</c> gives −5元 starting at 0, and <c>TryRead("-3万人", 1, …)</c> gives false (a headcount
    /// cannot be negative), not +3万人.</remarks>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="index">Where the number starts (its first digit or numeral, or its sign); outside the text gives false.</param>
    /// <param name="figure">The figure, or null.</param>
    /// <returns>Whether a figure of a known kind starts there.</returns>
    public static bool TryRead([NotNullWhen(true)] string? text, int index, [NotNullWhen(true)] out FigureInContext? figure)
    {
        figure = null;
        return text is not null && index >= 0 && index < text.Length
            && new FigureScanner(text, 0, text.Length).TryRead(FigureScanner.WithSignBefore(text, index), out figure, out _);
    }

    /// <summary>
    /// Reads the figure that lies within the span [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>):
    /// its number is the first one in the span, and its markers and unit must lie in the span; the text around it is
    /// still the context of its status and of an inferred unit.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the span starts.</param>
    /// <param name="length">How long the span is.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span is not within the text.</exception>
    /// <exception cref="FormatException">The span holds no figure of a known kind; the message says why.</exception>
    public static FigureInContext Read(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        Preconditions.CheckRange(start, 0, text.Length, nameof(start));
        Preconditions.CheckRange(length, 0, text.Length - start, nameof(length));
        bool ok = FigureScanner.TryReadSpan(text, start, length, out FigureInContext? figure, out string? problem);
        return Result(text, ok, figure, problem, start);
    }

    /// <summary>Tries to read the figure within a span (see <see cref="Read(string, int, int)"/>); never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="start">Where the span starts.</param>
    /// <param name="length">How long the span is; a span outside the text gives false.</param>
    /// <param name="figure">The figure, or null.</param>
    /// <returns>Whether the span holds a figure of a known kind.</returns>
    public static bool TryRead([NotNullWhen(true)] string? text, int start, int length, [NotNullWhen(true)] out FigureInContext? figure)
    {
        figure = null;
        return text is not null && start >= 0 && length >= 0 && start <= text.Length && length <= text.Length - start
            && FigureScanner.TryReadSpan(text, start, length, out figure, out _);
    }

    private static FigureInContext Result(string text, bool ok, FigureInContext? figure, string? problem, int at) =>
        ok && figure is not null
            ? figure
            : throw new FormatException(string.Create(
                CultureInfo.InvariantCulture, $"Cannot read a figure at position {at} of {TextExcerpt.Quote(text, at)}: {problem}."));
}
