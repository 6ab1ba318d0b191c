using System.Collections.Generic;

namespace Indicators.Text;

/// <summary>What <see cref="Extraction.Extract"/> finds in a text: every figure in the order of the text, and the
/// completion statements linked to their actuals.</summary>
/// <remarks>A result, not a value to store: a class, immutable and thread-safe.</remarks>
public sealed class ExtractionResult
{
    private readonly ExtractedFigure[] figures;
    private readonly CompletionStatement[] completions;

    internal ExtractionResult(string text, ExtractedFigure[] figures, CompletionStatement[] completions)
    {
        Text = text;
        this.figures = figures;
        this.completions = completions;
    }

    /// <summary>The text read.</summary>
    public string Text { get; }

    /// <summary>Every figure, in the order of the text; <see cref="ExtractedFigure.Index"/> is its place here.</summary>
    public IReadOnlyList<ExtractedFigure> Figures => figures;

    /// <summary>The completion statements, in the order of the text.</summary>
    public IReadOnlyList<CompletionStatement> Completions => completions;
}
