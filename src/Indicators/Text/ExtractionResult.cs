using System.Collections.Generic;

namespace Indicators.Text;

/// <summary>What <see cref="Extraction.Extract"/> finds in a text: every figure in the order of the text, and the
/// completion statements linked to their actuals.</summary>
/// <remarks>A result, not a value to store: a class, immutable and thread-safe.</remarks>
public sealed class ExtractionResult
{
    private readonly ExtractedFigure[] figures;
    private readonly CompletionStatement[] completions;
    private readonly FigureFinding[] findings;

    internal ExtractionResult(string text, ExtractedFigure[] figures, CompletionStatement[] completions, FigureFinding[] findings)
    {
        Text = text;
        this.figures = figures;
        this.completions = completions;
        this.findings = findings;
    }

    /// <summary>The text read.</summary>
    public string Text { get; }

    /// <summary>Every figure, in the order of the text; <see cref="ExtractedFigure.Index"/> is its place here.</summary>
    public IReadOnlyList<ExtractedFigure> Figures => figures;

    /// <summary>The completion statements, in the order of the text.</summary>
    public IReadOnlyList<CompletionStatement> Completions => completions;

    /// <summary>Numbers with a unit that are no figure, each with its span and the reason, in the order of the text: a
    /// negative count (<see cref="FigureFindingKind.NegativeCount"/>), a number out of range
    /// (<see cref="FigureFindingKind.NumberOutOfRange"/>), an amount finer than a fen or a count not whole
    /// (<see cref="FigureFindingKind.NotWholeUnits"/>), a range of numerals (<see cref="FigureFindingKind.NumeralRange"/>).
    /// A figure's own findings are in <see cref="FigureInContext.Findings"/>.</summary>
    public IReadOnlyList<FigureFinding> Findings => findings;
}
