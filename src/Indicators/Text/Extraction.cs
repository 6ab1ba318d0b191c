using System;

namespace Indicators.Text;

/// <summary>
/// Finds every figure in a report text (<see cref="Extract"/>): each read by <see cref="FigureReader"/> where it stands,
/// with the indicator phrase before it, the period phrase that governs it, its <see cref="FigureRole"/>, the figure a
/// growth or a change modifies, and the completion statements linked to their actuals and to a target stated in the text.
/// </summary>
/// <remarks>
/// <para>Numbers that are not figures are passed over: dates (11月10日, 2020年), times (18:44), month ranges (1-8月),
/// list numbers ("1." at a line start), ordinals (第七届), names and slogans in quotes or brackets ("20条", "五减", 「1131」),
/// chains joined by + ("1+10应对机制", "2+1"), a number run straight into other words with no unit (三支一扶, 十四五,
/// 2020智汇台州), a lone 一 before a measure word (一个, 一项: an article), e-mail addresses, and phone numbers (digits
/// joined by a dash, eleven digits from 1, or after 电话/热线). See docs/text.md, "Extracting every figure".</para>
/// <para>Extraction never throws on a string, whatever it holds, and its work is linear in the length of the text.</para>
/// </remarks>
public static class Extraction
{
    /// <summary>Finds every figure in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The figures and completion statements found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ExtractionResult Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExtractionScanner(text).Run();
    }

    /// <summary>Finds every figure and counts the scanner's steps (for the linearity test).</summary>
    internal static ExtractionResult ExtractCountingSteps(string text, out long steps)
    {
        var scanner = new ExtractionScanner(text);
        ExtractionResult result = scanner.Run();
        steps = scanner.Steps;
        return result;
    }
}
