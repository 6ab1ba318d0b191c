using System.Globalization;
using Indicators.Reporting;

namespace Indicators.Text;

/// <summary>
/// One figure found by <see cref="Extraction"/>: the figure as <see cref="FigureReader"/> reads it where it stands, with
/// the indicator phrase it measures, the period phrase that governs it, its role and, for a growth or a change, the
/// figure it modifies.
/// </summary>
/// <remarks>A result, not a value to store: a class, immutable once returned, and thread-safe.</remarks>
public sealed class ExtractedFigure
{
    private readonly string source;
    private string? text;

    internal ExtractedFigure(int index, string text, FigureInContext figure, FigureRole role, bool isDecrease, Phrase? indicator, Phrase? period)
    {
        Index = index;
        Figure = figure;
        source = text;
        Role = role;
        IsDecrease = isDecrease;
        Indicator = indicator;
        Period = period;
    }

    /// <summary>The figure's place in <see cref="ExtractionResult.Figures"/>, from 0, in the order of the text.</summary>
    public int Index { get; }

    /// <summary>The figure read in context: kind, unit, qualifier, status, bounds and the typed figure.</summary>
    public FigureInContext Figure { get; }

    /// <summary>The figure's text, qualifiers and unit included ("约115万家").</summary>
    public string Text => this.text ??= source.Substring(Figure.Start, Figure.Length);

    /// <summary>Where the figure starts, in UTF-16 code units (<see cref="FigureInContext.Start"/>).</summary>
    public int Start => Figure.Start;

    /// <summary>How long the figure is, in UTF-16 code units (<see cref="FigureInContext.Length"/>).</summary>
    public int Length => Figure.Length;

    /// <summary>What the figure measures (<see cref="FigureInContext.Kind"/>).</summary>
    public FigureKind Kind => Figure.Kind;

    /// <summary>The figure's qualifier (<see cref="FigureInContext.Qualifier"/>).</summary>
    public Qualifier Qualifier => Figure.Qualifier;

    /// <summary>What the figure says about its indicator.</summary>
    public FigureRole Role { get; }

    /// <summary>For a <see cref="FigureRole.YearOnYearGrowth"/> or a <see cref="FigureRole.PercentagePointChange"/>: whether
    /// the words before it say it is a fall (下降, 降低, 减少, 回落, 下滑); the printed number keeps its own sign.</summary>
    public bool IsDecrease { get; }

    /// <summary>The phrase the figure measures, or null when its clause has none.</summary>
    public Phrase? Indicator { get; internal set; }

    /// <summary>The period phrase that governs the figure, or null.</summary>
    public Phrase? Period { get; }

    /// <summary>For a growth or a change: the figure it modifies (the last figure before it in its sentence that is not
    /// itself a growth, a change or a completion rate; a rate for a change in percentage points), or null.</summary>
    public ExtractedFigure? Modifies { get; internal set; }

    /// <summary>The figure with its role and phrases: "约115万家 Actual 受惠企业 [至9月底]".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string indicator = Indicator is null ? string.Empty : " " + Indicator.Text;
        string period = Period is null ? string.Empty : " [" + Period.Text + "]";
        string modifies = Modifies is null ? string.Empty : " of " + Modifies.Text;
        return string.Create(CultureInfo.InvariantCulture, $"{Text} {Role}{indicator}{period}{modifies}");
    }
}
