using System.Globalization;

namespace Indicators.Text;

/// <summary>
/// A statement of how much of a target was reached ("完成全年预期目标的146.43%", "完成率为196.11%", "完成全年目標任務的88%"),
/// linked to the actual it qualifies and, when the text states it, to the target.
/// </summary>
/// <remarks>A result, not a value to store: a class, immutable and thread-safe.</remarks>
public sealed class CompletionStatement
{
    internal CompletionStatement(int start, int length, ExtractedFigure rate, ExtractedFigure? actual, ExtractedFigure? statedTarget)
    {
        Start = start;
        Length = length;
        Rate = rate;
        Actual = actual;
        StatedTarget = statedTarget;
    }

    /// <summary>Where the statement starts, at its 完成, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>How long the statement is, to the end of its rate, in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The completion rate (a <see cref="FigureRole.CompletionRate"/> percent).</summary>
    public ExtractedFigure Rate { get; }

    /// <summary>The actual it qualifies: the last figure before it in its sentence (up to 。；！？ or a line break) that is
    /// not a rate, a growth or a change; or null when there is none.</summary>
    public ExtractedFigure? Actual { get; }

    /// <summary>The target the statement itself states ("完成全年目标2万人的100%"), else a target stated elsewhere in the
    /// text for the same indicator and of the same kind as <see cref="Actual"/>, or null.</summary>
    public ExtractedFigure? StatedTarget { get; }

    /// <summary>The statement with its actual: "146.43% of 14.64万人 城镇新增就业".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string actual = Actual is null ? " of ?" : " of " + Actual.Text + (Actual.Indicator is null ? string.Empty : " " + Actual.Indicator.Text);
        string target = StatedTarget is null ? string.Empty : " target " + StatedTarget.Text;
        return string.Create(CultureInfo.InvariantCulture, $"{Rate.Text}{actual}{target}");
    }
}
